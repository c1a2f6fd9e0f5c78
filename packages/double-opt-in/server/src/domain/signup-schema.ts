import { z } from 'zod';
import { fieldProblemsOf, type FieldProblem } from './field-problem';
import { hasControlCharacters, isPlausibleEmail } from './email-address';
import { facetFieldsShape, listFromForm, type FacetConfig } from './facets';
import { MAX_PERSON_NAME_LENGTH, linkInName } from './person-name';

/** The rule of a name holding a web or mail address: the service words it from the catalogue. */
export const NAME_WITH_LINK = 'name-with-link';

const name = (field: string) =>
  z
    .string({ error: `${field} is required and must be text` })
    .trim()
    .min(1, { error: `${field} is required` })
    .max(MAX_PERSON_NAME_LENGTH, { error: `${field} may have at most ${MAX_PERSON_NAME_LENGTH} characters` })
    .refine((value) => !hasControlCharacters(value) && !/[<>]/.test(value), { error: `${field} may not contain line breaks, control characters or < >` })
    .refine((value) => linkInName(value) === null, { error: `${field} may not contain a web address or an e-mail address`, params: { rule: NAME_WITH_LINK } });

const email = z
  .string({ error: 'email is required and must be text' })
  .trim()
  .max(254, { error: 'email may have at most 254 characters' })
  .refine((value) => !hasControlCharacters(value), { error: 'email may not contain line breaks or control characters' })
  .refine(isPlausibleEmail, { error: 'email must be an e-mail address like name@example.org' });

export interface SignupLimits {
  locales: readonly string[];
  interests: readonly string[];
  honeypotField: string;
  /** Further choices (config `facets`), each a field of its own name: `districts: ['north']`. */
  facets?: readonly FacetConfig[];
}

/** The sign-up as the public endpoint takes it (JSON or form); unknown keys are refused. */
export function buildSignupSchema(limits: SignupLimits) {
  return z.strictObject({
    firstName: name('firstName'),
    lastName: name('lastName'),
    email,
    consent: z.literal(true, { error: 'consent must be true: the sign-up needs the person’s consent' }),
    locale: z.enum(limits.locales as [string, ...string[]], { error: `locale must be one of ${limits.locales.join(', ')}` }).optional(),
    source: z
      .string()
      .max(500, { error: 'source may have at most 500 characters' })
      .refine((value) => /^https?:\/\/[^\s]+$/.test(value), { error: 'source must be the http(s) URL of the form' })
      .optional(),
    interests: z
      .array(z.enum((limits.interests.length ? limits.interests : ['\u0000']) as [string, ...string[]], {
        error: limits.interests.length ? `interests may only name ${limits.interests.join(', ')}` : 'interests are not offered',
      }))
      .max(50)
      .optional(),
    ...facetFieldsShape(limits.facets ?? []),
    [limits.honeypotField]: z.string().max(1000).optional(),
    startedAt: z.number({ error: 'startedAt must be a time in milliseconds' }).int().optional(),
    altcha: z.string().max(5000).optional(),
  });
}

export const dataRequestSchema = z.strictObject({
  email,
  locale: z.string().max(10).optional(),
});

/**
 * A plain HTML form posts strings: `consent=on`, `interests=a&interests=b`, `startedAt=17…`.
 * Turns them into the JSON shape; anything odd is left for the schema to refuse by name.
 */
export function signupFromForm(body: Record<string, unknown>, facetNames: readonly string[] = []): Record<string, unknown> {
  const result: Record<string, unknown> = { ...body };
  if (typeof body.consent === 'string') result.consent = ['on', 'true', '1', 'yes'].includes(body.consent.toLowerCase()) ? true : body.consent;
  if (typeof body.interests === 'string') result.interests = body.interests ? [body.interests] : [];
  for (const name of facetNames) if (name in body) result[name] = listFromForm(body[name]);
  if (typeof body.startedAt === 'string' && /^\d+$/.test(body.startedAt)) result.startedAt = Number(body.startedAt);
  return result;
}

/** The problems of a failed parse with each path as one dotted string (`districts.0`), as logs and messages show it. */
export function problemsOf(error: z.ZodError): Array<Omit<FieldProblem, 'path'> & { path: string }> {
  return fieldProblemsOf(error).map(({ path, ...problem }) => ({ path: path.join('.'), ...problem }));
}
