// The country a headline frames is the scene, not a neighbour it is near ("... near Afghanistan
// border") nor a newspaper it quotes ("Kenya Times: ..."). Invented sentences.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './helpers.ts';
import { framingCountry } from '../../src/extract/assemble/knowledge.ts';
import { findCountryMentions } from '../../src/geo/countries.ts';

const BODY = '\n\nGunmen killed four policemen at a checkpoint on Sunday, officials said.';

test('a headline naming only the border of a country frames no country', () => {
  assert.equal(framingCountry(analyse(`Gunmen kill four police near Afghanistan border${BODY}`)), null);
  assert.equal(framingCountry(analyse(`Four guards shot on the Syria border overnight${BODY}`)), null);
});

test('the scene named after a neighbour frames the headline', () => {
  assert.equal(framingCountry(analyse(`Near Afghanistan border, Pakistan troops repel raid${BODY}`)), 'PAK');
});

test("a newspaper's name opening or closing a headline is no country", () => {
  assert.equal(framingCountry(analyse(`Kenya Times: Somalia militants attack police post${BODY}`)), 'SOM');
  assert.equal(framingCountry(analyse(`Militants raid police post in Somalia | Kenya Times${BODY}`)), 'SOM');
  assert.equal(framingCountry(analyse(`Somalia militants raid police post, the Kenya Times says${BODY}`)), 'SOM');
});

test('people who guard a border stay actors, not neighbours', () => {
  const [m] = findCountryMentions('Afghanistan border police clashed with smugglers.');
  assert.equal(m?.actor, true);
  assert.equal(m?.neighbour, undefined);
  const [n] = findCountryMentions('Smugglers clashed with police near the Afghanistan border.');
  assert.equal(n?.neighbour, true);
  assert.equal(n?.actor, undefined);
});

test("a headline naming a country only by its forces yields to a place the text names abroad", async () => {
  const { extractReports } = await import('../../src/extract/index.ts');
  const { loadDefaultGazetteer } = await import('../../src/geo/index.ts');
  const gazetteer = loadDefaultGazetteer();
  const first = (text: string) => extractReports({ document_id: 'doc_forces_frame', text, published: '2023-09-12' }, { gazetteer })[0];
  const abroad = first('Drone of the US military kills a farmer\n\nA farmer was killed on Tuesday when a drone fired on his car near Idlib, a monitoring group said.');
  assert.equal(abroad?.iso3, 'SYR');
  // Nothing placed elsewhere: the forces' own country, as before.
  const home = first('Pakistan troops repel raid\n\nSoldiers repelled a raid on a checkpoint on Tuesday, killing three attackers, the army said.');
  assert.equal(home?.iso3, 'PAK');
});
