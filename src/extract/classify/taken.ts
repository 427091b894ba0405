// What a "hijacked", "seized" or "captured" took decides what the act was: a vehicle driven off is
// looting, people taken are an abduction (an arrest by a state's force), a town or a post taken is
// territory. And heavy weapons someone had with them are no shelling unless they fired them.

import { relabelHits, type Signals } from './cues.ts';

/** "hijacked a UN vehicle", "hijacked two trucks": a vehicle driven off, no people taken ... */
const HIJACKED_VEHICLE = /^\s+(?:(?:an?|the|their|its|two|three|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:vehicles?|cars?|trucks?|lorr(?:y|ies)|pick-?ups?|motorbikes?|motorcycles?|tankers?|vans?|jeeps?|land\s?cruisers?|SUVs?)\b/i;
/** ... unless the text says people went with it ("a bus carrying 30 passengers", "the crew on board"). */
const PEOPLE_TAKEN = /\b(?:passengers?|crew|hostages?|on\s+board|aboard|occupants|travell?ers)\b/i;
/** "captured the Western Command headquarters", "seized the town of X": a place or post taken, not
 *  people (the abduction and arrest readings of "captured" take people). */
const PLACE_TAKEN = /^\s+(?:(?:the|a|an|its|their|another)\s+)?(?:[\p{Lu}\d][\p{L}\d'’-]*\s+|(?:military|army|police|strategic|key|border|regional|naval|air|main|last)\s+){0,4}(?:headquarters|base|camp|outpost|garrison|barracks|town|city|village|airport|airbase|district|township|checkpoint|border\s+crossing|station|post)\b/u;
/** People as the object of "seized" or "captured": a number or "an unknown number of", up to two
 *  words, and a noun for people ("seized 12 passengers", "captured an unknown number of villagers"). */
const PEOPLE_OBJECT = /^\s+(?:(?:an?\s+)?unknown\s+number\s+of\s+|(?:(?:at\s+least|some|about|around|more\s+than|over|nearly)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|scores|hundreds|many|a\s+number|a\s+group|a\s+dozen)\s+(?:of\s+)?)?(?:(?!(?:and|or)\b)[\w-]+\s+){0,2}?(?:people|persons|civilians|villagers|residents|passengers|travell?ers|commuters|women|men|children|girls|boys|farmers|students|pupils|worshippers|herders|fishermen|miners|workers|traders|hostages|journalists|tourists|foreigners|nationals|relatives|suspects|smugglers|traffickers|migrants|refugees|(?:an?|one)\s+(?:man|woman|girl|boy|child|farmer|trader|journalist|pastor|priest|chief))(?!['’])\b/i;

/** Relabels the span's taking words by what they took; `stateNamed`: a state's force is named in the span. */
export function relabelTaken(text: string, span: { start: number; end: number }, s: Signals, stateNamed: boolean): void {
  // "Gunmen hijacked a UN vehicle and fled with the car": a vehicle taken is looting, not an abduction.
  relabelHits(s, 'abduct', 'loot', (h) => /^hijack/i.test(h.text) && HIJACKED_VEHICLE.test(text.slice(h.end, h.end + 50)) && !PEOPLE_TAKEN.test(text.slice(span.start, span.end)));
  // "gunmen seized an unknown number of people", "captured 12 villagers": people taken are an
  // abduction (an arrest when a state's force takes them), not a place overtaken nor goods seized.
  const takenAs = stateNamed ? 'arrest' : 'abduct';
  for (const sig of ['overtake', 'takeControl', 'seize', 'arrest']) {
    if (sig !== takenAs) relabelHits(s, sig, takenAs, (h) => /^(?:captur|seiz)/i.test(h.text) && PEOPLE_OBJECT.test(text.slice(h.end, h.end + 90)));
  }
  for (const sig of ['abduct', 'arrest', 'seize']) relabelHits(s, sig, 'takeControl', (h) => /^(?:captur|seiz)/i.test(h.text) && PLACE_TAKEN.test(text.slice(h.end, h.end + 90)));
}

/** "the gang had ten armored cars and heavy weapons": weapons had, not fired, in the clause before. */
const HAD_BEFORE = /\b(?:had|has|have|possessed|carried|carrying|brought)\b[^,;.]{0,60}$/i;
const FIRED_BEFORE = /\b(?:fired|firing|shelled|shelling|pounded|opened\s+fire|targeted|attacked|ambushed|struck|hit|bombarded|used|using)\b[^;.]{0,80}$/i;

/** Relabels "heavy weapons" that the clause tells someone had, and no one fired, as no act. */
export function relabelWeaponsHad(text: string, span: { start: number; end: number }, s: Signals): void {
  relabelHits(s, 'shell', 'weaponsHad', (h) => {
    if (!/^heavy\s+weapons$/i.test(h.text)) return false;
    const before = text.slice(Math.max(span.start, h.start - 90), h.start);
    return HAD_BEFORE.test(before) && !FIRED_BEFORE.test(before);
  });
}
