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

/** ACLED interaction code: the two inter codes, smaller first ("17", "60" when alone). */
export function interactionCode(inter1: number, inter2: number): number {
  if (!inter2) return inter1 * 10;
  if (!inter1) return inter2 * 10;
  const [a, b] = inter1 <= inter2 ? [inter1, inter2] : [inter2, inter1];
  return a * 10 + b;
}
