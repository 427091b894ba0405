import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './helpers.ts';

function incidents(text: string, published = '2019-12-06') {
  const doc = analyse(text, published);
  return doc.segments.map((s) => ({ text: doc.text.slice(s.start, s.end), date: s.date?.value.date ?? null, rule: s.dateRule }));
}

test('background history does not become an event', () => {
  assert.deepEqual(incidents('In 2016, he led militiamen in a battle against the Islamic State in Sirte.'), []);
  assert.deepEqual(incidents('Back then, he had U.S. intelligence and airstrikes to help him.'), []);
  assert.deepEqual(incidents('The war started on April 4, when Haftar launched an assault on Tripoli.'), []);
});

test('quotes, predictions, negations and habitual statements are not events', () => {
  assert.deepEqual(incidents('“They hit us under a tree!”'), []);
  assert.deepEqual(incidents('“They are going to attack tonight,” he predicted.'), []);
  assert.deepEqual(incidents('A push into downtown will not produce a quick victory; fighting is likely to ensue.'), []);
  assert.deepEqual(incidents('Civilian deaths are mounting, the result of reckless airstrikes.'), []);
  assert.deepEqual(incidents('Armed drones destroy his vehicles at will, day or night.'), []);
  assert.deepEqual(incidents('These were not just any artillery shells, he explained late last month.'), []);
});

test('dated occurrences are found and follow-up sentences join them', () => {
  const found = incidents('Gunmen attacked the village on Sunday, killing 12 people. Witnesses said the attackers burned homes.\n\nIn 2015, the group held the area.');
  assert.equal(found.length, 1);
  assert.equal(found[0].date, '2019-12-01');
  assert.match(found[0].text, /burned homes/);
});

test('a new date or "in another event" opens a new incident', () => {
  const found = incidents('On 7 May 2020, a man was shot dead in Manaus. In another event, a man was shot dead in Belem.', '2020-05-07');
  assert.equal(found.length, 2);
  const dated = incidents('The next morning there was nothing. On Nov. 14, militias clashed near the airport. On Nov. 20, a drone struck a depot.');
  assert.deepEqual(dated.map((d) => d.date), ['2019-11-14', '2019-11-20']);
});

test('undated occurrences take the story date or the publication date', () => {
  const found = incidents('On Nov. 14, fighters arrived at the front. Two missiles from a drone struck the camp.\n\nMore than 140,000 people have been displaced.');
  assert.equal(found[0].date, '2019-11-14');
  assert.equal(found[found.length - 1].rule, 'date/present-perfect-as-reported');
});

test('a later day on which someone spoke of the open incident does not open another one', () => {
  const text =
    'Eleven farmers were killed in a raid late Tuesday night on a hamlet in the hills, local officials said.\n\n' +
    'A police spokesman said Wednesday that the raid was carried out by cattle thieves. Relatives said the gunmen also burned granaries.\n\n' +
    'The district has been the scene of several recent clashes between herders and farmers.';
  const found = incidents(text, '2021-03-04');
  assert.equal(found.length, 1);
  assert.equal(found[0].date, '2021-03-02');
  assert.match(found[0].text, /cattle thieves/);
  // The spokesman's day is still the incident's own date when nothing earlier is open.
  assert.deepEqual(incidents('A police spokesman said Wednesday that gunmen killed two guards at a mine.', '2021-03-04').map((d) => d.date), ['2021-03-03']);
});

test('a present-perfect lead takes the day its next sentence tells; a next sentence opening with its own day is another incident', () => {
  const one = incidents('Bandits have attacked a police post in Katsina state. According to residents, armed men exchanged fire with the police near Funtua on Saturday.', '2019-12-09');
  assert.equal(one.length, 1);
  assert.equal(one[0].date, '2019-12-07');
  const two = incidents('Bandits have attacked a police post in Katsina state. On Saturday, armed men exchanged fire with the police near Funtua.', '2019-12-09');
  assert.equal(two.length, 2);
});

test('an old act in an aside on who someone is (", which seized the town on 2 May,") is background', () => {
  assert.deepEqual(incidents('The militia, which seized the town on 2 May, did not comment on the reports.', '2020-06-20'), []);
  // The aside's day is recent: still news.
  assert.equal(incidents('The militia, which seized the town on 18 June, did not comment on the reports.', '2020-06-20').length, 1);
});

test('"Earlier on Sunday, ..." opens another incident of that day', () => {
  const found = incidents('Soldiers shelled a rebel camp near Kidal on Sunday night, killing 9 fighters. Earlier on Sunday, a suicide bomber struck a market in Gao, killing 4 people.', '2019-12-09');
  assert.equal(found.length, 2);
  assert.deepEqual(found.map((f) => f.date), ['2019-12-08', '2019-12-08']);
});
