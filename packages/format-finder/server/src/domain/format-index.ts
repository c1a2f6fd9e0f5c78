import type { FinderConfig, FormatField } from '../config';
import { createBitset, setBit, type Bitset } from './bitset';
import { CHOICE_CRITERIA, STATUS_CODE, type ChoiceCriterion } from './criteria';
import type { FormatRecord } from './format-record';
import { optionStatus, rangeOverlaps, type RuleContext } from './match-rules';

export interface OptionDefinition {
  code: string;
  label?: Record<string, string>;
}

export type CriterionOptions = Record<ChoiceCriterion, OptionDefinition[]>;

export interface ParticipantBucket {
  code: string;
  min: number;
  max: number | null;
  matches: Bitset;
}

/**
 * Everything a search needs, computed once per locale when formats change: the records in name
 * order (so ties fall to the name), and per criterion option the status of every format and the
 * set of formats that match it.
 */
export interface FormatIndex {
  locale: string;
  records: FormatRecord[];
  options: CriterionOptions;
  statuses: Record<ChoiceCriterion, Map<string, Uint8Array>>;
  matches: Record<ChoiceCriterion, Map<string, Bitset>>;
  buckets: ParticipantBucket[];
  /** Group-size ranges as numbers (low NaN: no range known; high Infinity: no upper bound). */
  participantRanges: { low: Float64Array; high: Float64Array };
  rules: RuleContext;
}

/** The record field each choice criterion reads; accessibility reads the fields its needs name. */
export const CRITERION_FIELD: Record<Exclude<ChoiceCriterion, 'accessibility'>, FormatField> = {
  goals: 'goals',
  level: 'levels',
  modes: 'modes',
  duration: 'durationClass',
  budget: 'budgetBand',
  leadTime: 'leadTimeClass',
  targetGroups: 'targetGroups',
  conflict: 'conflictFit',
  phase: 'phases',
};

/**
 * Options per criterion: the config's, else the attribute's enumeration, else the values in the
 * data. Conflict situations default to the config's compatibility table, accessibility to its needs.
 */
export function resolveOptions(
  config: Pick<FinderConfig, 'options' | 'accessibilityNeeds' | 'conflictCompatible'>,
  enumerations: Partial<Record<FormatField, readonly string[]>>,
  records: readonly FormatRecord[],
): CriterionOptions {
  const resolved = {} as CriterionOptions;
  for (const criterion of CHOICE_CRITERIA) {
    if (criterion === 'accessibility') {
      resolved.accessibility = config.accessibilityNeeds.map(({ code, label }) => ({ code, label }));
      continue;
    }
    const configured = config.options[criterion];
    if (configured) {
      resolved[criterion] = configured;
      continue;
    }
    if (criterion === 'conflict' && Object.keys(config.conflictCompatible).length > 0) {
      resolved.conflict = Object.keys(config.conflictCompatible).map((code) => ({ code }));
      continue;
    }
    const field = CRITERION_FIELD[criterion];
    const codes =
      enumerations[field] ??
      [...new Set(records.flatMap((record) => {
        const value = record[field];
        return Array.isArray(value) ? value : value === null ? [] : [String(value)];
      }))].sort();
    resolved[criterion] = codes.map((code) => ({ code }));
  }
  return resolved;
}

export function bucketCode(min: number, max: number | null): string {
  return max === null ? `${min}+` : `${min}-${max}`;
}

export function buildFormatIndex(
  locale: string,
  records: readonly FormatRecord[],
  options: CriterionOptions,
  config: Pick<FinderConfig, 'accessibilityNeeds' | 'modeAlternatives' | 'conflictCompatible' | 'costLevelBands' | 'costLevelLabels' | 'participantBuckets'>,
): FormatIndex {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sorted = [...records].sort((a, b) => collator.compare(a.name, b.name) || (a.documentId < b.documentId ? -1 : 1));
  const size = sorted.length;
  const codes = (criterion: ChoiceCriterion) => options[criterion].map((option) => option.code);
  const rules: RuleContext = {
    order: { level: codes('level'), duration: codes('duration'), budget: codes('budget'), leadTime: codes('leadTime') },
    config,
  };

  const statuses = {} as FormatIndex['statuses'];
  const matches = {} as FormatIndex['matches'];
  for (const criterion of CHOICE_CRITERIA) {
    statuses[criterion] = new Map();
    matches[criterion] = new Map();
    for (const { code } of options[criterion]) {
      const status = new Uint8Array(size);
      const matched = createBitset(size);
      sorted.forEach((record, position) => {
        status[position] = optionStatus(criterion, code, record, rules);
        if (status[position] === STATUS_CODE.matched) setBit(matched, position);
      });
      statuses[criterion].set(code, status);
      matches[criterion].set(code, matched);
    }
  }

  const buckets = config.participantBuckets.map(([min, max]) => {
    const set = createBitset(size);
    sorted.forEach((record, position) => {
      if (rangeOverlaps(record, min, max)) setBit(set, position);
    });
    return { code: bucketCode(min, max), min, max, matches: set };
  });

  const low = new Float64Array(size);
  const high = new Float64Array(size);
  sorted.forEach((record, position) => {
    const known = record.participantsMin !== null || record.participantsMax !== null;
    low[position] = known ? (record.participantsMin ?? 1) : Number.NaN;
    high[position] = record.participantsMax ?? Number.POSITIVE_INFINITY;
  });

  return { locale, records: sorted, options, statuses, matches, buckets, participantRanges: { low, high }, rules };
}
