// Admin areas carved out of older ones. Reports (and ACLED's older rows) name the old area,
// "Sorong city, West Papua province", while the gazetteer files the town under the new one
// (Southwest Papua, split off West Papua in 2022): the old name still names the new area's places.
// Public knowledge of the reorganisations, by the gazetteer's admin1 spelling.

/** New area (as GeoNames spells it) -> the area(s) it was part of. */
const FORMER: ReadonlyMap<string, readonly string[]> = new Map([
  // Indonesia, 2022: Papua split into Papua, Central, Highland and South Papua; West Papua gave
  // up Southwest Papua.
  ['Central Papua', ['Papua']],
  ['Highland Papua', ['Papua']],
  ['South Papua', ['Papua']],
  ['Southwest Papua', ['West Papua']],
  // Kazakhstan, 2022: Abai out of East Kazakhstan, Zhetysu out of Almaty Region, Ulytau out of
  // Karaganda.
  ['Abai Region', ['East Kazakhstan']],
  ['Zhetysu Region', ['Almaty Region']],
  ['Ulytau Region', ['Karaganda']],
  // The Philippines, 2022: Maguindanao split into Maguindanao del Norte and del Sur (second level).
  ['Maguindanao del Norte', ['Maguindanao']],
  ['Maguindanao del Sur', ['Maguindanao']],
]);

/** The areas an admin name was part of before a reorganisation, or none. */
export function formerAreas(name: string): readonly string[] {
  return FORMER.get(name) ?? NONE;
}
const NONE: readonly string[] = [];
