// ACLED's codebook as an ordered decision list: the first rule whose test holds decides the
// sub-event type, and the cue it names is kept as evidence. Order encodes the codebook's
// precedence (a protest that turns violent is a riot; a shelling during a firefight with
// small arms is a clash; an attack on armed forces is a battle, on civilians is violence
// against civilians).

import type { SubEventType } from '../../core/taxonomy.ts';
import type { Signals } from './cues.ts';

export interface RuleContext {
  s: Signals;
  /** Inter codes of the actors named in the span. */
  inters: Set<number>;
  /** Distinct organised armed actors (inter 1-4, 8) named in the span. */
  armed: number;
  /** Protesters or demonstrators are named (not just a union or party that could be a victim). */
  protesters: boolean;
  /** Who is on the receiving end, from actor order and verbs ("X attacked Y"). */
  target: 'armed' | 'victim' | null;
  fatalities: number;
  /** ACLED protest notes end with a "[size=...]" tag. */
  sizeTag: boolean;
  /** Unorganised people do the violence: "villagers pelted stones at police", "assaulted by
   *  community members", "two village groups clashed" (crowd-acts.ts). */
  crowdActs: boolean;
  /** The span tells people gathered ("gathered", "assembled", "a crowd"). */
  gathered: boolean;
  /** Sub-event type named by a leading "Label:" (ACLED strategic-development notes). */
  label: SubEventType | null;
  /** Inter code of the first organised armed actor named (the subject of "X took control of"). */
  firstArmedInter: number | null;
  /** The first armed actor acts with a state force named right after it ("ATMIS and Somali troops"). */
  firstArmedWithState: boolean;
  /** Where the first organised armed actor is named (null: none). */
  firstArmedStart: number | null;
  /** The first armed actor is named as the agent of a passive ("kidnapped by the PKK"). */
  firstArmedAgent: boolean;
  /** The first armed actor's people protest themselves ("police officers from the union protested",
   *  "retired soldiers gathered ... and demonstrated"). */
  firstArmedProtests: boolean;
  /** The crowd's own people are told arrested in the event's sentences (protest-topic.ts). */
  protestersArrested: boolean;
}

export interface Rule {
  name: string;
  sub: SubEventType;
  /** The signal whose first cue is the evidence. */
  cue: string;
  when: (c: RuleContext) => boolean;
  confidence: number;
  /** A specific cue for a rare type (suicide, chemical, lethal force on protesters...): the
   *  statistical model, which has seen too few of these, may not overrule it. */
  decisive?: boolean;
}

/** Whether any of the signals has a cue. A loop, not signals.some((x) => ...): the rules run for
 *  every event and the closure was a new object (and a call per signal) each time. */
function has(c: RuleContext, ...signals: string[]): boolean {
  for (let i = 0; i < signals.length; i++) if (c.s.first.has(signals[i])) return true;
  return false;
}
const protestLike = (c: RuleContext) => has(c, 'protest') || c.protesters;
/** A crowd event: the size tag, people acting as a crowd, rioters, or mob words; violence without a
 *  protest is mob violence. */
const crowd = (c: RuleContext) => c.sizeTag || c.crowdActs || c.inters.has(5) || (has(c, 'mob') && c.armed === 0);
/** Violence in the span beyond a crowd's own (the cues an armed side's act leaves). */
const armedViolence = (c: RuleContext) => has(c, 'attack', 'assault', 'clash', 'smallArms', 'posFire', 'shell', 'air', 'ied', 'grenade', 'suicide', 'abduct', 'sexual', 'lethal', 'lynch', 'mob', 'riot', 'loot');
/** A protest told with no violence in it: a crowd event whoever else the note names ("women
 *  protested against the actions of police", "members of the X Movement protested", "protesters
 *  marched to the military court"). ACLED's size tag said as much, but news text and newer
 *  exports (which carry the size in a tags column) have none. */
const quietProtest = (c: RuleContext) => has(c, 'protest') && !armedViolence(c) && !armedBeforeProtest(c);
/** A state's, a foreign or a rebel force named before the protest words: they act on a protest
 *  ("security forces deployed to prevent protests") or block a road themselves ("HTS members
 *  blocked the road"), which is no crowd event. */
