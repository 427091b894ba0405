// A violent demonstration that damages someone's property (a bank, a shop, a clinic, a house)
// has the owners as its other side: ACLED codes Civilians (COUNTRY) as actor2 ("rioters hurled
// a Molotov cocktail at a bank", "villagers vandalised a ration shop and the dealer's house").
// Roads blocked in front of a bank, tyres burned outside one, or a crowd gathered there harm no
// one: no actor2.
// The state's own buildings name a state force (a police station) and are read before this.

/** An act of damage, then (within a few words) a privately owned place or thing it hit; not an
 *  act that is only the reason of something else ("detained for hurling a Molotov cocktail at"),
 *  nor a title ("burned the Home Minister's effigy", "the bank governor's effigy"). */
const PROPERTY_HIT = /\b(?<!\b(?:for|of|over|after|before)\s)(?:(?:hurled|threw|hurling|throwing)\s+(?:an?\s+|two\s+|several\s+)?(?:molotov\s+cocktails?|petrol\s+bombs?|fire\s?bombs?|rocks|stones|bricks)[^.;]{0,40}?\s+at|damag(?:ed|ing)|vandali[sz](?:ed|ing)|burn(?:ed|t)|torch(?:ed|ing)|set\s+(?:on\s+)?fire\s+(?:to\s+)?|ransack(?:ed|ing)|smash(?:ed|ing)|loot(?:ed|ing))\s+(?:the\s+|a\s+|an\s+|two\s+|several\s+)?(?:(?!(?:outside|near|opposite|beside|behind|along|towards?|in|on)\b)[\w'’-]+\s+){0,4}?(?:bank|banks|ATMs?|clinic|shop|shops|store|stores|house|houses|home|homes|residence|facade|facades|supermarket|restaurant|factory|institute)\b(?!\s+(?:minister|ministry|secretary|affairs|office|governor|chief|manager|guards?)\b)/i;

/** The span tells a crowd damaging private property. */
export function damagesProperty(body: string): boolean {
  return PROPERTY_HIT.test(body);
}
