// Who took part, compared across two accounts of an incident. Date, place and toll cannot tell
// apart two incidents of one day in one town with the same toll; who fought and who was harmed
// can. Sources name actors differently ("Haftar's forces" in an article, "Forces of the House of
// Representatives" in UCDP, "Libyan National Army" in ACLED), so names are first read against the
// actor knowledge the extractor uses (src/extract/actors/data, read-only here): one entry's names
// and aliases are one actor, a state's military and police of one period are one side, a unit
// ("... Amajid Brigade") belongs to its state's forces, and an entry marked assocOf is on its
// parent's side. Only disagreements between names of comparable specificity count: unnamed
// actors ("Unidentified Armed Group") and crowds are never evidence either way.

import type { EventFields } from '../core/types.ts';
import groups from '../extract/actors/data/groups.json' with { type: 'json' };
import generic from '../extract/actors/data/generic.json' with { type: 'json' };

type Level = 'state' | 'group' | 'unnamed' | 'civilians' | 'other';

export interface Actor {
  level: Level;
  /** Forms that identify the actor: entry id, "state|country|period", normalised name, acronym. */
  keys: string[];
}

interface Entry { id: string; name?: string; names?: [string, string][]; aliases?: string[]; assocOf?: string; role?: string }

const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** Exact names and aliases of named entries -> the id of the side they are on. */
const BY_NAME = new Map<string, string>();
for (const e of (groups as { entries: Entry[] }).entries) {
  const side = e.assocOf ?? e.id;
  const names = [e.name, ...(e.names ?? []).map((n) => n[1]), ...(e.aliases ?? [])].filter((n): n is string => !!n && !n.includes('{'));
  for (const n of names) if (!BY_NAME.has(norm(n))) BY_NAME.set(norm(n), side);
}

/**
 * Templates -> level (and side, for named groups): generic ones ("Civilians ({country})",
 * "Unidentified Armed Group ({country})") and groups named per country ("Islamic State ({country})").
 * State forces ("Military Forces of {forcesOf} ({period}) ...") are read by STATE below instead.
 */
const UNNAMED_IDS = new Set(['unidentified-armed-group', 'unidentified-gang', 'unidentified-gang-or-police-militia', 'unidentified-communal-militia', 'unidentified-clan-militia', 'militia']);
const TEMPLATES: Array<{ re: RegExp; level: Level; key?: string }> = [];
const templateOf = (name: string) =>
  new RegExp(`^${norm(name).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\\(\{(?:country|period)\}\\\)/g, '\\([^)]*\\)').replace(/\{forcesof\}|\{country\}/g, '.+?')}$`);
for (const e of (groups as { entries: Entry[] }).entries) {
  for (const name of [e.name, ...(e.names ?? []).map((n) => n[1])]) {
    if (name?.includes('{') && !/^(military|police) forces of/i.test(name)) TEMPLATES.push({ re: templateOf(name), level: 'group', key: e.assocOf ?? e.id });
  }
}
for (const e of (generic as { entries: Entry[] }).entries) {
  if (!e.name || e.role === 'state') continue;
  const level: Level = e.role === 'victim' ? 'civilians' : UNNAMED_IDS.has(e.id) ? 'unnamed' : e.role === 'armed' ? 'group' : 'other';
  TEMPLATES.push({ re: templateOf(e.name), level });
}

