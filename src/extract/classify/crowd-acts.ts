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
  'family\\s+members|an?\\s+(?:angry\\s+|irate\\s+)?(?:crowd|mob)|crowds|mobs)';

/** The violence a crowd does with its hands and whatever comes to hand. */
const ACTS =
  '(?:attack(?:ed|ing)|assault(?:ed|ing)|beat(?:en|ing)?|thrash(?:ed|ing)|lynch(?:ed|ing)|ston(?:ed|ing)|pelt(?:ed|ing)|thr(?:ew|owing)|' +
  'hurl(?:ed|ing)|torch(?:ed|ing)|burn(?:ed|t|ing)|set(?:ting)?\\s+(?:fire|ablaze|alight)|vandali[sz](?:ed|ing)|ransack(?:ed|ing)|' +
  'storm(?:ed|ing)|damag(?:ed|ing)|destroy(?:ed|ing)|clash(?:ed|ing)|fought|riot(?:ed|ing)|manhandl(?:ed|ing)|chas(?:ed|ing))';

/** Words that end the crowd's clause before an act ("residents said gunmen attacked", "villagers
 *  were attacked"): a passive, a verb of speech or seeing, a conjunction, an armed party. */
const NOT_BETWEEN =
  '(?:and|or|but|were|was|been|being|are|is|got|get|had|have|has|said|say|says|told|reported|claimed|accused|alleged|saw|heard|fled|' +
  'when|after|as|while|who|whom|that|which|where|gunmen|militants|soldiers|troops|police|policemen|attackers|assailants|bandits|fighters|forces)';

/** Not people acting as a crowd: "armed men", "unidentified persons", "suspected militants". */
const NOT_CROWD_BEFORE = '(?<!\\b(?:armed|unidentified|unknown|masked|hooded|suspected|uniformed|gun-wielding)\\s)';

/** Crowd as the subject of the act ("villagers ... pelted"), a few words apart at most. */
const CROWD_DOES = new RegExp(`${NOT_CROWD_BEFORE}\\b${CROWD}\\b(?:\\s+(?:who|that))?(?:\\s+(?!${NOT_BETWEEN}\\b)[\\w'’-]+){0,4}?\\s+${ACTS}\\b`, 'i');
/** The act done by the crowd ("were fatally assaulted by community members"). */
const DONE_BY_CROWD = new RegExp(`\\b${ACTS}\\s+(?:[\\w'’-]+\\s+){0,3}?by\\s+(?:some\\s+|a\\s+few\\s+|angry\\s+|irate\\s+)?${CROWD}\\b`, 'i');
/** A clash with a crowd ("a clash erupted between police and shopkeepers", "clashed with migrant
 *  workers"): people with no organisation on one side make it a riot, not a battle. */
const CLASH_WITH_CROWD = new RegExp(`\\bclash(?:ed|es)?\\b[^.;]{0,40}?\\b(?:between|with|against)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?${NOT_CROWD_BEFORE}${CROWD}\\b`, 'i');

/** Two unorganised sides fighting each other ("two village groups clashed", "a clash between two
 *  communities"); not "two armed groups" or "two groups of security forces", nor clans and families,
 *  whose feuds are fought by their militias. */
const TWO_SIDES = /\b(?:two|rival)\s+(?!armed\b)(?:[\w-]+\s+)?(?:groups(?!\s+of\s+(?:security|armed|soldiers|police|fighters|militants|militiamen|gunmen))|communities)\b|\bclashed\s+with\s+each\s+other\b|\bphysical\s+fight\b/i;

/** A fight with firearms, or armed men on a side: "two groups from the custodial corps exchanged
 *  gunfire", "militiamen clashed with farmers" are fought by armed men, whoever they are. */
const ARMED_FIGHT = /\b(?:exchang\w*\s+(?:of\s+)?(?:gun)?fire|gunfire|gunfight|gun\s*battle|firefight|shoot-?out|militia\w*|gunmen|fighters|rebels|militants|insurgents|jihadists|bandits)\b/i;

/** Whether the text tells unorganised people doing violence. */
export function crowdActs(text: string): boolean {
  if (CROWD_DOES.test(text) || DONE_BY_CROWD.test(text)) return true;
  return (CLASH_WITH_CROWD.test(text) || TWO_SIDES.test(text)) && !ARMED_FIGHT.test(text);
}
