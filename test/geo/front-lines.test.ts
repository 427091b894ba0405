// Front lines beyond Donbas, on hand-written sentences against an invented fixture gazetteer
// (test/geo/fixtures/front-dump.txt): Kashmir's Line of Control (a village on each side), the
// edge of Syria's Operation Peace Spring strip, Nagorno-Karabakh's line of contact, and what a
// front must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer } from '../../src/geo/index.ts';
import { findContextCues } from '../../src/geo/context-cues.ts';
import { distanceToLineKm } from '../../src/geo/front-lines.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'front-dump.txt')], defaults: false });
const pick = (text: string, name: string, iso3: string): string | null =>
  findPlaces(text, gz, { iso3 }).find((m) => m.text === name)?.place?.id ?? null;

test('the Line of Control is a front for both countries facing it, and votes for neither', () => {
  const hints = findContextCues('Troops exchanged fire across the LoC on Monday.');
  assert.deepEqual(hints.fronts.map((f) => f.iso3).sort(), ['IND', 'PAK']);
  assert.equal(hints.countries.size, 0);
  // Without the cue the bigger Punjab village wins; with it, the one on the line, on either side.
  assert.equal(pick('Troops exchanged fire at Garhi Dara on Monday.', 'Garhi Dara', 'PAK'), 'gn:9400002');
  assert.equal(pick('Indian and Pakistani troops exchanged fire across the LoC at Garhi Dara on Monday.', 'Garhi Dara', 'PAK'), 'gn:9400001');
  assert.equal(pick('A soldier was hurt in a ceasefire violation along the Line of Control near Dhanwal.', 'Dhanwal', 'IND'), 'gn:9400003');
  assert.equal(pick('A soldier was hurt near Dhanwal.', 'Dhanwal', 'IND'), 'gn:9400004');
});

test('Operation Peace Spring puts a namesake at the edge of the Turkish-held strip first; "OPS" only as a whole word', () => {
  assert.equal(pick('Artillery shelled Tall Hamir on Tuesday.', 'Tall Hamir', 'SYR'), 'gn:9400011');
  assert.equal(pick('Turkish forces and rebels operating under OPS shelled Tall Hamir on Tuesday.', 'Tall Hamir', 'SYR'), 'gn:9400010');
  assert.equal(findContextCues('The ops room and the OPSEC team met.').fronts.length, 0);
  assert.equal(findContextCues('Rebels of Operation Peace Spring advanced.').fronts.length, 1);
});

test('Nagorno-Karabakh\'s line of contact (1994-2020) puts a namesake on it before a bigger one far behind', () => {
  assert.equal(pick('Shots were fired at positions near Qarabagli.', 'Qarabagli', 'AZE'), 'gn:9400051');
  assert.equal(pick('Military forces of Artsakh fired at positions near Qarabagli.', 'Qarabagli', 'AZE'), 'gn:9400050');
});

test('a village the gazetteer lacks, on a front, falls back to the line\'s point nearest the area named after it', () => {
  const loc = findContextCues('across the LoC').fronts[0]!.points;
  const at = (text: string) => findPlaces(text, gz, { iso3: 'IND' }).find((m) => m.text === 'Baramgarh')?.place ?? null;
  // Zorwal is in no gazetteer; Baramgarh district's seat lies 26 km behind the line.
  const moved = at('Troops exchanged fire across the LoC at Zorwal sector area (Baramgarh district) on Friday.')!;
  assert.ok(distanceToLineKm(moved.lat, moved.lon, loc) < 1, `${moved.lat} ${moved.lon}`);
  assert.equal(moved.id, 'gn:9400060', 'the same district, only its point moves');
  // The district named alone, or without a front cue, stays at its seat.
  assert.equal(at('Troops exchanged fire across the LoC in Baramgarh district on Friday.')?.lat, 34.2);
  assert.equal(at('Troops exchanged fire at Zorwal sector area (Baramgarh district) on Friday.')?.lat, 34.2);
  // The city standing for its governorate moves too, but not after a demonym (no village named).
  const city = (text: string) => findPlaces(text, gz, { iso3: 'SYR' }).find((m) => m.text === 'al-Hasakeh')?.place?.lat;
  assert.notEqual(city('Rebels under OPS shelled Qabbour in al-Hasakeh with artillery.'), 36.5);
  assert.equal(city('Rebels under OPS said Turkish forces shelled villages in al-Hasakeh.'), 36.5);
  // Nor when the area is the place named (a sentence's first word or a town named "city" is no village).
  assert.equal(city('Witnesses said shells fell in al-Hasakeh near the OPS strip.'), 36.5);
  assert.equal(city('Rebels under OPS shelled Qabbour and al-Hasakeh city with artillery.'), 36.5);
  // A village name of several words ("Qabr al Kabir") is one name.
  assert.notEqual(city('Rebels under OPS shelled Qabr al Kabir in al-Hasakeh with artillery.'), 36.5);
});

test('on a front a district keeps its rank against its seat, and a province seat stays admissible', () => {
  // "in rural Ras Warda" names the district: the front on it gives its seat no edge.
  const plain = pick('Looters took wheat crops in rural Ras Warda.', 'Ras Warda', 'SYR');
  assert.equal(plain, 'gn:9400020');
  assert.equal(pick('Rebels under OPS took wheat crops in rural Ras Warda.', 'Ras Warda', 'SYR'), plain);
  // The city the gazetteer has for the governorate, 40 km behind the line, still stands for it
  // (Abbushiya, known only abroad, makes the text's names count as areas).
  assert.equal(pick('Rebels under OPS shelled Abbushiya in al-Hasakeh with artillery.', 'al-Hasakeh', 'SYR'), 'gn:9400030');
});

test('a front of another country (a cue word reused there) does not rule out places in the text\'s', () => {
  // "DPR" is a Donbas cue and Indonesia's parliament; Senayan lies just across the named province's edge.
  assert.equal(pick('Students protested outside the DPR building in Senayan, Jakarta Raya.', 'Senayan', 'IDN'), 'gn:9400042');
});
