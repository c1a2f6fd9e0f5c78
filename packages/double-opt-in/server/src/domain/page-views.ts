import type { DoubleOptInConfig } from '../config';
import { localeOf, matchLocale, type Catalogue } from '../messages';
import { INTERESTS_DIMENSION, type Preferences } from './facets';
import type { FieldProblem } from './field-problem';
import type { Page, PageLayout, PageTexts, SignupFormView } from './pages';
import { NAME_WITH_LINK } from './signup-schema';

/**
 * The presenter of the public pages: what each page shows, built from the state a service
 * returned, the config and the catalogue. Nothing here reads a request or writes an answer, so
 * every page's content is a plain function of its inputs.
 */

/** What the pages need of the config. */
export type PagesConfig = Pick<DoubleOptInConfig, 'locales' | 'pages' | 'facets' | 'interests' | 'consent' | 'abuse'>;

/** What a page in one language is built from. */
export interface PageScene {
  config: PagesConfig;
  language: string;
  /** The catalogue of a configured locale (the language switch names each language in itself). */
  catalogueOf: (locale: string) => Catalogue;
}

/** What the request says about its language, each hint weaker than the one before. */
export interface LanguageHints {
  /** `?lang=`: used only when it matches a configured locale. */
  asked?: unknown;
  /** The person's own language (the subscriber's, or the sign-up's `locale`): its nearest configured locale. */
  person?: string | null;
  /** The browser's best configured choice (`Accept-Language`), if any. */
  browser?: string | false | null;
}

/** The language of a page: `?lang=`, else the person's, else the browser's, else the default; always a configured locale. */
export function pageLanguageOf(hints: LanguageHints, locales: readonly string[]): string {
  const asked = matchLocale(typeof hints.asked === 'string' ? hints.asked : null, locales);
  if (asked) return asked;
  if (hints.person) return localeOf(hints.person, locales);
  return localeOf(hints.browser || locales[0], locales);
}

/** The bodies a plain HTML form posts; for them the answer is a page, for anything else JSON. */
export const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'] as const;

export type AnswerFormat = 'page' | 'json';

/** Form or JSON, from what `ctx.request.is(...FORM_TYPES)` matched (false or null: no form body). */
export const answerFormatOf = (matchedFormType: string | false | null): AnswerFormat => (matchedFormType ? 'page' : 'json');

/**
 * The unsubscribe POST: a mailbox provider's RFC 8058 one-click (`List-Unsubscribe=One-Click`)
 * gets plain text whatever the body type; otherwise form or JSON as everywhere.
 */
export const unsubscribeAnswerOf = (body: Readonly<Record<string, unknown>>, matchedFormType: string | false | null): AnswerFormat | 'one-click' =>
  body['List-Unsubscribe'] === 'One-Click' ? 'one-click' : answerFormatOf(matchedFormType);

const texts = (scene: PageScene): PageTexts => scene.catalogueOf(scene.language).pages;

/** A page text by a key made at run time (`error_email`, `status_pending`); none when the catalogue lacks it. */
function textAt(pageTexts: PageTexts, key: string): string | undefined {
  const value: unknown = Object.prototype.hasOwnProperty.call(pageTexts, key) ? pageTexts[key as keyof PageTexts] : undefined;
  return typeof value === 'string' ? value : undefined;
}

const pick = (scene: PageScene, label: Record<string, string> | undefined, fallback: string) => label?.[scene.language] ?? label?.[scene.config.locales[0]] ?? fallback;

const path = (action: string) => `/api/double-opt-in/${action}`;

/** The request a page answers, for its own links. */
export interface PageRequest {
  method: string;
  path: string;
  querystring: string;
}

/** The configured site around the pages; a GET page also links to itself in each other language. */
export function layoutOf(scene: PageScene, request: PageRequest): PageLayout {
  const { config, language } = scene;
  const layout = config.pages.layout ?? {};
  const label = (text: Record<string, string>) => text[language] ?? text[config.locales[0]] ?? Object.values(text)[0] ?? '';
  let languageSwitch: PageLayout['languageSwitch'];
  if (request.method === 'GET') {
    languageSwitch = config.locales
      .filter((locale) => locale !== language)
      .map((locale) => {
        const query = new URLSearchParams(request.querystring);
        query.set('lang', locale);
        return { href: `${request.path}?${query.toString()}`, label: scene.catalogueOf(locale).languageName, language: locale };
      });
  }
  return {
    siteName: layout.siteName ? label(layout.siteName) : texts(scene).siteName,
    stylesheets: layout.stylesheets ?? [],
    navigation: (layout.navigation ?? []).map((link) => {
      const href = label(link.href);
      return { href, label: label(link.label), current: new URL(href, 'http://site.invalid').pathname === request.path };
    }),
    languageSwitch,
  };
}

