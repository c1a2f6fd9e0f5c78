import type { FinderConfig, FormatField } from '../config';
import { fillText } from '../messages';
import type { PlannerCatalogue } from '../messages/planner';
import { CRITERIA, STATUS_CODE, selectedOptions, usedCriteria, type Criterion, type Search } from './criteria';
import type { FormatIndex } from './format-index';
import { optionLabel } from './reasons';

/**
 * The order among formats with the same score: how well they fit, step by step. A score says how
 * many wishes a format meets; when several meet them all, a planner still wants the one that fits
 * best first. Each step compares one fact, and only when the formats are equal on it does the next
 * step decide; formats equal on every step share their rank and are listed by name.
 *
 * 1. group size: how centrally the number of people lies in the format's usual range
 * 2. goal focus: whether the goals asked for are what the format is for, or a side effect of it
 * 3. main level: whether the level asked for is the format's main level or one it reaches on the side
 * 4. duration, 5. lead time, 6. cost: how close to what was asked (in steps of the ordered options)
 * 7. provenance: facts from sources before editorial estimates
 * 8. the exact position of the group size in the range, for sizes in the same band of step 1
 */
export const ORDER_STEPS = ['groupSize', 'goalFocus', 'mainLevel', 'duration', 'leadTime', 'budget', 'provenance'] as const;
export type OrderStep = (typeof ORDER_STEPS)[number];

export type OrderSettings = Pick<FinderConfig, 'provenanceEstimates' | 'accessibilityNeeds'>;

/** Provenance quality of a fact: none recorded, an estimate, from a source. */
export const QUALITY = { none: 0, estimated: 1, sourced: 2 } as const;

/** The finder fields whose provenance speaks for a criterion. */
function provenanceFields(criterion: Criterion, settings: OrderSettings, hasBand: boolean): FormatField[] {
  switch (criterion) {
    case 'goals':
      return ['goals'];
    case 'level':
      return ['levels', 'primaryLevel'];
    case 'modes':
      return ['modes'];
    case 'participants':
      return ['participantsMin', 'participantsMax'];
    case 'duration':
      return ['durationClass'];
    case 'budget':
      return hasBand ? ['budgetBand'] : ['costLevel'];
    case 'leadTime':
      return ['leadTimeClass'];
    case 'targetGroups':
      return ['targetGroups'];
    case 'conflict':
      return ['conflictFit'];
    case 'phase':
      return ['phases'];
    case 'accessibility':
      return [...new Set(settings.accessibilityNeeds.flatMap((need) => need.anyOf.map((rule) => rule.field)))];
  }
}

/** What the order needs of every format, computed once per index. */
interface FitProfile {
  settings: OrderSettings;
  goalCount: Uint8Array;
  /** Position of the primary level among the level options; -1 when not recorded. */
  primaryLevel: Int16Array;
  duration: Int16Array;
  leadTime: Int16Array;
  /** Budget: the band's position, or (for a cost level) the positions of the bands it stands for. */
  budget: Int16Array[];
  quality: Record<Criterion, Uint8Array>;
  /** The sum of all criteria's quality: the provenance step of a search without criteria. */
  qualityAll: Uint8Array;
  /** Logarithms of the group-size ranges, computed once instead of per search and format. */
  logLow: Float64Array;
  logHigh: Float64Array;
}

const profiles = new WeakMap<FormatIndex, FitProfile>();

