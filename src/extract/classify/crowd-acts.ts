// Whether unorganised people do an event's violence: "villagers pelted stones at police", "the
// men were assaulted by community members", "two village groups clashed over a land dispute".
// ACLED codes such violence as a riot (mob violence, or a violent demonstration when the crowd
// protests), whoever the victims are. Its notes used to close crowd events with a "[size=...]"
// tag that said so; news text and newer exports (which keep the size in a tags column) do not,
// so the crowd must be read from the words.

/** People who act as a crowd, not as an organisation: residents, a group of people, supporters. */
const CROWD =
  '(?:villagers|locals|local\\s+residents|residents|inhabitants|community\\s+members|members\\s+of\\s+the\\s+(?:local\\s+)?community|' +
  'the\\s+community|(?:(?:a\\s+)?(?:group|crowd|mob|number)|dozens|hundreds|scores|thousands)\\s+of\\s+(?:(?!armed\\b|unidentified\\b|unknown\\b|masked\\b)[\\w-]+\\s+){0,2}?' +
  '(?:people|persons|men|residents|villagers|locals|youths?|citizens|individuals|traders|farmers|students)|nationals|' +
  'youths|traders|vendors|sellers|shopkeepers|farmers|students|migrant\\s+workers|labou?rers|migrants|refugees|' +
  'drivers|beneficiaries|worshippers|devotees|neighbou?rs|inmates|prisoners|detainees|citizens|relatives|' +
  'family\\s+members|an?\\s+(?:angry\\s+|irate\\s+)?(?:crowd|mob)|crowds|mobs|protesters|demonstrators|' +
  // A party's or a candidate's people fight as a crowd unless they carry guns (ARMED_FIGHT):
  // "supporters of the ruling party", "TMC workers", "young members of the UDPS party".
  '(?:(?:young|youth(?:\\s+wing)?)\\s+)?(?:supporters|activists|cadres|loyalists|sympathi[sz]ers|party\\s+(?:members|workers|youths?)|' +
  '(?:supporters|activists|members|workers|youths?)\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:part(?:y|ies)|league|youth\\s+wing|candidates?))|' +
  // A few people named by their number or trade: "five persons beat up a man", "four employees"
  // (not "two men": gunmen are told so, "the perpetrators were two men who ...").
  '(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:persons|people|youths|employees|villagers|residents)|employees|workers|volunteers|kin)';

/** The violence a crowd does with its hands and whatever comes to hand. */
const ACTS =
  '(?:attack(?:ed|ing)|assault(?:ed|ing)|beat(?:en|ing)?|thrash(?:ed|ing)|lynch(?:ed|ing)|ston(?:ed|ing)|pelt(?:ed|ing)|thr(?:ew|owing)|' +
  'hurl(?:ed|ing)|torch(?:ed|ing)|burn(?:ed|t|ing)|set(?:ting)?\\s+(?:fire|ablaze|alight)|vandali[sz](?:ed|ing)|ransack(?:ed|ing)|' +
  'storm(?:ed|ing)|damag(?:ed|ing)|destroy(?:ed|ing)|clash(?:ed|ing)|fought|riot(?:ed|ing)|manhandl(?:ed|ing)|chas(?:ed|ing)|' +
  'hit|slapp(?:ed|ing)|tied|set(?:ting)?\\s+(?:him|her|them)\\s+(?:on\\s+fire|ablaze|alight))';

/** Words that end the crowd's clause before an act ("residents said gunmen attacked", "villagers
 *  were attacked"): a passive, a verb of speech or seeing, a conjunction, an armed party. */
const NOT_BETWEEN =
  '(?:and|or|but|were|was|been|being|are|is|got|get|had|have|has|said|say|says|told|reported|claimed|accused|alleged|saw|heard|fled|' +
  'when|after|before|then|as|while|who|whom|that|which|where|killing|gunmen|militants|soldiers|troops|police|policemen|attackers|assailants|bandits|fighters|forces)';

