// "a mayor spearheading efforts against the Taliban", "an elder known for his opposition to al
// Shabaab", "a governor who had led the fight against the Taliban": a group named inside a phrase
// that describes a person by what they stood against is the person's foe in general, not a party
// to this event (the killers are unnamed unless the text says so).
// Not enmity that is a link ("a commander linked to al Shabaab" belongs to it: a party), and not
// a person leading the fighting ("a commander leading troops against the Taliban", "a leader
// battling against Boko Haram": that fight is the event, and the group its party).

/** A person noun, then a participle, "who ..." or "known for ...", then a word of opposition. */
const FOE_OF_PERSON = new RegExp(
  String.raw`\b(?:mayor|governor|elder|leader|chief|official|journalist|reporter|activist|cleric|imam|preacher|lawmaker|politician|judge|councill?or|candidate|chairman|critic|opponent|businessman|teacher)s?` +
    String.raw`\s+(?:who\s+|(?!(?:fighting|battling|waging|commanding|combating|combatting)\b)[\w-]+ing\s+|(?:known|noted|famous|praised)\s+for\s+)((?:[\w'’-]+\s+){0,4}?)` +
    String.raw`(?:against|(?:opposition|opposed|hostile|resistance)\s+to|(?:critic|opponent|foe)s?\s+of|critical\s+of)\s+(?:the\s+)?$`,
  'i',
);
/** Words that make the person's opposition the fighting itself. */
const FIGHTING = /\b(?:troops|forces|soldiers|men|fighters|militias?|operations?|offensives?|assaults?|attacks?|raids?|units?)\b/i;

/** Does the text just before a mention (up to ~100 characters) describe a person as its foe? */
export function foeOfPerson(before: string): boolean {
  const m = FOE_OF_PERSON.exec(before);
  return !!m && !FIGHTING.test(m[1]) && !/[.;!?]/.test(m[0]);
}
