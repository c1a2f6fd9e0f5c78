/**
 * The public list's query parameters: plain names instead of Strapi's filters[...] syntax, so a
 * city's website or a calendar link can be written by hand. Unknown parameters and values are a
 * 400 naming the parameter and what it allows.
 */
import { z } from 'zod';
import { accessibilityServices, attendanceModes, opportunityTopics } from '../code-lists';
import type { FieldProblem } from '../code-validation';
import { instantOfWallClock } from './zoned-time';
import { DEFAULT_TIME_ZONE } from './opportunity-timing';

export const LIST_LOCALES = ['de', 'en'] as const;
export const MAX_PAGE_SIZE = 100;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface OpportunityFilter {
  topics: string[];
  districts: string[];
  attendance: string[];
  /** Every service asked for must be offered: someone who needs two needs both. */
  accessibility: string[];
  /** Dates ending before this instant are left out (default: now, so the list shows what is ahead). */
  from: Date | null;
  /** Dates starting after this instant are left out. */
  to: Date | null;
  format: string | null;
}

export interface OpportunityListQuery {
  filter: OpportunityFilter;
  locale: (typeof LIST_LOCALES)[number];
  page: number;
  pageSize: number;
}

/** One value or the same parameter repeated (`topic=a&topic=b`), or a comma list (`topic=a,b`). */
const codes = (name: string, allowed: readonly string[]) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) => [value].flat().flatMap((part) => part.split(',')).map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(allowed as [string, ...string[]], { message: `${name} must be one of ${allowed.join(', ')}` })));

/**
 * A day (read in Dortmund's time: `from` at its first moment, `to` at its last) or a date and
 * time with its offset.
 */
const instant = (name: string, edge: 'start' | 'end') =>
  z.string().transform((value, context) => {
    if (DAY.test(value)) {
      const [year, month, day] = value.split('-').map(Number);
      const clock = edge === 'start' ? { year, month, day, hour: 0, minute: 0, second: 0 } : { year, month, day: day + 1, hour: 0, minute: 0, second: 0 };
      const probe = new Date(Date.UTC(year, month - 1, day));
      if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
        context.addIssue({ code: 'custom', message: `${name} is not a calendar day` });
        return z.NEVER;
      }
      const moment = instantOfWallClock(clock, DEFAULT_TIME_ZONE);
      return edge === 'start' ? moment : new Date(moment.getTime() - 1);
    }
    const parsed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? new Date(value) : null;
    if (!parsed || Number.isNaN(parsed.getTime())) {
      context.addIssue({ code: 'custom', message: `${name} must be a day (2026-10-24) or a date and time with offset (2026-10-24T18:00:00+02:00)` });
      return z.NEVER;
    }
    return parsed;
  });

