// ACLED's actor names after 2020: renamed actors and new government periods, checked at dates the
// May 2020 dev file cannot show (names as public ACLED-derived actor lists give them).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActors } from '../../src/extract/actors/index.ts';
import { setNamesAsOf } from '../../src/extract/actors/dictionary.ts';
import { acledNamesAsOf } from '../../src/eval/acled.ts';

const first = (text: string, iso3: string, date: string) => findActors(text, { iso3, date })[0]?.actor;
const nameAt = (text: string, iso3: string, date: string) => first(text, iso3, date)?.name;

test("Yemen from April 2022: the Houthis are '(2017-) Houthi', the government side is the Presidential Leadership Council", () => {
  assert.equal(nameAt('Houthi fighters shelled a village.', 'YEM', '2020-05-01'), 'Military Forces of Yemen (2016-) Supreme Political Council');
  assert.equal(nameAt('Houthi fighters shelled a village.', 'YEM', '2024-01-20'), 'Military Forces of Yemen (2017-) Houthi');
  assert.equal(nameAt('Houthi police detained a teacher.', 'YEM', '2023-09-10'), 'Police Forces of Yemen (2017-) Houthi');
  assert.equal(nameAt('Pro-Hadi forces repelled an attack.', 'YEM', '2020-05-01'), 'Military Forces of Yemen (2012-)');
  assert.equal(nameAt('Yemeni government forces repelled an attack.', 'YEM', '2023-03-02'), 'Military Forces of Yemen (2022-) Presidential Leadership Council');
  const stc = first('STC forces clashed with tribesmen.', 'YEM', '2024-05-05');
  assert.equal(stc?.name, 'Military Forces of Yemen (2022-) Presidential Leadership Council - STC');
  assert.equal(stc?.inter, 1);
  assert.equal(first('STC forces clashed with tribesmen.', 'YEM', '2020-05-01')?.inter, 3);
  assert.equal(nameAt('Security Belt forces arrested two men.', 'YEM', '2023-07-01'), 'Police Forces of Yemen (2022-) Presidential Leadership Council - STC Security Belt Forces');
});

test('Sudan at war: the RSF is "Rapid Support Forces", the army keeps its 2019 period', () => {
  assert.equal(nameAt('RSF fighters looted the market.', 'SDN', '2025-02-14'), 'Rapid Support Forces');
  assert.equal(nameAt('Sudanese army troops shelled the bridge.', 'SDN', '2025-02-14'), 'Military Forces of Sudan (2019-)');
});

