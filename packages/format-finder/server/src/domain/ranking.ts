import type { FinderConfig } from '../config';
import { countBits, countIntersection, createBitset, hasBit, intersectInto, setBit, type Bitset } from './bitset';
import {
  CHOICE_CRITERIA,
  CRITERIA,
  MULTIPLE_CHOICE,
  STATUS_BY_CODE,
  STATUS_CODE,
  selectedOptions,
  usedCriteria,
  type Criterion,
  type MatchStatus,
  type Search,
} from './criteria';
import { fitKeys, type OrderSettings } from './fit-order';
import type { FormatIndex } from './format-index';

export type RankingSettings = Pick<
  FinderConfig,
  'weights' | 'partlyCredit' | 'unknownCredit' | 'participantsTolerance' | 'minResults' | 'nearMisses' | 'pageSize'
> &
  OrderSettings;

export interface CriterionMatch {
  criterion: Criterion;
  status: MatchStatus;
  must: boolean;
}

export interface RankedFormat {
  /** Position of the format in the index (name order). */
  position: number;
  score: number;
  criteria: CriterionMatch[];
  /** Musts this format does not satisfy; empty for regular results. */
  failedMusts: Criterion[];
  /** Place in the order (1 = best); formats equal on the score and every fit step share it. */
  rank: number;
  /** How many other formats share this place. */
  tiedWith: number;
  /** The group-size status (a STATUS_CODE), for explaining the order. */
  participantsStatus: number;
}

export interface RelaxationSuggestion {
  drop: Criterion;
  /** How many formats satisfy the remaining musts. */
  count: number;
}

export interface Ranking {
  /** Formats satisfying every must. */
  total: number;
  page: number;
  pageSize: number;
  results: RankedFormat[];
  facets: Record<Criterion, Record<string, number>>;
  relaxation: { minResults: number; suggestions: RelaxationSuggestion[]; nearMisses: RankedFormat[] } | null;
}

/** Per used criterion: status code and earned share of the weight, for every format. */
interface Evaluation {
  status: Uint8Array;
  /** Earned share per format; absent when it follows from the status alone. */
  credit: Float32Array | null;
}

function creditTable(settings: RankingSettings): Float32Array {
  const table = new Float32Array(4);
  table[STATUS_CODE.matched] = 1;
  table[STATUS_CODE.partly] = settings.partlyCredit;
  table[STATUS_CODE.unknown] = settings.unknownCredit;
  table[STATUS_CODE.not_matched] = 0;
  return table;
}

/** Group sizes whose statuses an index keeps (a status array is one byte per format). */
const REMEMBERED_GROUP_SIZES = 256;

interface ToleratedRanges {
  tolerance: number;
  lowest: Float64Array;
  highest: Float64Array;
  /** The participants statuses of the group sizes asked for so far; read-only once stored. */
  byWanted: Map<number, Uint8Array>;
}

/** Per index and tolerance: each format's group-size range widened by the tolerance (see rangeStatus). */
const toleratedByIndex = new WeakMap<FormatIndex, ToleratedRanges>();
function toleratedRanges(index: FormatIndex, tolerance: number): ToleratedRanges {
  let ranges = toleratedByIndex.get(index);
  if (!ranges || ranges.tolerance !== tolerance) {
    const { low, high } = index.participantRanges;
    ranges = { tolerance, lowest: low.map((value) => value * (1 - tolerance)), highest: high.map((value) => value * (1 + tolerance)), byWanted: new Map() };
    toleratedByIndex.set(index, ranges);
  }
  return ranges;
}

