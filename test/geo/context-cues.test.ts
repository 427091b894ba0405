// Cues of conflicts after 2020 (data/context-cues.json) on hand-written sentences against an
// invented fixture gazetteer (test/geo/fixtures/cue-dump.txt): a group's name picks its country and,
// where its area is well known, the namesake in that area.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, inferCountry, loadGazetteer } from '../../src/geo/index.ts';
import { findContextCues } from '../../src/geo/context-cues.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'cue-dump.txt')], defaults: false });
const pick = (text: string, name: string): string | null => findPlaces(text, gz, {}).find((m) => m.text === name)?.place?.id ?? null;

test('a rebel group with a well-known home province picks the namesake there', () => {
  // Without a cue the bigger Kasai village wins; M23 is a North Kivu group.
  assert.equal(pick('Fighting was reported around Kalemba on Monday.', 'Kalemba'), 'gn:9300004');
  assert.equal(pick('M23 rebels seized Kalemba on Monday.', 'Kalemba'), 'gn:9300003');
  // Baloch separatists: the Balochistan village, not the bigger one in Punjab.
  assert.equal(pick('Gunmen fired on a checkpoint near Dasht Kor.', 'Dasht Kor'), 'gn:9300014');
  assert.equal(pick('BLA gunmen fired on a checkpoint near Dasht Kor.', 'Dasht Kor'), 'gn:9300013');
  // Mozambique's Islamic State branch: Cabo Delgado, not the bigger Nampula namesake.
  assert.equal(pick('Armed men burnt houses in Nguri.', 'Nguri'), 'gn:9300034');
  assert.equal(pick('IS Mozambique fighters burnt houses in Nguri.', 'Nguri'), 'gn:9300033');
});

test('a one-country group places a report in that country when no country is named', () => {
  const text = 'RSF fighters shelled Um Warrag, residents said.';
  assert.equal(pick(text, 'Um Warrag'), 'gn:9300021');
  assert.equal(inferCountry(text, findPlaces(text, gz, {})), 'SDN');
  assert.equal(pick('Traders gathered in Um Warrag.', 'Um Warrag'), 'gn:9300022');
});

test('a longer group name wins over the shorter cue inside it', () => {
  // "Taliban" alone is Afghanistan's; the Pakistani Taliban are Pakistan's (and Khyber Pakhtunkhwa's).
  const pk = findContextCues('The Pakistani Taliban claimed the attack.');
  assert.deepEqual([...pk.countries], [['PAK', 1]]);
  assert.ok(pk.areas.has('khyber pakhtunkhwa'));
  assert.deepEqual([...findContextCues('Tehreek-e-Taliban Pakistan said so.').countries], [['PAK', 1]]);
  assert.deepEqual([...findContextCues('The Taliban said so.').countries], [['AFG', 1]]);
});

test('a group active in several countries votes for each, less than a one-country group', () => {
  const sahel = findContextCues('JNIM militants ambushed a patrol.');
  assert.equal(sahel.countries.get('MLI'), 0.75);
  assert.equal(sahel.countries.get('BFA'), 0.75);
  const eln = findContextCues('The ELN attacked a pipeline.');
  assert.ok(eln.countries.get('COL')! > eln.countries.get('VEN')!);
  // Hamas fights in Gaza and Israel's south alike: it votes for both equally, so only the places
  // decide between them (a protest in Jerusalem about Hamas stays in Israel).
  const hamas = findContextCues('Hamas fired rockets.');
  assert.equal(hamas.countries.get('PSE'), hamas.countries.get('ISR'));
  assert.ok(hamas.areas.has('gaza strip'));
  // Ahlu Sunna Wal Jamaa names a Somali Sufi militia and Mozambique's insurgents alike.
  const aswj = findContextCues('Ahlu Sunna Wal Jamaa fighters entered the town.');
  assert.equal(aswj.countries.get('SOM'), aswj.countries.get('MOZ'));
  // Al-Shabaab: Somalia's south and centre, and Kenya's border counties (ten areas to four).
  assert.deepEqual([...findContextCues('Al-Shabaab attacked a base.').countries], [['SOM', 0.75], ['KEN', 0.3]]);
  // KIA ("killed in action" as often as the Kachin Independence Army) is no cue.
  assert.equal(findContextCues('Two soldiers were KIA.').countries.size, 0);
});

