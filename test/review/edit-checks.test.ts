// What a demanding analyst trips over when correcting an event by hand: an edit may not leave
// the fields contradicting each other (a toll outside its own range, a sub-event type of another
// event type, an end date before the start, half a coordinate), a bad number says which field it
// was, and the event's audit log names every field an action changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confirm, edit, grade, merge, reject, ReviewError, split } from '../../src/review/actions.ts';
import { parseAssignments } from '../../src/review/fields.ts';
import { changesOf, describeEntry } from '../../src/review/log.ts';
import { openStore } from '../../src/store/index.ts';
import { strikeEvent } from './strike.ts';

test('an edit that would leave fields contradicting each other is refused with the reason; nothing is written', async () => {
  const store = await openStore(':memory:');
  const id = await strikeEvent(store, 'Invented wire: a drone hit the Qasr Town market, 7 dead.', 7);
  const refused = async (fields: object, why: RegExp) => {
    const log = (await store.auditLog(id)).length;
    await assert.rejects(edit(store, id, fields, 'ana'), (err: Error) => err instanceof ReviewError && err.status === 400 && why.test(err.message));
    assert.equal((await store.auditLog(id)).length, log, `nothing written for ${JSON.stringify(fields)}`);
  };
  await refused({ fatalities_min: 20 }, /fatalities_min 20 is above fatalities 7/);
  await refused({ fatalities_max: 2 }, /fatalities_max 2 is below fatalities 7/);
  await refused({ fatalities: 9, fatalities_max: 8 }, /fatalities_max 8 is below fatalities 9/);
  await refused({ event_type: 'Protests' }, /"Air\/drone strike" is not a kind of "Protests"/);
  await refused({ event_date_end: '2021-03-01' }, /before event_date 2021-03-03/);
  await refused({ latitude: null }, /latitude and longitude/);

  // The sub-event type alone implies its event type; a toll beyond the range still widens it.
  const typed = await edit(store, id, { sub_event_type: 'Shelling/artillery/missile attack' }, 'ana');
  assert.deepEqual([typed.event_type, typed.sub_event_type], ['Explosions/Remote violence', 'Shelling/artillery/missile attack']);
  const moved = await edit(store, id, { sub_event_type: 'Armed clash' }, 'ana');
  assert.equal(moved.event_type, 'Battles');
  const wider = await edit(store, id, { fatalities: 12 }, 'ana');
  assert.deepEqual([wider.fatalities_min, wider.fatalities, wider.fatalities_max], [7, 12, 12]);
  await store.close();
});

test('CLI assignments: a number that is not one names its field', () => {
  assert.throws(() => parseAssignments(['fatalities=abc']), /fatalities: "abc" is not a number/);
  assert.deepEqual(parseAssignments(['fatalities=4', 'latitude=', 'longitude=']), { fatalities: 4, latitude: null, longitude: null });
});

test('the audit log line of an action names every field it changed, and a value set by hand to what it was', async () => {
  const store = await openStore(':memory:');
  const a = await strikeEvent(store, 'Invented wire: a drone hit the Qasr Town market, 7 dead.', 7);
  const b = await strikeEvent(store, 'Invented radio: Qasr Town market toll rises to 10.', 10);
  await edit(store, a, { notes: 'Corrected by hand:\na drone hit the market.', admin1: 'Qasr Region', fatalities: 8 }, 'ana', 'hospital list');
  await merge(store, a, b, 'bo');
  const [, edited, merged] = (await store.auditLog(a)).map(describeEntry);
  assert.match(edited!, / ana edit /);
  assert.match(edited!, /notes: Invented wire: a drone hit the Qasr Town market, 7 dead\. -> Corrected by hand: a drone hit the market\./);
  assert.match(edited!, /admin1: Qasr Region set by hand \(unchanged\)/);
  assert.match(edited!, /fatalities: 7 -> 8/);
  assert.match(edited!, /status: new -> edited/);
  assert.match(edited!, /\(hospital list\)$/);
  assert.match(merged!, / bo merge .*grade: weak -> contested; reports /);
  await store.close();
});

test('a proposal decision in the log names the proposal, its status change, the candidate and the score', async () => {
  const store = await openStore(':memory:');
  const a = await strikeEvent(store, 'Invented wire: a drone hit the Qasr Town market, 7 dead.', 7);
  const b = await strikeEvent(store, 'Invented radio: Qasr Town market toll rises to 10.', 10, { kind: 'propose', event_id: a, score: 0.6, rule: 'test grey zone' });
  const [p] = (await store.listProposals({ event_id: b })).items;
  await store.decideProposal(p!.id, 'declined', { action: 'decline', actor: 'ana', reason: 'two strikes' });
  const entry = (await store.auditLog(b)).find((e) => e.action === 'decline')!;
  assert.deepEqual(changesOf(entry), [`proposal #${p!.id}`, 'status: open -> declined', `candidate ${a}`, 'score 0.6']);
  await store.close();
});

test('an event merged away refuses every review action but undo; nothing merges into a rejected event', async () => {
  const store = await openStore(':memory:');
  const a = await strikeEvent(store, 'Invented wire: a drone hit the Qasr Town market, 7 dead.', 7);
  const b = await strikeEvent(store, 'Invented radio: Qasr Town market toll rises to 10.', 10);
  const c = await strikeEvent(store, 'Invented blog: Qasr Town market hit, 8 dead.', 8);
  await merge(store, a, b, 'ana');
  const merged = new RegExp(`${b} was merged into ${a}`);
  const conflict = (err: Error) => err instanceof ReviewError && err.status === 409 && merged.test(err.message);
  await assert.rejects(confirm(store, b, 'bo'), conflict);
  await assert.rejects(edit(store, b, { fatalities: 3 }, 'bo'), conflict);
  await assert.rejects(grade(store, b, 'weak', 'bo'), conflict);
  await assert.rejects(reject(store, b, 'bo', 'dup'), conflict);
  await assert.rejects(split(store, b, ['x'], 'bo'), conflict);
  assert.equal((await store.auditLog(b)).at(-1)!.action, 'merge', 'nothing written on the merged shell');

  await reject(store, c, 'bo', 'a rumour');
  await assert.rejects(merge(store, c, a, 'ana'), (err: Error) => err instanceof ReviewError && err.status === 409 && /rejected: confirm it first/.test(err.message));
  const into = await merge(store, a, c, 'ana', 'the rumour is this strike');
  assert.equal(into.report_ids.length, 3, 'a rejected event may still be merged into a live one');
  await store.close();
});

test('an edit contradicting itself is refused by the schema alone, before any event is read', () => {
  assert.throws(() => parseAssignments(['fatalities=9', 'fatalities_max=8']), /fatalities_max 8 is below fatalities 9/);
  assert.throws(() => parseAssignments(['event_date=2021-03-03', 'event_date_end=2021-03-01']), /before event_date 2021-03-03/);
  assert.throws(() => parseAssignments(['latitude=12', 'longitude=']), /latitude and longitude/);
  assert.throws(() => parseAssignments(['region=Northern Africa']), /region/, 'ACLED extras are not edited by hand');
  assert.deepEqual(parseAssignments(['event_date=2021-03-03', 'event_date_end=2021-03-05']), { event_date: '2021-03-03', event_date_end: '2021-03-05' });
});
