// "Town (Province)" where the only notable town of that name lies in another province and nothing
// else named lies in the province: the province is the writer's slip, the town is the place.
// Hand-written notes, default gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer, locateEvent } from '../../src/geo/index.ts';

function place(text: string) {
  const gz = loadDefaultGazetteer();
  return locateEvent(findPlaces(text, gz, {}), { start: 0, end: text.length }, { iso3: 'CHL' });
}

test('a notable town named with a province it is not in goes to the town', () => {
  const m = place('On 3 June, in Diego de Almagro (Biobio), miners marched to the town hall.')!;
  assert.equal(m.text, 'Diego de Almagro');
  assert.equal(m.place!.admin1, 'Atacama');
  assert.equal(m.geo_precision, 1);
});

test('the province stands when another place named lies in it, or when it is not the town\'s own slot', () => {
  const withOther = place('On 3 June, in Diego de Almagro (Biobio), miners from Concepcion marched to the town hall.')!;
  assert.equal(withOther.place!.admin1, 'Biobio');
  const notOwn = place('On 3 June, miners from Diego de Almagro marched in Biobio.')!;
  assert.notEqual(notOwn.place!.admin1, 'Atacama');
});