test('a front line counts only for texts published while it held', () => {
  // The 2015-2022 Donbas contact line: in 2020 the village on it beats its bigger namesake far
  // behind; in 2024 "DPR" still places the text in Ukraine, but the old line says nothing.
  const text = 'DPR forces shelled Zoriane overnight.';
  const at = (date: string | null): string | null => findPlaces(text, gz, { date }).find((m) => m.text === 'Zoriane')?.place?.id ?? null;
  assert.equal(at('2020-05-01'), 'gn:9300040');
  assert.equal(at('2024-05-01'), 'gn:9300041');
  assert.equal(at(null), 'gn:9300040', 'a text of unknown date keeps the line');
  assert.equal(findContextCues(text, '2024-05-01').fronts.length, 0);
  assert.deepEqual([...findContextCues(text, '2024-05-01').countries], [['UKR', 1]]);
  // The day before the 2022 invasion is the line's last.
  assert.equal(findContextCues(text, '2022-02-23').fronts.length, 1);
  assert.equal(findContextCues(text, '2022-02-24').fronts.length, 0);
});

test('extraction reads front lines at the publication date', async () => {
  const { extractReports } = await import('../../src/extract/index.ts');
  const text = 'DPR forces shelled Zoriane overnight, damaging two houses.';
  const at = (published: string) => extractReports({ document_id: `doc_front_${published}`, text, published }, { gazetteer: gz })[0];
  assert.equal(at('2020-05-01')?.location, 'Zoriane');
  assert.equal(at('2020-05-01')?.latitude, 48.25);
  assert.equal(at('2024-05-01')?.latitude, 49.5);
});

test('the war after 2022 has its own front: the village near it beats a bigger one far behind', () => {
  const pickOn = (text: string, date: string): string | null => findPlaces(text, gz, { date, iso3: 'UKR' }).find((m) => m.text === 'Lisnivka')?.place?.id ?? null;
  assert.equal(pickOn('Russian troops shelled Lisnivka, wounding two.', '2024-03-01'), 'gn:9300042');
  assert.equal(pickOn('Ukrainian forces repelled an assault on Lisnivka.', '2023-08-01'), 'gn:9300042');
  // Before the line held, and without a word of the war, the bigger village.
  assert.equal(pickOn('Russian troops shelled Lisnivka, wounding two.', '2022-06-01'), 'gn:9300043');
  assert.equal(pickOn('A fire damaged a barn in Lisnivka.', '2024-03-01'), 'gn:9300043');
  // Its words vote for no country: a front line is also Sudan's or Myanmar's.
  assert.equal(findContextCues('Fighting raged along the front line.', '2024-03-01').countries.size, 0);
});

test("al-Shabaab fights in Kenya's border counties too: Mandera is Kenya's town, not a Somali variant", async () => {
  const shares = findContextCues('Al-Shabaab fighters attacked a police post.').countries;
  assert.equal(shares.get('SOM'), 0.75);
  assert.ok((shares.get('KEN') ?? 0) > 0 && shares.get('KEN')! < shares.get('SOM')!);
  const { loadDefaultGazetteer } = await import('../../src/geo/index.ts');
  const { extractReports } = await import('../../src/extract/index.ts');
  const [r] = extractReports({ document_id: 'doc_mandera', text: 'Al-Shabaab fighters attacked a police post in Mandera on Monday.', published: '2024-05-03' }, { gazetteer: loadDefaultGazetteer() });
  assert.equal(r?.iso3, 'KEN');
  assert.equal(r?.location, 'Mandera');
});
