import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventFields, variant } from './fields.ts';
import { ATTACH_AT, PROPOSE_AT } from '../../src/merge/place.ts';
import { WHO_CONFLICT_CAP, actorScore, scorePair } from '../../src/merge/score.ts';
import { whoConflict } from '../../src/merge/who.ts';

/** An invented clash in a test town; every pair below agrees on day, point, toll and words. */
const base = eventFields({
  event_date: '2015-06-13', actor1: 'Islamic State (Libya)', inter1: 2, actor2: 'Military Forces of Libya (2014-) Haftar Faction', inter2: 1,
  interaction: 12, admin1: 'Darnah', location: 'Testtown',
  notes: 'Three people were killed in fighting near the old market of Testtown, an invented wire said.',
});
const v = variant(base);

test('a disagreement on who is capped below the attach threshold: proposed to a reviewer at most', () => {
  assert.ok(WHO_CONFLICT_CAP < ATTACH_AT && WHO_CONFLICT_CAP >= PROPOSE_AT);
  assert.ok(scorePair(base, v({})).score >= ATTACH_AT, 'the same account attaches');
  // Civilians killed by one group vs a fight between two armed groups with nobody civilian involved.
  const onCivilians = v({ event_type: 'Violence against civilians', sub_event_type: 'Attack', actor2: 'Civilians (Libya)', inter2: 7, civilian_targeting: 'Civilian targeting' });
  const m = scorePair(onCivilians, v({ actor1: 'Derna Protection Force', inter1: 3, actor2: 'Islamic State (Libya)', inter2: 2 }));
  assert.equal(m.conflict, 'victims');
  assert.equal(m.parts.actors, 0);
  assert.ok(m.score <= WHO_CONFLICT_CAP);
});

test('the three kinds of disagreement on who: disjoint actors, another dyad, civilians vs fighters', () => {
  assert.equal(whoConflict(base, v({ actor1: 'Benghazi Revolutionaries Shura Council', actor2: 'Military Forces of Libya (2016-) Government of National Accord' })), 'actors');
  assert.equal(whoConflict(base, v({ actor1: 'Benghazi Revolutionaries Shura Council' })), 'dyad');
  // The dyad told the other way round is the same dyad.
  assert.equal(whoConflict(base, v({ actor1: base.actor2, actor2: base.actor1 })), null);
  assert.equal(whoConflict(v({ actor2: 'Civilians (Libya)', inter2: 7 }), base), 'victims');
});

test('one actor under the names different sources give it is no disagreement', () => {
  // ACLED renamed Haftar's forces; UCDP's sides are mapped to the older name; an article may use either.
  const lna = v({ actor2: 'Military Forces of Libya (2014-) Libyan National Army' });
  assert.equal(whoConflict(base, lna), null);
  assert.equal(actorScore(base, lna), 1);
  // A state's police and military, and a unit of its forces, are one side.
  const yemen = v({ actor1: 'Operation Restoring Hope', actor2: 'Military Forces of Yemen (2012-)', iso3: 'YEM', country: 'Yemen' });
  assert.equal(whoConflict(yemen, { ...yemen, actor2: 'Military Forces of Yemen (2012-) Amajid Brigade' }), null);
  assert.equal(whoConflict(yemen, { ...yemen, actor2: 'Police Forces of Yemen (2012-)' }), null);
  assert.equal(whoConflict(yemen, { ...yemen, actor2: 'Military Forces of Yemen (2016-) Supreme Political Council' }), 'dyad');
  // An acronym and its full name; a militia ACLED lists under its coalition.
  assert.equal(whoConflict(v({ actor1: 'DPF' }), v({ actor1: 'Derna Protection Force' })), null);
  const donbas = { ...base, iso3: 'UKR', country: 'Ukraine', actor1: "Luhansk People's Militia", actor2: 'Military Forces of Ukraine (2019-)' };
  assert.equal(whoConflict(donbas, { ...donbas, actor1: 'NAF: United Armed Forces of Novorossiya' }), null);
});

test('an air strike told by an article (attacker and civilians) and by a dataset (both armies, civilian deaths) agrees on who', () => {
  const article = v({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Libya (2014-) Haftar Faction', actor2: 'Civilians (Libya)', inter2: 7, civilian_targeting: 'Civilian targeting' });
  const dataset = v({ actor1: 'Military Forces of Libya (2016-) Government of National Accord', inter1: 1, assoc_actor_2: 'Civilians (Libya)' });
  assert.equal(whoConflict(article, dataset), null);
});

test('unnamed actors and one-sided accounts are no evidence either way', () => {
  assert.equal(whoConflict(base, v({ actor1: 'Unidentified Armed Group (Libya)', inter1: 3 })), null);
  assert.equal(whoConflict(base, v({ actor1: 'Unidentified Military Forces', actor2: '', inter2: 0 })), null);
  assert.equal(whoConflict(base, v({ actor2: '', inter2: 0 })), null);
  assert.equal(whoConflict(v({ actor1: 'Unidentified Gang (Libya)', actor2: 'Civilians (Libya)' }), v({ actor1: 'Unidentified Armed Group (Libya)', actor2: 'Civilians (Libya)' })), null);
  assert.equal(whoConflict(v({ actor1: 'Protesters (Libya)', actor2: '' }), v({ actor1: 'Rioters (Libya)', actor2: '' })), null);
});