function profileOf(index: FormatIndex, settings: OrderSettings): FitProfile {
  const known = profiles.get(index);
  if (known && known.settings === settings) return known;
  const size = index.records.length;
  const positionIn = (order: readonly string[]) => (value: string | null | undefined) => (value ? order.indexOf(value) : -1);
  const levelAt = positionIn(index.options.level.map((option) => option.code));
  const durationAt = positionIn(index.rules.order.duration);
  const leadAt = positionIn(index.rules.order.leadTime);
  const budgetAt = positionIn(index.rules.order.budget);
  const estimates = new Set(settings.provenanceEstimates);
  const profile: FitProfile = {
    settings,
    goalCount: new Uint8Array(size),
    primaryLevel: new Int16Array(size),
    duration: new Int16Array(size),
    leadTime: new Int16Array(size),
    budget: [],
    quality: Object.fromEntries(CRITERIA.map((criterion) => [criterion, new Uint8Array(size)])) as Record<Criterion, Uint8Array>,
    qualityAll: new Uint8Array(size),
    logLow: index.participantRanges.low.map(Math.log),
    logHigh: index.participantRanges.high.map(Math.log),
  };
  index.records.forEach((record, position) => {
    profile.goalCount[position] = Math.min(255, record.goals.length);
    profile.primaryLevel[position] = levelAt(record.primaryLevel);
    profile.duration[position] = durationAt(record.durationClass);
    profile.leadTime[position] = leadAt(record.leadTimeClass);
    const bands = record.budgetBand ? [record.budgetBand] : record.costLevel ? (index.rules.config.costLevelBands[record.costLevel] ?? []) : [];
    profile.budget[position] = Int16Array.from(bands.map(budgetAt).filter((at) => at >= 0));
    const provenance = record.provenance ?? {};
    let all = 0;
    for (const criterion of CRITERIA) {
      const marks = provenanceFields(criterion, settings, record.budgetBand !== null).map((field) => provenance[field]).filter((mark): mark is string => Boolean(mark));
      const quality = marks.length === 0 ? QUALITY.none : marks.every((mark) => !estimates.has(mark)) ? QUALITY.sourced : QUALITY.estimated;
      profile.quality[criterion][position] = quality;
      all += quality;
    }
    profile.qualityAll[position] = all;
  });
  profiles.set(index, profile);
  return profile;
}

/**
 * Band of step 1 into `out`: 3 in the middle of the range, 2 inside it (or open-ended), 1 at its
 * edge, 0 outside or unknown; `fine` the exact position for step 8. Written into an object the
 * caller reuses, since it runs once per format and search.
 */
function groupSizeFit(low: number, high: number, wanted: number, status: number, out: { band: number; fine: number }, logs?: { wanted: number; low: number; high: number }): void {
  if (status !== STATUS_CODE.matched) {
    out.band = 0;
    // Outside the range but within the tolerance: closer to it comes first.
    out.fine = status === STATUS_CODE.partly ? Math.round(255 * (wanted < low ? wanted / low : high / wanted)) : 0;
    return;
  }
  if (high === Number.POSITIVE_INFINITY) {
    out.band = wanted >= 2 * low ? 2 : 1;
    out.fine = Math.round(127 * Math.min(1, Math.log(wanted / low) / Math.log(4)));
    return;
  }
  if (high <= low) {
    out.band = 3;
    out.fine = 255;
    return;
  }
  // On a logarithmic scale, since group sizes grow by factors: 40 lies in the middle of 20–80.
  const share = logs ? (logs.wanted - logs.low) / (logs.high - logs.low) : (Math.log(wanted) - Math.log(low)) / (Math.log(high) - Math.log(low));
  const centrality = 1 - Math.abs(2 * share - 1);
  // The middle third of the range is its middle; the outer eighths are its edges.
  out.band = centrality >= 2 / 3 ? 3 : centrality >= 0.25 ? 2 : 1;
  out.fine = Math.round(255 * centrality);
}

/** Steps between a format's position on an ordered scale and the one asked for; -1 when unknown. */
function distance(have: number, want: number): number {
  return have < 0 || want < 0 ? -1 : Math.abs(have - want);
}

function nearestBudget(bands: Int16Array, want: number): { distance: number; at: number } {
  let best = { distance: -1, at: -1 };
  for (const at of bands) {
    const steps = distance(at, want);
    if (steps >= 0 && (best.distance < 0 || steps < best.distance)) best = { distance: steps, at };
  }
  return best;
}

