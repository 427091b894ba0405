// ACLED's `iso` column: the ISO 3166-1 numeric code written without leading zeros ("12" for
// Algeria); 0 for entities without one (Kosovo, XKX). ACLED still writes the pre-2002 code ROM
// for some Romanian rows.

import countries from 'i18n-iso-countries';

const ALIASES: Record<string, string> = { ROM: 'ROU' };

export function numericCode(iso3: string | null | undefined): string | null {
  if (!iso3) return null;
  if (iso3 === 'XKX') return '0';
  const n = countries.alpha3ToNumeric(ALIASES[iso3] ?? iso3);
  return n ? String(Number(n)) : null;
}