/** Not people acting as a crowd: "armed men", "unidentified persons", "suspected militants"; nor
 *  people who are the object of an act or a preposition ("abducted 14 farmers", "attacked two
 *  communities", "fired at villagers"). */
const NOT_CROWD_BEFORE =
  '(?<!\\b(?:armed|unidentified|unknown|masked|hooded|suspected|uniformed|gun-wielding)\\s)' +
  '(?<!\\b(?:abducted|kidnapped|attacked|killed|shot|beat|assaulted|injured|wounded|targeted|raided|against|on|at(?!\\s+least)|of|by|with|among|for)\\s+(?:[\\w-]+\\s+){0,2})';

/** An aside between commas after the crowd ("migrant workers from Surat, who were travelling
 *  home, threw stones", "fruit sellers, mostly women, clashed"). */
const ASIDE = '(?:\\s*,[^,.;]{1,80},)?';
/** Crowd as the subject of the act ("villagers ... pelted"), a few words apart at most. */
const CROWD_DOES = new RegExp(`${NOT_CROWD_BEFORE}\\b${CROWD}\\b(?:\\s+(?:who|that))?(?:\\s+(?!${NOT_BETWEEN}\\b)[\\w'’-]+){0,4}?${ASIDE}\\s+${ACTS}\\b(?!\\s+by\\b)`, 'i');
/** The act done by the crowd ("were fatally assaulted by community members"). */
const DONE_BY_CROWD = new RegExp(`\\b${ACTS}\\s+(?:[\\w'’-]+\\s+){0,3}?by\\s+(?:some\\s+|a\\s+few\\s+|angry\\s+|irate\\s+)?${CROWD}\\b`, 'i');
/** A clash with a crowd ("a clash erupted between police and shopkeepers", "clashed with migrant
 *  workers"): people with no organisation on one side make it a riot, not a battle. */
const CLASH_WITH_CROWD = new RegExp(`\\bclash(?:ed|es)?\\b[^.;]{0,40}?\\b(?:between|with|against)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?${NOT_CROWD_BEFORE}${CROWD}\\b`, 'i');

/** Two unorganised sides fighting each other ("two village groups clashed", "a clash between two
 *  communities"); not "two armed groups" or "two groups of security forces", nor clans and families,
 *  whose feuds are fought by their militias. */
const TWO_SIDES = /(?<!\b(?:attacked|raided|targeted|on|against)\s+)\b(?:two|rival)\s+(?!(?:rival\s+)?(?:armed|rebel|jihadist|militant|insurgent|terrorist|criminal|separatist|militia)\b)(?:[\w-]+\s+)?(?:groups(?!\s+of\s+(?:security|armed|soldiers|police|fighters|militants|militiamen|gunmen))|communities)\b|\b(?:clashed\s+with|fought)\s+(?:each\s+other|one\s+another)\b|\bphysical\s+fight\b/i;

/** A fight with firearms, or armed men on a side: "two groups from the custodial corps exchanged
 *  gunfire", "militiamen clashed with farmers" are fought by armed men, whoever they are. */
const ARMED_FIGHT = /\b(?:exchang\w*\s+(?:of\s+)?(?:gun)?fire|gunfire|gunfight|gun\s*battle|firefight|shoot-?out|militia\w*|gunm[ae]n|fighters?|rebels?|militants?|insurgents?|jihadists?|terrorists?|separatists?|herds?m[ae]n|bandits|attackers|assailants)\b/i;

/** Whether the text tells unorganised people doing violence (and no armed men take part).
 *  `peopleSide`: the caller read a side of a fight as people with no organisation (a party, a
 *  trade, civilians: classify/index.ts); they fight as a crowd unless armed men are told. */
export function crowdActs(text: string, peopleSide = false): boolean {
  return (peopleSide || CROWD_DOES.test(text) || DONE_BY_CROWD.test(text) || CLASH_WITH_CROWD.test(text) || TWO_SIDES.test(text)) && !ARMED_FIGHT.test(text);
}