/** The same, only the distance: the order's loop runs it once per format. */
function nearestDistance(bands: Int16Array, want: number): number {
  let best = -1;
  for (const at of bands) {
    const steps = distance(at, want);
    if (steps >= 0 && (best < 0 || steps < best)) best = steps;
  }
  return best;
}

/** Closeness as a step value: 7 for an exact hit, one less per step away, 0 when unknown. */
const closeness = (steps: number) => (steps < 0 ? 0 : 7 - Math.min(steps, 7));

export interface FitFacts {
  band: number;
  fine: number;
  focus: number;
  mainLevel: number;
  duration: number;
  leadTime: number;
  budget: number;
  provenance: number;
}

/** What a search asks of the order, worked out once per search rather than once per format. */
interface FitContext {
  profile: FitProfile;
  participants: number | undefined;
  logs: { wanted: number; low: number; high: number };
  goals: Uint8Array[];
  wantedLevel: number;
  levelStatus: Uint8Array | null;
  wantDuration: number;
  wantLeadTime: number;
  wantBudget: number;
  considered: readonly Criterion[];
  qualities: Uint8Array[];
}

const contexts = new WeakMap<Search, FitContext>();

function contextOf(index: FormatIndex, search: Search, settings: OrderSettings): FitContext {
  const profile = profileOf(index, settings);
  const known = contexts.get(search);
  if (known && known.profile === profile) return known;
  const want = (order: readonly string[], value: string | undefined) => (value === undefined ? -1 : order.indexOf(value));
  const used = usedCriteria(search);
  const context: FitContext = {
    profile,
    participants: search.participants,
    logs: { wanted: search.participants === undefined ? 0 : Math.log(search.participants), low: 0, high: 0 },
    goals: selectedOptions(search, 'goals').map((goal) => index.statuses.goals.get(goal) as Uint8Array),
    wantedLevel: search.level === undefined ? -1 : index.options.level.findIndex((option) => option.code === search.level),
    levelStatus: search.level === undefined ? null : (index.statuses.level.get(search.level) ?? null),
    wantDuration: want(index.rules.order.duration, search.duration),
    wantLeadTime: want(index.rules.order.leadTime, search.leadTime),
    wantBudget: want(index.rules.order.budget, search.budget),
    considered: used,
    qualities: used.map((criterion) => profile.quality[criterion]),
  };
  contexts.set(search, context);
  return context;
}

function factsAt(context: FitContext, position: number, participantsStatus: number, low: Float64Array, high: Float64Array, out: FitFacts): FitFacts {
  const { profile } = context;
  if (context.participants === undefined) out.band = out.fine = 0;
  else {
    context.logs.low = profile.logLow[position];
    context.logs.high = profile.logHigh[position];
    groupSizeFit(low[position], high[position], context.participants, participantsStatus, out, context.logs);
  }
  let focus = 0;
  if (context.goals.length > 0 && profile.goalCount[position] > 0) {
    let served = 0;
    for (const statuses of context.goals) if (statuses[position] === STATUS_CODE.matched) served++;
    focus = Math.round((16 * served) / profile.goalCount[position]);
  }
  let mainLevel = 0;
  if (context.levelStatus && profile.primaryLevel[position] >= 0) {
    if (profile.primaryLevel[position] === context.wantedLevel) mainLevel = 2;
    else if (context.levelStatus[position] === STATUS_CODE.matched) mainLevel = 1;
  }
  const duration = context.wantDuration < 0 ? 0 : closeness(distance(profile.duration[position], context.wantDuration));
  const leadTime = context.wantLeadTime < 0 ? 0 : closeness(distance(profile.leadTime[position], context.wantLeadTime));
  const budget = context.wantBudget < 0 ? 0 : closeness(nearestDistance(profile.budget[position], context.wantBudget));
  let provenance = 0;
  if (context.qualities.length === 0) provenance = profile.qualityAll[position];
  else for (const quality of context.qualities) provenance += quality[position];
  out.focus = focus;
  out.mainLevel = mainLevel;
  out.duration = duration;
  out.leadTime = leadTime;
  out.budget = budget;
  out.provenance = provenance;
  return out;
}

