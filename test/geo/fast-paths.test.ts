// The geo stage's fast paths must give exactly what their definitions give: normName's one-word
// ASCII path against the general character path, tokenize's character scan against the WORD
// regex, the remembered foldKey against a fresh fold (also once its memory has been cleared),
// and a remembered decode of a shared name against the gazetteer's current list.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldKey, foldKeyDirect, normName, normNameByChar } from '../../src/geo/normalize.ts';
import { tokenize, tokenizeByRegex } from '../../src/geo/tokens.ts';
import { MemoryGazetteer } from '../../src/geo/memory-gazetteer.ts';
import { gapIs, hasStop, isCommaGap, isHyphen, onlySpaces, onlyWhitespace, spaces } from '../../src/geo/gaps.ts';
import { dropOverlaps } from '../../src/geo/overlaps.ts';
import type { Span } from '../../src/geo/span.ts';
import type { Place } from '../../src/geo/types.ts';

/** `count` pseudo-random strings of up to `maxLength - 1` characters (code units) of `alphabet`. */
function randomStrings(seed: number, alphabet: string, maxLength: number, count: number): string[] {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = '';
    for (let i = Math.floor(next() * maxLength); i > 0; i--) s += alphabet[Math.floor(next() * alphabet.length)];
    out.push(s);
  }
  return out;
}

test('normName of one ASCII word equals the general path', () => {
  for (const w of ['', 'a', 'Tripoli', 'TRIPOLI', 'tripoli', 'M23', '2020', 'al', 'Al', 'Al-Bayda', "Ma'arrat", 'Zürich', 'a b']) {
    assert.equal(normName(w), normNameByChar(w), JSON.stringify(w));
  }
  for (const s of randomStrings(7, 'abcXYZ019 -\'é', 10, 5000)) assert.equal(normName(s), normNameByChar(s), JSON.stringify(s));
});

test('tokenize finds what the WORD regex finds', () => {
  const texts = [
    "Sirte's mayor said 'Ain Zara' was shelled", "Ma'arrat’s’ edge", '\u0301x a\u0301b', 'ab\ud800cd',
    '\ud835\udc00bc and x\ud835\udc00', "’s l'’ '' a's as'", '٣٤ عربي, Tripoli-Ain Zara/Abu Salim', 'Ünye ÇORUM naïve',
  ];
  for (const t of texts) assert.deepEqual(tokenize(t), tokenizeByRegex(t), JSON.stringify(t));
  for (const s of randomStrings(11, "aZ9 '’-.\u0301é\u4e2d\ud835\udc00\ud800", 16, 5000)) assert.deepEqual(tokenize(s), tokenizeByRegex(s), JSON.stringify(s));
});

test('a remembered fold is the fresh fold, before and after the memory is cleared', () => {
  for (let n = 0; n < 120_000; n++) {
    const k = `qasr ben ${n.toString(36)}`;
    assert.equal(foldKey(k), foldKeyDirect(k));
    if (n % 1000 === 0) assert.equal(foldKey('qasr ben 0'), foldKeyDirect('qasr ben 0'));
  }
});

test('a shared name looked up while loading still finds the places added after', () => {
  const gz = new MemoryGazetteer();
  const place = (name: string, iso3: string): Place => ({ id: `t:${name}:${iso3}`, name, lat: 0, lon: 0, iso2: '', iso3, country: '', admin1: '', admin2: '', feature_class: 'P', feature_code: 'PPL', population: 0 });
  gz.add(place('Tripoli', 'LBY'), []);
  gz.add(place('Tripoli', 'LBN'), []);
  assert.deepEqual(gz.exactHits('tripoli').ids, [0, 1]);
  gz.add(place('Tripoli', 'GRC'), []);
  assert.deepEqual(gz.exactHits('tripoli').ids, [0, 1, 2]);
  assert.equal(gz.exactHits('tripoli'), gz.exactHits('tripoli'));
});

test('a long list of places under one name keeps each place once, in first-seen order', () => {
  const gz = new MemoryGazetteer();
  const place = (n: number, name: string): Place => ({ id: `t:${n}`, name, lat: 0, lon: 0, iso2: '', iso3: 'IND', country: '', admin1: '', admin2: '', feature_class: 'P', feature_code: 'PPL', population: 0 });
  // Place 7 is first known by an alternate name only; a second source later gives it as its own name.
  for (let n = 0; n < 50; n++) gz.add(n === 7 ? place(n, 'Sanjaypur') : place(n, 'Sanjay'), n === 7 ? ['Sanjay'] : [], n, 0);
  gz.add(place(50, 'Sanjaynagar'), ['Sanjay'], 50, 0);
  gz.add(place(7, 'Sanjay'), [], 7, 0);
  const hits = gz.exactHits('sanjay');
  assert.deepEqual(hits.ids, Array.from({ length: 51 }, (_, n) => n));
  assert.deepEqual(hits.alt.flatMap((a, n) => (a ? [n] : [])), [50]);
  // Another long list decoded next, of the same places in another order, one of them twice.
  const order = [...Array.from({ length: 26 }, (_, n) => n * 2), ...Array.from({ length: 25 }, (_, n) => n * 2 + 1)];
  for (const n of [...order, 0]) gz.indexNames(n, ['Ramgarh']);
  assert.deepEqual(gz.exactHits('ramgarh').ids, order);
  assert.deepEqual(gz.exactHits('sanjay').ids, Array.from({ length: 51 }, (_, n) => n));
});