const wholeNumber = (name: string, max: number) =>
  z.coerce
    .number({ message: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`)
    .max(max, `${name} must be at most ${max}`);

export const LIST_PARAMETERS = ['topic', 'district', 'attendance', 'accessibility', 'from', 'to', 'format', 'locale', 'page', 'pageSize'] as const;

function listSchema(districtCodes: readonly string[]) {
  return z.strictObject({
    topic: codes('topic', opportunityTopics.codes).optional(),
    district: codes('district', districtCodes).optional(),
    attendance: codes('attendance', attendanceModes.codes).optional(),
    accessibility: codes('accessibility', accessibilityServices.codes).optional(),
    from: instant('from', 'start').optional(),
    to: instant('to', 'end').optional(),
    format: z.string().regex(SLUG, 'format must be the slug of a participation format').optional(),
    locale: z.enum(LIST_LOCALES, { message: `locale must be one of ${LIST_LOCALES.join(', ')}` }).optional(),
    page: wholeNumber('page', 10_000).optional(),
    pageSize: wholeNumber('pageSize', MAX_PAGE_SIZE).optional(),
  });
}

/** The descriptions of the parameters, for the OpenAPI description of the route. */
export function listParameterSchemas(districtCodes: readonly string[]) {
  return listSchema(districtCodes).shape;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

function toProblems(error: z.ZodError, allowedKeys: readonly string[], allowedValues: Record<string, readonly string[]>): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: key, message: `unknown query parameter ${key}; allowed: ${allowedKeys.join(', ')}`, allowed: allowedKeys }));
    }
    const path = String(issue.path[0] ?? '');
    return [{ path, message: issue.message.startsWith(path) ? issue.message : `${path}: ${issue.message}`, ...(allowedValues[path] ? { allowed: allowedValues[path] } : {}) }];
  });
}

export function parseListQuery(query: Record<string, unknown>, districtCodes: readonly string[], now: Date): ParseResult<OpportunityListQuery> {
  const result = listSchema(districtCodes).safeParse(query);
  if (!result.success) {
    return {
      ok: false,
      problems: toProblems(result.error, LIST_PARAMETERS, {
        topic: opportunityTopics.codes,
        district: districtCodes,
        attendance: attendanceModes.codes,
        accessibility: accessibilityServices.codes,
        locale: LIST_LOCALES,
      }),
    };
  }
  const value = result.data;
  const from = value.from ?? now;
  if (value.to && value.to < from) {
    return { ok: false, problems: [{ path: 'to', message: 'to must not be before from (from defaults to now)' }] };
  }
  return {
    ok: true,
    value: {
      filter: {
        topics: value.topic ?? [],
        districts: value.district ?? [],
        attendance: value.attendance ?? [],
        accessibility: value.accessibility ?? [],
        from,
        to: value.to ?? null,
        format: value.format ?? null,
      },
      locale: value.locale ?? 'de',
      page: value.page ?? 1,
      pageSize: value.pageSize ?? 25,
    },
  };
}

const localeOnly = z.strictObject({ locale: z.enum(LIST_LOCALES, { message: `locale must be one of ${LIST_LOCALES.join(', ')}` }).optional() });

/** The detail page and the calendars take only the language. */
export function parseLocaleQuery(query: Record<string, unknown>): ParseResult<(typeof LIST_LOCALES)[number]> {
  const result = localeOnly.safeParse(query);
  if (!result.success) return { ok: false, problems: toProblems(result.error, ['locale'], { locale: LIST_LOCALES }) };
  return { ok: true, value: result.data.locale ?? 'de' };
}

export const CALENDAR_FILTERS = ['topic', 'district', 'attendance'] as const;
export type CalendarFilterKind = (typeof CALENDAR_FILTERS)[number];

/** `/calendar/<kind>/<code>.ics`: the kind and the code, checked against their lists. */
export function parseCalendarFilter(kind: string, file: string, districtCodes: readonly string[]): ParseResult<{ kind: CalendarFilterKind; code: string }> {
  if (!(CALENDAR_FILTERS as readonly string[]).includes(kind)) {
    return { ok: false, problems: [{ path: 'kind', message: `calendar filter must be one of ${CALENDAR_FILTERS.join(', ')}`, allowed: CALENDAR_FILTERS }] };
  }
  const allowed: readonly string[] = { topic: opportunityTopics.codes, district: districtCodes, attendance: attendanceModes.codes }[kind as CalendarFilterKind];
  const code = file.replace(/\.ics$/, '');
  if (!file.endsWith('.ics') || !allowed.includes(code)) {
    return { ok: false, problems: [{ path: kind, message: `${kind} must be one of ${allowed.join(', ')} (as <code>.ics)`, allowed }] };
  }
  return { ok: true, value: { kind: kind as CalendarFilterKind, code } };
}

/** The list filter a calendar address stands for, from now on (minus the days ended dates stay). */
export function calendarFilter(selection: { kind: CalendarFilterKind; code: string } | null, from: Date): OpportunityFilter {
  return {
    topics: selection?.kind === 'topic' ? [selection.code] : [],
    districts: selection?.kind === 'district' ? [selection.code] : [],
    attendance: selection?.kind === 'attendance' ? [selection.code] : [],
    accessibility: [],
    from,
    to: null,
    format: null,
  };
}
