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
import type { FormatIndex } from './format-index';
import { participantsStatus } from './match-rules';

export type RankingSettings = Pick<
  FinderConfig,
  'weights' | 'partlyCredit' | 'unknownCredit' | 'participantsTolerance' | 'minResults' | 'nearMisses' | 'pageSize'
>;

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
  credit: Float32Array;
}

function creditOf(code: number, settings: RankingSettings): number {
  if (code === STATUS_CODE.matched) return 1;
  if (code === STATUS_CODE.partly) return settings.partlyCredit;
  if (code === STATUS_CODE.unknown) return settings.unknownCredit;
  return 0;
}

function evaluate(index: FormatIndex, search: Search, criterion: Criterion, settings: RankingSettings): Evaluation {
  const size = index.records.length;
  const status = new Uint8Array(size);
  const credit = new Float32Array(size);

  if (criterion === 'participants') {
    const wanted = search.participants as number;
    index.records.forEach((record, position) => {
      status[position] = participantsStatus(record, wanted, settings.participantsTolerance);
      credit[position] = creditOf(status[position], settings);
    });
    return { status, credit };
  }

  const options = selectedOptions(search, criterion);
  const perOption = options.map((option) => index.statuses[criterion].get(option) as Uint8Array);
  const combine = criterion in MULTIPLE_CHOICE ? MULTIPLE_CHOICE[criterion as keyof typeof MULTIPLE_CHOICE] : 'any';

  for (let position = 0; position < size; position++) {
    if (combine === 'any') {
      let best: number = STATUS_CODE.unknown;
      for (const statuses of perOption) best = Math.max(best, statuses[position]);
      status[position] = best;
      credit[position] = creditOf(best, settings);
      continue;
    }
    // `all`: every wanted option counts for an equal share; unknown data stays unknown.
    let earned = 0;
    let matchedCount = 0;
    let unknownCount = 0;
    for (const statuses of perOption) {
      const code = statuses[position];
      if (code === STATUS_CODE.unknown) unknownCount++;
      if (code === STATUS_CODE.matched) matchedCount++;
      earned += creditOf(code, settings);
    }
    if (unknownCount === perOption.length) status[position] = STATUS_CODE.unknown;
    else if (matchedCount === perOption.length) status[position] = STATUS_CODE.matched;
    else if (earned > 0) status[position] = STATUS_CODE.partly;
    else status[position] = STATUS_CODE.not_matched;
    credit[position] = earned / perOption.length;
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

/**
 * Ranks every format of the index against a search. Formats that satisfy all musts are the
 * results, by score (0–100) and then by name. Facet counts tell per option how many formats
 * would satisfy the musts if that option were chosen, ignoring the criterion's own selection.
 * When fewer than `minResults` satisfy the musts, the ranking says which must to drop and lists
 * the best near misses.
 */
export function rankFormats(index: FormatIndex, search: Search, settings: RankingSettings): Ranking {
  const size = index.records.length;
  const used = usedCriteria(search);
  const musts = CRITERIA.filter((criterion) => search.must?.includes(criterion) && used.includes(criterion));
  const evaluations = new Map(used.map((criterion) => [criterion, evaluate(index, search, criterion, settings)]));
  const mustSets = new Map(musts.map((criterion) => [criterion, matchedSet(evaluations.get(criterion) as Evaluation)]));
  const mustsExcept = (left: Criterion | null) => allOf(musts.filter((must) => must !== left).map((must) => mustSets.get(must) as Bitset), size);
  const satisfying = mustsExcept(null);

  const totalWeight = used.reduce((sum, criterion) => sum + settings.weights[criterion], 0);
  const scores = new Float64Array(size);
  for (let position = 0; position < size; position++) {
    if (totalWeight === 0) {
      scores[position] = 100;
      continue;
    }
    let earned = 0;
    for (const criterion of used) earned += settings.weights[criterion] * (evaluations.get(criterion) as Evaluation).credit[position];
    scores[position] = Math.round((earned / totalWeight) * 100);
  }

  const describe = (position: number): RankedFormat => {
    const criteria = used.map((criterion) => ({
      criterion,
      status: STATUS_BY_CODE[(evaluations.get(criterion) as Evaluation).status[position]],
      must: musts.includes(criterion),
    }));
    const failedMusts = criteria.filter((match) => match.must && match.status !== 'matched').map((match) => match.criterion);
    return { position, score: scores[position], criteria, failedMusts };
  };

  const byScore = (a: number, b: number) => scores[b] - scores[a] || a - b;
  const resultPositions: number[] = [];
  for (let position = 0; position < size; position++) if (hasBit(satisfying, position)) resultPositions.push(position);
  resultPositions.sort(byScore);

  const page = Math.max(1, search.page ?? 1);
  const pageSize = search.pageSize ?? settings.pageSize;
  const results = resultPositions.slice((page - 1) * pageSize, page * pageSize).map(describe);

  const facets = {} as Ranking['facets'];
  for (const criterion of CHOICE_CRITERIA) {
    const base = mustsExcept(criterion);
    facets[criterion] = Object.fromEntries(
      [...index.matches[criterion]].map(([code, set]) => [code, countIntersection(base, set)]),
    );
  }
  const participantBase = mustsExcept('participants');
  facets.participants = Object.fromEntries(index.buckets.map((bucket) => [bucket.code, countIntersection(participantBase, bucket.matches)]));

  let relaxation: Ranking['relaxation'] = null;
  if (musts.length > 0 && resultPositions.length < settings.minResults) {
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
    missed.sort((a, b) => a.failed - b.failed || byScore(a.position, b.position));
    relaxation = {
      minResults: settings.minResults,
      suggestions,
      nearMisses: missed.slice(0, settings.nearMisses).map(({ position }) => describe(position)),
    };
  }

  return { total: resultPositions.length, page, pageSize, results, facets, relaxation };
}