/** A link that is wrong or used up; an expired one says so. */
export function invalidLinkView(scene: PageScene, reason: 'invalid' | 'expired'): Page {
  const text = texts(scene);
  return { title: reason === 'expired' ? text.expiredTitle : text.invalidTitle, lead: text.invalidLead, status: 400 };
}

/** The configured facets as checkbox groups, with what is chosen. */
export function facetGroupsOf(scene: PageScene, chosen: Preferences = {}) {
  return scene.config.facets.map((facet) => ({
    name: facet.name,
    legend: pick(scene, facet.legend, facet.name),
    options: facet.options.map((option) => ({ code: option.code, label: pick(scene, option.label, option.code) })),
    chosen: chosen[facet.name] ?? [],
  }));
}

const interestOptions = (scene: PageScene) => scene.config.interests.map((interest) => ({ code: interest.code, label: interest.label?.[scene.language] ?? interest.code }));

/** What the person had typed into the sign-up form, to show it again. */
export interface SignupEntered {
  values: NonNullable<SignupFormView['values']>;
  /** Facet name → ticked codes. */
  chosen: Preferences;
}

function signupForm(scene: PageScene, now: number, entered?: SignupEntered, errorsByField?: Record<string, string>): SignupFormView {
  const { config, language } = scene;
  return {
    facets: facetGroupsOf(scene, entered?.chosen),
    action: path('subscribe'),
    locale: language,
    consentText: config.consent.text[language] ?? Object.values(config.consent.text)[0] ?? '',
    interests: interestOptions(scene),
    honeypotField: config.abuse.honeypotField,
    startedAt: now,
    values: entered?.values,
    errors: errorsByField,
  };
}

/** The sign-up form as a page of its own: works without JavaScript. */
export function signupPageView(scene: PageScene, now: number, dataRequestUrl: string): Page {
  const text = texts(scene);
  return { title: text.signupTitle, lead: text.signupLead, signup: signupForm(scene, now), links: [{ href: dataRequestUrl, label: text.privacyLink }] };
}

const listOf = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : []);
const textOf = (value: unknown) => (typeof value === 'string' ? value.slice(0, 300) : undefined);

/** What a posted sign-up form held, as the form shows it again (long texts cut, lists as lists). */
export function signupEnteredOf(body: Readonly<Record<string, unknown>>, facetNames: readonly string[]): SignupEntered {
  return {
    values: { firstName: textOf(body.firstName), lastName: textOf(body.lastName), email: textOf(body.email), interests: listOf(body.interests) },
    chosen: Object.fromEntries(facetNames.map((name) => [name, listOf(body[name])])),
  };
}

/** Field name → message for the person: a facet's problem at its group, a name with a link worded as such, others by field. */
export function fieldErrorsOf(problems: readonly FieldProblem[], pageTexts: PageTexts, facetNames: readonly string[] = []): Record<string, string> {
  const result: Record<string, string> = {};
  for (const problem of problems) {
    const field = problem.path[0] ?? '';
    if (facetNames.includes(field)) {
      result[field] = pageTexts.error_facets;
      continue;
    }
    const linkText = problem.rule === NAME_WITH_LINK ? textAt(pageTexts, `error_${field}_link`) : undefined;
    if (linkText) {
      result[field] = linkText;
      continue;
    }
    const fieldText = textAt(pageTexts, `error_${field}`);
    result[fieldText ? field : 'form'] = fieldText ?? pageTexts.error_other;
  }
  if (Object.keys(result).length === 0) result.form = pageTexts.error_other;
  return result;
}

/** The form again, with what was entered and each problem at its field; nothing is lost. */
export function signupRejectedView(scene: PageScene, now: number, entered: SignupEntered, problems: readonly FieldProblem[]): Page {
  const text = texts(scene);
  const errorsByField = fieldErrorsOf(problems, text, scene.config.facets.map((facet) => facet.name));
  return { title: text.signupTitle, signup: signupForm(scene, now, entered, errorsByField), status: 400 };
}

/** The same answer for new, pending, confirmed and suppressed addresses. */
export function signupReceivedView(scene: PageScene): Page {
  return { title: texts(scene).signupReceivedTitle, lead: scene.catalogueOf(scene.language).answers.accepted, status: 202 };
}

/** The GET of the link in the mail: a button, nothing changed yet (mail scanners open links). */
export function confirmPageView(scene: PageScene, token: string): Page {
  const text = texts(scene);
  return { title: text.confirmTitle, lead: text.confirmLead, form: { action: path(`confirm?lang=${scene.language}`), hidden: { token }, button: text.confirmButton } };
}

export function confirmedView(scene: PageScene): Page {
  const text = texts(scene);
  return { title: text.confirmedTitle, lead: text.confirmedLead };
}