function evaluate(index: FormatIndex, search: Search, criterion: Criterion, settings: RankingSettings, credits: Float32Array): Evaluation {
  const size = index.records.length;

  if (criterion === 'participants') {
    const wanted = search.participants as number;
    const ranges = toleratedRanges(index, settings.participantsTolerance);
    // Like the choice criteria's per-option statuses the index holds: per group size asked for,
    // kept for the index's life (bounded), since the same sizes are asked again and again.
    const known = ranges.byWanted.get(wanted);
    if (known) return { status: known, credit: null };
    const status = new Uint8Array(size);
    const { low, high } = index.participantRanges;
    const { lowest, highest } = ranges;
    // rangeStatus, with the tolerated bounds computed once per index instead of once per format and search.
    for (let position = 0; position < size; position++) {
      const from = low[position];
      if (Number.isNaN(from)) status[position] = STATUS_CODE.unknown;
      else if (wanted >= from && wanted <= high[position]) status[position] = STATUS_CODE.matched;
      else if (wanted < from) status[position] = wanted >= lowest[position] ? STATUS_CODE.partly : STATUS_CODE.not_matched;
      else status[position] = wanted <= highest[position] ? STATUS_CODE.partly : STATUS_CODE.not_matched;
    }
    if (ranges.byWanted.size >= REMEMBERED_GROUP_SIZES) ranges.byWanted.clear();
    ranges.byWanted.set(wanted, status);
    return { status, credit: null };
  }

  const perOption = selectedOptions(search, criterion).map((option) => index.statuses[criterion].get(option) as Uint8Array);
  const combine = criterion in MULTIPLE_CHOICE ? MULTIPLE_CHOICE[criterion as keyof typeof MULTIPLE_CHOICE] : 'any';
  // One option: the index already holds the answer.
  if (perOption.length === 1) return { status: perOption[0], credit: null };

  const status = new Uint8Array(size);
  if (combine === 'any') {
    for (let position = 0; position < size; position++) {
      let best = 0;
      for (let i = 0; i < perOption.length; i++) if (perOption[i][position] > best) best = perOption[i][position];
      status[position] = best;
    }
    return { status, credit: null };
  }

  // `all`: every wanted option counts for an equal share; unknown data stays unknown.
  const credit = new Float32Array(size);
  const share = 1 / perOption.length;
  for (let position = 0; position < size; position++) {
    let earned = 0;
    let matchedCount = 0;
    let unknownCount = 0;
    for (let i = 0; i < perOption.length; i++) {
      const code = perOption[i][position];
      if (code === STATUS_CODE.unknown) unknownCount++;
      else if (code === STATUS_CODE.matched) matchedCount++;
      earned += credits[code];
    }
    if (unknownCount === perOption.length) status[position] = STATUS_CODE.unknown;
    else if (matchedCount === perOption.length) status[position] = STATUS_CODE.matched;
    else if (earned > 0) status[position] = STATUS_CODE.partly;
    else status[position] = STATUS_CODE.not_matched;
    credit[position] = earned * share;
  }
  return { status, credit };
}

function matchedSet(evaluation: Evaluation): Bitset {
  const set = createBitset(evaluation.status.length);
  evaluation.status.forEach((code, position) => {
    if (code === STATUS_CODE.matched) setBit(set, position);
  });
  return set;
}

function allOf(sets: Bitset[], size: number): Bitset {
  const result = createBitset(size, true);
  for (const set of sets) intersectInto(result, set);
  return result;
}

/** Up to this many criteria, scores come from a table of every status tuple (4^6 = 4096 entries). */
const MAX_TABLE_CRITERIA = 6;

const tuplesByIndex = new WeakMap<FormatIndex, Uint16Array>();
function tuplesOf(index: FormatIndex): Uint16Array {
  let tuples = tuplesByIndex.get(index);
  if (!tuples) tuplesByIndex.set(index, (tuples = new Uint16Array(index.records.length)));
  return tuples;
}

/** Buffers reused across searches of one index; ranking is synchronous, so they are never shared. */
const scratchByIndex = new WeakMap<FormatIndex, { scores: Uint8Array; earned: Float64Array; keys: Float64Array }>();
function scratch(index: FormatIndex) {
  let buffers = scratchByIndex.get(index);
  if (!buffers) {
    buffers = { scores: new Uint8Array(index.records.length), earned: new Float64Array(index.records.length), keys: new Float64Array(index.records.length) };
    scratchByIndex.set(index, buffers);
  }
  return buffers;
}

/**
 * Facet counts depend only on the musts and their values, not on preferences or paging, and most
 * searches share a handful of must sets (most have none): they are counted once per index and
 * must set. The index is replaced on every change of the formats, which drops its counts with it.
 */
const FACET_MEMO_SIZE = 500;
const facetsByIndex = new WeakMap<FormatIndex, Map<string, Ranking['facets']>>();
function facetsFor(index: FormatIndex, search: Search, musts: Criterion[], count: () => Ranking['facets']): Ranking['facets'] {
  const key = JSON.stringify(musts.map((criterion) => [criterion, search[criterion]]));
  let memo = facetsByIndex.get(index);
  if (!memo) facetsByIndex.set(index, (memo = new Map()));
  let facets = memo.get(key);
  if (!facets) {
    facets = count();
    for (const counts of Object.values(facets)) Object.freeze(counts);
    Object.freeze(facets);
    if (memo.size >= FACET_MEMO_SIZE) memo.clear();
    memo.set(key, facets);
  }
  return facets;
}