const armedBeforeProtest = (c: RuleContext) =>
  c.firstArmedStart !== null && !c.firstArmedAgent && !c.firstArmedProtests && c.firstArmedStart < c.s.first.get('protest')!.start && (c.firstArmedInter === 1 || c.firstArmedInter === 2 || c.firstArmedInter === 8);
const riotWordsOnly = (c: RuleContext) => has(c, 'riot') && (c.firstArmedStart === null || c.firstArmedStart > c.s.first.get('riot')!.start);
/** A word that can only name a protest ("staged a demonstration"), not a road blocked by an armed group. */
const namedProtest = (c: RuleContext) => c.s.hits.some((h) => h.signal === 'protest' && /^(?:protest|demonstrat|rall|sit-in|picket|vigil|hunger)/i.test(h.text));
const organisedArmed = (c: RuleContext) => c.inters.has(1) || c.inters.has(2) || c.inters.has(3) || c.inters.has(4) || c.inters.has(8);
const stateActor = (c: RuleContext) => c.inters.has(1);
const civilianOnly = (c: RuleContext) => has(c, 'civilian') && !has(c, 'armedTarget');
/** Shelling words other than a bare "explosion(s)" (an IED explodes too). */
const namedHeavyWeapon = (c: RuleContext) =>
  c.s.hits.some((h) => h.signal === 'shell' && !c.s.hits.some((b) => b.signal === 'blast' && b.start === h.start && b.end === h.end));
/** A word of kind `target` follows the first `act` cue: "shot at an ambulance", "attacked a post". */
const targetAfter = (c: RuleContext, act: string, target: string) => {
  const first = c.s.first.get(act);
  return !!first && c.s.hits.some((h) => h.signal === target && h.start > first.start);
};

/** The abduction cue takes armed people as its object ("abducted a police officer"). */
const NEXT_TO = 30;
const abductedArmed = (c: RuleContext) => {
  const a = c.s.first.get('abduct');
  return !!a && !has(c, 'civilian') && c.s.hits.some((h) => h.signal === 'armedTarget' && h.start >= a.end && h.start - a.end <= NEXT_TO);
};

/** "ATMIS troops came under fire": the armed actor named before the words is the one fired at. */
const underFire = (c: RuleContext) => {
  const fire = c.s.first.get('posFire');
  return !!fire && /^came under/i.test(fire.text) && c.firstArmedStart !== null && c.firstArmedStart < fire.start && !has(c, 'civilian');
};
const lynchedArmed = (c: RuleContext) => {
  const lynch = c.s.first.get('lynch')!;
  const agent = c.s.first.get('armedAgent');
  // Not "beaten to death by police": an armed agent right after the word did it.
  return c.firstArmedStart !== null && c.firstArmedStart > lynch.start && !(agent && agent.start > lynch.start && agent.start - lynch.end < NEXT_TO) && !has(c, 'clash', 'shell', 'air', 'ied');
};

/** A seat of state power named right after an act of the crowd ("burned a police station", "set
 *  fire to the parliament"), not a police station named as a place's jurisdiction elsewhere. */
const CROWD_ACTS: ReadonlySet<string> = new Set(['riot', 'loot', 'assault', 'attack', 'mob']);
const SEAT_REACH = 45;
const seatAttacked = (c: RuleContext) => {
  for (const h of c.s.hits) {
    if (h.signal !== 'stateSeat') continue;
    for (const a of c.s.hits) if (CROWD_ACTS.has(a.signal) && a.end <= h.start && h.start - a.end <= SEAT_REACH) return true;
  }
  return false;
};

/** An air strike or shelling named before the first mob or riot word. */
const strikeOnCrowd = (c: RuleContext) => {
  const strike = c.s.first.get('air') ?? c.s.first.get('shell');
  const mob = c.s.first.get('mob') ?? c.s.first.get('riot');
  return !!strike && (!mob || strike.start < mob.start);
};

