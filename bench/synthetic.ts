// Deterministic synthetic reports for benchmarks and load tests (API, merge, scale).
// Same (n, seed) -> same reports, byte for byte. Countries, places and actor names are
// plausible but invented combinations; notes are generated sentences, never copied text.

import { createHash } from 'node:crypto';
import type { Report, EventFields } from '../src/core/types.ts';
import { EVENT_TAXONOMY, EVENT_TYPES, interactionCode, type EventType } from '../src/core/taxonomy.ts';
import type { Store } from '../src/store/store.ts';

interface SynCountry {
  iso3: string;
  name: string;
  region: string;
  lat: number;
  lon: number;
  /** Half-width of the box events scatter over, in degrees. */
  spread: number;
  admin1: string[];
  state: string;
  rebels: string[];
  militias: string[];
}

const COUNTRIES: SynCountry[] = [
  { iso3: 'LBY', name: 'Libya', region: 'Northern Africa', lat: 31.5, lon: 15.5, spread: 3, admin1: ['Tripoli', 'Misrata', 'Benghazi', 'Sirte', 'Murzuq'], state: 'Military Forces of Libya (2014-)', rebels: ['Libyan National Army'], militias: ['Tripoli Protection Force', 'Misratan Brigades'] },
  { iso3: 'YEM', name: 'Yemen', region: 'Middle East', lat: 15.3, lon: 45.5, spread: 2.5, admin1: ['Sanaa', 'Marib', 'Taizz', 'Al Hudaydah', 'Aden'], state: 'Military Forces of Yemen (2016-)', rebels: ['Houthi Movement'], militias: ['Southern Transitional Council', 'Tribal Militia (Yemen)'] },
  { iso3: 'SYR', name: 'Syria', region: 'Middle East', lat: 35.0, lon: 38.5, spread: 2, admin1: ['Idleb', 'Aleppo', 'Deir ez Zor', 'Hama', 'Dara'], state: 'Military Forces of Syria (2000-2024)', rebels: ['Hayat Tahrir al Sham', 'Islamic State (Syria)'], militias: ['National Defense Forces'] },
  { iso3: 'COD', name: 'Democratic Republic of Congo', region: 'Middle Africa', lat: -1.5, lon: 28.8, spread: 2, admin1: ['Nord-Kivu', 'Sud-Kivu', 'Ituri', 'Tanganyika'], state: 'Military Forces of the Democratic Republic of Congo (2019-)', rebels: ['M23: March 23 Movement', 'ADF: Allied Democratic Forces'], militias: ['CODECO: Cooperative for Development of Congo', 'Mai-Mai Militia'] },
  { iso3: 'MLI', name: 'Mali', region: 'Western Africa', lat: 15.0, lon: -2.5, spread: 3, admin1: ['Mopti', 'Gao', 'Tombouctou', 'Segou', 'Kidal'], state: 'Military Forces of Mali (2021-)', rebels: ['JNIM: Group for Support of Islam and Muslims', 'Islamic State (Sahel)'], militias: ['Dan Na Ambassagou'] },
  { iso3: 'NGA', name: 'Nigeria', region: 'Western Africa', lat: 10.5, lon: 8.5, spread: 3, admin1: ['Borno', 'Zamfara', 'Kaduna', 'Lagos', 'Benue'], state: 'Military Forces of Nigeria (2015-2023)', rebels: ['Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', 'Islamic State (West Africa)'], militias: ['Fulani Ethnic Militia (Nigeria)', 'Vigilante Group (Nigeria)'] },
  { iso3: 'SOM', name: 'Somalia', region: 'Eastern Africa', lat: 3.5, lon: 45.0, spread: 3, admin1: ['Banadir', 'Lower Shabelle', 'Bay', 'Hiraan', 'Galgaduud'], state: 'Military Forces of Somalia (2022-)', rebels: ['Al Shabaab'], militias: ['Clan Militia (Somalia)'] },
  { iso3: 'SDN', name: 'Sudan', region: 'Northern Africa', lat: 14.0, lon: 30.0, spread: 3, admin1: ['Khartoum', 'North Darfur', 'West Darfur', 'South Kordofan', 'Al Jazirah'], state: 'Military Forces of Sudan (2019-)', rebels: ['Rapid Support Forces'], militias: ['Arab Ethnic Militia (Sudan)'] },
  { iso3: 'AFG', name: 'Afghanistan', region: 'Caucasus and Central Asia', lat: 34.0, lon: 67.0, spread: 3, admin1: ['Kabul', 'Kandahar', 'Helmand', 'Nangarhar', 'Balkh'], state: 'Military Forces of Afghanistan (2021-)', rebels: ['Islamic State (Afghanistan)', 'National Resistance Front'], militias: ['Unidentified Armed Group (Afghanistan)'] },
  { iso3: 'UKR', name: 'Ukraine', region: 'Europe', lat: 48.5, lon: 35.5, spread: 2.5, admin1: ['Donetsk', 'Kharkiv', 'Zaporizhia', 'Kherson', 'Luhansk'], state: 'Military Forces of Ukraine (2019-)', rebels: ['Military Forces of Russia (2000-)'], militias: ['Unidentified Armed Group (Ukraine)'] },
  { iso3: 'MMR', name: 'Myanmar', region: 'Southeast Asia', lat: 21.0, lon: 96.0, spread: 3, admin1: ['Sagaing', 'Magway', 'Kachin', 'Shan-North', 'Rakhine'], state: 'Military Forces of Myanmar (2021-)', rebels: ['AA: Arakan Army', 'KIA: Kachin Independence Army'], militias: ['PDF: People\'s Defense Force'] },
  { iso3: 'MEX', name: 'Mexico', region: 'Central America', lat: 22.0, lon: -102.0, spread: 4, admin1: ['Guanajuato', 'Michoacan', 'Jalisco', 'Guerrero', 'Sonora'], state: 'Police Forces of Mexico (2018-2024)', rebels: ['Unidentified Gang (Mexico)'], militias: ['CJNG: Jalisco New Generation Cartel', 'Sinaloa Cartel'] },
];

