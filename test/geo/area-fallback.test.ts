// Where an event goes when the text names areas more than places: a province word picks the
// province among areas of its name, a district known only from its villages sits at the town of
// its name, and "X South county" names the county around town X. Hand-written notes; the
// fixture's places are invented (fixtures/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer, locateEvent } from '../../src/geo/index.ts';
import { tokenize } from '../../src/geo/tokens.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'area-fallback')], defaults: false });

function located(text: string, iso3: string) {
  return locateEvent(findPlaces(text, gz, { iso3 }), { start: 0, end: text.length }, { iso3 });
}

function area(name: string, code: string) {
  return gz.lookup(name).find((p) => p.feature_code === code)!;
}

test('a town named with a province word that it is not in goes to the town, though the province has a district of its name', () => {
  const m = located('On 28 April 2020, in Monteroca, Verdalia state, residents protested to demand fuel.', 'VEN')!;
  assert.equal(m.place!.name, 'Monteroca');
  assert.equal(m.place!.admin1, 'Azulia');
});

test('a district known only from its villages sits at the notable town of its name in the province, however far their centroid', () => {
  const d = area('Dhexdhere', 'ADM2');
  assert.deepEqual([d.lat, d.lon], [6.77, 47.43]);
  // A town of the name 200 km off is another place: the district stays at its villages.
  const far = area('Carshe', 'ADM2');
  assert.ok(Math.abs(far.lat - 6.6) < 0.2 && Math.abs(far.lon - 46.4) < 0.2, `${far.lat} ${far.lon}`);
});

test('a district sits at its seat of its name before a bigger town that has the name only as an alternate', () => {
  const d = area('Kurasi', 'ADM2');
  assert.deepEqual([d.lat, d.lon], [6.2, 46]);
});

test('"X South county": the county around town X, at geo_precision 2', () => {
  for (const text of [
    'On 6 May 2020, raiders attacked a cattle camp in Tarko South county (Lakes Plain state), killing two herders.',
    'On 6 May 2020, raiders attacked a cattle camp in Central Tarko district, Lakes Plain state, killing two herders.',
  ]) {
    const m = located(text, 'SSD')!;
    assert.equal(m.place!.name, 'Tarko', text);
    assert.equal(m.geo_precision, 2, text);
  }
});

test('a compass word that is no district name leaves a longer name alone', () => {
  const names = findPlaces('On 6 May 2020, Tarko South Trading Company workers protested in Rumbek Gol.', gz, { iso3: 'SSD' }).filter((m) => m.place).map((m) => m.place!.name);
  assert.deepEqual(names, ['Rumbek Gol']);
});

test('a district written with a lower-case prefix ("eThekwini") is a name, and the event goes to it', () => {
  const m = located('On 6 May 2020, residents protested in Kloofhill (eNyathi, Coastal Zulu) against a cellphone tower.', 'ZAF')!;
  assert.equal(m.place!.feature_code, 'ADM2');
  assert.equal(m.geo_precision, 2);
  // Only the Nguni vowel prefixes make a capitalised word ("xRays", "mRNA" are none).
  const caps = tokenize('Traders met in uMgungundlovu and oThongathi about xRays and mRNA kits.').filter((t) => t.cap).map((t) => t.text);
  assert.deepEqual(caps, ['Traders', 'uMgungundlovu', 'oThongathi']);
});

test('"X district of Y": a district whose gazetteer name ends in its kind word is not a piece of a longer name', () => {
  const m = located('On 28 April 2020, airstrikes hit PKK targets in Hawar Valley in Darkan district of Nahrawa.', 'IRQ')!;
  assert.equal(m.place!.name, 'Darkan District');
});

test('"(X LGA, Y)": the kind word in capitals ends the name, so the LGA is found, not a folded namesake abroad', () => {
  const m = located('On 3 May 2020, gunmen killed a resident of Mbangaro (Korra LGA, Savanna).', 'NGA')!;
  assert.equal(m.place!.name, 'Korra');
  assert.equal(m.place!.feature_code, 'ADM2');
});

test('"in A, B and C governorates": the plural kind word makes each name of the list a governorate', () => {
  const m = located('On 2 May 2020, Houthi forces shelled pro-Hadi groups in Qarmah, Zawiyat and Tahrir governorates.', 'YEM')!;
  assert.equal(m.place!.name, 'Qarmah');
  assert.equal(m.place!.feature_code, 'ADM1');
});

test('a name alone before a plural kind word is no list ("Arab cities"): the plural says nothing of it', () => {
  const m = findPlaces('On 2 May 2020, mayors of Qarmah cities protested in Tahrir governorate.', gz, { iso3: 'YEM' }).find((x) => x.text === 'Qarmah');
  assert.ok(m, 'Qarmah is found');
  assert.notEqual(m.kind, 'city');
});