/** The armed people of the span are those arrested: every armed word comes after the arrest cue
 *  ("police arrested 12 suspected kidnappers in a raid"). */
const armedArrested = (c: RuleContext) => {
  const arrest = c.s.first.get('arrest')!;
  return c.firstArmedStart !== null && c.firstArmedStart < arrest.start && c.s.hits.every((h) => h.signal !== 'armedTarget' || h.start > arrest.start);
};

/** A raid that ends in arrests, with no fighting and nobody killed: codebook Arrests, whoever is
 *  held ("troops raided the village and arrested eight men"). Not when an armed side was targeted. */
const raidArrest = (c: RuleContext) =>
  has(c, 'arrest') && has(c, 'assault') && (stateActor(c) || c.inters.has(8)) && c.fatalities === 0 && (c.target !== 'armed' || armedArrested(c)) &&
  !has(c, 'attack', 'clash', 'smallArms', 'posFire', 'shell', 'air', 'ied', 'grenade', 'lethal', 'abduct', 'sexual', 'loot');

/** A non-state group (first armed actor named) takes a place, and the span tells no other act. */
const nsaTakes = (c: RuleContext) =>
  has(c, 'takeControl') && [2, 3, 4].includes(c.firstArmedInter ?? 0) && !has(c, 'transfer', 'attack', 'lethal', 'abduct', 'sexual', 'loot', 'air', 'shell', 'ied');

