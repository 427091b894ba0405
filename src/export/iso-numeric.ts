// ACLED's `iso` column: the ISO 3166-1 numeric code written without leading zeros ("12" for
// Algeria); 0 for entities without one (Kosovo, XKX).

import countries from 'i18n-iso-countries';

export function numericCode(iso3: string | null | undefined): string | null {
  if (!iso3) return null;
  if (iso3 === 'XKX') return '0';
  const n = countries.alpha3ToNumeric(iso3);
  return n ? String(Number(n)) : null;
}