/** The unsubscribe link's page: the button, or that it is done already. */
export function unsubscribePageView(scene: PageScene, token: string, alreadyUnsubscribed: boolean, dataRequestUrl: string): Page {
  if (alreadyUnsubscribed) return unsubscribedView(scene);
  const text = texts(scene);
  return {
    title: text.unsubscribeTitle,
    lead: text.unsubscribeLead,
    form: { action: path(`unsubscribe?lang=${scene.language}`), hidden: { token }, button: text.unsubscribeButton },
    links: [{ href: dataRequestUrl, label: text.dataRequestTitle }],
  };
}

export function unsubscribedView(scene: PageScene): Page {
  const text = texts(scene);
  return { title: text.unsubscribedTitle, lead: text.unsubscribedLead };
}

export function dataRequestPageView(scene: PageScene): Page {
  const text = texts(scene);
  return {
    title: text.dataRequestTitle,
    lead: text.dataRequestLead,
    form: { action: path(`my-data/request?lang=${scene.language}`), button: text.dataRequestButton, emailField: { label: text.emailLabel, name: 'email' } },
  };
}

export function dataRequestSentView(scene: PageScene): Page {
  return { title: texts(scene).dataRequestSentTitle, lead: scene.catalogueOf(scene.language).answers.dataRequestAccepted, status: 202 };
}

/** What is kept about a person, as the my-data page lists it. */
export interface PersonData {
  subscriber: {
    firstName: string;
    lastName: string;
    email: string;
    status: string;
    language: string | null;
    interests: string[];
    facets: Record<string, string[]>;
    createdAt: string | Date;
    confirmedAt: string | Date | null;
  };
  consentEvents: Array<{ type: string; occurredAt: string | Date; consentVersion: string | null; details: string | null }>;
}

/** The my-data page's form to change what the person hears about; none when nothing is configured to choose. */
function preferencesForm(scene: PageScene, chosen: Preferences, token: string): Page['choices'] {
  const text = texts(scene);
  const interests = scene.config.interests.length
    ? [{ name: INTERESTS_DIMENSION, legend: text.interests, options: interestOptions(scene), chosen: chosen[INTERESTS_DIMENSION] }]
    : [];
  const groups = [...interests, ...facetGroupsOf(scene, chosen)];
  if (groups.length === 0) return undefined;
  return { heading: text.preferencesTitle, hint: text.preferencesHint, action: path(`my-data/preferences?lang=${scene.language}`), hidden: { token }, groups, button: text.preferencesButton };
}

/** Everything kept about the person, their choices to change, the download and the erasure. */
export function myDataPageView(scene: PageScene, data: PersonData, chosen: Preferences, token: string): Page {
  const text = texts(scene);
  const { dateLocale } = scene.catalogueOf(scene.language);
  const date = (value: string | Date | null) => (value ? new Date(value).toLocaleString(dateLocale) : '–');
  const person = data.subscriber;
  return {
    title: text.myDataTitle,
    fields: [
      { label: text.firstName, value: person.firstName },
      { label: text.lastName, value: person.lastName },
      { label: text.emailLabel, value: person.email },
      { label: text.status, value: textAt(text, `status_${person.status}`) ?? person.status },
      { label: text.language, value: person.language ?? '' },
      { label: text.interests, value: person.interests.join(', ') || '–' },
      ...facetGroupsOf(scene).map((group) => ({
        label: group.legend,
        value: (person.facets[group.name] ?? []).map((code) => group.options.find((option) => option.code === code)?.label ?? code).join(', ') || '–',
      })),
      { label: text.createdAt, value: date(person.createdAt) },
      { label: text.confirmedAt, value: date(person.confirmedAt) },
    ],
    list: { heading: text.events, items: data.consentEvents.map((event) => `${date(event.occurredAt)}: ${event.type}${event.consentVersion ? ` (${event.consentVersion})` : ''}${event.details ? ` (${event.details})` : ''}`) },
    choices: preferencesForm(scene, chosen, token),
    links: [{ href: path(`my-data/export?token=${encodeURIComponent(token)}`), label: text.myDataDownload }],
    form: { action: path(`my-data/erase?lang=${scene.language}`), hidden: { token }, button: text.eraseButton },
    note: text.eraseHint,
  };
}

export function preferencesSavedView(scene: PageScene, token: string): Page {
  const text = texts(scene);
  return {
    title: text.preferencesSavedTitle,
    lead: text.preferencesSavedLead,
    links: [{ href: path(`my-data?token=${encodeURIComponent(token)}&lang=${scene.language}`), label: text.myDataTitle }],
  };
}

export function erasedView(scene: PageScene): Page {
  const text = texts(scene);
  return { title: text.erasedTitle, lead: text.erasedLead };
}

/** `Content-Disposition` of a download; a name beyond ASCII also goes as RFC 5987 `filename*`. */
export function attachmentOf(name: string): string {
  const plain = name.replace(/["\\\r\n]/g, '');
  const ascii = plain.replace(/[^\x20-\x7e]/g, '_');
  return ascii === plain ? `attachment; filename="${plain}"` : `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(plain)}`;
}
