// classify: ACLED event type and sub-event type of one event (its sentences in a document),
// decided by the first matching codebook rule in rules.ts, with the deciding cue as evidence.

import { eventTypeOf, isSubEventType, type SubEventType } from '../../core/taxonomy.ts';
import { tokenize } from '../actors/tokens.ts';
import type { ActorMention, Classification } from '../types.ts';
import { findSignals, leadingLabel, mergeSignals, relabelHits, type CueHit, type Signals } from './cues.ts';
import { entryOf, kindOf, targetKind } from '../actors/kinds.ts';
import { RULES, type Rule, type RuleContext } from './rules.ts';
import { eventFeatures } from './features.ts';
import { earlierByIn } from '../segment/background.ts';
import { findActors } from '../actors/find.ts';
import { crowdActs } from './crowd-acts.ts';
import { relabelTaken, relabelWeaponsHad } from './taken.ts';
import { armedProtesting, armedRally, crowdBlocked, gatheredAsCrowd, protestersArrested, relabelCrowdContext } from './protest-topic.ts';
import { loadModel, mayOverride, predict, type ModelFile, type Prediction } from './model.ts';

export interface ClassifyContext {
  actors: ActorMention[];
  fatalities: number;
}

export { RULES } from './rules.ts';

const SIZE_TAG = /\[size\s*=/i;
const UNSUPPORTED_MIN = 0.9;
/** Signals of how a crowd event went, read from the whole of a sized ACLED protest note. */
const CROWD_OUTCOME = ['riot', 'intervene', 'arrest', 'lethal', 'liveFire'];
/** Signals describing a party, read from the rest of the paragraph. */
const WHO: ReadonlySet<string> = new Set(['criminalVictim']);
/** What the crowd did and what it targeted (a parliament, a police post) in the paragraph's lead. */
const CROWD_LEAD: ReadonlySet<string> = new Set([...CROWD_OUTCOME, 'protest', 'stateSeat']);
const CROWD_OUTCOME_OR_WHO: ReadonlySet<string> = new Set([...CROWD_OUTCOME, 'protestContext', ...WHO]);
const TAIL_REACH = 400;
/** Clash cues that tell two sides fighting (not "fighting" in the area, not "exchanged" prisoners). */
const FOUGHT = /^(?:clash|fought|confront|scuffl|skirmish)/i;
const FIREARM = /\b(?:shot|shooting|gunned|gunm[ae]n|gunfire|gunshots?|pistols?|rifles?|firearms?)\b/i;
/** How a protest went, read from the sentences after a tag-free protest note's own. */
const PROTEST_OUTCOME: ReadonlySet<string> = new Set(['intervene', 'riot']);
const PROTEST_CONTEXT: ReadonlySet<string> = new Set(['protestContext']);
/** A later sentence that starts another event: a new date, or a word that moves to another story. */
const NEXT_EVENT = /(?:^\s*|[.!?]\s+)(?:On|Around|Between|Earlier|Separately|Meanwhile|Elsewhere|In\s+(?:another|a\s+separate|a\s+similar)|Also)\b/;
/** Signals that name an act (what happened), as opposed to who or where. */
const ACTS: ReadonlySet<string> = new Set(['abduct', 'air', 'assault', 'attack', 'blast', 'clash', 'grenade', 'ied', 'loot', 'lynch', 'posFire', 'protest', 'riot', 'seize', 'sexual', 'shell', 'smallArms', 'suicide']);
const REACTION = /^(?:condemn|denounc)/i;
const REACTED_TO = /^\s+(?:the|this|these|an?|its|their)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|killings?|strikes?|airstrikes?|shelling|bombings?|bombardment|assaults?|massacres?|raids?|abductions?|kidnappings?|shootings?|murders?|use)\b/i;
const OCCUPIED_BEFORE = /(?:\b(?:the|in|of|an?|and)\s+|-)$/i;
const OCCUPIED_PLACE = /^\s+(?:\p{Lu}|territor|(?:areas?|zones?|lands?|regions?|parts?)\b)/u;
const PROTEST_PLACE = /^\s+(?:venues?|grounds?|sites?)\b/i;
const AFTER_CROWD = /\b(?:following|after|in\s+the\s+wake\s+of)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}$/i;
const NOT_YET = /\b(?:ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to|to\s+prevent|to\s+foil)\s+(?:(?:a|an|the|their|its|his|her|any|planned|scheduled|proposed|[\w-]+['’]s)\s+){0,2}$/i;
/** "supporters who gathered ... ahead of a rally", "dispersed a crowd ... prior to a rally": a crowd
 *  told as there already makes it a crowd event, whatever is still to come. */
const CROWD_THERE = /\b(?:gathered|assembled|converged|massed|crowds?|dispersed)\b/i;
/** "Russian troops were expelled from Vovchansk by Ukrainian forces": in a passive take-over the
 *  force named after "by" takes the place, not the one named first. */
const PASSIVE_TAKE = /\b(?:was|were|been)\s+(?:expelled|retaken|recaptured|liberated|driven\s+out|pushed\s+out|ousted)\b/i;
const BY_AGENT = /\bby\s+(?:the\s+)?$/i;
const CONNECTED = /\b(?:in\s+connection\s+with|linked\s+to|suspected\s+of|accused\s+of|involved\s+in|(?:role|involvement|part)\s+in|over)\s+(?:[\w'’-]+\s+){0,4}$/i;
const CONNECTED_ACTS = ['ied', 'attack', 'air', 'shell', 'grenade', 'suicide', 'abduct', 'clash', 'blast'];
const AGENT_BY = /(?<![-\w])by\s+(?:[\w()'’-]+\s+){0,4}$/i;

export interface Analysis {
  rc: RuleContext;
  /** The rule engine's decision (always computed: it is the explainable default). */
  byRule: Classification;
  /** The rule that decided (null: no cue at all). */
  decided: Rule | null;
  /** Model features, computed only when asked for (they cost more than the rules). */
  features: () => string[];
}

/** "Café bomb: gunmen killed three people ...": a headline kicker before a colon. */
const KICKER = /^\s*\p{L}[\p{L}' -]{2,30}:\s+/u;

/** The span's signals; a kicker's words do not count when the sentence after it names an act
 *  of its own (what the lead says happened outweighs the headline word). */
function spanSignals(text: string, span: { start: number; end: number }): Signals {
  const all = findSignals(text, span);
  const kicker = leadingLabel(text, span) ? null : KICKER.exec(text.slice(span.start, Math.min(span.end, span.start + 40)));
  if (!kicker) return all;
  const rest = findSignals(text, { start: span.start + kicker[0].length, end: span.end });
  return rest.hits.some((h) => ACTS.has(h.signal)) ? rest : all;
}

/** "Gunmen killed two officers, one day after a suicide bomber struck a convoy": the words of a
 *  clause that tells an earlier attack (background.ts earlierByIn) do not describe this one, when
 *  the rest of the span names an act of its own. Returns the clauses dropped. */
function dropEarlier(text: string, span: { start: number; end: number }, s: Signals): Array<{ start: number; end: number }> {
  const clauses = earlierByIn(text, span.start, span.end);
  if (clauses.length === 0) return clauses;
  const inside = (h: { start: number }) => clauses.some((c) => h.start >= c.start && h.start < c.end);
  const kept = s.hits.filter((h) => !inside(h));
  if (!kept.some((h) => ACTS.has(h.signal))) return [];
  s.hits = kept;
  s.first.clear();
  s.count.clear();
  for (const h of kept) {
    if (!s.first.has(h.signal)) s.first.set(h.signal, h);
    s.count.set(h.signal, (s.count.get(h.signal) ?? 0) + 1);
  }
  return clauses;
}

/** "efforts against the Taliban", "a war against the Islamic State": "against the" before a named
 *  armed group or a state force is no protest word (a crowd protests "against the new law"). */
function againstArmed(text: string, h: { end: number }): boolean {
  const next = findActors(text.slice(h.end, h.end + 50))[0];
  return !!next && next.start <= 1 && (next.actor.inter === 1 || (entryOf(next)?.role === undefined && kindOf(next) === 'armed'));
}

/** Rule decision and model features of one event; shared with the model's training script. */
export function analyse(text: string, span: { start: number; end: number }, ctx: ClassifyContext): Analysis {
  const s = spanSignals(text, span);
  const earlier = dropEarlier(text, span, s);
  // "killed over a land dispute": a dispute is what a mob fights over, a mob cue even after "over"
  // (which makes the words after it a protest's topic for the other cues, cues.json topicGuard).
  // Not where someone was shot: a dispute settled with a gun is an attack ("shot dead over a land dispute").
  if (!FIREARM.test(text.slice(span.start, span.end))) relabelHits(s, 'dispute', 'mob', () => true);
  relabelHits(s, 'protest', 'protestContext', (h) => /^against\s+the$/i.test(h.text) && againstArmed(text, h));
  // "The network condemned the attack", "officials denounced the shelling": a reaction to an act of
  // violence, told in news stories about that act, is no protest of its own.
  relabelHits(s, 'protest', 'protestContext', (h) => REACTION.test(h.text) && REACTED_TO.test(text.slice(h.end, h.end + 60)));
  // "mobs burned houses following a solidarity march": a crowd event before this one is its background.
  relabelHits(s, 'protest', 'protestContext', (h) => AFTER_CROWD.test(text.slice(Math.max(0, h.start - 50), h.start)));
  // "clashed at a rally venue", "near the protest site": a protest named as a place is no protest.
  relabelHits(s, 'protest', 'protestContext', (h) => PROTEST_PLACE.test(text.slice(h.end, h.end + 12)));
  // "arrested ahead of a rally", "before the planned march": a crowd event still to come is a topic.
  // Not when the span tells that the crowd is there already (gathered, dispersed, tear-gassed).
  const crowdThere = s.first.has('intervene') || CROWD_THERE.test(text.slice(span.start, span.end));
  if (!crowdThere) relabelHits(s, 'protest', 'protestContext', (h) => NOT_YET.test(text.slice(Math.max(0, h.start - 40), h.start)));
  relabelTaken(text, span, s, ctx.actors.some((a) => a.actor.inter === 1 && a.start >= span.start && a.end <= span.end));
  relabelWeaponsHad(text, span, s);
  // "arrested two men in connection with the café blast": the act the arrests are about is their topic.
  if (s.first.has('arrest')) for (const sig of CONNECTED_ACTS) relabelHits(s, sig, 'connectedAct', (h) => CONNECTED.test(text.slice(Math.max(0, h.start - 60), h.start)));
  // "the occupied West Bank", "Russian-occupied Kherson": a place's standing, not a take-over.
  relabelHits(s, 'overtake', 'occupiedPlace', (h) => /^occupied$/i.test(h.text) && OCCUPIED_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start)) && OCCUPIED_PLACE.test(text.slice(h.end, h.end + 20)));
  // The size tag closes an ACLED protest note: it marks the whole paragraph as one crowd event,
  // so how its later sentences say the crowd or the police acted ("Rioters pelted stones",
  // "Police dispersed them") counts too; what the crowd was about does not.
  const paragraphEnd = text.indexOf('\n\n', span.end);
  const end = paragraphEnd < 0 ? text.length : paragraphEnd;
  const sizeTag = SIZE_TAG.test(text.slice(span.start, end));
  // The same holds for the paragraph's earlier sentences when the event's own sentence is a later
  // one ("Workers pelted stones at police, demanding to go home. Around 41 were arrested. [size=41]"):
  // they also say that the crowd was protesting.
  if (sizeTag) {
    const paragraphStart = text.lastIndexOf('\n\n', span.start);
    const start = paragraphStart < 0 ? 0 : paragraphStart + 2;
    if (start < span.start) {
      mergeSignals(s, findSignals(text, { start, end: span.start }), CROWD_LEAD);
      s.hits.sort((a, b) => a.start - b.start);
    }
  }
  // Later sentences of the paragraph may also say who a victim was ("The victim had charges
  // against him for drug trafficking"): such descriptions count, read within a short reach.
  const tailEnd = sizeTag ? end : Math.min(end, span.end + TAIL_REACH);
  if (tailEnd > span.end) {
    const tail = findSignals(text, { start: span.end, end: tailEnd });
    // A crowd note's later protest words ("likely related to recent demonstrations", "the group
    // also demanded") say a riot was part of a demonstration; they make no protest of their own.
    if (sizeTag) relabelHits(tail, 'protest', 'protestContext', () => true);
    mergeSignals(s, tail, sizeTag ? CROWD_OUTCOME_OR_WHO : WHO);
  }
  // Without the tag, a protest note's later sentences still tell how its crowd or the police acted
  // ("Police resorted to lathi charge to disperse them", "Rioters set tyres on fire"), up to a
  // sentence that starts another event ("On 5 May, ...", "Separately, ...").
  const next = sizeTag || tailEnd <= span.end ? null : NEXT_EVENT.exec(text.slice(span.end, tailEnd));
  const stop = sizeTag ? span.end : next ? span.end + next.index : tailEnd;
  const ownTail = stop > span.end ? findSignals(text, { start: span.end, end: stop }) : null;
  if (ownTail && s.first.has('protest')) mergeSignals(s, ownTail, PROTEST_OUTCOME);
  // "students blocked the highway": people blocking a way protest (protest-topic.ts crowdBlocked).
  const blocked = s.first.has('protest') ? null : crowdBlocked(text, span);
  if (blocked) (s.first.set('protest', blocked), s.hits.push(blocked), s.count.set('protest', 1));
  // Words that say what the crowd is about, or where it was, rather than what it did (protest-topic.ts).
  const toldAt = relabelCrowdContext(text, span, s);
  // "beaten by police officers": armed words naming the agent of a passive are no armed target.
  relabelHits(s, 'armedTarget', 'armedAgent', (h) => AGENT_BY.test(text.slice(Math.max(0, h.start - 40), h.start)));
  // One loop over the span's actors instead of six closures (speed hint: each was compiled on its own).
  const inSpan: ActorMention[] = [];
  for (const a of ctx.actors) if (a.start >= span.start && a.end <= span.end && !earlier.some((c) => a.start >= c.start && a.start < c.end)) inSpan.push(a);
  // Officials ("the government", "authorities") are named, not fighting: they count for neither.
  const inters = new Set<number>();
  const armedNames = new Set<string>();
  let protesters = false;
  let party = false;
  let people = false;
  let onlyState = true;
  let firstArmed: ActorMention | null = null;
  for (const a of inSpan) {
    if (entryOf(a)?.role === 'official') continue;
    inters.add(a.actor.inter);
    const k = kindOf(a);
    if (k === 'armed') {
      armedNames.add(a.actor.name);
      if (a.actor.inter !== 1) onlyState = false;
      if (!firstArmed || a.start < firstArmed.start) firstArmed = a;
      // "Israeli strikes on southern Lebanon", "Russian strikes": a state's forces named by their
      // strikes strike from the air (a bare "strike" is no cue: workers strike too).
      if ((a.actor.inter === 1 || a.actor.inter === 8) && !s.first.has('air') && STRIKES.test(a.text) && !MISSILE.test(a.text)) s.first.set('air', airHit(a));
    } else if (k === 'crowd') protesters = true;
    else if (k === 'assoc' && a.actor.inter === 6 && entryOf(a)?.role === undefined) party = true;
    if (k !== 'armed') people = true;
  }
  // A fight one of whose sides is people with no organisation: a party or movement named where two
  // sides fought ("Imbonerakure and CNL clashed"), or civilians, a crowd or a trade fighting the
  // state's forces and no one else armed ("Mapuche fruit sellers clashed with police", "journalists
  // and forest guards clashed"), with no gun told. ACLED codes such fights as riots (crowdActs).
  // Not "armed clashes", nor a deadly fight: those are fought by armed men, whoever the note names.
  const fight = s.hits.some((h) => h.signal === 'clash' && FOUGHT.test(h.text) && !/\barmed\s+$/i.test(text.slice(Math.max(0, h.start - 8), h.start)));
  const peopleSide = fight && (party || (onlyState && armedNames.size <= 1 && ctx.fatalities === 0 && (people || s.first.has('civilian')) && !FIREARM.test(text.slice(span.start, span.end))));
  if (firstArmed && PASSIVE_TAKE.test(text.slice(span.start, span.end))) {
    const agent = inSpan.find((a) => kindOf(a) === 'armed' && a.start > firstArmed!.start && BY_AGENT.test(text.slice(Math.max(0, a.start - 12), a.start)));
    if (agent) firstArmed = agent;
  }
  // "Militiamen paraded through the town", "soldiers marched into the village": an armed group's
  // own rally, parade or march is no protest (protest-topic.ts armedRally).
  const rally = armedRally(text, span, s, firstArmed, protesters);
  if (rally) for (const sig of ['protest', 'showOfForce']) relabelHits(s, sig, 'armedRally', (h) => h === rally);
  const armed = armedNames.size;
  const kind = targetKind(text, inSpan);
  const target = kind === 'armed' || kind === 'victim' ? kind : null;
  const label = leadingLabel(text, span);
  if (label) s.first.set('label', { group: 'label', start: label.start, end: label.end, text: label.text });
  const rc: RuleContext = {
    s, inters, armed, protesters, target, fatalities: ctx.fatalities, sizeTag, gathered: gatheredAsCrowd(text.slice(span.start, span.end)),
    // Read only where a rule asks whether a crowd did it (violence words present).
    crowdActs: !sizeTag && someSignal(s, CROWD_VIOLENCE) && crowdActs(text.slice(span.start, span.end), peopleSide),
    label: label && isSubEventType(label.sub) ? label.sub : null, firstArmedInter: firstArmed?.actor.inter ?? null,
    firstArmedWithState: firstArmed !== null && withState(text, firstArmed, inSpan),
    firstArmedStart: firstArmed?.start ?? null,
    firstArmedAgent: firstArmed !== null && AGENT_BY.test(text.slice(Math.max(0, firstArmed.start - 12), firstArmed.start)),
    firstArmedProtests: firstArmed !== null && armedProtesting(text, firstArmed, toldAt),
    // Read over the event's own sentences and, in a crowd note, the paragraph's later ones.
    protestersArrested: s.first.has('protest') && protestersArrested(text.slice(span.start, sizeTag ? end : stop)),
  };
  // A crowd's violence that a later sentence ties to demonstrations ("The attack is likely related
  // to recent demonstrations", "The police tried to contain the demonstration") was a demonstration.
  if (ownTail && (rc.crowdActs || inters.has(5))) {
    relabelHits(ownTail, 'protest', 'protestContext', () => true);
    mergeSignals(s, ownTail, PROTEST_CONTEXT);
  }
  const decided = RULES.find((rule) => rule.when(rc)) ?? null;
  const byRule = fromRule(decided, rc);
  // A method, not a named arrow: tsx's keepNames wraps a named closure in a __name() call per run.
  return {
    rc, byRule, decided,
    features() {
      return eventFeatures({ text, span, actors: inSpan, signals: s, rule: byRule.rule, target, sizeTag });
    },
  };
}

/** The signals without which no rule asks whether a crowd did it (rules.ts: crowd()). */
const CROWD_VIOLENCE = ['riot', 'loot', 'assault', 'attack', 'mob', 'clash'] as const;
function someSignal(s: Signals, signals: readonly string[]): boolean {
  for (let i = 0; i < signals.length; i++) if (s.first.has(signals[i]!)) return true;
  return false;
}

/** Between two actors acting together: "ATMIS and Somali troops", "Turkish forces, backed by". */
const JOINED = /^\s*(?:,\s*|\s)(?:and|alongside|with|together\s+with|backed\s+by|supported\s+by)\s+(?:the\s+)?$/i;

/** A state force (inter 1) named right after `first`, joined to it. */
function withState(text: string, first: ActorMention, actors: readonly ActorMention[]): boolean {
  for (const a of actors) if (a.actor.inter === 1 && a.start > first.end && a.start - first.end <= 30 && JOINED.test(text.slice(first.end, a.start))) return true;
  return false;
}

/** An actor's name that ends in its strikes ("Israeli strikes"); not its missile strikes, which
 *  the codebook puts with shelling ("a Russian missile strike hit the hospital"). */
const STRIKES = /\bstrikes?$/i;
const MISSILE = /\b(?:missile|rocket|artillery)\s+strikes?$/i;

/** The actor's name as the air signal's cue, shaped as findSignals' hits are (one hidden class). */
function airHit(a: ActorMention): CueHit {
  const hit: CueHit & { signal: string } = { group: 'air-strike', start: a.start, end: a.end, text: a.text, signal: 'air' };
  return hit;
}

function fromRule(rule: Rule | null, rc: RuleContext): Classification {
  if (rule) {
    const event_type = eventTypeOf(rule.sub)!;
    const hit = rc.s.first.get(rule.cue) ?? null;
    return {
      event_type,
      sub_event_type: rule.sub,
      civilian_targeting: civilianTargeting(event_type, rule.sub, rc),
      confidence: hit ? rule.confidence : rule.confidence * 0.8,
      cue: hit && { start: hit.start, end: hit.end, text: hit.text },
      rule: `classify/${rule.name}`,
    };
  }
  return { event_type: 'Strategic developments', sub_event_type: 'Other', civilian_targeting: false, confidence: 0.3, cue: null, rule: 'classify/no-cue' };
}

/** When the model may replace the rules' label: it is confident, has seen enough of its class,
 *  the deciding rule is not decisive, and a cue in the text supports the model's type (that
 *  cue's rule is returned: it becomes the evidence). Shared with the training script. */
export function modelOverride(a: Analysis, model: ModelFile, p: Prediction): Rule | null {
  if (a.decided?.decisive || !mayOverride(model, a.byRule.sub_event_type, p)) return null;
  const supported = RULES.find((r) => r.sub === p.label && a.rc.s.first.has(r.cue));
  if (supported) return supported;
  // Without a supporting cue the model must be near certain; its evidence is then its top word.
  return p.probability >= UNSUPPORTED_MIN ? { name: 'model', sub: p.label as SubEventType, cue: '', when: () => true, confidence: p.probability } : null;
}

/** The rule engine decides; an optional user-trained model (SITREP_CLASSIFIER_MODEL) may overrule it. */
export function classify(text: string, span: { start: number; end: number }, ctx: ClassifyContext): Classification {
  const a = analyse(text, span, ctx);
  const model = loadModel();
  if (!model) return a.byRule;
  const p = predict(model, a.features());
  const agreeing = modelOverride(a, model, p);
  if (!agreeing || !isSubEventType(p.label)) return a.byRule;
  const event_type = eventTypeOf(p.label)!;
  const hit = a.rc.s.first.get(agreeing.cue) ?? featureSpan(text, span, p.topFeature);
  return {
    event_type,
    sub_event_type: p.label,
    civilian_targeting: civilianTargeting(event_type, p.label, a.rc),
    confidence: Math.min(0.95, p.probability),
    cue: hit && { start: hit.start, end: hit.end, text: hit.text },
    rule: `classify/model:${p.topFeature ?? 'bias'}`,
  };
}

/** Where a word feature ("w:loot") of the model occurs in the span, as evidence. */
function featureSpan(text: string, span: { start: number; end: number }, feature: string | null) {
  const stem = feature?.startsWith('w:') ? feature.slice(2) : null;
  const t = stem ? tokenize(text, span.start, span.end).find((x) => x.stem === stem) : undefined;
  return t ? { start: t.start, end: t.end, text: text.slice(t.start, t.end) } : null;
}

/** ACLED flags events whose main target is civilians: all violence against civilians, lethal
 *  force against protesters, and explosions or riots whose receiving side is civilians. */
function civilianTargeting(eventType: string, sub: string, rc: RuleContext): boolean {
  if (eventType === 'Violence against civilians' || sub === 'Excessive force against protesters') return true;
  if (eventType !== 'Explosions/Remote violence' && eventType !== 'Riots') return false;
  // Demonstrators clashing with state forces are fighting the police, not targeting civilians.
  if (sub === 'Violent demonstration' && rc.inters.has(1)) return false;
  // Two crowds that fought each other ("party supporters clashed", "two groups fought") target no civilians.
  if (eventType === 'Riots' && rc.s.first.has('clash')) return false;
  if (rc.target) return rc.target === 'victim';
  const civilian = rc.s.first.has('civilian') || rc.s.first.has('civilianPlace');
  return eventType === 'Explosions/Remote violence' && civilian && !rc.s.first.has('armedTarget') && !rc.s.first.has('armedAgent');
}
