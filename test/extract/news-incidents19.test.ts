// News stories that tell one raid across several paragraphs: a lead in the present perfect, a
// sentence that dates "the tragic incident", a later account of the same killing, a toll that
// stood "by Saturday", a vague first figure that a later count replaces, and what "would be
// done" with the bodies. All one incident, with the later figure as its toll.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentToll } from '../../src/extract/assemble/tolls.ts';
import { analyse } from './helpers.ts';

function incidents(text: string, published = '2025-03-14') {
  const doc = analyse(text, published);
  return doc.segments.map((seg, k) => ({ date: seg.date?.value.date ?? null, killed: segmentToll(doc, seg, 'killed', doc.segments[k + 1]).best }));
}

test('a raid told over several paragraphs is one incident, dated by the sentence about "the tragic incident"', () => {
  const story = [
    'A farming community is in mourning as gunmen killed at least seven villagers and kidnapped several women during a night raid in Katsina State.',
    'Witnesses said the attackers fired at houses as residents ran into the bush.',
    'The tragic incident occurred on Tuesday in Dan Ali, a hamlet of Kankara Local Government Area.',
    'Residents said the raid went on for two hours and the gunmen killed seven people before leaving with the women.',
    'The bodies of the seven victims would be buried on Thursday according to Islamic rites.',
  ].join('\n\n');
  assert.deepEqual(incidents(story), [{ date: '2025-03-11', killed: 7 }]);
});

test('a toll that stood "by Saturday" is no date, and a vague first figure gives way to the count', () => {
  const story = [
    'Armed men on motorcycles raided three villages in the north-west, killing many people and burning homes.',
    'Officials said at least 18 people had been killed by Saturday, and warned the figure could rise as searches continue.',
    'One raid claimed the lives of five people, while the two other villages counted about 13 deaths.',
  ].join('\n\n');
  const got = incidents(story, '2025-03-16');
  assert.equal(got.length, 1);
  assert.equal(got[0]!.killed, 18);
});

test('"among the dead in the Thursday morning attack in X" tells more of the same strike', () => {
  const story = [
    'Military jets bombed a meeting of village defence volunteers and killed 11 people, including two teachers, residents said on Saturday.',
    'The volunteers were gathered in a school compound when the planes struck, a witness said.',
    'A teacher was among the dead in the Friday evening attack in Kyun Taw village in Pale township, he said.',
  ].join(' ');
  const got = incidents(story, '2025-03-15');
  assert.deepEqual(got, [{ date: '2025-03-14', killed: 11 }]);
});

test('an undated lead takes the day the next sentence gives when it names the same victims again', () => {
  const story = [
    'Police are investigating the recent slaying of four guards that they blamed on a gang.',
    'The gang killed the guards on Tuesday at a checkpoint south of the capital, police said.',
  ].join(' ');
  assert.deepEqual(incidents(story, '2025-03-14'), [{ date: '2025-03-11', killed: 4 }]);
  // Another act with its own day is another incident.
  const two = 'Suspected jihadists killed 12 civilians in the north, a local official said. The army carried out airstrikes on militant positions near Djibo on Sunday.';
  assert.equal(incidents(two, '2025-03-11').length, 2);
});
