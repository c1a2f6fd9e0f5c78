import { z } from 'zod';
import { CRITERIA, MULTIPLE_CHOICE, SINGLE_CHOICE, type Criterion, type Search } from './criteria';
import type { CriterionOptions } from './format-index';

export interface SearchProblem {
  path: string;
  message: string;
  allowed?: string[];
}

export interface SearchLimits {
  locales: readonly string[];
  maxPageSize: number;
}

const MAX_PARTICIPANTS = 1_000_000;

/** The keys a search may have, for messages about unknown keys. */
export const SEARCH_KEYS = [...CRITERIA, 'must', 'locale', 'page', 'pageSize'] as const;

function wholeNumber(name: string, min: number, max: number) {
  return z
    .number({ error: `${name} must be a whole number from ${min} to ${max}` })
    .int({ error: `${name} must be a whole number from ${min} to ${max}` })
    .min(min, { error: `${name} must be a whole number from ${min} to ${max}` })
    .max(max, { error: `${name} must be a whole number from ${min} to ${max}` });
}

/**
 * The one schema of a search, shared by REST (query string or JSON body) and GraphQL. Options
 * come from the format index, so a code an editor's data does not know is refused with the list
 * of codes that exist.
 */
export function buildSearchSchema(options: CriterionOptions, limits: SearchLimits) {
  return z.strictObject(searchShape(options, limits)).superRefine(mustsHaveValues);
}

/** The keys of a search and their rules, for schemas that add keys of their own (compare, export, plan). */
export function searchShape(options: CriterionOptions, limits: SearchLimits): Record<string, z.ZodType> {
  const codes = (criterion: keyof CriterionOptions) => options[criterion].map((option) => option.code) as [string, ...string[]];
  const shape: Record<string, z.ZodType> = {};
  for (const criterion of SINGLE_CHOICE) shape[criterion] = z.enum(codes(criterion)).optional();
  for (const criterion of Object.keys(MULTIPLE_CHOICE) as Array<keyof typeof MULTIPLE_CHOICE>) {
    shape[criterion] = z
      .array(z.enum(codes(criterion)))
      .min(1, { error: `${criterion} needs at least one option` })
      .refine((values) => new Set(values).size === values.length, { error: `${criterion} names an option twice` })
      .optional();
  }
  shape.participants = wholeNumber('participants', 1, MAX_PARTICIPANTS).optional();
  shape.must = z.array(z.enum(CRITERIA)).optional();
  shape.locale = z.enum(limits.locales as [string, ...string[]]).optional();
  shape.page = wholeNumber('page', 1, 10_000).optional();
  shape.pageSize = wholeNumber('pageSize', 1, limits.maxPageSize).optional();
  return shape;
}

/** A must needs a value: `must=modes` without `modes` is refused by name. */
export function mustsHaveValues(search: Record<string, unknown>, context: z.RefinementCtx): void {
  const must = (search.must as Criterion[] | undefined) ?? [];
  must.forEach((criterion, position) => {
    if (search[criterion] === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['must', position],
        message: `must names ${criterion}, but the search gives no value for ${criterion}`,
      });
    }
  });
}

function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join('');
}

/** Validates a search; returns either the search or problems that name the field and what is allowed. */
/**
 * The given value as the message quotes it. Only text and numbers are quoted: a list or an object
 * may be nested thousands deep (JSON.stringify would overflow the stack) or be megabytes long.
 */
function describeGiven(given: unknown): string {
  if (given === undefined) return 'this value';
  if (Array.isArray(given)) return 'a list';
  if (given !== null && typeof given === 'object') return 'an object';
  const quoted = JSON.stringify(given);
  return quoted.length > 80 ? `${quoted.slice(0, 77)}…` : quoted;
}

export function parseSearch<Parsed = Search>(
  schema: z.ZodType,
  input: unknown,
  keys: readonly string[] = SEARCH_KEYS,
): { search: Parsed; problems: null } | { search: null; problems: SearchProblem[] } {
  const result = schema.safeParse(input ?? {}, { reportInput: true });
  if (result.success) return { search: result.data as Parsed, problems: null };
  const problems = result.error.issues.map((issue): SearchProblem => {
    const path = pathText(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return {
        path: issue.keys.join(', '),
        message: `unknown parameter ${issue.keys.join(', ')}; allowed: ${keys.join(', ')}`,
        allowed: [...keys],
      };
    }
    if (issue.code === 'invalid_value') {
      const allowed = issue.values.map(String);
      const given = (issue as { input?: unknown }).input;
      const what = describeGiven(given);
      return { path, message: `${path}: ${what} is not an option; allowed: ${allowed.join(', ')}`, allowed };
    }
    if (issue.code === 'invalid_type' && issue.expected === 'array') {
      return { path, message: `${path} must be a list of options` };
    }
    return { path, message: issue.message.startsWith(path.split('[')[0]) ? issue.message : `${path}: ${issue.message}` };
  });
  return { search: null, problems };
}

const LIST_KEYS = new Set<string>([...Object.keys(MULTIPLE_CHOICE), 'must', 'slugs', 'phases']);
const NUMBER_KEYS = new Set(['participants', 'page', 'pageSize']);

/**
 * Turns a query string (`?goals=a,b&modes=online&participants=40&must=modes`) into the shape the
 * schema checks. Lists may be comma-separated or repeated; everything else is left for the schema
 * to judge, so `participants=-3` or `colour=red` is still refused by name.
 */
export function searchFromQuery(query: Record<string, unknown>): Record<string, unknown> {
  const search: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(query)) {
    if (LIST_KEYS.has(key)) {
      const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((value) => String(value).split(','));
      search[key] = parts.map((part) => part.trim()).filter(Boolean);
    } else if (NUMBER_KEYS.has(key) && typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim())) {
      search[key] = Number(raw);
    } else {
      search[key] = raw;
    }
  }
  return search;
}