const emptyFacts = (): FitFacts => ({ band: 0, fine: 0, focus: 0, mainLevel: 0, duration: 0, leadTime: 0, budget: 0, provenance: 0 });

/** The facts of one format that the order compares, for a search. */
export function fitFacts(index: FormatIndex, search: Search, position: number, participantsStatus: number, settings: OrderSettings): FitFacts {
  const { low, high } = index.participantRanges;
  return factsAt(contextOf(index, search, settings), position, participantsStatus, low, high, emptyFacts());
}

/** The facts as one number: the score first, then each step in order (every part fits its slot exactly). */
export function fitKey(score: number, facts: FitFacts): number {
  let key = score;
  key = key * 4 + facts.band;
  key = key * 17 + facts.focus;
  key = key * 3 + facts.mainLevel;
  key = key * 8 + facts.duration;
  key = key * 8 + facts.leadTime;
  key = key * 8 + facts.budget;
  key = key * 23 + facts.provenance;
  key = key * 256 + facts.fine;
  return key;
}

/**
 * Every format's order key for a search: score, then the fit steps. Written into `keys` (one per
 * format of the index). `participants` holds the group-size statuses when the search names a size.
 * Formats scoring below `floor` get a key from their score alone (the caller knows they are off the page).
 */
export function fitKeys(index: FormatIndex, search: Search, scores: Uint8Array, participants: Uint8Array | null, settings: OrderSettings, keys: Float64Array, floor = 0): Float64Array {
  const size = index.records.length;
  const used = usedCriteria(search);
  // Without any criterion only provenance can tell formats apart: a cheaper loop for the most common search.
  if (used.length === 0) {
    const { qualityAll } = profileOf(index, settings);
    for (let position = 0; position < size; position++) keys[position] = (scores[position] * 4 * 17 * 3 * 8 * 8 * 8 * 23 + qualityAll[position]) * 256;
    return keys;
  }
  const context = contextOf(index, search, settings);
  const { low, high } = index.participantRanges;
  const facts = emptyFacts();
  const zero = fitKey(1, emptyFacts());
  for (let position = 0; position < size; position++) {
    const score = scores[position];
    // Below the floor a format cannot reach the page: its score alone places it.
    keys[position] = score < floor ? score * zero : fitKey(score, factsAt(context, position, participants ? participants[position] : 0, low, high, facts));
  }
  return keys;
}

export interface OrderReason {
  /** The step, or `tie` for formats equal on every step. */
  step: OrderStep | 'tie';
  reason: string;
}

