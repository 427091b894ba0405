// Measurement only (not a test, not the eval): place accuracy of findPlaces + locateEvent on the
// ACLED notes, against the coded point. Usage:
//   node --import tsx test/geo/measure-acled.ts [--gazetteer DIR] [--country ISO3] [--errors N] [--ucdp]
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { findPlaces, inferCountry, loadGazetteer, locateEvent } from '../../src/geo/index.ts';
import { countryByName } from '../../src/geo/countries.ts';
import { distanceKm } from '../../src/geo/distance.ts';
import { normName } from '../../src/geo/normalize.ts';
import { normaliseName } from '../../src/eval/score.ts';

const args = process.argv.slice(2);
const opt = (n: string): string | undefined => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const ucdp = args.includes('--ucdp');
const file = ucdp ? '../shared/data/ucdp/ged-libya.csv' : '../shared/data/acled/acled-2020-04-27_2020-05-09.csv';
if (!existsSync(file)) {
  console.log(`skip: ${file} absent`);
  process.exit(0);
}
const rows = parse(readFileSync(file), { columns: true, relax_quotes: true, relax_column_count: true }) as Array<Record<string, string>>;
const gzPath = opt('--gazetteer');
let t = performance.now();
const gz = loadGazetteer({ files: gzPath ? [gzPath] : [] });
console.log(`load ${((performance.now() - t) / 1000).toFixed(1)} s, ${gz.size()} places, heap ${(process.memoryUsage().heapUsed / 1e6) | 0} MB`);
const only = opt('--country');
const errN = Number(opt('--errors') ?? 0);
const cErrN = Number(opt('--country-errors') ?? 0);
const cErrors: string[] = [];
const byPrec = new Map<string, { n: number; ok: number }>();
let n = 0, ok = 0, none = 0, okCountry = 0, okAdmin1 = 0;
const errors: string[] = [];
const kinds = new Map<string, number>();
t = performance.now();
for (const r of rows) {
  if (only && r.iso3 !== only) continue;
  const text = ucdp ? r.where_description! : r.notes!;
  if (!text.trim()) continue; // nothing to resolve (the eval skips these rows too)
  const hint = ucdp ? (countryByName(r.country)?.iso3 ?? null) : null;
  const ms = findPlaces(text, gz, { iso3: hint });
  const loc = locateEvent(ms, { start: 0, end: text.length }, { iso3: hint });
  const country = hint ?? loc?.place?.iso3 ?? inferCountry(text, ms) ?? null;
  const lat = Number(r.latitude), lon = Number(r.longitude);
  const d = loc?.place ? distanceKm(lat, lon, loc.place.lat, loc.place.lon) : Infinity;
  const prec = ucdp ? r.where_prec! : r.geo_precision!;
  const g = byPrec.get(prec) ?? { n: 0, ok: 0 };
  g.n++;
  n++;
  if (d <= 25) { ok++; g.ok++; }
  byPrec.set(prec, g);
  if (!loc?.place) none++;
  if (!ucdp && country === r.iso3) okCountry++;
  else if (!ucdp && cErrors.length < cErrN) cErrors.push(`${r.iso3} got ${country}: ${ms.map((m) => `${m.text}>${m.place?.iso3 ?? '-'}`).join(', ')} | ${text.slice(0, 160)}`);
  if (!ucdp && loc?.place && normaliseName(loc.place.admin1) === normaliseName(r.admin1)) okAdmin1++;
  if (d > 25) {
    const want = normName(ucdp ? '' : r.location!.split('-')[0]!);
    const hit = ms.find((m) => normName(m.text) === want);
    const kind = !loc?.place ? 'none' : loc.place.iso3 !== (ucdp ? hint : r.iso3) ? 'wrong-country' : hit ? (hit === loc ? 'mention-misresolved' : hit.place ? 'other-mention-chosen' : 'mention-unresolved') : text.includes(r.location ?? '\u0000') ? 'verbatim-not-found' : 'name-not-in-text';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if (kind === opt('--show')) {
      const inGz = gz.lookup(r.location!).filter((p) => p.iso3 === r.iso3).slice(0, 2).map((p) => `${p.name}/${p.admin1}/${distanceKm(lat, lon, p.lat, p.lon).toFixed(0)}km`);
      errors.push(`[${kind}] ${r.iso3} want "${r.location}" (${r.admin1}) p${prec} gz:${inGz.join(';') || '-'} got ${loc?.text ?? '-'}>${loc?.place?.name ?? ''} | ${ms.map((m) => `${m.text}>${m.place?.name ?? '-'}(${m.rule})`).join(', ')} | ${text.slice(0, 220)}`);
    }
  }
  if (d > 25 && errors.length < errN) {
    const verbatim = ucdp ? '' : text.includes(r.location!) ? ' [verbatim]' : '';
    errors.push(`${r.iso3 ?? r.country} want "${ucdp ? r.where_description : r.location}" (${r.admin1 ?? r.adm_1}) p${prec}${verbatim} got ${loc ? `"${loc.text}" -> ${loc.place?.name}/${loc.place?.admin1}/${loc.place?.iso3} ${Number.isFinite(d) ? d.toFixed(0) + 'km' : ''} ${loc.rule}` : 'nothing'} | ${ms.map((m) => m.text).join(', ')}`);
  }
}
const secs = (performance.now() - t) / 1000;
console.log(`n=${n} within25=${(ok / n).toFixed(4)} none=${none} country=${(okCountry / n).toFixed(4)} admin1=${(okAdmin1 / n).toFixed(4)} notes/s=${(n / secs) | 0}`);
for (const [p, g] of [...byPrec].sort()) console.log(`  prec ${p}: ${g.n} rows, within25=${(g.ok / g.n).toFixed(3)}`);
console.log([...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' '));
for (const e of [...errors, ...cErrors]) console.log(e);
