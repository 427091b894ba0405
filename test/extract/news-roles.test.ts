// Roles and types in news-style leads: who fought whom, who struck, what kind of event.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string, published = '2022-09-14') => extractReports({ document_id: 'doc_roles', text, published }, { gazetteer: loadDefaultGazetteer() });

test('"X and Y were killed in a clash": Y fought X (actor2), it is not X\'s associate', () => {
  const [r] = run('At least four Afghan soldiers and six suspected insurgents were killed in a clash in Kunar province on Monday, officials said.');
  assert.equal(r.sub_event_type, 'Armed clash');
  assert.match(r.actor1, /^Military Forces of Afghanistan/);
  assert.equal(r.actor2, 'Unidentified Armed Group (Afghanistan)');
  assert.equal(r.assoc_actor_1, '');
  assert.equal(r.fatalities, 10);
});
