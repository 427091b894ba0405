// Where a source spoke is not where the event happened (geo/speaker-seat.ts). Sentences written
// for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer } from '../../src/geo/index.ts';
import { extractReports } from '../../src/extract/index.ts';

const gz = loadDefaultGazetteer();
const names = (text: string): string[] => findPlaces(text, gz, {}).filter((m) => m.place).map((m) => m.text);
const first = (text: string) => extractReports({ document_id: 'doc_seat', text, published: '2024-05-03' }, { gazetteer: gz })[0];

test("a ministry's city is not the village its troops took", () => {
  const r = first('Russian troops captured the village of Novoselivka, the defence ministry in Moscow said on Sunday.');
  assert.equal(r?.iso3, 'UKR');
  assert.equal(r?.location, 'Novoselivka');
});

test('officials, sources and reporters somewhere else are no place of the event', () => {
  assert.deepEqual(names('Officials in Kyiv said Russian missiles struck Odesa overnight.'), ['Odesa']);
  assert.deepEqual(names('Gunmen killed four soldiers near Gao, a military source in Bamako said.'), ['Gao']);
  assert.deepEqual(names('The minister told reporters in Nairobi that fighters had attacked a camp near Garissa.'), ['Garissa']);
  assert.equal(first('Gunmen killed four soldiers near Gao, a military source in Bamako said.')?.location, 'Gao');
});

test('a speaker\'s city stays when the text names no other place, or places the event there', () => {
  // Local police speak of their own area.
  assert.deepEqual(names('Police in Kano said gunmen killed five people on Monday.'), ['Kano']);
  // A comma: the fighting is in those towns; the officials are only quoted.
  assert.deepEqual(names('Fighting continued in Kupiansk and Siversk, officials said.'), ['Kupiansk', 'Siversk']);
  // "in X" not after a speaker's noun: the protest is there.
  assert.deepEqual(names('Hundreds of students in Dhaka said they would march to Chittagong.'), ['Dhaka', 'Chittagong']);
});

test('"according to the ministry in X," is the source\'s town, whatever its rank', () => {
  assert.deepEqual(names('According to the health ministry in Ramallah, three men were killed in Tubas during the raid.'), ['Tubas']);
  assert.deepEqual(names('According to the police command in Maiduguri, gunmen killed six farmers near Konduga.'), ['Konduga']);
  // Without a speaker's noun the town is the scene.
  assert.deepEqual(names('According to residents, in Bama, gunmen killed six farmers.'), ['Bama']);
});
