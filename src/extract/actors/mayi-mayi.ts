// ACLED names the Mayi Mayi militias of eastern Congo as one family: "Mayi Mayi Militia" when no
// faction is told, "Mayi Mayi Militia (Faction)" when one is ("Mayi Mayi Militia (Raia
// Mutomboki-Lukoba)", "Mayi Mayi Militia (Charles)", after a faction's leader too). The
// dictionary knows the family and its large factions (data/groups.json); this pass reads a
// faction the text names right after the family's name.

import type { ActorMention } from '../types.ts';

const FAMILY = 'mayi-mayi';
/** Factions whose name may go on with a hyphenated sub-faction ("Raia Mutomboki-Kabazimiya"). */
const SPLITS_INTO = new Set(['mayi-raia-mutomboki']);

const NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’]*(?:[ -]\p{Lu}\p{Ll}[\p{L}'’]*){0,2}`;
/** "Mayi-Mayi militiamen (Simba)", "Mayi Mayi militiamen (Charles faction)". */
const IN_BRACKETS = new RegExp(String.raw`^\s*\((?:the\s+)?(${NAME})(?:\s+(?:faction|group|wing))?\)`, 'u');
/** "Mayi Mayi Kifuafua militiamen", "Mayi Mayi Militia Raia Mutomboki": a name right after the
 *  family's (not an acronym: "the Mayi Mayi UPLC armed group" is a group of its own). */
const NAME_AFTER = new RegExp(String.raw`^\s+(?:[Mm]ilitia\s+)?(${NAME})(?=[\s,.;:)]|$)`, 'u');
const SUB_FACTION = /^-(\p{Lu}\p{Ll}[\p{L}'’]*)/u;
/** Words that may follow the family's name without naming a faction. */
const NOT_FACTION = /^(?:On|In|At|And|The|Near|Between|Militia|Militias|Militiamen|Rebels|Fighters|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

function renamed(m: ActorMention, name: string, end: number, text: string): ActorMention {
  return { start: m.start, end, text: text.slice(m.start, end), actor: { ...m.actor, name }, confidence: m.confidence, rule: `${m.rule}+faction` };
}

/** Names each Mayi Mayi family mention in `found` (sorted by start) after the faction the text
 *  gives, in place (as find.ts's absorbDescriptors does): the mention then spans the faction's
 *  name, so that a descriptor after it ("Mai-Mai Yakutumba fighters") is absorbed, and a mention
 *  of the faction inside that span goes. */
export function mayiMayiFactions(text: string, found: ActorMention[]): void {
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const id = m.actor.dictionary_id;
    let next: ActorMention | null = null;
    if (id === FAMILY) {
      const rest = text.slice(m.end, m.end + 60);
      const bracket = IN_BRACKETS.exec(rest);
      const after = bracket ? null : NAME_AFTER.exec(rest);
      if (bracket) next = renamed(m, `Mayi Mayi Militia (${bracket[1]})`, m.end + bracket[0].length, text);
      else if (after && !NOT_FACTION.test(after[1]!)) next = renamed(m, `Mayi Mayi Militia (${after[1]})`, m.end + after[0].length, text);
    }
    const base = next ?? m;
    if (base.actor.dictionary_id !== null && (SPLITS_INTO.has(base.actor.dictionary_id) || next)) {
      const sub = SUB_FACTION.exec(text.slice(base.end, base.end + 30));
      if (sub) next = renamed(base, base.actor.name.replace(/\)$/, `-${sub[1]})`), base.end + sub[0].length, text);
    }
    if (!next) continue;
    found[i] = next;
    while (i + 1 < found.length && found[i + 1]!.start < next.end) found.splice(i + 1, 1);
  }
}
