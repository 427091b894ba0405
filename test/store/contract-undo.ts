// Store contract: undo restores the exact previous state after every review action (confirm,
// edit, grade, reject, merge, split, accept and decline of a merge proposal), merge proposals
// are listed and decided with an audit entry, and stale ones (an event merged elsewhere or
// rejected) are closed as superseded. Runs on SQLite and PostgreSQL.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SitrepEvent } from '../../src/core/types.ts';
import * as review from '../../src/review/actions.ts';
import { acceptProposal, declineProposal } from '../../src/review/proposals.ts';
import { undo } from '../../src/review/undo.ts';
import { snapshot } from '../../src/store/review-change.ts';
import type { Store } from '../../src/store/store.ts';
import { seeded, type MakeStore } from './contract-helpers.ts';
import { doc, report } from './fixtures.ts';

/** The place and type fields of an event, to make a report of the same incident. */
const pick = (e: SitrepEvent) => ({ event_date: e.event_date, event_type: e.event_type, sub_event_type: e.sub_event_type, iso3: e.iso3, country: e.country, admin1: e.admin1, location: e.location, latitude: e.latitude, longitude: e.longitude });

export function undoContract(name: string, make: MakeStore): void {
  describe(`${name} store: undo and merge proposals`, () => {
    let store: Store;
    let events: SitrepEvent[];
    before(async () => ({ store, events } = await seeded(make)));
    after(async () => store.close());
    const at = (loc: string) => events.find((e) => e.location === loc)!;
    const state = async (id: string) => snapshot((await store.getEvent(id))!);
    const actions = async (id: string) => (await store.auditLog(id)).map((e) => e.action);

    test('undo of confirm, edit, grade and reject restores the exact previous state, overrides dropped', async () => {
      const id = at('Sirte').id;
      const steps: Array<[string, () => Promise<unknown>]> = [
        ['confirm', () => review.confirm(store, id, 'ana')],
        ['edit', () => review.edit(store, id, { fatalities: 25, location: 'Sirte port' }, 'ana', 'morgue list')],
        ['grade', () => review.grade(store, id, 'discounted', 'bo')],
        ['edit', () => review.edit(store, id, { fatalities: 30 }, 'bo')],
        ['reject', () => review.reject(store, id, 'bo', 'duplicate')],
      ];
      const states = [await state(id)];
      for (const [, run] of steps) {
        await run();
        states.push(await state(id));
      }
      for (let i = steps.length; i > 0; i--) {
        const undone = await undo(store, id, 'cy');
        assert.deepEqual(snapshot(undone), states[i - 1], `undo of step ${i} (${steps[i - 1]![0]})`);
      }
      const ev = (await store.getEvent(id))!;
      assert.deepEqual(ev.overrides, {}, 'no override left pinned');
      assert.deepEqual([ev.fatalities, ev.location, ev.status, ev.grade], [12, 'Sirte', 'new', at('Sirte').grade]);
      const log = await store.auditLog(id);
      assert.deepEqual(log.map((e) => e.action), ['create', 'confirm', 'edit', 'grade', 'edit', 'reject', 'undo', 'undo', 'undo', 'undo', 'undo']);
      assert.ok(log.filter((e) => e.action === 'undo').every((e) => e.actor === 'cy' && /^undo #\d+ \(\w+\)$/.test(e.reason ?? '')));
      await assert.rejects(undo(store, id, 'cy'), /nothing to undo/);
    });

    test('undo of a second edit puts the first reviewer\'s override back verbatim', async () => {
      const id = at('Donetsk').id;
      const first = (await review.edit(store, id, { fatalities: 4 }, 'ana')).overrides!.fatalities;
      await review.edit(store, id, { fatalities: 6 }, 'bo');
      const back = await undo(store, id, 'cy');
      assert.equal(back.fatalities, 4);
      assert.deepEqual(back.overrides!.fatalities, first, 'value, reviewer and time as they were');
    });

    test('undo of a merge restores both events, from either side', async () => {
      const [keep, gone] = [at('Misrata').id, at('Tarhuna').id];
      const before = [await state(keep), await state(gone)];
      await review.merge(store, keep, gone, 'ana', 'same clash');
      await undo(store, keep, 'bo');
      assert.deepEqual([await state(keep), await state(gone)], before);
      await review.merge(store, keep, gone, 'ana');
      await undo(store, gone, 'bo');
      assert.deepEqual([await state(keep), await state(gone)], before);
      assert.deepEqual(await actions(keep), ['create', 'merge', 'undo', 'merge', 'undo']);
      await assert.rejects(undo(store, gone, 'bo'), /nothing to undo/, 'both sides of each merge count as undone');
    });

    test('undo of a split puts the reports back; the split-off event is emptied', async () => {
      const [keep, gone] = [at('Bamako').id, at('Mopti').id];
      await review.merge(store, keep, gone, 'ana');
      const merged = await state(keep);
      const part = await review.split(store, keep, [at('Mopti').report_ids[0]!], 'ana');
      const back = await undo(store, part.id, 'bo');
      assert.equal(back.id, keep);
      assert.deepEqual(await state(keep), merged);
      const emptied = (await store.getEvent(part.id))!;
      assert.deepEqual([emptied.status, emptied.merged_into, emptied.report_ids], ['merged', keep, []]);
    });

    test('undo of an automatic attach restores the event it joined; the report gets its own event', async () => {
      const id = at('Donetsk').id;
      const before = await state(id);
      const text = 'Another wire: shelling in Donetsk killed four civilians.';
      const joined = (await store.saveIngest(doc(text), [report(text, { ...pick(at('Donetsk')), fatalities: 4 })], [{ kind: 'attach', event_id: id, score: 0.9, rule: 'test' }])).events[0]!;
      assert.equal(joined.report_ids.length, 2);
      const alone = await undo(store, id, 'bo');
      assert.notEqual(alone.id, id);
      assert.deepEqual(alone.report_ids, [joined.report_ids[1]]);
      assert.deepEqual(await state(id), before);
    });

    test('proposals are listed by status and event, paged, accepted, declined, and undone', async () => {
      const stored = at('Misrata').id;
      const ids: string[] = [];
      for (const n of [1, 2, 3]) {
        const text = `Another wire: clashes in Misrata, dispatch ${n}.`;
        const res = await store.saveIngest(doc(text), [report(text, { fatalities: 2 + n })], [{ kind: 'propose', event_id: stored, score: 0.5 + n / 100, rule: 'test grey zone' }]);
        ids.push(res.events[0]!.id);
      }
      const open = (await store.listProposals({ status: 'open' })).items;
      assert.deepEqual(open.map((p) => [p.event_id, p.candidate, p.status]), ids.map((id) => [id, stored, 'open']));
      assert.equal(open[0]!.rule, 'test grey zone');
      const page1 = await store.listProposals({ status: 'open', limit: 2 });
      assert.equal(page1.items.length, 2);
      const page2 = await store.listProposals({ status: 'open', limit: 2, cursor: page1.next_cursor });
      assert.deepEqual([...page1.items, ...page2.items].map((p) => p.id), open.map((p) => p.id));
      assert.equal(page2.next_cursor, null);
      assert.deepEqual((await store.listProposals({ event_id: ids[1] })).items.map((p) => p.event_id), [ids[1]]);
      assert.equal((await store.listProposals({ event_id: stored })).items.length, 3, 'the candidate side matches too');
      await assert.rejects(store.decideProposal(999_999, 'declined', { action: 'decline', actor: 'ana' }));

      const before = [await state(stored), await state(ids[0]!)];
      const { proposal, event } = await acceptProposal(store, open[0]!.id, 'ana');
      assert.equal(proposal.status, 'accepted');
      assert.equal(event.id, stored);
      assert.equal((await store.getEvent(ids[0]!))!.merged_into, stored);
      await assert.rejects(acceptProposal(store, open[0]!.id, 'ana'), /already accepted/);
      await undo(store, ids[0]!, 'bo');
      assert.deepEqual([await state(stored), await state(ids[0]!)], before);
      assert.equal((await store.listProposals({ event_id: ids[0] })).items[0]!.status, 'open', 'undo reopens the proposal');
      await assert.rejects(undo(store, ids[0]!, 'bo'), /nothing to undo/);

      const declined = await declineProposal(store, open[1]!.id, 'ana', 'different day');
      assert.equal(declined.status, 'declined');
      const entry = (await store.auditLog(ids[1]!)).at(-1)!;
      assert.deepEqual([entry.action, entry.actor, entry.reason], ['decline', 'ana', 'different day']);
      assert.deepEqual([(entry.before as any).status, (entry.after as any).status], ['open', 'declined']);
      assert.deepEqual((await store.listProposals({ status: 'declined' })).items.map((p) => p.id), [open[1]!.id]);
      await undo(store, ids[1]!, 'bo');
      assert.equal((await store.listProposals({ event_id: ids[1] })).items[0]!.status, 'open');
      assert.deepEqual((await actions(ids[1]!)).slice(-2), ['decline', 'undo']);
    });

    test('a grade the reviewer set before a rejection survives bringing the event back; the implied one does not', async () => {
      const text = 'Benghazi: an invented dispatch on a night raid.';
      const id = (await store.saveIngest(doc(text), [report(text, { location: 'Benghazi' })])).events[0]!.id;
      const derived = (await store.getEvent(id))!.grade;
      await review.grade(store, id, 'discounted', 'ana', 'the outlet retracted it');
      const explicit = (await store.getEvent(id))!.overrides!.grade!;
      await review.reject(store, id, 'bo', 'retracted');
      assert.deepEqual((await store.getEvent(id))!.overrides!.grade, explicit, 'the rejection keeps the reviewer\'s discounted as it is');
      const back = await review.confirm(store, id, 'cy');
      assert.deepEqual([back.status, back.grade, back.overrides!.grade], ['confirmed', 'discounted', explicit]);

      // Another grade before the rejection: replaced by the implied 'discounted', put back after.
      await review.grade(store, id, 'weak', 'ana');
      const weak = (await store.getEvent(id))!.overrides!.grade!;
      const rejected = await review.reject(store, id, 'bo', 'a rumour');
      assert.deepEqual([rejected.grade, rejected.overrides!.grade!.by, rejected.overrides!.grade!.implied_by], ['discounted', 'bo', 'reject']);
      const again = await review.edit(store, id, { fatalities: 1 }, 'cy');
      assert.deepEqual([again.status, again.grade, again.overrides!.grade], ['edited', 'weak', weak]);
      assert.deepEqual(snapshot(await undo(store, id, 'cy')), snapshot(rejected), 'undo brings the rejection back verbatim');

      // Undo walks back past the 'weak' grade to the explicit 'discounted'; a second round trip keeps it.
      await undo(store, id, 'cy'); // the rejection
      await undo(store, id, 'cy'); // the 'weak' grade
      assert.deepEqual((await store.getEvent(id))!.overrides!.grade, explicit);
      await review.reject(store, id, 'bo', 'a rumour');
      assert.deepEqual([(await review.confirm(store, id, 'cy')).grade, (await store.getEvent(id))!.overrides!.grade], ['discounted', explicit]);
      assert.notEqual(derived, 'discounted');
    });

    const fresh = async (text: string, placement?: { event_id: string; score: number }) => {
      const res = await store.saveIngest(doc(text), [report(text, { location: 'Brega' })], placement ? [{ kind: 'propose', ...placement, rule: 'test grey zone' }] : undefined);
      return res.events[0]!.id;
    };
    const proposalsOf = async (id: string) => (await store.listProposals({ event_id: id })).items;
    const statusOf = async (pid: number) => (await store.listProposals({ cursor: String(pid - 1), limit: 1 })).items[0]!.status;

    test('open proposals go stale when one of their events is merged elsewhere or rejected: closed as superseded, audited, reopened by undo', async () => {
      // S stored; X proposed as S; Z proposed as X; T unrelated.
      const s = await fresh('Brega: a first dispatch on the clashes at the port.');
      const x = await fresh('Brega: a second dispatch on the port clashes.', { event_id: s, score: 0.6 });
      const z = await fresh('Brega: a third dispatch, on the port road.', { event_id: x, score: 0.6 });
      const t = await fresh('Brega: a separate raid on the airstrip.');
      const [xs] = (await proposalsOf(x)).filter((p) => p.event_id === x);
      const [zx] = await proposalsOf(z);

      // X merged into T by hand: both proposals naming X are stale.
      await review.merge(store, t, x, 'ana', 'same raid');
      assert.deepEqual([await statusOf(xs!.id), await statusOf(zx!.id)], ['superseded', 'superseded']);
      assert.equal((await store.listProposals({ status: 'open', event_id: x })).items.length, 0);
      const closing = (await store.auditLog(x)).filter((e) => e.action === 'supersede');
      assert.deepEqual(closing.map((e) => [e.actor, e.reason, (e.before as any).status, (e.after as any).status]), [['ana', `event ${x} was merged into ${t}`, 'open', 'superseded']]);
      assert.equal((await store.auditLog(z)).filter((e) => e.action === 'supersede').length, 1, 'audited on the proposal\'s own event');
      assert.deepEqual(((await store.auditLog(x)).find((e) => e.action === 'merge')!.after as any).superseded, [xs!.id, zx!.id]);
      await assert.rejects(acceptProposal(store, xs!.id, 'bo'), /already superseded/);
      await assert.rejects(declineProposal(store, zx!.id, 'bo'), /already superseded/);
      await undo(store, x, 'cy');
      assert.deepEqual([await statusOf(xs!.id), await statusOf(zx!.id)], ['open', 'open'], 'undo of the merge reopens them');

      // The candidate rejected: the proposal naming it is stale; undo of the rejection reopens it.
      await review.reject(store, s, 'ana', 'not an incident');
      assert.equal(await statusOf(xs!.id), 'superseded');
      assert.equal(await statusOf(zx!.id), 'open', 'a proposal not naming the rejected event stays open');
      await undo(store, s, 'cy');
      assert.equal(await statusOf(xs!.id), 'open');

      // Accepting X -> S merges X away: Z's proposal (naming X) is superseded, X's own is accepted.
      const { proposal } = await acceptProposal(store, xs!.id, 'bo');
      assert.deepEqual([proposal.status, await statusOf(xs!.id), await statusOf(zx!.id)], ['accepted', 'accepted', 'superseded']);
      await undo(store, x, 'cy');
      assert.deepEqual([await statusOf(xs!.id), await statusOf(zx!.id)], ['open', 'open'], 'undo of the accept reopens both');
      assert.equal((await store.getEvent(x))!.status, 'new');

      // The pair merged by other means (a plain merge of X into S): its proposal closes too.
      await review.merge(store, s, x, 'ana');
      assert.equal(await statusOf(xs!.id), 'superseded');
      assert.deepEqual((await store.listProposals({ status: 'superseded' })).items.map((p) => p.id).sort((a, b) => a - b), [xs!.id, zx!.id]);

      // Undo reopens only what is not stale for another reason: X2 merged away, then S2 rejected.
      const s2 = await fresh('Brega: a fourth dispatch, on shelling of the refinery.');
      const x2 = await fresh('Brega: a fifth dispatch, refinery shelled.', { event_id: s2, score: 0.6 });
      const [p2] = await proposalsOf(x2);
      await review.merge(store, t, x2, 'ana');
      await review.reject(store, s2, 'ana', 'not an incident');
      await undo(store, x2, 'cy');
      assert.equal(await statusOf(p2!.id), 'superseded', 'S2 is still rejected');
    });

    test('a rejected event confirmed or edited again (not undone) reopens the proposals its rejection superseded, audited; undo closes them again', async () => {
      const s = await fresh('Brega: dispatch on a checkpoint attack.');
      const x = await fresh('Brega: checkpoint attacked, second dispatch.', { event_id: s, score: 0.6 });
      const [p] = await proposalsOf(x);
      await review.reject(store, s, 'ana', 'looked like a rumour');
      assert.equal(await statusOf(p!.id), 'superseded');
      const back = await review.confirm(store, s, 'bo', 'a second source confirms it');
      assert.equal(back.status, 'confirmed');
      assert.equal(await statusOf(p!.id), 'open', 'the rejection no longer holds, so neither does what it closed');
      const reopen = (await store.auditLog(x)).filter((e) => e.action === 'reopen');
      assert.deepEqual(reopen.map((e) => [e.actor, e.reason, (e.before as any).status, (e.after as any).status]), [['bo', `event ${s} is no longer rejected (confirmed)`, 'superseded', 'open']]);
      assert.deepEqual(((await store.auditLog(s)).filter((e) => e.action === 'confirm').at(-1)!.after as any).reopened, [p!.id]);
      assert.deepEqual((await acceptProposal(store, p!.id, 'bo')).proposal.status, 'accepted', 'a reopened proposal can be decided');
      await undo(store, x, 'bo');
      assert.equal(await statusOf(p!.id), 'open');

      // Undo of the confirm puts the rejection back, and with it the proposal's closure.
      await review.reject(store, s, 'ana', 'rumour after all');
      await review.edit(store, s, { fatalities: 2 }, 'cy');
      assert.equal(await statusOf(p!.id), 'open', 'an edit brings a rejected event back too');
      await undo(store, s, 'cy');
      assert.deepEqual([(await store.getEvent(s))!.status, await statusOf(p!.id)], ['rejected', 'superseded']);

      // Stale for another reason (X merged elsewhere meanwhile): confirming S leaves it closed.
      const t = await fresh('Brega: an unrelated report on the checkpoint.');
      await review.merge(store, t, x, 'ana');
      await review.confirm(store, s, 'bo');
      assert.equal(await statusOf(p!.id), 'superseded', 'X is merged away');
      assert.equal(((await store.auditLog(s)).at(-1)!.after as any).reopened, undefined);
    });
  });
}