/** Up to this many leading results, a page of all formats is picked in one pass instead of sorted by counting. */
const TOP_SELECTION_LIMIT = 100;

/**
 * The `count` positions with the highest scores, ties in position order: one pass that mostly
 * only compares a score with the lowest one still in the selection.
 */
function topPositions(scores: Uint8Array, count: number): number[] {
  const best: number[] = [];
  let floor = -1;
  for (let position = 0; position < scores.length; position++) {
    const score = scores[position];
    if (score <= floor) continue;
    // After every kept position with a score at least as high (earlier positions win ties).
    let at = best.length;
    while (at > 0 && scores[best[at - 1]] < score) at--;
    best.splice(at, 0, position);
    if (best.length > count) best.pop();
    if (best.length === count) floor = scores[best[count - 1]];
  }
  return best;
}

/**
 * One page of the positions in `keep` (null: all), ordered by score (high first) and then by
 * position (name order): a counting sort over the 101 possible scores that only materialises the page.
 */
export function pageByScore(scores: Uint8Array, keep: Bitset | null, offset: number, limit: number): { total: number; positions: number[] } {
  if (!keep && offset + limit <= TOP_SELECTION_LIMIT) return { total: scores.length, positions: topPositions(scores, offset + limit).slice(offset) };
  const next = new Int32Array(102);
  if (keep) {
    for (let position = 0; position < scores.length; position++) {
      if (hasBit(keep, position)) next[101 - scores[position]]++;
    }
  } else {
    for (let position = 0; position < scores.length; position++) next[101 - scores[position]]++;
  }
  for (let slot = 1; slot < next.length; slot++) next[slot] += next[slot - 1];
  const total = next[101];
  const positions: number[] = [];
  const end = Math.min(total, offset + limit);
  if (offset >= end) return { total, positions };
  // Only scores that can land on the page need a look: a score whose first rank is at or past `end` cannot.
  for (let position = 0; position < scores.length; position++) {
    if (keep && !hasBit(keep, position)) continue;
    const slot = 100 - scores[position];
    if (next[slot] >= end) continue;
    const rank = next[slot]++;
    if (rank >= offset) positions[rank - offset] = position;
  }
  return { total, positions };
}

/** The `count` positions with the highest keys among `keep` (null: all), ties in position order. */
function topByKey(keys: Float64Array, keep: Bitset | null, count: number): number[] {
  const best: number[] = [];
  let floor = Number.NEGATIVE_INFINITY;
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position];
    if (key <= floor || (keep && !hasBit(keep, position))) continue;
    let at = best.length;
    while (at > 0 && keys[best[at - 1]] < key) at--;
    best.splice(at, 0, position);
    if (best.length > count) best.pop();
    if (best.length === count) floor = keys[best[count - 1]];
  }
  return best;
}

/**
 * One page of the positions in `keep` (null: all), ordered by key (high first: score, then the fit
 * steps) and then by position (name order). A first page is picked in one pass; deeper pages sort.
 */
export function pageByKey(keys: Float64Array, keep: Bitset | null, offset: number, limit: number): { total: number; positions: number[] } {
  const total = keep ? countBits(keep) : keys.length;
  if (offset >= total) return { total, positions: [] };
  if (offset + limit <= TOP_SELECTION_LIMIT) return { total, positions: topByKey(keys, keep, offset + limit).slice(offset) };
  const kept: number[] = [];
  for (let position = 0; position < keys.length; position++) if (!keep || hasBit(keep, position)) kept.push(position);
  kept.sort((a, b) => keys[b] - keys[a] || a - b);
  return { total, positions: kept.slice(offset, offset + limit) };
}

/** Rank and ties of a page's positions: one pass over the kept keys counts what lies above and beside. */
function placesOf(keys: Float64Array, keep: Bitset | null, positions: number[], offset: number): Array<{ rank: number; tiedWith: number }> {
  if (positions.length === 0) return [];
  const first = keys[positions[0]];
  const last = keys[positions[positions.length - 1]];
  // The page's distinct keys, high first (a page is sorted), and how many kept formats have each.
  const distinct: number[] = [];
  for (const position of positions) if (distinct[distinct.length - 1] !== keys[position]) distinct.push(keys[position]);
  const equal = new Int32Array(distinct.length);
  let above = 0;
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position];
    if (key < last || (keep && !hasBit(keep, position))) continue;
    if (key > first) above++;
    else for (let at = 0; at < distinct.length; at++) if (distinct[at] === key) equal[at]++;
  }
  const places: Array<{ rank: number; tiedWith: number }> = [];
  let slot = 0;
  positions.forEach((position, at) => {
    const same = at > 0 && keys[position] === keys[positions[at - 1]];
    if (at > 0 && !same) slot++;
    // Equal to the one before: the same rank; otherwise everything before it lies above it.
    const rank = at === 0 ? above + 1 : same ? places[at - 1].rank : offset + at + 1;
    places.push({ rank, tiedWith: equal[slot] - 1 });
  });
  return places;
}

