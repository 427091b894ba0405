// Crowd events told without ACLED's "[size=...]" tag. The 2020 notes closed every crowd event
// with it, and the classifier leaned on it; news text never has it, and newer ACLED exports keep
// the crowd size in a tags column instead. Without the tag, the development notes had lost ~300
// rows of event type (0.954 -> 0.895). The words must say it: a protest told with no violence is a
// protest whoever else is named; people with no organisation doing violence make a riot. The notes
// are written for these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const top = (text: string) => extractReports({ document_id: 'doc_crowd', text, published: '2024-03-02' }, { gazetteer: loadDefaultGazetteer() })[0];
const kind = (text: string) => {
  const r = top(text);
  return `${r?.event_type}/${r?.sub_event_type}`;
};

test('a protest named with no violence is a protest, whoever it is against or about', () => {
  assert.equal(kind('On 2 March 2024, women protested in Larkana (Larkana, Sindh) against the actions of the police.'), 'Protests/Peaceful protest');
  assert.equal(kind('On 2 March 2024, members of a residents\' movement protested in Jacobabad (Jacobabad, Sindh) for clean water.'), 'Protests/Peaceful protest');
  assert.equal(kind('On 2 March 2024, civilians in Binnish (Idleb) protested, demanding the return of the displaced without the regime.'), 'Protests/Peaceful protest');
  assert.equal(kind('On 2 March 2024, residents took to the streets of Kisumu (Kisumu) to demand piped water.'), 'Protests/Peaceful protest');
});

test('the violence a protest is about is its topic, not an act of the event', () => {
  assert.equal(kind('On 2 March 2024, farmers held a protest in Nellore (Nellore, Andhra Pradesh) against plans to mine sand from the river bed.'), 'Protests/Peaceful protest');
  assert.equal(kind('On 2 March 2024, traders demonstrated in Kindia (Kindia) after a police officer beat one of them at the market.'), 'Protests/Peaceful protest');
  assert.equal(kind('On 2 March 2024, activists staged a protest in Sukkur (Sukkur, Sindh) against the abduction of a schoolteacher.'), 'Protests/Peaceful protest');
});

test('people with no organisation doing violence make a riot', () => {
  assert.equal(top('On 2 March 2024, villagers pelted stones at police in Bhagalpur (Bhagalpur, Bihar) after an arrest. Three policemen were injured.')?.event_type, 'Riots');
  assert.equal(kind('On 2 March 2024, two village groups clashed over a land dispute in Samastipur (Samastipur, Bihar). Five people were injured.'), 'Riots/Mob violence');
  assert.equal(top('On 2 March 2024, a clash erupted between police and shopkeepers in Sukkur (Sukkur, Sindh) over the closing hours of the market.')?.event_type, 'Riots');
  assert.equal(kind('On 2 March 2024, two suspected thieves were fatally assaulted by community members in Verulam (eThekwini, KwaZulu-Natal).'), 'Riots/Mob violence');
});

test('armed men, armed groups and firefights stay what they are', () => {
  assert.equal(top('On 2 March 2024, armed men attacked villagers in Bokkos (Bokkos, Plateau), killing two.')?.event_type, 'Violence against civilians');
  assert.equal(top('On 2 March 2024, two groups of soldiers exchanged gunfire at a checkpoint in Mogadishu (Banadir). One soldier was killed.')?.event_type, 'Battles');
  assert.equal(top('On 2 March 2024, clan militiamen clashed with farmers near Tonj (Tonj South, Warrap). Four were killed.')?.event_type, 'Battles');
  assert.notEqual(top('On 2 March 2024, security forces deployed across Al Mukalla (Hadramawt) to prevent protests against the governor.')?.event_type, 'Protests');
});
