// Short forms of admin names as the code tables spell them ("Province du Yatenga") and reports
// write them ("Yatenga"), on invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adminShortNames } from '../../src/geo/admin-areas.ts';

test('admin short names drop the generic word in English and French, and the article it leaves', () => {
  assert.deepEqual(adminShortNames('Rivera State'), ['Rivera']);
  assert.deepEqual(adminShortNames('Province du Kalanga'), ['Kalanga']);
  assert.deepEqual(adminShortNames('Province de la Moussi'), ['Moussi']);
  assert.deepEqual(adminShortNames('Département du Mayo-Tala'), ['Mayo-Tala']);
  assert.deepEqual(adminShortNames("Département de l'Ouessa"), ['Ouessa']);
  assert.deepEqual(adminShortNames('Tabora Cercle'), ['Tabora']);
  assert.deepEqual(adminShortNames('Degmada Baraawe'), ['Baraawe']);
  assert.deepEqual(adminShortNames('Province of Tarlan'), ['Tarlan']);
  assert.deepEqual(adminShortNames('Commune of Savalo'), ['Savalo']);
});

test('Spanish tables keep their article (municipios share names with towns), plain names have no short form', () => {
  assert.deepEqual(adminShortNames('Departamento de Belgrana'), ['de Belgrana']);
  assert.deepEqual(adminShortNames('Municipio Lagunas'), []);
  assert.deepEqual(adminShortNames('Tripolo'), []);
  assert.deepEqual(adminShortNames('Ta‘izza'), []);
});

test('an admin name led by a compass adjective is also written with the compass word ("Southern X" as "South X")', () => {
  assert.deepEqual(adminShortNames('Southern Kordana'), ['South Kordana']);
  assert.deepEqual(adminShortNames('Western Lugara State'), ['Western Lugara', 'West Lugara']);
  assert.deepEqual(adminShortNames('Eastern'), []);
  assert.deepEqual(adminShortNames('North Kordana'), []);
});

test("an article that leads the name itself stays ('La Libertad Department' is 'La Libertad', not 'Libertad')", () => {
  assert.deepEqual(adminShortNames('La Verdad Department'), ['La Verdad']);
  assert.deepEqual(adminShortNames('Le Sommet Province'), ['Le Sommet']);
  assert.deepEqual(adminShortNames('La Concordia'), []);
});