/**
 * The lowest score a format can have and still land on the page (or before it): the fit steps only
 * need to be worked out for formats at or above it, the others are ordered by score alone.
 */
function pageFloor(scores: Uint8Array, keep: Bitset | null, needed: number): number {
  const counts = new Int32Array(101);
  for (let position = 0; position < scores.length; position++) if (!keep || hasBit(keep, position)) counts[scores[position]]++;
  let seen = 0;
  for (let score = 100; score >= 0; score--) {
    seen += counts[score];
    if (seen >= needed) return score;
  }
  return 0;
}

/** Scores and order keys of every format for a search, and how to describe one of them. */
function scoreAll(index: FormatIndex, search: Search, settings: RankingSettings) {
  const size = index.records.length;
  const used = usedCriteria(search);
  const musts = CRITERIA.filter((criterion) => search.must?.includes(criterion) && used.includes(criterion));
  const credits = creditTable(settings);
  const evaluations = new Map(used.map((criterion) => [criterion, evaluate(index, search, criterion, settings, credits)]));
  const mustSets = new Map(musts.map((criterion) => [criterion, matchedSet(evaluations.get(criterion) as Evaluation)]));
  const mustsExcept = (left: Criterion | null) => allOf(musts.filter((must) => must !== left).map((must) => mustSets.get(must) as Bitset), size);
  const satisfying = mustsExcept(null);

  const totalWeight = used.reduce((sum, criterion) => sum + settings.weights[criterion], 0);
  const { scores, earned } = scratch(index);
  const weights = used.map((criterion) => settings.weights[criterion] / totalWeight);
  const statuses = used.map((criterion) => evaluations.get(criterion) as Evaluation);
  if (totalWeight === 0) scores.fill(100);
  else if (used.length <= MAX_TABLE_CRITERIA && statuses.every(({ credit }) => credit === null)) {
    // Each format's score follows from its tuple of status codes (two bits per criterion): the
    // score of every possible tuple is computed once, then each format only looks its tuple up.
    const table = new Uint8Array(1 << (2 * used.length));
    for (let tuple = 0; tuple < table.length; tuple++) {
      let sum = 0;
      for (let turn = 0; turn < used.length; turn++) sum += weights[turn] * credits[(tuple >> (2 * turn)) & 3];
      table[tuple] = Math.round(sum * 100);
    }
    // The common searches name one to four criteria: one pass reads all their statuses at once.
    const [a, b, c, d] = statuses.map(({ status }) => status);
    switch (used.length) {
      case 1:
        for (let position = 0; position < size; position++) scores[position] = table[a[position]];
        break;
      case 2:
        for (let position = 0; position < size; position++) scores[position] = table[a[position] | (b[position] << 2)];
        break;
      case 3:
        for (let position = 0; position < size; position++) scores[position] = table[a[position] | (b[position] << 2) | (c[position] << 4)];
        break;
      case 4:
        for (let position = 0; position < size; position++) scores[position] = table[a[position] | (b[position] << 2) | (c[position] << 4) | (d[position] << 6)];
        break;
      default: {
        const tuples = tuplesOf(index);
        statuses.forEach(({ status }, turn) => {
          const shift = 2 * turn;
          if (turn === 0) for (let position = 0; position < size; position++) tuples[position] = status[position];
          else for (let position = 0; position < size; position++) tuples[position] |= status[position] << shift;
        });
        for (let position = 0; position < size; position++) scores[position] = table[tuples[position]];
      }
    }
  } else {
    earned.fill(0);
    statuses.forEach(({ status, credit }, turn) => {
      const weight = weights[turn];
      if (credit) for (let position = 0; position < size; position++) earned[position] += weight * credit[position];
      else for (let position = 0; position < size; position++) earned[position] += weight * credits[status[position]];
    });
    for (let position = 0; position < size; position++) scores[position] = Math.round(earned[position] * 100);
  }

  const participants = evaluations.get('participants')?.status ?? null;
  const keyed = (floor: number) => fitKeys(index, search, scores, participants, settings, scratch(index).keys, floor);

  const describe = (position: number, place: { rank: number; tiedWith: number } = { rank: 0, tiedWith: 0 }): RankedFormat => {
    const criteria = used.map((criterion) => ({
      criterion,
      status: STATUS_BY_CODE[(evaluations.get(criterion) as Evaluation).status[position]],
      must: musts.includes(criterion),
    }));
    const failedMusts = criteria.filter((match) => match.must && match.status !== 'matched').map((match) => match.criterion);
    return { position, score: scores[position], criteria, failedMusts, ...place, participantsStatus: participants ? participants[position] : 0 };
  };

  return { size, used, musts, mustSets, mustsExcept, satisfying, scores, keyed, describe };
}

