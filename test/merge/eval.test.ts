import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { acledDistinctPairs, evaluateMerge, type LabelledPair } from '../../src/merge/eval.ts';

const SHARED = join(import.meta.dirname, '../../../shared');
const present = existsSync(join(SHARED, 'data/ucdp/ged-libya.csv')) && existsSync(join(SHARED, 'corpus/2019-12-06-fp-haftar-tripoli.txt'));

test('merge precision/recall on hand-labelled article/UCDP and UCDP/UCDP pairs stay above their floors', { skip: !present && `absent: ${SHARED}` }, async () => {
  const labels = JSON.parse(readFileSync(join(import.meta.dirname, 'labels.json'), 'utf8')).pairs as LabelledPair[];
  const r = await evaluateMerge(SHARED, labels);
  const { pairs: _p, ...summary } = r;
  console.log(JSON.stringify(summary));
  assert.deepEqual(r.unresolved, [], 'every labelled report is found');
  const scored = labels.filter((l) => l.label !== 'unsure');
  assert.ok(scored.length >= 100, `${scored.length} scored pairs`);
  assert.ok(labels.every((l) => /^(article@\d+|ucdp:\d+)$/.test(l.a) && /^(article@\d+|ucdp:\d+)$/.test(l.b)), 'ids only');
  assert.ok(labels.every((l) => l.why && l.why.length <= 120), 'a short reason in our own words for every pair');
  // Measured 2026-11-26 on 111 scored pairs (57 article/UCDP, 54 UCDP/UCDP, 8 same): attach P 0.583 R 0.875,
  // attach-or-propose P 0.348 R 1.0; after the who check (src/merge/who.ts) attach P 0.636 (civilians killed vs
  // fighters killed in Derna is now only proposed). Session 3: 9 more pairs scored (1 same, 8 different, read by
  // hand), and UCDP rows now carry the coder's place description in their notes: on 120 scored pairs (9 same)
  // attach P 0.538 (7 of 13) R 0.778, attach-or-propose P 0.31 R 1.0; with texts that share nothing capped at a
  // proposal (score.ts TEXT_APART_BELOW) attach P 0.583 (7 of 12) R 0.778. The false attaches left are UCDP/UCDP
  // hard negatives (one story split by neighbourhood, village, day or victim side, coded at one point with one
  // toll) that the fields cannot tell apart; the importer never merges two rows of one dataset, so they test
  // the scorer alone. Floors: the measurement less one pair.
  assert.ok(r.scorer_attach.precision >= 0.53, `attach precision ${r.scorer_attach.precision}`);
  assert.ok(r.scorer_attach.recall >= 0.66, `attach recall ${r.scorer_attach.recall}`);
  assert.ok(r.scorer_attach_or_propose.recall >= 0.875, `attach-or-propose recall ${r.scorer_attach_or_propose.recall}`);
  assert.equal(r.scorer_by_kind.article_ucdp.attach.fp, 0, 'no article incident is attached to a different UCDP event');
  // Measured: 11 different and 1 unsure pair disagree on who; a same pair never may (actor names read wrongly).
  assert.equal(r.who_conflicts.same, 0, 'no account of one incident disagrees with another on who');
  assert.ok(r.who_conflicts.different >= 10, `${r.who_conflicts.different} different pairs told apart by who`);
  // Measured: no same pair's texts miss each other (the lowest attached one shares 0.49); 25 different pairs' do.
  assert.equal(r.text_apart.same, 0, 'two accounts of one incident share its distinctive words');
  assert.ok(r.text_apart.different >= 20, `${r.text_apart.different} different pairs whose texts share nothing`);
  assert.equal(r.pipeline_with_proposals.recall, 1, 'the article and UCDP accounts of the factory strike meet (merged or proposed)');
  assert.equal(r.pipeline.fp + r.pipeline_with_proposals.fp, 0, 'no article incident is merged or proposed with a different UCDP event');
});

const ACLED = join(SHARED, 'data/acled/acled-2020-04-27_2020-05-09.csv');
test('the scorer rarely attaches two events ACLED coded as distinct (same day, same area)', { skip: !existsSync(ACLED) && `absent: ${ACLED}` }, () => {
  const r = acledDistinctPairs(ACLED);
  console.log(JSON.stringify(r));
  // Measured 2026-11-26: 23,013 pairs inside a search window, 1.2% (287) would be attached (289 before the who check,
  // 282 with the text-apart cap).
  assert.ok(r.pairs > 10_000);
  assert.ok(r.attach_rate <= 0.03, `attach rate ${r.attach_rate}`);
});