test('Lake Chad and Sahel jihadist names after May 2020', () => {
  assert.equal(nameAt('JAS fighters raided a camp.', 'NGA', '2020-05-01'), 'Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad');
  assert.equal(nameAt('JAS fighters raided a camp.', 'NGA', '2023-10-01'), 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad');
  assert.equal(nameAt('Boko Haram insurgents burned a village.', 'NGA', '2023-10-01'), 'Islamic State (West Africa) and/or Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad');
  assert.equal(nameAt('ISGS militants killed herders.', 'NER', '2020-05-01'), 'Islamic State (Greater Sahara)');
  assert.equal(nameAt('ISGS militants killed herders.', 'NER', '2021-03-15'), 'Islamic State (West Africa) - Greater Sahara Faction');
});

test('state-force periods: the UK keeps 2010- until Labour in 2024; the Ivory Coast takes "the"; Gabon has a 2023 period', () => {
  assert.equal(nameAt('British forces intercepted a drone.', 'GBR', '2024-01-12'), 'Military Forces of the United Kingdom (2010-)');
  assert.equal(nameAt('British police arrested six activists.', 'GBR', '2025-08-09'), 'Police Forces of the United Kingdom (2024-)');
  assert.equal(nameAt('Ivorian police dispersed a crowd.', 'CIV', '2020-05-01'), 'Police Forces of the Ivory Coast (2011-)');
  assert.equal(nameAt('Gabonese soldiers guarded the palace.', 'GAB', '2024-03-01'), 'Military Forces of Gabon (2023-)');
  assert.equal(nameAt('Gabonese soldiers guarded the palace.', 'GAB', '2020-05-01'), 'Military Forces of Gabon (2009-)');
});

test('Gulf monarchies are named by their ruler\'s accession; the Peshmerga without the KRG suffix', () => {
  assert.equal(nameAt('Kuwaiti air defences intercepted a drone.', 'KWT', '2026-03-02'), 'Military Forces of Kuwait (2020-)');
  assert.equal(nameAt('Omani soldiers guarded the border post.', 'OMN', '2025-04-02'), 'Military Forces of Oman (2020-)');
  assert.equal(nameAt('Qatari troops deployed to the base.', 'QAT', '2024-04-02'), 'Military Forces of Qatar (2013-)');
  assert.equal(nameAt('Peshmerga forces repelled an attack.', 'IRQ', '2023-04-02'), 'Military Forces of Iraq (2022-) Peshmerga');
});

test('read as of a later day, ended periods carry their end year and renamings reach back', () => {
  setNamesAsOf('2026-01-15');
  try {
    assert.equal(nameAt('Israeli soldiers raided a village.', 'PSE', '2020-05-01'), 'Military Forces of Israel (2009-2021)');
    assert.equal(nameAt('Israeli soldiers raided a village.', 'PSE', '2022-03-01'), 'Military Forces of Israel (2021-2022)');
    assert.equal(nameAt('Israeli soldiers raided a village.', 'PSE', '2024-03-01'), 'Military Forces of Israel (2022-)');
    assert.equal(nameAt('GNA forces advanced.', 'LBY', '2020-05-01'), 'Military Forces of Libya (2016-2021) Government of National Accord');
    assert.equal(nameAt('RSF troops dispersed the crowd.', 'SDN', '2021-06-01'), 'Military Forces of Sudan (2019-2023) Rapid Support Forces');
    assert.equal(nameAt('Houthi fighters shelled a village.', 'YEM', '2019-08-01'), 'Military Forces of Yemen (2017-) Houthi');
    assert.equal(nameAt('ISGS militants killed herders.', 'NER', '2019-08-01'), 'Islamic State Sahel Province');
  } finally {
    setNamesAsOf(null);
  }
  // Back to each event's own time: the memoised names do not leak across the switch.
  assert.equal(nameAt('Israeli soldiers raided a village.', 'PSE', '2020-05-01'), 'Military Forces of Israel (2009-)');
  assert.equal(nameAt('Houthi fighters shelled a village.', 'YEM', '2019-08-01'), 'Military Forces of Yemen (2016-) Supreme Political Council');
});

test('an export writing inter1 as actor types is read as of today; a classic one (inter codes) as a snapshot', () => {
  assert.equal(acledNamesAsOf([{ inter1: 'State forces' }], '2026-11-28'), '2026-11-28');
  assert.equal(acledNamesAsOf([{ inter1: '' }, { inter1: '1' }], '2026-11-28'), null);
  assert.equal(acledNamesAsOf([], '2026-11-28'), null);
});

test('peace missions carry their first year, as ACLED writes them (and the closing year once read later)', () => {
  assert.equal(nameAt('AMISOM troops patrolled the road.', 'SOM', '2020-05-01'), 'AMISOM: African Union Mission in Somalia (2007-)');
  assert.equal(nameAt('ATMIS troops patrolled the road.', 'SOM', '2023-05-01'), 'ATMIS: African Union Transition Mission in Somalia (2022-)');
  assert.equal(nameAt('MONUSCO peacekeepers patrolled the road.', 'COD', '2023-05-01'), 'MONUSCO: United Nations Organization Stabilization Mission in Democratic Republic of Congo (2010-)');
  setNamesAsOf('2026-01-15');
  try {
    assert.equal(nameAt('ATMIS troops patrolled the road.', 'SOM', '2023-05-01'), 'ATMIS: African Union Transition Mission in Somalia (2022-2024)');
    assert.equal(nameAt('MINUSMA peacekeepers patrolled the road.', 'MLI', '2021-05-01'), 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)');
  } finally {
    setNamesAsOf(null);
  }
});
