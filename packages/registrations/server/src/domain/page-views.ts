/**
 * The presenter of the public registration page and of the page answering its form: what each
 * shows, built from the event's state, the outcome of a registration and the catalogue. Nothing
 * here reads a request or the database, so every page is a plain function of its inputs.
 */
import type { Catalogue } from '../messages';
import { fill } from '../messages';

export type PageTexts = Catalogue['page'];

/** The form's fields in the order a person meets them; the error summary lists problems in it. */
export const FORM_FIELDS = ['firstName', 'lastName', 'email', 'consent'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** What the page knows of the event: its title and whether, and how, one can register now. */
export interface PageEvent {
  documentId: string;
  title: string;
  placesLeft: number | null;
  /** What a registration now would get: a place, a waitlist spot, or a refusal with its reason worded. */
  opening: { outcome: 'registered' } | { outcome: 'waitlisted' } | { outcome: 'refused'; message: string };
}

export interface LanguageLink {
  href: string;
  label: string;
  language: string;
}

export interface FormView {
  action: string;
  event: string;
  locale: string;
  button: string;
  values: Partial<Record<'firstName' | 'lastName' | 'email', string>>;
  /** Field → what is wrong there, in the page's language. */
  errors: Partial<Record<FormField, string>>;
  /** Problems not tied to a field of the form (an unknown key, a stale event), shown in the summary only. */
  otherErrors: string[];
}

/** A page as the template draws it; every text is escaped on output. */
export interface RegistrationPage {
  language: string;
  siteName: string;
  title: string;
  /** Paragraphs under the title: places left, waitlist, the outcome or the refusal. */
  paragraphs: string[];
  form?: FormView;
  links: Array<{ href: string; label: string }>;
  /** The same page in the other languages (only for the page reached by GET). */
  languageLinks: LanguageLink[];
  status: number;
}

/** Where the page and the form's endpoint answer (the plugin's content API prefix). */
export const PAGE_PATH = '/api/registrations/page';
export const REGISTER_PATH = '/api/registrations/register';

export const pagePath = (event: string, locale: string) => `${PAGE_PATH}?${new URLSearchParams({ event, locale }).toString()}`;

/** The page's language: the asked one when configured, else the default (the first configured). */
export function pageLanguageOf(asked: unknown, locales: readonly string[]): string {
  if (typeof asked !== 'string') return locales[0];
  return locales.find((locale) => locale.toLowerCase() === asked.toLowerCase()) ?? locales[0];
}

/** What a person entered, to show it again after a refused post; only the text fields, only text. */
export function enteredOf(body: Readonly<Record<string, unknown>>): FormView['values'] {
  const values: FormView['values'] = {};
  for (const field of ['firstName', 'lastName', 'email'] as const) if (typeof body[field] === 'string') values[field] = (body[field] as string).slice(0, 254);
  return values;
}

/** A field problem as the service or the schema reported it: the field's path and its technical message. */
export interface ProblemLike {
  path: readonly string[];
  message: string;
  rule?: string;
}

/**
 * Problems by the form's field, worded for the person; `duplicate` is the service's own text for an
 * address already registered (it is already in the person's language). What belongs to no field
 * of the form (an unknown key, the event) goes to the summary as it came.
 */
export function formErrorsOf(problems: readonly ProblemLike[], texts: PageTexts, duplicate?: string): Pick<FormView, 'errors' | 'otherErrors'> {
  const errors: FormView['errors'] = {};
  const otherErrors: string[] = [];
  for (const problem of problems) {
    const field = FORM_FIELDS.find((name) => name === problem.path[0]);
    if (!field) {
      otherErrors.push(problem.message);
      continue;
    }
    if (errors[field]) continue;
    errors[field] = field === 'email' && duplicate && problem.message === duplicate ? duplicate : texts.errors[field];
  }
  return { errors, otherErrors };
}

interface PageInput {
  language: string;
  texts: PageTexts;
  /** Each configured locale's page texts, for the language switch. */
  locales: ReadonlyArray<{ locale: string; languageName: string }>;
  /** The host's name for the site; else the plugin's neutral one. */
  siteName?: string;
}

function availabilityText(event: PageEvent, texts: PageTexts): string | null {
  if (event.opening.outcome === 'waitlisted') return texts.waitlistOnly;
  if (event.opening.outcome !== 'registered') return null;
  if (event.placesLeft === null) return texts.placesUnlimited;
  return event.placesLeft === 1 ? texts.placesLeftOne : fill(texts.placesLeft, { count: event.placesLeft });
}

/**
 * The registration page of an event: its title, places left or the waitlist, and the form — or,
 * when no one can register now, the reason and no form. After a refused post the same page comes
 * back with what was entered, the problems at their fields and a 400.
 */
export function registrationPageView(
  input: PageInput & { event: PageEvent | null; unknownMessage: string; entered?: FormView['values']; problems?: Pick<FormView, 'errors' | 'otherErrors'>; withLanguageLinks?: boolean },
): RegistrationPage {
  const { language, texts, event } = input;
  const base = { language, siteName: input.siteName ?? texts.siteName, links: [] as RegistrationPage['links'] };
  if (!event) return { ...base, title: texts.unknownTitle, paragraphs: [input.unknownMessage], languageLinks: [], status: 404 };
  const languageLinks = input.withLanguageLinks
    ? input.locales.filter((entry) => entry.locale !== language).map((entry) => ({ href: pagePath(event.documentId, entry.locale), label: entry.languageName, language: entry.locale }))
    : [];
  if (event.opening.outcome === 'refused') {
    return { ...base, title: fill(texts.closedTitle, { title: event.title }), paragraphs: [event.opening.message], languageLinks, status: input.problems ? 400 : 200 };
  }
  const problems = input.problems ?? { errors: {}, otherErrors: [] };
  const failed = Object.keys(problems.errors).length + problems.otherErrors.length > 0;
  return {
    ...base,
    title: fill(texts.title, { title: event.title }),
    paragraphs: [availabilityText(event, texts)].filter((text): text is string => text !== null),
    form: {
      action: REGISTER_PATH,
      event: event.documentId,
      locale: language,
      button: event.opening.outcome === 'waitlisted' ? texts.waitlistButton : texts.button,
      values: input.entered ?? {},
      errors: problems.errors,
      otherErrors: problems.otherErrors,
    },
    languageLinks,
    status: failed ? 400 : 200,
  };
}

/** The page answering a registration the service took: a place, or a waitlist position. */
export function registeredPageView(
  input: PageInput & { eventTitle: string; outcome: { state: 'registered' | 'waitlisted'; waitlistPosition: number | null; message: string } },
): RegistrationPage {
  const { texts } = input;
  return {
    language: input.language,
    siteName: input.siteName ?? texts.siteName,
    title: input.outcome.state === 'registered' ? texts.registeredTitle : texts.waitlistedTitle,
    paragraphs: [input.eventTitle, input.outcome.message],
    links: [],
    languageLinks: [],
    status: 201,
  };
}

/** The page answering a registration the event refused (closed, deadline passed, full): why, and the way back. */
export function refusedPageView(input: PageInput & { event: string; message: string }): RegistrationPage {
  const { texts } = input;
  return {
    language: input.language,
    siteName: input.siteName ?? texts.siteName,
    title: texts.refusedTitle,
    paragraphs: [input.message],
    links: /^[A-Za-z0-9]{1,64}$/.test(input.event) ? [{ href: pagePath(input.event, input.language), label: texts.backToForm }] : [],
    languageLinks: [],
    status: 400,
  };
}