export const RULES: Rule[] = [
  ...(['Arrests', 'Looting/property destruction', 'Change to group/activity', 'Other', 'Headquarters or base established', 'Non-violent transfer of territory', 'Agreement', 'Disrupted weapons use'] as const).map(
    (sub): Rule => ({ name: `label/${sub}`, sub, cue: 'label', confidence: 0.9, decisive: true, when: (c) => c.label === sub }),
  ),
  // An armed group's rally or parade with no violence and no demand: a show of force (ACLED's notes
  // put an armed group's patrols, exercises and displays with changes to its activity).
  { name: 'strategic/armed-show-of-force', sub: 'Change to group/activity', cue: 'armedRally', confidence: 0.55,
    when: (c) => has(c, 'armedRally') && !c.sizeTag && !armedViolence(c) },
  { name: 'riot/violent-demonstration', sub: 'Violent demonstration', cue: 'riot', confidence: 0.8,
    when: (c) => (protestLike(c) && (has(c, 'riot') || (has(c, 'clash') && (stateActor(c) || c.fatalities > 0)))) || (has(c, 'riot') && has(c, 'protestContext')) },
  // Protesters who storm, torch or attack ("protesters stormed and torched a police station"):
  // the crowd turned violent.
  { name: 'riot/protesters-violent', sub: 'Violent demonstration', cue: 'riot', confidence: 0.6,
    when: (c) => !c.sizeTag && protestLike(c) && c.crowdActs && has(c, 'loot', 'attack', 'assault') && !has(c, 'shell', 'air', 'ied', 'lethal', 'liveFire') },
  { name: 'protest/live-fire', sub: 'Excessive force against protesters', cue: 'liveFire', confidence: 0.6, decisive: true,
    when: (c) => protestLike(c) && has(c, 'liveFire') && organisedArmed(c) && !has(c, 'shell', 'air', 'ied') },
  { name: 'protest/excessive-force', sub: 'Excessive force against protesters', cue: 'lethal', confidence: 0.7, decisive: true,
    when: (c) => protestLike(c) && has(c, 'lethal') && c.fatalities > 0 && stateActor(c) && !has(c, 'shell', 'air', 'ied') },
  { name: 'protest/intervention', sub: 'Protest with intervention', cue: 'intervene', confidence: 0.75,
    // "marched ... and police attacked them with batons": a state force's non-lethal attack on a
    // crowd is its intervention.
    // Or the protesters arrested, whoever is named ("One woman was arrested", "26 were detained").
    when: (c) => protestLike(c) && (has(c, 'intervene') || (has(c, 'arrest') && stateActor(c)) || c.protestersArrested) },
  // "Goons attacked protesters": a crowd attacking a demonstration is mob violence, not the protest.
  { name: 'riot/crowd-attacks-protesters', sub: 'Mob violence', cue: 'attack', confidence: 0.6,
    when: (c) => c.inters.has(5) && !has(c, 'riot') && targetAfter(c, 'attack', 'protest') && !organisedArmed(c) },
  { name: 'protest/peaceful', sub: 'Peaceful protest', cue: 'protest', confidence: 0.8,
    when: (c) => has(c, 'protest') && (c.sizeTag || !organisedArmed(c) || quietProtest(c)) && !has(c, 'shell', 'air', 'ied') },
  // Rioters burning or storming a parliament, a police post or a party office act against the state
  // (a violent demonstration); not a lynching.
  { name: 'riot/attack-on-state-seat', sub: 'Violent demonstration', cue: 'riot', confidence: 0.6,
    when: (c) => crowd(c) && !has(c, 'lynch') && seatAttacked(c) },
  // Crowd justice with no armed organisation involved is mob violence, however deadly.
  // Armed men named only after the lynching word are its victims ("residents lynched five suspected gang members").
  { name: 'riot/lynching', sub: 'Mob violence', cue: 'lynch', confidence: 0.8, decisive: true,
    when: (c) => has(c, 'lynch') && (c.armed === 0 || lynchedArmed(c)) && !has(c, 'protest') },
  { name: 'riot/mob-violence', sub: 'Mob violence', cue: 'mob', confidence: 0.7,
    // Not a crowd bombed from the air ("a jet bombed a crowd gathered for ..."): the crowd is the target.
    // Nor a state's strike that killed vigilantes: a strike named before the crowd words hit the crowd.
    when: (c) => crowd(c) && has(c, 'mob', 'riot', 'attack', 'clash', 'loot') && (has(c, 'mob', 'riot') || !has(c, 'air')) && !(stateActor(c) && strikeOnCrowd(c)) },
  { name: 'protest/crowd-without-violence', sub: 'Peaceful protest', cue: 'protest', confidence: 0.5, when: (c) => c.sizeTag },
  // Explosive weapons used by one side during a firefight are part of the battle.
  { name: 'battle/fighting-with-explosives', sub: 'Armed clash', cue: 'clash', confidence: 0.6,
    when: (c) => has(c, 'clash') && has(c, 'air', 'grenade', 'ied', 'shell', 'suicide') && c.armed >= 1 && c.target !== 'victim' },
  // Old mines and shells from past wars harm people without any current attacker.
  { name: 'strategic/war-remnants', sub: 'Other', cue: 'remnant', confidence: 0.7, decisive: true, when: (c) => has(c, 'remnant') },
  { name: 'strategic/warning-shots', sub: 'Other', cue: 'warning', confidence: 0.6,
    when: (c) => has(c, 'warning') && c.fatalities === 0 && !has(c, 'attack', 'lethal', 'shell', 'air', 'ied', 'grenade') },
  { name: 'weapons/drone-downed', sub: 'Disrupted weapons use', cue: 'shotDown', confidence: 0.7,
    when: (c) => has(c, 'shotDown') && has(c, 'air') && !has(c, 'clash') },
  { name: 'explosion/chemical', sub: 'Chemical weapon', cue: 'chemical', confidence: 0.8, decisive: true, when: (c) => has(c, 'chemical') },
  { name: 'explosion/suicide', sub: 'Suicide bomb', cue: 'suicide', confidence: 0.85, decisive: true, when: (c) => has(c, 'suicide') },
  // A state seizing or destroying drugs or contraband: property destruction, whoever is arrested with it.
  { name: 'strategic/contraband-seizure', sub: 'Looting/property destruction', cue: 'seize', confidence: 0.6,
    when: (c) => has(c, 'contraband') && has(c, 'seize') && stateActor(c) && c.fatalities === 0 && !has(c, 'attack', 'clash', 'shell', 'air', 'ied', 'grenade', 'lethal') },
  // Not a strike on a depot ("drones attacked an ammunition depot"): the depot is the target.
  { name: 'weapons/disrupted', sub: 'Disrupted weapons use', cue: 'disrupt', confidence: 0.7,
    when: (c) => has(c, 'disrupt') && !has(c, 'clash') && !(/depot/i.test(c.s.first.get('disrupt')!.text) && has(c, 'air', 'shell', 'ied')) },
  { name: 'explosion/air', sub: 'Air/drone strike', cue: 'air', confidence: 0.8, when: (c) => has(c, 'air') },
  // A raid that only loots or burns property, with nobody armed resisting and nobody killed.
  { name: 'strategic/looting-raid', sub: 'Looting/property destruction', cue: 'loot', confidence: 0.6,
    when: (c) => has(c, 'loot') && c.target !== 'armed' && c.armed <= 1 && c.fatalities === 0 && !has(c, 'lethal', 'shell', 'air', 'ied', 'abduct', 'attack', 'sexual') },
  // A foreign state's forces taking an area in another country, or "liberating" it in their own
  // ministry's words, are no government regaining its own: the codebook puts them with the
  // non-state actors that overtake territory. Not beside the country's own forces ("ATMIS and
  // Somali troops recaptured the town": the government regains it, with its allies).
  { name: 'battle/foreign-regains', sub: 'Non-state actor overtakes territory', cue: 'regain', confidence: 0.55, decisive: true,
    when: (c) => has(c, 'regain') && c.firstArmedInter === 8 && !c.firstArmedWithState },
  { name: 'battle/foreign-takes-control', sub: 'Non-state actor overtakes territory', cue: 'takeControl', confidence: 0.55, decisive: true,
    when: (c) => has(c, 'takeControl') && c.firstArmedInter === 8 && !c.firstArmedWithState },
  { name: 'battle/government-regains', sub: 'Government regains territory', cue: 'regain', confidence: 0.7, decisive: true,
    when: (c) => has(c, 'regain') && stateActor(c) },
  // Codebook: who takes control decides; state forces taking an area are regaining their territory.
  { name: 'battle/government-takes-control', sub: 'Government regains territory', cue: 'takeControl', confidence: 0.6, decisive: true,
    when: (c) => has(c, 'takeControl') && c.firstArmedInter === 1 },
  { name: 'battle/nsa-overtakes', sub: 'Non-state actor overtakes territory', cue: 'overtake', confidence: 0.6, decisive: true,
    when: (c) => has(c, 'overtake') && [2, 3, 4].some((i) => c.inters.has(i)) && has(c, 'clash', 'assault') && !has(c, 'arrest') },
  // A non-state group taking a place with no fighting told: "captured", "seized", "overran" or
  // "stormed" say it took it by force (the codebook's overtaking), a bare "took control" with no
  // word of fighting is a non-violent transfer ("militants took control of the village and raised
  // their flag").
  { name: 'battle/nsa-captures', sub: 'Non-state actor overtakes territory', cue: 'takeControl', confidence: 0.55,
    when: (c) => nsaTakes(c) && /^(?:captur|seiz|overr|storm)/i.test(c.s.first.get('takeControl')!.text) },
  { name: 'strategic/nsa-takes-control', sub: 'Non-violent transfer of territory', cue: 'takeControl', confidence: 0.5, when: nsaTakes },
  { name: 'explosion/grenade', sub: 'Grenade', cue: 'grenade', confidence: 0.75, when: (c) => has(c, 'grenade') && !has(c, 'shell') },
  { name: 'explosion/remote', sub: 'Remote explosive/landmine/IED', cue: 'ied', confidence: 0.75,
    when: (c) => has(c, 'ied') && !namedHeavyWeapon(c) },
  // Heavy weapons (with small arms or not) fired at villages, farms or homes, and at no armed
  // side, are shelling of those places, not a firefight.
  { name: 'explosion/heavy-fire-on-civilian-areas', sub: 'Shelling/artillery/missile attack', cue: 'shell', confidence: 0.6,
    when: (c) => has(c, 'shell', 'heavyMG') && !has(c, 'clash') && ['shell', 'heavyMG'].some((w) => (targetAfter(c, w, 'civilianPlace') || targetAfter(c, w, 'civilian')) && !targetAfter(c, w, 'armedTarget')) },
  // Heavy weapons fired during a firefight (an exchange, or small arms too) make a clash.
  { name: 'battle/clash-with-heavy-weapons', sub: 'Armed clash', cue: 'clash', confidence: 0.6,
    when: (c) => has(c, 'shell', 'heavyMG') && has(c, 'clash', 'smallArms') && !civilianOnly(c) },
  { name: 'explosion/shelling', sub: 'Shelling/artillery/missile attack', cue: 'shell', confidence: 0.75, when: (c) => has(c, 'shell') },
  { name: 'explosion/heavy-machine-guns', sub: 'Shelling/artillery/missile attack', cue: 'heavyMG', confidence: 0.6, when: (c) => has(c, 'heavyMG') },
  { name: 'strategic/raid-arrests', sub: 'Arrests', cue: 'arrest', confidence: 0.65, when: raidArrest },
  // An organised armed actor on the receiving end makes a battle (codebook: armed clash);
  // civilians on the receiving end make violence against civilians.
  { name: 'battle/armed-target', sub: 'Armed clash', cue: 'attack', confidence: 0.65,
    // Soldiers or police abducted by an armed group are a fighting party too ("abducted two soldiers").
    when: (c) => c.target === 'armed' && (has(c, 'attack', 'assault', 'clash', 'posFire', 'smallArms') || abductedArmed(c)) && !has(c, 'sexual') && (!has(c, 'abduct') || abductedArmed(c)) },
  // Words that need two sides firing ("exchanged fire", "clashed") make a battle when anyone armed is named.
  { name: 'battle/two-sided-fighting', sub: 'Armed clash', cue: 'clash', confidence: 0.7,
    when: (c) => has(c, 'clash') && (c.armed >= 1 || has(c, 'armedTarget')) },
  // A gang member or trafficker shot by someone other than the state: a fight between criminal groups.
  { name: 'battle/criminal-victim', sub: 'Armed clash', cue: 'criminalVictim', confidence: 0.55,
    when: (c) => has(c, 'criminalVictim') && has(c, 'attack', 'clash', 'smallArms', 'posFire') && !stateActor(c) && !has(c, 'sexual', 'abduct') },
  { name: 'civilians/attack-on-civilians', sub: 'Attack', cue: 'attack', confidence: 0.7,
    // Killings outweigh abductions in the same raid: ACLED codes the deadlier act.
    when: (c) => c.target === 'victim' && has(c, 'attack', 'assault') && !has(c, 'sexual') && (!has(c, 'abduct') || c.fatalities > 0) },
  { name: 'civilians/sexual-violence', sub: 'Sexual violence', cue: 'sexual', confidence: 0.8, decisive: true, when: (c) => has(c, 'sexual') },
  // Killings outweigh abductions in the same event (as for attacks on civilians above).
  { name: 'civilians/abduction', sub: 'Abduction/forced disappearance', cue: 'abduct', confidence: 0.75,
    when: (c) => has(c, 'abduct') && !(c.fatalities > 0 && has(c, 'attack')) },
  { name: 'battle/armed-clash', sub: 'Armed clash', cue: 'clash', confidence: 0.75, when: (c) => has(c, 'clash') && !civilianOnly(c) },
  { name: 'battle/small-arms-fire', sub: 'Armed clash', cue: 'smallArms', confidence: 0.55,
    when: (c) => has(c, 'smallArms') && c.target !== 'victim' && !has(c, 'civilian', 'civilianPlace') },
  { name: 'battle/fire-on-positions', sub: 'Armed clash', cue: 'posFire', confidence: 0.6,
    when: (c) => c.target === null && (targetAfter(c, 'posFire', 'armedTarget') || underFire(c)) && !targetAfter(c, 'posFire', 'civilian') },
  { name: 'battle/attack-on-armed', sub: 'Armed clash', cue: 'attack', confidence: 0.6,
    when: (c) => c.target === null && targetAfter(c, 'attack', 'armedTarget') && !targetAfter(c, 'attack', 'civilian') },
  { name: 'battle/assault', sub: 'Armed clash', cue: 'assault', confidence: 0.55, when: (c) => has(c, 'assault') && !has(c, 'civilian') },
  { name: 'civilians/attack', sub: 'Attack', cue: 'attack', confidence: 0.7, when: (c) => has(c, 'attack') },
  // "Settlers threw stones at Palestinian cars": an organised armed group (no crowd, no protest)
  // stoning people is attacking them; stones are a riot's weapon only in a crowd's hands.
  { name: 'civilians/stoning-by-armed-group', sub: 'Attack', cue: 'riot', confidence: 0.55,
    when: (c) => has(c, 'riot') && /stone|rock/i.test(c.s.first.get('riot')!.text) && !crowd(c) && !protestLike(c) && [2, 3, 4].some((i) => c.inters.has(i)) && !stateActor(c) && c.target !== 'armed' },
  // "Clashes in the city left 12 people dead": deadly fighting whose sides the text does not name,
  // with only its toll's people as civilians, is still fighting. Not without a toll: "displaced
  // because of the fighting" is about the displaced; not among crowds (rioters, protesters).
  { name: 'battle/unnamed-sides', sub: 'Armed clash', cue: 'clash', confidence: 0.45, when: (c) => has(c, 'clash') && c.fatalities > 0 && !c.protesters && !c.inters.has(5) && !c.inters.has(6) },
  // Codebook: only states arrest; a non-state group detaining people abducts them.
  { name: 'civilians/detention-by-non-state', sub: 'Abduction/forced disappearance', cue: 'arrest', confidence: 0.6,
    when: (c) => has(c, 'arrest') && [2, 3, 4].some((i) => c.inters.has(i)) && !stateActor(c) },
  { name: 'strategic/arrests', sub: 'Arrests', cue: 'arrest', confidence: 0.7, when: (c) => has(c, 'arrest') },
  { name: 'strategic/looting', sub: 'Looting/property destruction', cue: 'loot', confidence: 0.7, when: (c) => has(c, 'loot') },
  { name: 'strategic/headquarters', sub: 'Headquarters or base established', cue: 'hq', confidence: 0.7, decisive: true, when: (c) => has(c, 'hq') },
  { name: 'strategic/transfer', sub: 'Non-violent transfer of territory', cue: 'transfer', confidence: 0.6, decisive: true, when: (c) => has(c, 'transfer') },
  { name: 'strategic/agreement', sub: 'Agreement', cue: 'agree', confidence: 0.65, decisive: true, when: (c) => has(c, 'agree') },
  { name: 'strategic/change-to-group', sub: 'Change to group/activity', cue: 'change', confidence: 0.5, when: (c) => has(c, 'change') },
  // Riot words ("threw stones at soldiers", "hurled a petrol bomb") and no act any rule above
  // reads: a crowd's violence, a demonstration's when protest words are told too.
  // Not when an armed actor named first does it ("militants fired at the tyres of the trucks").
  { name: 'riot/riot-words-only', sub: 'Violent demonstration', cue: 'riot', confidence: 0.4, when: (c) => riotWordsOnly(c) && protestLike(c) },
  { name: 'riot/mob-words-only', sub: 'Mob violence', cue: 'riot', confidence: 0.4, when: riotWordsOnly },
  // Police or troops dispersing people who gathered, and no other act: a protest they broke up
  // ("supporters gathered to contest the results. Security forces dispersed them").
  { name: 'protest/crowd-dispersed', sub: 'Protest with intervention', cue: 'intervene', confidence: 0.4, when: (c) => has(c, 'intervene') && c.gathered && !armedViolence(c) },
  // Protest words and nothing else that any rule above reads: a crowd event whoever is named (the
  // size tag said so; without it an actor read as armed, "retired military officers" in the topic,
  // or a front misread as a rebel group, kept the protest rules from deciding).
  { name: 'protest/told-only', sub: 'Peaceful protest', cue: 'protest', confidence: 0.4, when: (c) => has(c, 'protest') && !armedViolence(c) && (!armedBeforeProtest(c) || namedProtest(c)) },
];