test('the gap tests between tokens answer what their regexes answer', () => {
  for (const s of randomStrings(5, ' -.,;:()!?\t\n\u00a0\u2009a\u3000_', 5, 5000)) {
    const t = `x${s}y`;
    const [a, b] = [1, 1 + s.length];
    assert.equal(hasStop(t, a, b), /[.,;:()!?]/.test(s), JSON.stringify(s));
    assert.equal(isHyphen(t, a, b), s === '-', JSON.stringify(s));
    assert.equal(onlySpaces(t, a, b), /^ +$/.test(s), JSON.stringify(s));
    assert.equal(onlyWhitespace(t, a, b), /^\s+$/.test(s), JSON.stringify(s));
    assert.equal(isCommaGap(t, a, b), /^\s*,\s*$/.test(s), JSON.stringify(s));
    for (const gap of [' ', ', ', '. ', '/']) assert.equal(gapIs(t, a, b, gap), s === gap, JSON.stringify(s));
    assert.equal(spaces(s), s.length - s.replace(/ /g, '').length);
  }
  // A gap that runs backwards is empty, as a slice of it is.
  assert.equal(gapIs('a b', 2, 1, ' '), false);
  assert.equal(isCommaGap('a, b', 3, 1), false);
});

test('the fold test without the places answers what the places answer', () => {
  const gz = new MemoryGazetteer();
  const place = (name: string): Place => ({ id: `t:${name}`, name, lat: 0, lon: 0, iso2: '', iso3: 'LBY', country: '', admin1: '', admin2: '', feature_class: 'P', feature_code: 'PPL', population: 0 });
  gz.add(place('Qasr Bin Ghashir'), []);
  gz.add(place('Misurata'), []);
  for (const words of [['kasr', 'bin', 'gashir'], ['misrata'], ['misrata', 'road'], ['tripoli']]) {
    let node = gz.rootKey();
    for (const w of words) node = gz.step(node, w);
    const fresh = gz.hasFoldAt(node);
    assert.equal(fresh, gz.foldHitsAt(node).ids.length > 0, words.join(' '));
    assert.equal(gz.hasFoldAt(node), fresh, `${words.join(' ')}, remembered`);
  }
});

test('overlapping spans: the longest name wins, then the earlier; the kept ones stay in text order', () => {
  const span = (start: number, end: number, key: string): Span => ({ start, end, key } as Span);
  // "Ras Al Ain city": the town's name (its kind word not counted) against "Al Ain City".
  const spans = [span(0, 15, 'ras al ain city'), span(4, 15, 'al ain city'), span(7, 10, 'ain'), span(16, 21, 'state'), span(20, 26, 'tabqa')];
  assert.deepEqual(dropOverlaps(spans, 26).map((s) => s.key), ['ras al ain city', 'tabqa']);
  // Equal lengths: the earlier one.
  assert.deepEqual(dropOverlaps([span(0, 5, 'abcde'), span(3, 8, 'defgh')], 8).map((s) => s.key), ['abcde']);
  // Nothing overlaps: the same spans back, and the shared marks left clear for the next text.
  const apart = [span(0, 3, 'abc'), span(4, 7, 'def')];
  assert.deepEqual(dropOverlaps(apart, 7), apart);
  assert.deepEqual(dropOverlaps([span(0, 7, 'abcdefg')], 7).map((s) => s.key), ['abcdefg']);
  assert.deepEqual(dropOverlaps([span(1, 3, 'bc'), span(4, 6, 'ef')], 7).map((s) => s.key), ['bc', 'ef']);
  // A long text's many spans (past the short-list sort): every other one kept.
  const many = Array.from({ length: 40 }, (_, n) => span(n * 3, n * 3 + (n % 2 ? 4 : 5), `k${n}`));
  assert.deepEqual(dropOverlaps(many, 200).map((s) => s.key), many.filter((_, n) => n % 2 === 0).map((s) => s.key));
});