/** "Military Forces of Libya (2016-) Government of National Accord", "Police Forces of Yemen (2012-)". */
const STATE = /^(?:military|police) forces of (?:the )?(.+?) \(([^)]*)\)/;
/** Dataset spellings without a period ("Government of Mali" in UCDP): any period of that state. */
const GOVERNMENT = /^government of (?:the )?([^(]+)$/;

const MEMO = new Map<string, Actor>();

/** What a name in an actor field stands for (memoised: the same names recur in every candidate). */
export function readActor(name: string): Actor {
  let actor = MEMO.get(name);
  if (actor) return actor;
  if (MEMO.size > 20_000) MEMO.clear();
  const n = norm(name);
  const id = BY_NAME.get(n);
  const state = STATE.exec(n);
  const government = GOVERNMENT.exec(n);
  const template = TEMPLATES.find((t) => t.re.test(n));
  // A named faction of a state's forces ("... (2016-) Government of National Accord") is also those forces.
  if (id) actor = { level: 'group', keys: state ? [id, `state|${state[1]}|${state[2]}`] : [id] };
  else if (state) actor = { level: 'state', keys: [`state|${state[1]}|${state[2]}`] };
  else if (government) actor = { level: 'state', keys: [`state|${government[1]!.trim()}|*`] };
  else if (template) actor = { level: template.level, keys: [template.key ?? n] };
  // Names that say nobody in particular ("Unidentified Military Forces", "Sole Perpetrator (Kenya)").
  else if (/^(unidentified|unknown|sole perpetrator)\b/.test(n)) actor = { level: 'unnamed', keys: [n] };
  else {
    // An unknown group: its name, and ACLED's "ACRONYM: Full Name" halves, or its initials.
    const [head, tail] = n.includes(': ') ? n.split(': ', 2) as [string, string] : [null, n];
    const initials = tail.split(/[\s-]+/).filter((w) => /^[a-z]/.test(w) && w.length > 2 && !/^(of|the|and|for)$/.test(w)).map((w) => w[0]).join('');
    actor = { level: 'group', keys: [...new Set([n, tail, ...(head ? [head] : []), ...(initials.length >= 2 ? [`~${initials}`] : [])])] };
    if (/^[a-z]{2,6}$/.test(n)) actor.keys.push(`~${n}`);
  }
  MEMO.set(name, actor);
  return actor;
}

/** Two names for one actor (or one side: a state's branches, a unit of its forces)? */
export function sameActor(x: Actor, y: Actor): boolean {
  if (x.level !== y.level && !(x.level === 'group' && y.level === 'state') && !(x.level === 'state' && y.level === 'group')) return false;
  for (const kx of x.keys) {
    for (const ky of y.keys) {
      if (kx === ky) return true;
      if (kx.startsWith('state|') && ky.startsWith('state|')) {
        const [, cx, px] = kx.split('|');
        const [, cy, py] = ky.split('|');
        if (cx === cy && (px === py || px === '*' || py === '*')) return true;
      }
    }
  }
  return false;
}

const split = (s: string | undefined) => (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);
const isArmed = (a: Actor) => a.level === 'state' || a.level === 'group';

/** Sides as the event tells them: each main actor with its associated actors. */
function sidesOf(f: EventFields): [Actor[], Actor[]] {
  return [[f.actor1, ...split(f.assoc_actor_1)], [f.actor2, ...split(f.assoc_actor_2)]].map((names) => names.filter(Boolean).map(readActor)) as [Actor[], Actor[]];
}

const mainOf = (f: EventFields) => [f.actor1, f.actor2].map((n) => (n ? readActor(n) : null));
const anyMatch = (xs: Actor[], ys: Actor[]) => xs.some((x) => ys.some((y) => sameActor(x, y)));

/**
 * Why the two accounts cannot be of the same participants, or null:
 * - 'actors': each names armed actors, and no actor of one is an actor of the other;
 * - 'dyad': each names two armed sides, they share one, and the other sides differ;
 * - 'victims': one tells armed men attacking civilians, the other a fight between two armed
 *   sides with no civilian harmed or involved.
 */
export function whoConflict(a: EventFields, b: EventFields): string | null {
  const [sa, sb] = [sidesOf(a), sidesOf(b)];
  const armedA = sa.flat().filter(isArmed);
  const armedB = sb.flat().filter(isArmed);
  if (armedA.length && armedB.length && !anyMatch(armedA, armedB)) return 'actors';
  const [ma, mb] = [mainOf(a), mainOf(b)];
  const dyad = (m: Array<Actor | null>) => m.every((x) => x && isArmed(x));
  if (dyad(ma) && dyad(mb)) {
    // Align the sides on an actor both name (straight or crossed); the other sides must then meet.
    const other = (s: [Actor[], Actor[]], k: number) => s[1 - k]!.filter(isArmed);
    const aligned = ([[0, 0], [0, 1], [1, 0], [1, 1]] as const).filter(([i, j]) => sameActor(ma[i]!, mb[j]!));
    if (aligned.length && !aligned.some(([i, j]) => anyMatch(other(sa, i), other(sb, j)))) return 'dyad';
  }
  if ((oneSided(a, ma) && fight(b, mb, sb)) || (oneSided(b, mb) && fight(a, ma, sa))) return 'victims';
  return null;
}

/** Armed men against civilians and nobody armed on the other side. */
function oneSided(f: EventFields, m: Array<Actor | null>): boolean {
  const civ = m.filter((x) => x?.level === 'civilians').length;
  const armed = m.filter((x) => x && (isArmed(x) || x.level === 'unnamed')).length;
  return civ === 1 && armed === 1;
}

/** Two armed sides (named or not) and no civilians anywhere in the event. */
function fight(f: EventFields, m: Array<Actor | null>, sides: [Actor[], Actor[]]): boolean {
  if (f.civilian_targeting) return false;
  if (!m.every((x) => x && (isArmed(x) || x.level === 'unnamed'))) return false;
  return !sides.flat().some((x) => x.level === 'civilians');
}
