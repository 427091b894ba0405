import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPostalFile, parsePostalLine, villageName } from '../../src/geo/load-postal.ts';
import { POSTAL_CODE } from '../../src/geo/postal-places.ts';
import { findPlaces, inferCountry, loadDefaultGazetteer, loadGazetteer } from '../../src/geo/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const POSTAL = join(FIXTURES, 'postal-mini.txt');
const DUMP = join(FIXTURES, 'mini-dump.txt');

test('postal dumps are told apart from place dumps by their first line', () => {
  assert.equal(isPostalFile(POSTAL), true);
  assert.equal(isPostalFile(DUMP), false);
  const row = parsePostalLine('LY\t10001\tKelvora B.O\tWadi Qamar\t91\tSaffah District\t9101\t\t\t31.40\t15.40\t4')!;
  assert.deepEqual([row.name, row.admin1, row.admin2Code, row.lat, row.lon], ['Kelvora B.O', 'Wadi Qamar', '9101', 31.4, 15.4]);
  assert.equal(parsePostalLine('9000001\tQarat Nuri\tQarat Nuri\t\t31.0\t15.0\tP\tPPL\tLY'), null);
});

test('an office name becomes its village name, or none', () => {
  assert.equal(villageName('Kelvora H.O'), 'Kelvora');
  assert.equal(villageName('Kelvora S.O'), 'Kelvora');
  assert.equal(villageName('Dorwin (Saffah)'), 'Dorwin');
  assert.equal(villageName('Tamsa G.P.O.'), 'Tamsa');
  assert.equal(villageName('Saffah City'), '', 'a part of a town, and a longer name than the town');
  assert.equal(villageName('High Court'), '');
  assert.equal(villageName('Block 26'), '');
  assert.equal(villageName('Bank'), '', 'a common word');
  assert.equal(villageName('Libya'), '', 'a country name');
});

test('--gazetteer reads a postal dump: villages merged with the place dump, far and repeated offices handled', () => {
  const gz = loadGazetteer({ files: [DUMP, POSTAL], defaults: false });
  const kelvora = gz.lookup('Kelvora');
  assert.equal(kelvora.length, 1, 'two offices of one village in one district are one place');
  assert.deepEqual([kelvora[0]!.feature_code, kelvora[0]!.feature_class, kelvora[0]!.admin1, kelvora[0]!.admin2, kelvora[0]!.population], [POSTAL_CODE, 'P', 'Wadi Qamar', 'Saffah District', 0]);
  assert.equal(gz.lookup('Dorwin').length, 1);
  assert.deepEqual(gz.lookup('Farpost'), [], 'an office 800 km from its district is misplaced');
  assert.deepEqual(gz.lookup('Bir Salwa').map((p) => p.id), ['gn:9000003'], 'the village the dump has only gains the name');
  assert.deepEqual(gz.lookup('Umm Ruwabah').map((p) => p.id), ['gn:9000005'], 'a spelling one letter apart, 1.5 km off, is the same place');
  assert.deepEqual(gz.lookup('Saffah City'), []);
  // A namesake 80 km from the dump's Qarat Nuri is another village.
  assert.deepEqual(gz.lookup('Qarat Nuri').map((p) => p.feature_code).sort(), ['POSTAL', 'PPL', 'PPL']);
});

test('a point shared by many offices of different names is a placeholder, no village', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-postal-'));
  try {
    const file = join(dir, 'postal.txt');
    const lines = Array.from({ length: 30 }, (_, n) => `LY\t2${n}\tMirvela${String.fromCharCode(97 + (n % 26))}${n}\tWadi Qamar\t91\tSaffah District\t9101\t\t\t31.20\t15.20\t1`);
    lines.push('LY\t299\tOstravik\tWadi Qamar\t91\tSaffah District\t9101\t\t\t31.28\t15.33\t4');
    writeFileSync(file, lines.join('\n') + '\n');
    const gz = loadGazetteer({ files: [file], defaults: false });
    assert.equal(gz.places.filter((p) => p.feature_code === POSTAL_CODE).length, 1);
    assert.equal(gz.lookup('Ostravik').length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a postal village resolves where the text names its area, never against a real place or another district', () => {
  const gz = loadGazetteer({ files: [DUMP, POSTAL], defaults: false });
  const at = (text: string, name: string): string | null => findPlaces(text, gz, { iso3: 'LBY' }).find((m) => m.text === name)?.place?.id ?? null;
  assert.match(at('Gunmen attacked a checkpoint in Kelvora (Wadi Qamar) on Monday.', 'Kelvora') ?? '', /^post:LY:/);
  // Both Qarat Nuris of Jabal Nur fit: the dump's, not the office's.
  assert.equal(at('Protesters gathered in Qarat Nuri (Jabal Nur) on Monday.', 'Qarat Nuri'), 'gn:9000002');
  // Lindor's office lies 9 km from the Saffah district's point but in another district by its names.
  assert.equal(at('Shelling hit Lindor (Saffah District, Wadi Qamar) on Monday.', 'Lindor'), null);
});

test('a postal village lies in the district of the towns named around it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-postal-'));
  try {
    // A town of the district Qamar Gharbi whose name is no district's: the text names no district.
    const town = join(dir, 'town.txt');
    const row = (id: number, name: string, lat: number, cls: string, code: string, pop: number): string => `${id}\t${name}\t${name}\t\t${lat}\t15.30\t${cls}\t${code}\tLY\t\t91\t9102\t\t\t${pop}\t\t\tAfrica/Tripoli\t2024-01-01\n`;
    writeFileSync(town, row(9000090, 'Varnosk', 31.33, 'P', 'PPL', 40000) + row(9000091, 'Qamar Gharbi', 31.5, 'A', 'ADM2', 0));
    const gz = loadGazetteer({ files: [DUMP, town, POSTAL], defaults: false });
    // Two Korvash offices in two districts of Wadi Qamar, both near Varnosk; its district's is meant.
    const korvash = findPlaces('Clashes in Korvash area of Varnosk city (Wadi Qamar) on Monday.', gz, { iso3: 'LBY' }).find((m) => m.text === 'Korvash');
    assert.equal(korvash?.place?.id, 'post:LY:10014:korvash');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a postal village and a real place of another spelling: whichever fits the area named', () => {
  const gz = loadGazetteer({ files: [DUMP, POSTAL], defaults: false });
  const at = (text: string): string | null => findPlaces(text, gz, { iso3: 'LBY' }).find((m) => m.text === 'Tellhamra')?.place?.id ?? null;
  // The dump's Tell Hamra lies in Jabal Nur, the office Tellhamra in Wadi Qamar.
  assert.equal(at('Protests in Tellhamra (Jabal Nur) on Monday.'), 'gn:9000021');
  assert.match(at('Protests in Tellhamra (Wadi Qamar) on Monday.') ?? '', /^post:LY:10012:/);
});

test('a postal village is no evidence of its country', () => {
  const gz = loadGazetteer({ files: [DUMP, POSTAL], defaults: false });
  const text = 'Unknown gunmen shot a farmer in Kelvora and fled toward Dorwin on Monday.';
  assert.equal(inferCountry(text, findPlaces(text, gz)), null);
});

test('the default gazetteer holds India\'s post office villages', () => {
  const gz = loadDefaultGazetteer();
  const town = gz.lookup('Koothattukulam', { iso3: 'IND' });
  assert.equal(town.length, 1);
  assert.equal(town[0]!.feature_code, POSTAL_CODE);
  assert.equal(town[0]!.admin1, 'Kerala');
});
