/**
 * The criteria a person can describe their situation with. Every criterion is optional and can be
 * marked as a must; the rest count as preferences.
 */
export const CRITERIA = [
  'goals',
  'level',
  'modes',
  'participants',
  'duration',
  'budget',
  'leadTime',
  'targetGroups',
  'conflict',
  'phase',
  'accessibility',
] as const;

export type Criterion = (typeof CRITERIA)[number];

/** Criteria answered with one option. */
export const SINGLE_CHOICE = ['level', 'duration', 'budget', 'leadTime', 'conflict', 'phase'] as const;
/** Criteria answered with several options; `all` needs every option covered, `any` one of them. */
export const MULTIPLE_CHOICE = { goals: 'all', targetGroups: 'all', accessibility: 'all', modes: 'any' } as const;

export type SingleChoiceCriterion = (typeof SINGLE_CHOICE)[number];
export type MultipleChoiceCriterion = keyof typeof MULTIPLE_CHOICE;
export type ChoiceCriterion = SingleChoiceCriterion | MultipleChoiceCriterion;

export const CHOICE_CRITERIA: readonly ChoiceCriterion[] = [...SINGLE_CHOICE, ...(Object.keys(MULTIPLE_CHOICE) as MultipleChoiceCriterion[])];

export type Locale = string;

/** A search as the service takes it, after validation. */
export interface Search {
  goals?: string[];
  level?: string;
  modes?: string[];
  participants?: number;
  duration?: string;
  budget?: string;
  leadTime?: string;
  targetGroups?: string[];
  conflict?: string;
  phase?: string;
  accessibility?: string[];
  must?: Criterion[];
  locale?: Locale;
  page?: number;
  pageSize?: number;
}

export type MatchStatus = 'matched' | 'partly' | 'not_matched' | 'unknown';

/** Status codes as stored in the index's typed arrays. */
export const STATUS_CODE = { unknown: 0, not_matched: 1, partly: 2, matched: 3 } as const satisfies Record<MatchStatus, number>;
export const STATUS_BY_CODE: readonly MatchStatus[] = ['unknown', 'not_matched', 'partly', 'matched'];

/** The options a search named for a criterion, as a list (empty when the criterion is not used). */
export function selectedOptions(search: Search, criterion: ChoiceCriterion): string[] {
  const value = search[criterion];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function usedCriteria(search: Search): Criterion[] {
  return CRITERIA.filter((criterion) =>
    criterion === 'participants' ? search.participants !== undefined : selectedOptions(search, criterion).length > 0,
  );
}