/** A small seeded PRNG (mulberry32): fast, deterministic, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Rough shares of ACLED event types, so aggregates look like real data.
const TYPE_WEIGHTS: Array<[EventType, number]> = [
  ['Battles', 0.24], ['Explosions/Remote violence', 0.2], ['Violence against civilians', 0.18],
  ['Protests', 0.26], ['Riots', 0.06], ['Strategic developments', 0.06],
];
const START_DAY = Date.UTC(2018, 0, 1) / 86400000;
const DAYS = 6 * 365;

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function pickType(r: () => number): EventType {
  let x = r();
  for (const [t, w] of TYPE_WEIGHTS) if ((x -= w) < 0) return t;
  return EVENT_TYPES[0];
}

/** Who did what to whom, per type: [actor1, inter1, actor2, inter2]. */
function actorsFor(r: () => number, type: EventType, c: SynCountry): [string, number, string, number] {
  const civilians = `Civilians (${c.name})`;
  const armed = (): [string, number] => (r() < 0.5 ? [pick(r, c.rebels), 2] : [pick(r, c.militias), 3]);
  switch (type) {
    case 'Battles': return [c.state, 1, ...armed()];
    case 'Explosions/Remote violence': return r() < 0.5 ? [c.state, 1, ...armed()] : [...armed(), civilians, 7];
    case 'Violence against civilians': return [...armed(), civilians, 7];
    case 'Protests': return r() < 0.8 ? [`Protesters (${c.name})`, 6, '', 0] : [`Protesters (${c.name})`, 6, `Police Forces of ${c.name}`, 1];
    case 'Riots': return [`Rioters (${c.name})`, 5, r() < 0.5 ? `Police Forces of ${c.name}` : '', 0];
    default: return [...armed(), '', 0];
  }
}

function fatalitiesFor(r: () => number, type: EventType): number {
  if (type === 'Protests' || type === 'Strategic developments') return 0;
  if (r() < 0.45) return 0;
  // Heavy tail: most events kill few, a handful kill many.
  return Math.min(500, Math.floor(Math.exp(r() * r() * 6)));
}

const isoDay = (day: number) => new Date(day * 86400000).toISOString().slice(0, 10);

