// Nigeria's local government areas written out ("Mangu Local Government Area", "Bassa local
// government"): the words say what kind of place the name before them is. Sentences written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();

test('"Mangu Local Government Area": the written-out LGA, capitalised or not, is the kind of the name before it', () => {
  const kinds = (text: string) => findPlaces(text, gz, {}).filter((m) => m.place).map((m) => [m.text, m.kind]);
  assert.deepEqual(kinds('Gunmen raided a hamlet in the Bassa Local Government Area of Plateau State on Friday.')[0], ['Bassa', 'lga']);
  assert.deepEqual(kinds('Gunmen raided a hamlet in Bassa local government area of Plateau State on Friday.')[0], ['Bassa', 'lga']);
});
