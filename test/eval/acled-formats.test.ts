// ACLED exports come in two shapes: the classic one (inter codes as numbers, "9-May-20" dates,
// no civilian_targeting column) and the newer one (actor types as names, "16 May 2025" or ISO
// dates, a civilian_targeting column, crowd sizes in a tags column, no iso3). The eval and the
// importer must read both alike: a newer file scored as if its inter codes were 0 would report
// nonsense for inter1, inter2 and civilian targeting.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { interactionCode, parseInterCode, parseInteraction, INTER_CODES } from '../../src/core/taxonomy.ts';
import { ACLED_REQUIRED_COLUMNS, acledCase, evaluateAcled, type AcledCase } from '../../src/eval/acled.ts';
import { readCsvTable } from '../../src/eval/csv.ts';
import { acledRecord } from '../../src/datasets/acled.ts';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/acled-synthetic.csv', import.meta.url));

/** Newer exports' names for the inter codes, as a newer file writes them. */
const NEWER_NAMES: Record<number, string> = {
  0: '', 1: 'State forces', 2: 'Rebel group', 3: 'Political militia', 4: 'Identity militia',
  5: 'Rioters', 6: 'Protesters', 7: 'Civilians', 8: 'External/Other forces',
};
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

test('inter codes read from codes and from the actor types newer exports write', () => {
  for (const [code, name] of Object.entries(NEWER_NAMES)) {
    assert.equal(parseInterCode(name), Number(code), name);
    assert.equal(parseInterCode(code === '0' ? '' : code), Number(code));
  }
  assert.equal(parseInterCode(INTER_CODES[2]), 2, 'the plural names sitrep itself writes');
  assert.equal(parseInterCode(' state  FORCES '), 1);
  assert.equal(parseInterCode('9'), null);
  assert.equal(parseInterCode('Soldiers'), null);
});

test('interaction read from its code, from "A-B" and "A only" names, or derived when empty', () => {
  assert.equal(parseInteraction('17', 1, 7), 17);
  assert.equal(parseInteraction('Rebel group-Civilians', 2, 7), 27);
  assert.equal(parseInteraction('Civilians-Rebel group', 7, 2), 27, 'the smaller code first, as the numeric form');
  assert.equal(parseInteraction('State forces-External/Other forces', 1, 8), 18);
  assert.equal(parseInteraction('Protesters only', 6, 0), 60);
  assert.equal(parseInteraction('', 1, 2), interactionCode(1, 2));
  assert.equal(parseInteraction('Soldiers-Civilians', 1, 7), null);
});

/** The synthetic fixture's rows rewritten the way a newer export writes them; notes untouched. */
function newerShape(row: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(row)) if (k !== 'iso3') out[k] = v;
  const m = /^(\d{1,2})-([A-Za-z]{3})-(\d{2})$/.exec(row.event_date!);
  if (m) out.event_date = `${m[1]!.padStart(2, '0')} ${MONTH_NAMES.find((n) => n.startsWith(m[2]!))} 20${m[3]}`;
  const inter1 = Number(row.inter1) || 0;
  const inter2 = Number(row.inter2) || 0;
  out.inter1 = NEWER_NAMES[inter1]!;
  out.inter2 = NEWER_NAMES[inter2]!;
  out.interaction = inter2 ? `${NEWER_NAMES[inter1]}-${NEWER_NAMES[inter2]}` : `${NEWER_NAMES[inter1]} only`;
  const civ = row.event_type === 'Violence against civilians' || row.sub_event_type === 'Excessive force against protesters' ||
    ((row.event_type === 'Explosions/Remote violence' || row.event_type === 'Riots') && inter2 === 7);
  out.civilian_targeting = civ ? 'Civilian targeting' : '';
  out.tags = row.event_type === 'Protests' ? 'crowd size=no report' : '';
  return out;
}

function cases(rows: Array<Record<string, string>>): AcledCase[] {
  return rows.map(acledCase).filter((c): c is AcledCase => typeof c !== 'string');
}

test('a newer-shaped export scores exactly as the classic one (same rows, same outcomes)', () => {
  const rows = readCsvTable(FIXTURE, ACLED_REQUIRED_COLUMNS).rows;
  const classic = cases(rows);
  const newer = cases(rows.map(newerShape));
  assert.equal(newer.length, classic.length);
  for (let i = 0; i < classic.length; i++) {
    const { civilian_targeting, ...truth } = newer[i]!.truth;
    assert.deepEqual({ ...truth, iso3: classic[i]!.truth.iso3 }, classic[i]!.truth, classic[i]!.truth.id);
    assert.equal(typeof civilian_targeting, 'boolean');
  }
  const gazetteer = loadDefaultGazetteer();
  const a = evaluateAcled(classic, { extract: extractReports, gazetteer });
  const b = evaluateAcled(newer, { extract: extractReports, gazetteer });
  assert.deepEqual(b.fields, a.fields);
  assert.ok(a.fields.inter1! > 0.5, 'the fixture scores inter1 at all');
});

test('the importer reads newer exports: actor types, interaction names, the civilian targeting column', () => {
  const row = {
    event_id_cnty: 'NEW1', event_date: '16 May 2025', time_precision: '1', disorder_type: 'Political violence',
    event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'Unidentified Armed Group (Nigeria)',
    assoc_actor_1: '', inter1: 'Political militia', actor2: 'Civilians (Nigeria)', assoc_actor_2: '', inter2: 'Civilians',
    interaction: 'Political militia-Civilians', civilian_targeting: 'Civilian targeting', iso: '566', region: 'Western Africa',
    country: 'Nigeria', admin1: 'Plateau', admin2: 'Bokkos', admin3: '', location: 'Kwatas', latitude: '9.3', longitude: '9.0',
    geo_precision: '1', source: 'Local press', source_scale: 'Subnational', notes: 'Gunmen killed two villagers in a village (written for this test).',
    fatalities: '2', tags: '', timestamp: '1747690208',
  };
  const rec = acledRecord(row, Object.keys(row));
  assert.equal(rec.report.event_date, '2025-05-16');
  assert.equal(rec.report.inter1, 3);
  assert.equal(rec.report.inter2, 7);
  assert.equal(rec.report.interaction, 37);
  assert.equal(rec.report.civilian_targeting, 'Civilian targeting');
  assert.equal(rec.report.iso3, 'NGA', 'no iso3 column: the country name gives it');
  assert.throws(() => acledRecord({ ...row, inter1: 'Soldiers' }, Object.keys(row)), /column inter1: "Soldiers" is neither/);
  assert.throws(() => acledRecord({ ...row, interaction: 'Soldiers-Civilians' }, Object.keys(row)), /column interaction/);
});
