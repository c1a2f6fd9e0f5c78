import type { FinderConfig } from '../config';
import { STATUS_CODE, type ChoiceCriterion } from './criteria';
import type { FormatRecord } from './format-record';

export type StatusCode = (typeof STATUS_CODE)[keyof typeof STATUS_CODE];

/** What the match rules need to know beyond one record: option order and the config's tables. */
export interface RuleContext {
  order: Record<'level' | 'duration' | 'budget' | 'leadTime', readonly string[]>;
  config: Pick<FinderConfig, 'accessibilityNeeds' | 'modeAlternatives' | 'conflictCompatible' | 'costLevelBands' | 'costLevelLabels'>;
}

const { unknown, not_matched: notMatched, partly, matched } = STATUS_CODE;

/** Requested "at most" on an ordered scale: at or below fits, one step above partly. */
function atMost(order: readonly string[], value: string | null, wanted: string): StatusCode {
  if (value === null) return unknown;
  const have = order.indexOf(value);
  const want = order.indexOf(wanted);
  if (have < 0) return unknown;
  if (have <= want) return matched;
  return have === want + 1 ? partly : notMatched;
}

function contains(list: readonly string[], wanted: string): StatusCode {
  if (list.length === 0) return unknown;
  return list.includes(wanted) ? matched : notMatched;
}

/** Budget: a format's own band decides; without one, the bands its cost level stands for. */
function budgetStatus(record: FormatRecord, wanted: string, context: RuleContext): StatusCode {
  const order = context.order.budget;
  if (record.budgetBand) return atMost(order, record.budgetBand, wanted);
  const bands = record.costLevel ? context.config.costLevelBands[record.costLevel] : undefined;
  if (!bands || bands.length === 0) return unknown;
  const want = order.indexOf(wanted);
  const positions = bands.map((band) => order.indexOf(band)).filter((position) => position >= 0);
  if (positions.length === 0) return unknown;
  if (Math.max(...positions) <= want) return matched;
  return Math.min(...positions) <= want ? partly : notMatched;
}

/** Status of one format for one option of a choice criterion. */
export function optionStatus(criterion: ChoiceCriterion, option: string, record: FormatRecord, context: RuleContext): StatusCode {
  switch (criterion) {
    case 'goals':
      return contains(record.goals, option);
    case 'targetGroups':
      return contains(record.targetGroups, option);
    case 'phase':
      return contains(record.phases, option);
    case 'modes': {
      if (record.modes.length === 0) return unknown;
      if (record.modes.includes(option)) return matched;
      const alternatives = context.config.modeAlternatives[option] ?? [];
      return record.modes.some((mode) => alternatives.includes(mode)) ? partly : notMatched;
    }
    case 'level': {
      if (record.levels.length === 0) return unknown;
      if (record.levels.includes(option)) return matched;
      const order = context.order.level;
      const want = order.indexOf(option);
      const near = record.levels.some((level) => Math.abs(order.indexOf(level) - want) === 1);
      return near ? partly : notMatched;
    }
    case 'duration':
      return atMost(context.order.duration, record.durationClass, option);
    case 'leadTime':
      return atMost(context.order.leadTime, record.leadTimeClass, option);
    case 'budget':
      return budgetStatus(record, option, context);
    case 'conflict': {
      if (record.conflictFit === null) return unknown;
      return (context.config.conflictCompatible[option] ?? [option]).includes(record.conflictFit) ? matched : notMatched;
    }
    case 'accessibility': {
      const need = context.config.accessibilityNeeds.find((candidate) => candidate.code === option);
      if (!need) return notMatched;
      let known = false;
      for (const { field, values } of need.anyOf) {
        const value = record[field];
        const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [String(value)];
        if (list.length > 0) known = true;
        if (list.some((item) => values.includes(item))) return matched;
      }
      return known ? notMatched : unknown;
    }
  }
}

/**
 * Group size against a format's range. An empty minimum means 1, an empty maximum no upper bound;
 * within the tolerance outside the range counts as partly.
 */
export function participantsStatus(record: FormatRecord, participants: number, tolerance: number): StatusCode {
  const { participantsMin: min, participantsMax: max } = record;
  if (min === null && max === null) return unknown;
  return rangeStatus(min ?? 1, max ?? Number.POSITIVE_INFINITY, participants, tolerance);
}

/** The same on numbers; `low` NaN marks a format without any range. */
export function rangeStatus(low: number, high: number, participants: number, tolerance: number): StatusCode {
  if (Number.isNaN(low)) return unknown;
  if (participants >= low && participants <= high) return matched;
  if (participants < low) return participants >= low * (1 - tolerance) ? partly : notMatched;
  return participants <= high * (1 + tolerance) ? partly : notMatched;
}

/** Whether a format's range overlaps a facet bucket of group sizes. */
export function rangeOverlaps(record: FormatRecord, bucketMin: number, bucketMax: number | null): boolean {
  const { participantsMin: min, participantsMax: max } = record;
  if (min === null && max === null) return false;
  const low = min ?? 1;
  const high = max ?? Number.POSITIVE_INFINITY;
  return low <= (bucketMax ?? Number.POSITIVE_INFINITY) && high >= bucketMin;
}
