/**
 * What the public registration endpoint takes, checked before anything touches the database.
 * Unknown keys are refused by name, so a client that sends a field the endpoint ignores learns it.
 */
import { z } from 'zod';

export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;

// Line breaks and other control characters would let a name or an address break a mail's headers.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/** A deliberately loose check (one @, a dot in the domain, no spaces); the mail it receives proves the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A name that carries a link is how spam rides on confirmation mails. */
const LINK = /(https?:\/\/|www\.|[^\s@]+@[^\s@]+\.[^\s@]+)/i;

const name = (field: string) =>
  z
    .string({ error: `${field} is required and must be text` })
    .trim()
    .min(1, { error: `${field} is required` })
    .max(MAX_NAME_LENGTH, { error: `${field} may have at most ${MAX_NAME_LENGTH} characters` })
    .refine((value) => !CONTROL.test(value) && !/[<>]/.test(value), { error: `${field} may not contain line breaks, control characters or < >` })
    .refine((value) => !LINK.test(value), { error: `${field} may not contain a web address or an e-mail address` });

export function buildRegistrationSchema(locales: readonly string[]) {
  return z.strictObject({
    event: z
      .string({ error: 'event is required: the documentId of the event' })
      .regex(/^[A-Za-z0-9]{1,64}$/, { error: 'event must be the documentId of the event' }),
    firstName: name('firstName'),
    lastName: name('lastName'),
    email: z
      .string({ error: 'email is required and must be text' })
      .trim()
      .max(MAX_EMAIL_LENGTH, { error: `email may have at most ${MAX_EMAIL_LENGTH} characters` })
      .refine((value) => !CONTROL.test(value) && EMAIL.test(value), { error: 'email must be an e-mail address like name@example.org' }),
    consent: z.literal(true, { error: 'consent must be true: the registration needs the person’s consent' }),
    locale: z.enum(locales as [string, ...string[]], { error: `locale must be one of ${locales.join(', ')}` }).optional(),
  });
}

export type RegistrationInput = z.infer<ReturnType<typeof buildRegistrationSchema>>;

/** The address as registrations compare it: one person is one address, whatever its case. */
export const normalizedEmail = (email: string) => email.trim().toLowerCase();

/**
 * A plain HTML form posts strings (`consent=on`); turned into the JSON shape, anything odd is
 * left for the schema to refuse by name.
 */
export function registrationFromForm(body: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...body };
  if (typeof body.consent === 'string') result.consent = ['on', 'true', '1', 'yes'].includes(body.consent.toLowerCase()) ? true : body.consent;
  return result;
}
