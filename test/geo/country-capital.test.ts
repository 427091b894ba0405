// An event the text places only in a country goes to its capital with geo_precision 3 (ACLED's
// convention), on the evidence of the country's name or demonym. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCapital, loadDefaultGazetteer } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const at = (text: string, iso3: string) => {
  const m = countryCapital(text, gz, iso3, { start: 0, end: text.length });
  return m ? `${m.place?.name} ${m.geo_precision} ${m.text}` : null;
};

test('a country-level event is placed at the capital, on the evidence of the country named', () => {
  assert.equal(at('The Turkish Government began enforcing a two-day curfew in 24 provinces.', 'TUR'), 'Ankara 3 Turkish');
  assert.equal(at('In Venezuela, the regime blocked a website set up by the opposition.', 'VEN'), 'Caracas 3 Venezuela');
});

test('a country the gazetteer gives no PPLC is placed at its biggest first-level seat', () => {
  assert.equal(at('Drivers honked their horns outside the Israeli parliament all evening.', 'ISR'), 'Jerusalem 3 Israeli');
});

test('no capital without the country named, nor for a country the text only relates to', () => {
  assert.equal(at('Lawmakers approved a new government after six months.', 'IRQ'), null);
  assert.equal(at('Hundreds protested against Pakistan after Friday prayers.', 'PAK'), null);
});

test('the evidence is the mention inside the event span, else the last one before it', () => {
  const text = 'Iraqi officials met on Monday. Later, Iraqi lawmakers approved a new government.';
  const m = countryCapital(text, gz, 'IRQ', { start: 31, end: text.length });
  assert.equal(m?.start, text.indexOf('Iraqi lawmakers'));
  const before = countryCapital(text, gz, 'IRQ', { start: 60, end: text.length });
  assert.equal(before?.start, text.indexOf('Iraqi lawmakers'));
});

test('extraction: an event with no place but its country is placed at the capital, precision 3', async () => {
  const { extractReports } = await import('../../src/extract/index.ts');
  const text = 'On 1 May 2020, Venezuelan security forces arrested two opposition activists.';
  const [r] = extractReports({ document_id: 'doc_cap', text, published: '2020-05-03' }, { gazetteer: gz });
  assert.equal(r?.iso3, 'VEN');
  assert.equal(r?.location, 'Caracas');
  assert.equal(r?.geo_precision, 3);
  assert.ok(r?.latitude != null && r?.longitude != null, 'a point for the map');
  const span = r?.evidence.find((e) => e.field === 'location');
  assert.equal(span?.text, 'Venezuelan');
});
