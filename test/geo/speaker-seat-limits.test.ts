// Limits of geo/speaker-seat.ts and the person-name rule, from a review of both: local officials
// speak of their own town, and a sentence opening with "In X," names a place. Sentences written
// for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import { extractReports } from '../../src/extract/index.ts';

const gz = loadDefaultGazetteer();
const first = (text: string) => extractReports({ document_id: 'doc_seat2', text, published: '2024-05-03' }, { gazetteer: gz })[0];

test('officials or police in a provincial town speak of their own town', () => {
  assert.equal(first('Police in Goma said M23 rebels shelled a displacement camp on the edge of the city on Thursday, as fighting raged near Sake.')?.location, 'Goma');
  assert.equal(first('Officials in Kherson said Russian shelling killed two civilians in the city on Thursday. Separately, a drone strike wounded three people in Bilozerka.')?.location, 'Kherson');
  // A capital the text comes back to as "the city" is the scene too.
  assert.equal(first('Officials in Kyiv said a Russian missile hit an apartment block in the city on Thursday, while drones also struck Sumy.')?.location, 'Kyiv');
});

test('"In Khan Younis, a health official said ...": the opening place is no surname', () => {
  const r = first('In Khan Younis, a health official said an Israeli airstrike killed nine people in a house on Thursday.');
  assert.equal(r?.iso3, 'PSE');
  assert.match(r?.location ?? '', /Kh[aā]n Y[uū]n/);
  assert.equal(first('Near Kherson, the regional governor said Russian shelling killed two people on Thursday.')?.location, 'Kherson');
});

test("a briefing in a province's seat is not the scene; its apposition does not bring the text back to it", () => {
  const r = first('Gunmen killed eight villagers on Friday, the police said. A police spokesman told reporters in Jos, the capital of the state, that the attackers raided a hamlet in the Bassa area.');
  assert.equal(r?.location, 'Bassa');
  // Police of a provincial seat who say what happened there still place it there.
  assert.equal(first('Police in Jos said gunmen shot dead two traders at a market in the city on Friday.')?.location, 'Jos');
});

test("the area in a briefing seat's apposition describes the seat: it is not the scene either", () => {
  assert.equal(first('A bomb killed three soldiers near a checkpoint in Bamenda on Monday, a military spokesman told a news conference in Buea, the capital of the South-West region.')?.location, 'Bamenda');
});
