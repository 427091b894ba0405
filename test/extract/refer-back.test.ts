// Lines a news story adds around its incident: a sentence on where "the assault happened" is
// more of the same incident.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string, published: string) => extractReports({ document_id: 'doc_refer_back', text, published }, { gazetteer: loadDefaultGazetteer() });

test('"the assault happened in ..." after the lead is the same incident, not a battle of its own', () => {
  const text = [
    'At least 40 villagers have been killed in an attack on a village in northern Burkina Faso.',
    'The attackers were said to have singled out men and spared women and children.',
    'Confirming the toll on Tuesday, a security source said no group claimed responsibility, but the assault happened in an area where militants linked to al Qaeda are waging an insurgency.',
  ].join('\n\n');
  const reports = run(text, '2022-06-14');
  assert.equal(reports.length, 1);
  assert.equal(reports[0]!.event_type, 'Violence against civilians');
});
