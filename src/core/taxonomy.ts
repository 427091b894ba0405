// ACLED's event taxonomy (6 event types, 25 sub-event types) and actor inter codes,
// as published in the ACLED Codebook. Kept as data so every stage reads the same list.

export const EVENT_TAXONOMY = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const;

export type EventType = keyof typeof EVENT_TAXONOMY;
export type SubEventType = (typeof EVENT_TAXONOMY)[EventType][number];

export const EVENT_TYPES = Object.keys(EVENT_TAXONOMY) as EventType[];
export const SUB_EVENT_TYPES = EVENT_TYPES.flatMap((t) => [...EVENT_TAXONOMY[t]]) as SubEventType[];

const PARENT = new Map<string, EventType>(
  EVENT_TYPES.flatMap((t) => EVENT_TAXONOMY[t].map((s) => [s, t] as const)),
);

/** The event type a sub-event type belongs to, or undefined for an unknown name. */
export function eventTypeOf(sub: string): EventType | undefined {
  return PARENT.get(sub);
}

export function isEventType(s: string): s is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_TAXONOMY, s);
}

export function isSubEventType(s: string): s is SubEventType {
  return PARENT.has(s);
}

/** ACLED actor inter codes (the "type" of an actor). 0 = no actor. */
export const INTER_CODES = {
  0: 'No actor',
  1: 'State forces',
  2: 'Rebel groups',
  3: 'Political militias',
  4: 'Identity militias',
  5: 'Rioters',
  6: 'Protesters',
  7: 'Civilians',
  8: 'External/Other forces',
} as const;

export type InterCode = keyof typeof INTER_CODES;

/** Actor type names as newer ACLED exports write them in inter1/inter2 ("State forces", "Rebel
 *  group", "External/Other forces"; older exports write the code), by lower-case name. */
const INTER_BY_NAME = new Map<string, number>([
  ['state forces', 1], ['rebel group', 2], ['rebel groups', 2], ['political militia', 3], ['political militias', 3],
  ['identity militia', 4], ['identity militias', 4], ['rioters', 5], ['protesters', 6], ['civilians', 7],
  ['external/other forces', 8], ['other forces', 8], ['external forces', 8], ['no actor', 0],
]);

/** An inter code from an ACLED export cell: the code ("1") or the type's name ("State forces");
 *  0 for an empty cell, null for anything else. */
export function parseInterCode(raw: string): number | null {
  const s = raw.trim();
  if (s === '') return 0;
  if (/^\d+(?:\.0+)?$/.test(s)) {
    const n = Number(s);
    return n <= 8 ? n : null;
  }
  return INTER_BY_NAME.get(s.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** An interaction code from an ACLED export cell: the code ("17") or its names ("Rebel
 *  group-Civilians", "Protesters only"); derived from the inter codes for an empty cell, null for
 *  a cell that is neither. */
export function parseInteraction(raw: string, inter1: number, inter2: number): number | null {
  const s = raw.trim();
  if (s === '') return interactionCode(inter1, inter2);
  if (/^\d+(?:\.0+)?$/.test(s)) return Number(s);
  const only = /^(.+?)\s+only$/i.exec(s);
  if (only) {
    const a = parseInterCode(only[1]!);
    return a === null ? null : a * 10;
  }
  // The names hold no hyphen of their own ("External/Other forces" has a slash).
  const parts = s.split('-');
  if (parts.length !== 2) return null;
  const a = parseInterCode(parts[0]!);
  const b = parseInterCode(parts[1]!);
  return a === null || b === null ? null : interactionCode(a, b);
}

/** ACLED interaction code: the two inter codes, smaller first ("17", "60" when alone). */
export function interactionCode(inter1: number, inter2: number): number {
  if (!inter2) return inter1 * 10;
  if (!inter1) return inter2 * 10;
  const [a, b] = inter1 <= inter2 ? [inter1, inter2] : [inter2, inter1];
  return a * 10 + b;
}
