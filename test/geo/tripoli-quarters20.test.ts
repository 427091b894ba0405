// Lebanon's Tripoli by its quarters (supplement.json): a report that names a quarter and the city
// without the country is about Lebanon; Libya's capital keeps every other Tripoli. Sentences
// written for the test; the default gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, inferCountry, loadDefaultGazetteer } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
function tripoli(text: string): { iso3: string | null; tripoli: string | undefined } {
  const ms = findPlaces(text, gz, {});
  return { iso3: inferCountry(text, ms), tripoli: ms.find((m) => m.text === 'Tripoli')?.place?.iso3 };
}

test("a quarter of Lebanon's Tripoli places the city in Lebanon", () => {
  assert.deepEqual(tripoli('Two families fought with rifles in the Tabbaneh area of Tripoli on Tuesday.'), { iso3: 'LBN', tripoli: 'LBN' });
  assert.deepEqual(tripoli('Gunmen in Jabal Mohsen and Bab al-Tabbaneh traded fire overnight in Tripoli.'), { iso3: 'LBN', tripoli: 'LBN' });
  assert.deepEqual(tripoli('Drivers from Tripoli blocked the highway near Bohssas with burning tyres.'), { iso3: 'LBN', tripoli: 'LBN' });
});

test("Libya's Tripoli and other namesakes are read as before", () => {
  assert.deepEqual(tripoli('Protesters gathered outside the government palace in Tripoli.'), { iso3: 'LBY', tripoli: 'LBY' });
  assert.deepEqual(tripoli('Forces shelled positions near Abu Salim in Tripoli.'), { iso3: 'LBY', tripoli: 'LBY' });
  // Al Qubbah near Derna is a Libyan town, not the quarter Al-Qobbeh.
  assert.equal(findPlaces('Fighters clashed in Qubbah near Derna.', gz, {}).find((m) => m.text === 'Qubbah')?.place?.iso3, 'LBY');
  // Abu Samra is also Qatar's border crossing.
  assert.equal(inferCountry('Trucks queued at the Abu Samra crossing between Qatar and Saudi Arabia.', findPlaces('Trucks queued at the Abu Samra crossing between Qatar and Saudi Arabia.', gz, {})), 'QAT');
});