/**
 * The given formats (positions) as the search sees them: score, statuses, and rank among the
 * formats satisfying the musts (0 when a format does not satisfy them). For compare and export.
 */
export function rankSelected(index: FormatIndex, search: Search, settings: RankingSettings, positions: readonly number[]): RankedFormat[] {
  const { musts, satisfying, keyed, describe } = scoreAll(index, search, settings);
  const keep = musts.length > 0 ? satisfying : null;
  const keys = keyed(0);
  return positions.map((position) => {
    if (keep && !hasBit(keep, position)) return describe(position);
    const key = keys[position];
    let above = 0;
    let equal = 0;
    for (let other = 0; other < keys.length; other++) {
      if (keep && !hasBit(keep, other)) continue;
      if (keys[other] > key) above++;
      else if (keys[other] === key) equal++;
    }
    return describe(position, { rank: above + 1, tiedWith: equal - 1 });
  });
}

/**
 * Ranks every format of the index against a search. Formats that satisfy all musts are the
 * results, by score (0–100) and then by name. Facet counts tell per option how many formats
 * would satisfy the musts if that option were chosen, ignoring the criterion's own selection.
 * When fewer than `minResults` satisfy the musts, the ranking says which must to drop and lists
 * the best near misses.
 */
export function rankFormats(index: FormatIndex, search: Search, settings: RankingSettings): Ranking {
  const { size, musts, mustSets, mustsExcept, satisfying, scores, keyed, describe } = scoreAll(index, search, settings);

  // By score, then by how well the formats fit (see fit-order), then by name.
  const page = Math.max(1, search.page ?? 1);
  const pageSize = search.pageSize ?? settings.pageSize;
  const keep = musts.length > 0 ? satisfying : null;
  const offset = (page - 1) * pageSize;
  const tooFew = musts.length > 0 && countBits(satisfying) < settings.minResults;
  // Near misses are ordered by fit too, so a search that suggests relaxing works out every format's.
  const keys = keyed(tooFew ? 0 : pageFloor(scores, keep, offset + pageSize));
  const { total, positions } = pageByKey(keys, keep, offset, pageSize);
  const places = placesOf(keys, keep, positions, offset);
  const results = positions.map((position, at) => describe(position, places[at]));

  const facets = facetsFor(index, search, musts, () => {
    // Without a must of its own, a criterion's facet base is simply the set satisfying all musts.
    const facetBase = (criterion: Criterion) => (mustSets.has(criterion) ? mustsExcept(criterion) : satisfying);
    const counted = {} as Ranking['facets'];
    for (const criterion of CHOICE_CRITERIA) {
      const base = facetBase(criterion);
      counted[criterion] = Object.fromEntries([...index.matches[criterion]].map(([code, set]) => [code, countIntersection(base, set)]));
    }
    const participantBase = facetBase('participants');
    counted.participants = Object.fromEntries(index.buckets.map((bucket) => [bucket.code, countIntersection(participantBase, bucket.matches)]));
    return counted;
  });

  let relaxation: Ranking['relaxation'] = null;
  if (musts.length > 0 && total < settings.minResults) {
    const suggestions = musts
      .map((drop) => ({ drop, count: countBits(mustsExcept(drop)) }))
      .sort((a, b) => b.count - a.count || CRITERIA.indexOf(a.drop) - CRITERIA.indexOf(b.drop));
    const missed: Array<{ position: number; failed: number }> = [];
    for (let position = 0; position < size; position++) {
      if (hasBit(satisfying, position)) continue;
      let failed = 0;
      for (const set of mustSets.values()) if (!hasBit(set, position)) failed++;
      missed.push({ position, failed });
    }
    missed.sort((a, b) => a.failed - b.failed || keys[b.position] - keys[a.position] || a.position - b.position);
    relaxation = {
      minResults: settings.minResults,
      suggestions,
      nearMisses: missed.slice(0, settings.nearMisses).map(({ position }) => describe(position)),
    };
  }

  return { total, page, pageSize, results, facets, relaxation };
}
