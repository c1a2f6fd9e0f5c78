/**
 * The city's settings for participation opportunities (config/opportunities.ts), checked once at
 * start: a wrong setting stops the app with a message instead of surfacing in a citizen's calendar.
 */
import { z } from 'zod';
import { districts as dortmundDistricts, type Label } from '../code-lists';

const label = z.strictObject({ de: z.string().min(1), en: z.string().min(1) });

const configSchema = z.strictObject({
  /** The city's districts; Dortmund's Stadtbezirke when not set. */
  districts: z
    .array(z.strictObject({ code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'district codes are lower-case letters, digits and _'), label }))
    .min(1)
    .optional(),
  /** How long before the start of the next date the public sees the online link. */
  onlineLinkLeadHours: z.number().min(0).max(24 * 14).default(24),
  /** How long an ended date stays in the calendar feeds, so subscribed calendars keep it. */
  calendarPastDays: z.number().int().min(0).max(365).default(30),
  /** Where the web front lives, for the page links in feeds and answers; default: the server's URL. */
  publicUrl: z.string().url().optional(),
});

export type OpportunityConfigInput = z.input<typeof configSchema>;

export interface CodeListLike {
  readonly codes: readonly string[];
  readonly labels: Readonly<Record<string, Label>>;
}

export interface OpportunityConfig {
  readonly districts: CodeListLike;
  readonly onlineLinkLeadHours: number;
  readonly calendarPastDays: number;
  readonly publicUrl: string;
}

export function resolveOpportunityConfig(input: unknown, fallbackUrl: string): OpportunityConfig {
  const result = configSchema.safeParse(input ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`config/opportunities.ts is invalid: ${problems.join('; ')}`);
  }
  const { districts, onlineLinkLeadHours, calendarPastDays, publicUrl } = result.data;
  const codes = districts?.map((district) => district.code) ?? [...dortmundDistricts.codes];
  if (new Set(codes).size !== codes.length) throw new Error('config/opportunities.ts is invalid: districts lists a code twice');
  return {
    districts: districts
      ? { codes, labels: Object.fromEntries(districts.map((district) => [district.code, district.label])) }
      : { codes, labels: dortmundDistricts.labels },
    onlineLinkLeadHours,
    calendarPastDays,
    publicUrl: (publicUrl ?? fallbackUrl).replace(/\/+$/, ''),
  };
}