function list(labels: string[], and: string): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} ${and} ${labels.at(-1)}`;
}

/**
 * The steps of the order that speak for a format, each as one sentence in the planner's language.
 * A step without anything to compare (a criterion not asked, a fact not recorded) says nothing.
 */
export function explainOrder(
  index: FormatIndex,
  search: Search,
  position: number,
  participantsStatus: number,
  settings: OrderSettings,
  text: PlannerCatalogue,
  words: { and: string },
  locale: string,
  fallbackLocale?: string,
): OrderReason[] {
  const record = index.records[position];
  const facts = fitFacts(index, search, position, participantsStatus, settings);
  const profile = profileOf(index, settings);
  const reasons: OrderReason[] = [];
  const steps = (count: number) => (count === 1 ? text.order.steps.one : fillText(text.order.steps.many, { count: String(count) }));

  if (search.participants !== undefined && facts.band > 0) {
    const low = index.participantRanges.low[position];
    const high = index.participantRanges.high[position];
    const template =
      high === Number.POSITIVE_INFINITY ? (facts.band === 2 ? text.order.groupSize.open : text.order.groupSize.openEdge) : [text.order.groupSize.edge, text.order.groupSize.inside, text.order.groupSize.central][facts.band - 1];
    reasons.push({ step: 'groupSize', reason: fillText(template, { wanted: String(search.participants), min: String(low), max: String(high) }) });
  }

  const goals = selectedOptions(search, 'goals');
  if (goals.length > 0 && facts.focus > 0) {
    const served = goals.filter((goal) => (index.statuses.goals.get(goal) as Uint8Array)[position] === STATUS_CODE.matched);
    const total = profile.goalCount[position];
    const template = served.length === total ? text.order.goalFocus.main : served.length * 2 >= total ? text.order.goalFocus.focus : text.order.goalFocus.side;
    const hit = list(served.map((goal) => optionLabel(index.options, 'goals', goal, locale, fallbackLocale)), words.and);
    reasons.push({ step: 'goalFocus', reason: fillText(template, { hit, count: String(served.length), total: String(total) }) });
  }

  if (search.level !== undefined && facts.mainLevel > 0 && record.primaryLevel) {
    const label = (code: string) => optionLabel(index.options, 'level', code, locale, fallbackLocale);
    const template = facts.mainLevel === 2 ? text.order.mainLevel.main : text.order.mainLevel.side;
    reasons.push({ step: 'mainLevel', reason: fillText(template, { wanted: label(search.level), have: label(record.primaryLevel) }) });
  }

  const scaled = (step: 'duration' | 'leadTime', criterion: 'duration' | 'leadTime', value: string | null, at: number) => {
    const wanted = search[criterion];
    if (wanted === undefined || value === null || at < 0) return;
    const want = index.rules.order[criterion].indexOf(wanted);
    const texts = text.order[step];
    const template = at === want ? texts.exact : at < want ? texts.below : texts.above;
    const label = (code: string) => optionLabel(index.options, criterion, code, locale, fallbackLocale);
    reasons.push({ step, reason: fillText(template, { have: label(value), wanted: label(wanted), distance: steps(Math.abs(at - want)) }) });
  };
  scaled('duration', 'duration', record.durationClass, profile.duration[position]);
  scaled('leadTime', 'leadTime', record.leadTimeClass, profile.leadTime[position]);

  if (search.budget !== undefined) {
    const want = index.rules.order.budget.indexOf(search.budget);
    const nearest = nearestBudget(profile.budget[position], want);
    if (nearest.at >= 0) {
      const label = (code: string) => optionLabel(index.options, 'budget', code, locale, fallbackLocale);
      const template = nearest.at === want ? text.order.budget.exact : nearest.at < want ? text.order.budget.below : text.order.budget.above;
      reasons.push({ step: 'budget', reason: fillText(template, { have: label(index.rules.order.budget[nearest.at]), wanted: label(search.budget), distance: steps(nearest.distance) }) });
    }
  }

  const considered = usedCriteria(search).length > 0 ? usedCriteria(search) : [...CRITERIA];
  const sourced = considered.filter((criterion) => profile.quality[criterion][position] === QUALITY.sourced).map((criterion) => text.facts[criterion]);
  const estimated = considered.filter((criterion) => profile.quality[criterion][position] === QUALITY.estimated).map((criterion) => text.facts[criterion]);
  const template = sourced.length && estimated.length ? text.order.provenance.mixed : sourced.length ? text.order.provenance.sourced : estimated.length ? text.order.provenance.estimated : text.order.provenance.none;
  reasons.push({ step: 'provenance', reason: fillText(template, { sourced: list(sourced, words.and), estimated: list(estimated, words.and) }) });
  return reasons;
}

/** Provenance quality of each criterion of a format, for the comparison. */
export function provenanceOf(index: FormatIndex, position: number, settings: OrderSettings): Record<Criterion, keyof typeof QUALITY> {
  const profile = profileOf(index, settings);
  const names = ['none', 'estimated', 'sourced'] as const;
  return Object.fromEntries(CRITERIA.map((criterion) => [criterion, names[profile.quality[criterion][position]]])) as Record<Criterion, keyof typeof QUALITY>;
}
