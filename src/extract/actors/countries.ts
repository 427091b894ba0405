// Country names as ACLED spells them, with demonyms, for naming state forces and the generic
// "(COUNTRY)" actors. Built on i18n-iso-countries plus data/country-names.json; a local
// adapter so the actor stage does not depend on the geo stage's load order.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as {
  getNames(lang: string, opts?: { select: string }): Record<string, string>;
  alpha2ToAlpha3(a2: string): string | undefined;
};

interface CountryData {
  names: Record<string, string>;
  withThe: string[];
  demonyms: Record<string, string[]>;
}
const data = JSON.parse(readFileSync(new URL('./data/country-names.json', import.meta.url), 'utf8')) as CountryData;
const withThe = new Set(data.withThe);

export interface CountryInfo {
  iso3: string;
  /** ACLED spelling, e.g. "Democratic Republic of Congo". */
  name: string;
  /** As it appears after "Forces of": "the Philippines". */
  forcesOf: string;
  demonyms: string[];
}

let cache: Map<string, CountryInfo> | null = null;

export function allCountries(): Map<string, CountryInfo> {
  if (cache) return cache;
  cache = new Map();
  const names = isoCountries.getNames('en', { select: 'official' });
  for (const [a2, isoName] of Object.entries(names)) {
    const iso3 = isoCountries.alpha2ToAlpha3(a2);
    if (!iso3) continue;
    const name = data.names[iso3] ?? isoName;
    cache.set(iso3, { iso3, name, forcesOf: withThe.has(iso3) ? `the ${name}` : name, demonyms: data.demonyms[iso3] ?? [] });
  }
  if (!cache.has('XKX')) cache.set('XKX', { iso3: 'XKX', name: 'Kosovo', forcesOf: 'Kosovo', demonyms: ['Kosovar'] });
  return cache;
}

export function countryInfo(iso3: string | null | undefined): CountryInfo | null {
  return iso3 ? (allCountries().get(iso3.toUpperCase()) ?? null) : null;
}
