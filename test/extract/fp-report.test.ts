// End-to-end extraction (no store) of the real field report in ../shared/corpus: the dated
// incidents it describes, each with its date resolved against publication (2019-12-06), place,
// toll and the actors the pipeline gets right, and nothing for its background history, the
// policy statements, predictions or quotes. What it still misses is listed in the README.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import type { Report } from '../../src/core/types.ts';

const FILE = new URL('../../../shared/corpus/2019-12-06-fp-haftar-tripoli.txt', import.meta.url);
const present = fs.existsSync(FILE);
if (!present) console.log(`# skipping fp-report tests: ${FILE.pathname} is absent`);

let cached: { text: string; reports: Report[] } | null = null;
function run(): { text: string; reports: Report[] } {
  if (!cached) {
    const text = fs.readFileSync(FILE, 'utf8');
    const reports = extractReports({ document_id: 'doc_fp', text, published: '2019-12-06', source: 'Foreign Policy' }, { gazetteer: loadDefaultGazetteer() });
    cached = { text, reports };
  }
  return cached;
}

/** The report whose notes contain `phrase`. */
function find(phrase: string): Report {
  const r = run().reports.find((x) => x.notes.includes(phrase));
  assert.ok(r, `no report for "${phrase}"`);
  return r;
}

const allActors = (r: Report) => [r.actor1, r.assoc_actor_1, r.actor2, r.assoc_actor_2].join(' | ');

test('Wagner fighters arrive on the Tripoli front in early September', { skip: !present }, () => {
  const r = find('arrival to the Tripoli front');
  assert.equal(r.event_date, '2019-09-01');
  assert.equal(r.time_precision, 3);
  assert.equal(r.event_type, 'Strategic developments');
  // The mercenaries (and the "additional fighters" that refer back to them) are the actor;
  // "the Tripoli front" is a battle line, not a group.
  assert.equal(r.actor1, 'Wagner Group');
  assert.equal(r.inter1, 8);
  assert.doesNotMatch(allActors(r), /Front|Unidentified/);
  assert.equal(r.country, 'Libya');
});

test('Emirati drone missiles at the front the day after Nov. 14', { skip: !present }, () => {
  const r = find('two missiles from an Emirati drone');
  assert.equal(r.event_date, '2019-11-15');
  assert.equal(r.time_precision, 1);
  assert.equal(r.event_type, 'Explosions/Remote violence');
  assert.equal(r.sub_event_type, 'Air/drone strike');
  assert.match(r.actor1, /United Arab Emirates/);
  assert.equal(r.location, 'Tripoli');
});

test('mortars and machine-gun fire the next morning, the barrage several days later', { skip: !present }, () => {
  const volley = find('volley of mortars');
  assert.equal(volley.event_date, '2019-11-16');
  assert.equal(volley.time_precision, 1);
  assert.equal(volley.country, 'Libya');
  // Fire "from Haftar's positions" and "Haftar's strikes": Haftar's side fired, in 2019 ACLED's Haftar Faction.
  assert.equal(volley.actor1, 'Military Forces of Libya (2014-) Haftar Faction');
  const barrage = find('another barrage');
  assert.equal(barrage.event_date, '2019-11-19');
  assert.equal(barrage.time_precision, 2);
  assert.equal(barrage.actor1, 'Military Forces of Libya (2014-) Haftar Faction');
});

test('the sniper killing of a fighter', { skip: !present }, () => {
  const r = find('marksmen had recently killed');
  assert.equal(r.fatalities, 1);
  // A fighter shot by the Russian snipers ("these marksmen") is a combatant: a battle, not violence against civilians.
  assert.equal(r.event_type, 'Battles');
  assert.equal(r.sub_event_type, 'Armed clash');
  assert.equal(r.civilian_targeting, '');
  assert.equal(r.actor1, 'Wagner Group');
  assert.equal(r.actor2, 'Military Forces of Libya (2016-) Government of National Accord');
  assert.equal(r.event_date, '2019-12-06');
  assert.equal(r.time_precision, 3);
});

test('the drone strike on the biscuit factory: 10 civilians dead, dozens wounded', { skip: !present }, () => {
  const r = find('biscuit factory');
  assert.equal(r.fatalities, 10);
  assert.equal(r.injuries, 12, '"dozens" is coded conservatively as 12');
  assert.equal(r.civilian_targeting, 'Civilian targeting');
  // The drones fly on behalf of Haftar's forces: his side attacks, the workers are the target.
  assert.match(r.actor1, /United Arab Emirates/);
  assert.equal(r.assoc_actor_1, 'Military Forces of Libya (2014-) Haftar Faction');
  assert.equal(r.actor2, 'Civilians (Libya)');
  assert.equal(r.inter2, 7);
  assert.equal(r.country, 'Libya');
  assert.ok(r.evidence.some((e) => e.field === 'fatalities' && e.text === '10'));
});

test('more than 140,000 people displaced, as of publication', { skip: !present }, () => {
  const r = find('140,000');
  assert.equal(r.displaced, 140000);
  // Libya's state forces carry the recognised government's name after the period.
  assert.equal(r.actor1, 'Military Forces of Libya (2016-) Government of National Accord');
  assert.equal(r.event_date, '2019-12-06');
  assert.equal(r.time_precision, 3);
  assert.equal(r.fatalities, 0);
});

test('nothing for background history, statements, predictions or quotes', { skip: !present }, () => {
  const { reports, text } = run();
  assert.equal(reports.length, 7);
  for (const r of reports) {
    assert.ok(r.event_date >= '2019-08-01', `background date ${r.event_date}: ${r.notes.slice(0, 80)}`);
    assert.notEqual(r.location, 'Sirte');
    for (const e of r.evidence) assert.equal(text.slice(e.start, e.end), e.text);
    assert.doesNotMatch(r.notes, /In 2016|phone call|State Department|going to attack|will not produce|Deal with the enemy/);
  }
});

test('report ids are deterministic', { skip: !present }, () => {
  const text = fs.readFileSync(FILE, 'utf8');
  const again = extractReports({ document_id: 'doc_fp', text, published: '2019-12-06' }, { gazetteer: loadDefaultGazetteer() });
  assert.deepEqual(again.map((r) => r.id), run().reports.map((r) => r.id));
});