/** The fields of synthetic event number i (no ids, no evidence). */
function syntheticFields(r: () => number): EventFields {
  const c = pick(r, COUNTRIES);
  const event_type = pickType(r);
  const sub_event_type = pick(r, EVENT_TAXONOMY[event_type]);
  const [actor1, inter1, actor2, i2] = actorsFor(r, event_type, c);
  const inter2 = actor2 ? i2 || 1 : 0;
  const admin1 = pick(r, c.admin1);
  const location = `${admin1} ${pick(r, ['North', 'South', 'East', 'West', 'Central', 'Market', 'Junction'])}`;
  const event_date = isoDay(START_DAY + Math.floor(r() * DAYS));
  const fatalities = fatalitiesFor(r, event_type);
  const verb = event_type === 'Protests' ? 'demonstrated' : event_type === 'Battles' ? 'clashed with' : 'attacked';
  const notes = `On ${event_date}, ${actor1} ${verb}${actor2 ? ' ' + actor2 : ''} in ${location} (${admin1}). ${fatalities} fatalities reported.`;
  return {
    event_date, time_precision: r() < 0.8 ? 1 : 2, event_type, sub_event_type,
    actor1, assoc_actor_1: '', inter1, actor2, assoc_actor_2: '', inter2,
    interaction: interactionCode(inter1, inter2),
    civilian_targeting: inter2 === 7 ? 'Civilian targeting' : '',
    iso3: c.iso3, country: c.name, admin1, admin2: '', location,
    latitude: +(c.lat + (r() * 2 - 1) * c.spread).toFixed(4),
    longitude: +(c.lon + (r() * 2 - 1) * c.spread).toFixed(4),
    geo_precision: r() < 0.7 ? 1 : 2,
    fatalities, fatalities_min: fatalities, fatalities_max: fatalities + (r() < 0.2 ? Math.ceil(fatalities * 0.3) : 0),
    injuries: r() < 0.3 ? Math.floor(r() * 20) : null, displaced: null,
    notes, source: pick(r, ['Synthetic Wire', 'Synthetic Daily', 'Synthetic Monitor']), region: c.region,
  };
}

/**
 * n synthetic reports. Evidence spans point into `notes` (offset 0 is the notes' start);
 * `fillStore` places the notes inside a document so that the spans are real offsets.
 */
export function* syntheticEvents(n: number, seed = 1): Generator<Report> {
  const r = prng(seed);
  for (let i = 0; i < n; i++) {
    const f = syntheticFields(r);
    const span = (field: string, s: string) => {
      const start = f.notes.indexOf(s);
      return { field, document_id: '', start, end: start + s.length, text: s };
    };
    yield {
      ...f,
      id: `rep_syn${seed}_${i}`,
      document_id: '',
      confidence: { overall: +(0.5 + r() * 0.5).toFixed(2), event_date: 0.9, location: 0.8 },
      evidence: [span('event_date', f.event_date), span('actor1', f.actor1), span('location', f.location)],
      rules: ['synthetic'],
    };
  }
}

/**
 * Fills a store with n synthetic events through the public Store interface, in big batches:
 * each batch is ONE synthetic document (its text = the batch's notes) saved in one transaction.
 */
export async function fillStore(
  store: Store,
  n: number,
  opts: { seed?: number; batch?: number; onProgress?: (done: number) => void } = {},
): Promise<{ events: number; ms: number }> {
  const seed = opts.seed ?? 1;
  const batch = opts.batch ?? 20000;
  const t0 = performance.now();
  let done = 0;
  let reports: Report[] = [];
  let parts: string[] = [];
  let offset = 0;
  const flush = async () => {
    if (!reports.length) return;
    const text = parts.join('\n');
    const content_hash = createHash('sha256').update(`synthetic:${seed}:${done}\n${text}`).digest('hex');
    const document_id = 'doc_' + content_hash.slice(0, 16);
    for (const rep of reports) {
      rep.document_id = document_id;
      for (const ev of rep.evidence) ev.document_id = document_id;
    }
    await store.saveIngest(
      { text, content_hash, kind: 'text', title: `Synthetic batch ${done}-${done + reports.length}`, source: 'synthetic', published: null, meta: { synthetic: true, seed } },
      reports,
    );
    done += reports.length;
    opts.onProgress?.(done);
    reports = [];
    parts = [];
    offset = 0;
  };
  for (const rep of syntheticEvents(n, seed)) {
    for (const ev of rep.evidence) {
      ev.start += offset;
      ev.end += offset;
    }
    parts.push(rep.notes);
    offset += rep.notes.length + 1;
    reports.push(rep);
    if (reports.length >= batch) await flush();
  }
  await flush();
  return { events: done, ms: performance.now() - t0 };
}
