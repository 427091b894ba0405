// The whole pipeline on the bundled synthetic examples (what `npm start` ingests) and on
// degenerate input: every example yields its incident with the right date, country and toll,
// and never its background-history sentence.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import type { Report } from '../../src/core/types.ts';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

function extractExample(name: string): Report[] {
  const meta = JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${name}.meta.json`), 'utf8'));
  const text = fs.readFileSync(path.join(EXAMPLES, `${name}.txt`), 'utf8');
  return extractReports({ document_id: `doc_${name}`, text, published: meta.published, source: meta.source }, { gazetteer: loadDefaultGazetteer() });
}

const EXPECTED: Record<string, { date: string; precision: number; country: string; fatalities: number; injuries?: number; sub?: string; location?: string; actor1?: string; history: RegExp }> = {
  'tripoli-drone-strike': { date: '2019-11-19', precision: 1, country: 'Libya', fatalities: 4, injuries: 9, sub: 'Air/drone strike', actor1: 'Military Forces of Libya (2014-) Haftar Faction', history: /Back in 2014/ },
  'borno-village-attack': { date: '2020-03-08', precision: 1, country: 'Nigeria', fatalities: 12, sub: 'Attack', history: /In 2015/ },
  'donetsk-shelling': { date: '2022-08-21', precision: 3, country: 'Ukraine', fatalities: 2, injuries: 5, history: /after 2014/ },
  'mexico-protest': { date: '2021-06-02', precision: 1, country: 'Mexico', fatalities: 0, sub: 'Protest with intervention', history: /in 2006/ },
  'yemen-airstrike': { date: '2019-09-01', precision: 3, country: 'Yemen', fatalities: 7, injuries: 20, sub: 'Air/drone strike', location: "Sa'dah", actor1: 'Operation Restoring Hope', history: /since 2015/ },
  'mali-abduction': { date: '2021-02-12', precision: 1, country: 'Mali', fatalities: 0, sub: 'Abduction/forced disappearance', history: /back in 2018/ },
};

for (const [name, want] of Object.entries(EXPECTED)) {
  test(`example ${name}: its incident, and not its history`, () => {
    const reports = extractExample(name);
    const first = reports[0];
    assert.ok(first, 'no report');
    assert.equal(first.event_date, want.date);
    assert.equal(first.time_precision, want.precision);
    assert.equal(first.country, want.country);
    assert.equal(first.fatalities, want.fatalities);
    if (want.injuries !== undefined) assert.equal(first.injuries, want.injuries);
    if (want.sub !== undefined) assert.equal(first.sub_event_type, want.sub);
    if (want.location !== undefined) assert.equal(first.location, want.location);
    // The attacker named as the owner of the aircraft, or blamed for the attack, is actor1.
    if (want.actor1 !== undefined) assert.equal(first.actor1, want.actor1);
    for (const r of reports) {
      assert.doesNotMatch(r.notes, want.history);
      assert.ok(r.evidence.some((e) => e.field === 'event_date' || r.rules?.includes('date/as-reported')));
      assert.ok(r.id.startsWith('rep_'));
    }
  });
}

test('the Tripoli example also reports the displacement of families', () => {
  const r = extractExample('tripoli-drone-strike').find((x) => x.displaced !== null);
  assert.ok(r);
  assert.equal(r.displaced, 10000, '2,000 families at five people each');
  assert.equal(r.event_date, '2019-11-22');
});

test('empty, blank and undated input', () => {
  const gazetteer = loadDefaultGazetteer();
  assert.deepEqual(extractReports({ document_id: 'd', text: '', published: '2020-01-01' }, { gazetteer }), []);
  assert.deepEqual(extractReports({ document_id: 'd', text: ' \n\n \t', published: null }, { gazetteer }), []);
  // Without a publication date, only stated dates can date an event.
  const undated = extractReports({ document_id: 'd', text: 'Gunmen killed three farmers last week. On 9 May 2020, gunmen killed two traders.', published: null }, { gazetteer });
  assert.deepEqual(undated.map((r) => [r.event_date, r.fatalities]), [['2020-05-09', 2]]);
});

test("a headline's country outweighs the countries the body discusses", () => {
  const text =
    "Mali: Gunmen Kill Five Near Gao\n\nGunmen killed five herders near Gao on Tuesday, officials said. " +
    'France, the United States and the United Nations condemned the attack. French and American officials met in Paris. France said it would act.';
  const [r] = extractReports({ document_id: 'd', text, published: '2021-03-04' }, { gazetteer: loadDefaultGazetteer() });
  assert.equal(r.country, 'Mali');
  assert.equal(r.event_date, '2021-03-02');
  assert.equal(r.fatalities, 5);
});
