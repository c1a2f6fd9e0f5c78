import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { renderPage, type Page, type PageLayout, type PageTexts, type SignupFormView } from '../domain/pages';
import { INTERESTS_DIMENSION, listFromForm } from '../domain/facets';
import { NAME_WITH_LINK, signupFromForm } from '../domain/signup-schema';
import { matchLocale } from '../messages';
import { getService } from '../get-service';
import type { SubscriberRow } from '../repositories/subscriber-repository';

export interface Context {
  method: string;
  path: string;
  querystring: string;
  query: Record<string, unknown>;
  request: { body?: unknown; ip?: string; is(...types: string[]): string | false | null };
  headers: Record<string, string | undefined>;
  status: number;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
  redirect(url: string): void;
  acceptsLanguages(...languages: string[]): string | false;
}

/** Plain HTML forms post urlencoded and get pages back; everything else speaks JSON. */
const isForm = (ctx: Context) => Boolean(ctx.request.is('application/x-www-form-urlencoded', 'multipart/form-data'));

/** The language of a page: `?lang=`, else the subscriber's, else the browser's, else the default; always a configured locale. */
function pageLanguage(strapi: Core.Strapi, ctx: Context, subscriber?: SubscriberRow | null): string {
  const settings = getService(strapi, 'settings');
  const locales = settings.get().locales;
  const asked = matchLocale(typeof ctx.query.lang === 'string' ? ctx.query.lang : null, locales);
  if (asked) return asked;
  if (subscriber?.language) return settings.locale(subscriber.language);
  return settings.locale(ctx.acceptsLanguages(...locales) || locales[0]);
}

const textsOf = (strapi: Core.Strapi, language: string): PageTexts => getService(strapi, 'settings').catalogue(language).pages;

/** The configured site around the pages; a GET page also links to itself in each other language. */
function layoutFor(strapi: Core.Strapi, ctx: Context, language: string): PageLayout {
  const settings = getService(strapi, 'settings');
  const config = settings.get();
  const layout = config.pages.layout ?? {};
  const pick = (label: Record<string, string>) => label[language] ?? label[config.locales[0]] ?? Object.values(label)[0] ?? '';
  let languageSwitch: PageLayout['languageSwitch'];
  if (ctx.method === 'GET') {
    languageSwitch = config.locales
      .filter((locale) => locale !== language)
      .map((locale) => {
        const query = new URLSearchParams(ctx.querystring);
        query.set('lang', locale);
        return { href: `${ctx.path}?${query.toString()}`, label: settings.catalogue(locale).languageName, language: locale };
      });
  }
  return {
    siteName: layout.siteName ? pick(layout.siteName) : textsOf(strapi, language).siteName,
    stylesheets: layout.stylesheets ?? [],
    navigation: (layout.navigation ?? []).map((link) => {
      const href = pick(link.href);
      return { href, label: pick(link.label), current: new URL(href, 'http://site.invalid').pathname === ctx.path };
    }),
    languageSwitch,
  };
}

function sendPage(ctx: Context, page: Page, language: string, text: PageTexts, status = 200, layout?: PageLayout): void {
  ctx.status = page.status ?? status;
  ctx.type = 'text/html; charset=utf-8';
  // Pages carry personal tokens: keep them out of caches and referrers.
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.body = renderPage(page, language, layout, text);
}

const tokenOf = (ctx: Context) => {
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  return (typeof body.token === 'string' ? body.token : undefined) ?? (typeof ctx.query.token === 'string' ? ctx.query.token : undefined);
};

/** The redirect to a frontend page, when the config names one (its origin is allow-listed at start-up). */
function frontendRedirect(strapi: Core.Strapi, page: 'confirm' | 'unsubscribe' | 'myData', token: string | undefined): string | null {
  const target = getService(strapi, 'settings').get().pages.redirect[page];
  if (!target || !token) return null;
  const url = new URL(target);
  url.searchParams.set('token', token);
  return url.toString();
}

const path = (action: string) => `/api/double-opt-in/${action}`;

function invalidPage(text: PageTexts, reason: 'invalid' | 'expired'): Page {
  return {
    title: reason === 'expired' ? text.expiredTitle : text.invalidTitle,
    lead: text.invalidLead,
    status: 400,
  };
}

/** Field name → message for the person, from the service's validation problems. */
function fieldErrors(error: errors.ValidationError, pageTexts: PageTexts, facetNames: readonly string[] = []): Record<string, string> {
  const text = pageTexts as Record<string, string>;
  const details = (error.details ?? {}) as { errors?: Array<{ path?: string[]; rule?: string }> };
  const result: Record<string, string> = {};
  for (const problem of details.errors ?? []) {
    const field = problem.path?.[0] ?? '';
    if (facetNames.includes(field)) {
      result[field] = text.error_facets;
      continue;
    }
    if (problem.rule === NAME_WITH_LINK && text[`error_${field}_link`]) {
      result[field] = text[`error_${field}_link`];
      continue;
    }
    result[text[`error_${field}`] ? field : 'form'] = text[`error_${field}`] ?? text.error_other;
  }
  if (Object.keys(result).length === 0) result.form = text.error_other;
  return result;
}

/** `Content-Disposition` of a download; a name beyond ASCII also goes as RFC 5987 `filename*`. */
function attachment(name: string): string {
  const plain = name.replace(/["\\\r\n]/g, '');
  const ascii = plain.replace(/[^\x20-\x7e]/g, '_');
  return ascii === plain ? `attachment; filename="${plain}"` : `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(plain)}`;
}

const listOf = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : []);
const textOf = (value: unknown) => (typeof value === 'string' ? value.slice(0, 300) : undefined);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const subscription = () => getService(strapi, 'subscription');
  const settings = () => getService(strapi, 'settings');
  const texts = (language: string) => textsOf(strapi, language);
  const answers = (language: string) => settings().catalogue(language).answers;
  const send = (ctx: Context, page: Page, language: string, status = 200) => sendPage(ctx, page, language, texts(language), status, layoutFor(strapi, ctx, language));

  const facetNames = () => settings().get().facets.map((facet) => facet.name);

  /** The configured facets as checkbox groups in `language`, with what is chosen. */
  function facetGroups(language: string, chosen: Record<string, string[]> = {}) {
    const config = settings().get();
    const pick = (label: Record<string, string> | undefined, fallback: string) => label?.[language] ?? label?.[config.locales[0]] ?? fallback;
    return config.facets.map((facet) => ({
      name: facet.name,
      legend: pick(facet.legend, facet.name),
      options: facet.options.map((option) => ({ code: option.code, label: pick(option.label, option.code) })),
      chosen: chosen[facet.name] ?? [],
    }));
  }

  function signupForm(language: string, values?: SignupFormView['values'], errorsByField?: Record<string, string>, chosenFacets?: Record<string, string[]>): SignupFormView {
    const config = getService(strapi, 'settings').get();
    return {
      facets: facetGroups(language, chosenFacets),
      action: path('subscribe'),
      locale: language,
      consentText: config.consent.text[language] ?? Object.values(config.consent.text)[0] ?? '',
      interests: config.interests.map((interest) => ({ code: interest.code, label: interest.label?.[language] ?? interest.code })),
      honeypotField: config.abuse.honeypotField,
      startedAt: Date.now(),
      values,
      errors: errorsByField,
    };
  }

  /** The my-data page's form to change what the person hears about; none when nothing is configured to choose. */
  function preferencesForm(subscriber: SubscriberRow, language: string, token: string): Page['choices'] {
    const config = settings().get();
    const text = texts(language);
    const chosen = getService(strapi, 'preferences').of(subscriber);
    const interests = config.interests.length
      ? [{ name: INTERESTS_DIMENSION, legend: text.interests, options: config.interests.map((interest) => ({ code: interest.code, label: interest.label?.[language] ?? interest.code })), chosen: chosen[INTERESTS_DIMENSION] }]
      : [];
    const groups = [...interests, ...facetGroups(language, chosen)];
    if (groups.length === 0) return undefined;
    return { heading: text.preferencesTitle, hint: text.preferencesHint, action: path(`my-data/preferences?lang=${language}`), hidden: { token }, groups, button: text.preferencesButton };
  }

  return {
    /** The sign-up form as a page of its own: works without JavaScript. */
    async signupPage(ctx: Context) {
      const language = pageLanguage(strapi, ctx);
      const text = texts(language);
      send(ctx, {
        title: text.signupTitle,
        lead: text.signupLead,
        signup: signupForm(language),
        links: [{ href: getService(strapi, 'settings').urls.dataRequest(language), label: text.privacyLink }],
      }, language);
    },

    async subscribe(ctx: Context) {
      const form = isForm(ctx);
      const body = (ctx.request.body ?? {}) as Record<string, unknown>;
      const language = settings().locale(typeof body.locale === 'string' ? body.locale : undefined);
      try {
        await subscription().subscribe(form ? signupFromForm(body, facetNames()) : body, { ip: ctx.request.ip });
      } catch (error) {
        if (form && error instanceof errors.ValidationError) {
          // The form again, with what was entered and each problem at its field; nothing is lost.
          const values = { firstName: textOf(body.firstName), lastName: textOf(body.lastName), email: textOf(body.email), interests: listOf(body.interests) };
          const text = texts(language);
          const chosen = Object.fromEntries(facetNames().map((name) => [name, listOf(body[name])]));
          return send(ctx, { title: text.signupTitle, signup: signupForm(language, values, fieldErrors(error, texts(language), facetNames()), chosen), status: 400 }, language);
        }
        throw error;
      }
      // The same answer for new, pending, confirmed and suppressed addresses.
      if (form) return send(ctx, { title: texts(language).signupReceivedTitle, lead: answers(language).accepted }, language, 202);
      ctx.status = 202;
      ctx.body = { data: { status: 'accepted', message: answers(language).accepted } };
    },

    /** GET of the link in the mail: shows a button, changes nothing (mail scanners open links). */
    async confirmPage(ctx: Context) {
      const token = tokenOf(ctx);
      const redirect = frontendRedirect(strapi, 'confirm', token);
      if (redirect) return ctx.redirect(redirect);
      const inspected = await subscription().inspectConfirmation(token);
      const language = pageLanguage(strapi, ctx, inspected.ok ? inspected.value : null);
      if (!inspected.ok) return send(ctx, invalidPage(texts(language), inspected.reason), language);
      const text = texts(language);
      send(ctx, { title: text.confirmTitle, lead: text.confirmLead, form: { action: path(`confirm?lang=${language}`), hidden: { token: token as string }, button: text.confirmButton } }, language);
    },

    async confirm(ctx: Context) {
      const result = await subscription().confirm(tokenOf(ctx), { ip: ctx.request.ip });
      if (isForm(ctx)) {
        const language = pageLanguage(strapi, ctx, result.ok ? result.value : null);
        if (!result.ok) return send(ctx, invalidPage(texts(language), result.reason), language);
        const text = texts(language);
        return send(ctx, { title: text.confirmedTitle, lead: text.confirmedLead }, language);
      }
      if (!result.ok) throw new errors.ValidationError(`token: the confirmation link is ${result.reason}`, { reason: result.reason });
      ctx.body = { data: { status: 'confirmed' } };
    },

    async unsubscribePage(ctx: Context) {
      const token = tokenOf(ctx);
      const redirect = frontendRedirect(strapi, 'unsubscribe', token);
      if (redirect) return ctx.redirect(redirect);
      const inspected = await subscription().inspectUnsubscribe(token);
      const language = pageLanguage(strapi, ctx, inspected.ok ? inspected.value : null);
      if (!inspected.ok) return send(ctx, invalidPage(texts(language), 'invalid'), language);
      const text = texts(language);
      if (inspected.value.status === 'unsubscribed') return send(ctx, { title: text.unsubscribedTitle, lead: text.unsubscribedLead }, language);
      send(ctx, {
        title: text.unsubscribeTitle,
        lead: text.unsubscribeLead,
        form: { action: path(`unsubscribe?lang=${language}`), hidden: { token: token as string }, button: text.unsubscribeButton },
        links: [{ href: getService(strapi, 'settings').urls.dataRequest(language), label: text.dataRequestTitle }],
      }, language);
    },

    /**
     * The page's button and RFC 8058 one-click (`List-Unsubscribe=One-Click` posted by the mailbox
     * provider): no cookie, no redirect, the same answer for any token.
     */
    async unsubscribe(ctx: Context) {
      const body = (ctx.request.body ?? {}) as Record<string, unknown>;
      const oneClick = body['List-Unsubscribe'] === 'One-Click';
      const result = await subscription().unsubscribe(tokenOf(ctx), { ip: ctx.request.ip, channel: oneClick ? 'one-click' : 'unsubscribe-page' });
      if (oneClick) {
        ctx.status = 200;
        ctx.type = 'text/plain; charset=utf-8';
        ctx.body = 'unsubscribed\n';
        return;
      }
      if (isForm(ctx)) {
        const language = pageLanguage(strapi, ctx, result.ok ? result.value : null);
        if (!result.ok) return send(ctx, invalidPage(texts(language), 'invalid'), language);
        const text = texts(language);
        return send(ctx, { title: text.unsubscribedTitle, lead: text.unsubscribedLead }, language);
      }
      if (!result.ok) throw new errors.ValidationError('token: the unsubscribe link is invalid', { reason: 'invalid' });
      ctx.body = { data: { status: 'unsubscribed' } };
    },

    async dataRequestPage(ctx: Context) {
      const language = pageLanguage(strapi, ctx);
      const text = texts(language);
      send(ctx, {
        title: text.dataRequestTitle,
        lead: text.dataRequestLead,
        form: { action: path(`my-data/request?lang=${language}`), button: text.dataRequestButton, emailField: { label: text.emailLabel, name: 'email' } },
      }, language);
    },

    async dataRequest(ctx: Context) {
      const body = { ...((ctx.request.body ?? {}) as Record<string, unknown>) };
      const language = pageLanguage(strapi, ctx);
      await subscription().requestData(body);
      if (isForm(ctx)) return send(ctx, { title: texts(language).dataRequestSentTitle, lead: answers(language).dataRequestAccepted }, language, 202);
      ctx.status = 202;
      ctx.body = { data: { status: 'accepted', message: answers(language).dataRequestAccepted } };
    },

    async myDataPage(ctx: Context) {
      const token = tokenOf(ctx);
      const redirect = frontendRedirect(strapi, 'myData', token);
      if (redirect) return ctx.redirect(redirect);
      const inspected = await subscription().inspectDataAccess(token);
      const language = pageLanguage(strapi, ctx, inspected.ok ? inspected.value : null);
      if (!inspected.ok) return send(ctx, invalidPage(texts(language), inspected.reason), language);
      const text = texts(language);
      const data = await subscription().exportData(inspected.value);
      const { dateLocale } = settings().catalogue(language);
      const date = (value: unknown) => (value ? new Date(value as string).toLocaleString(dateLocale) : '–');
      send(ctx, {
        title: text.myDataTitle,
        fields: [
          { label: text.firstName, value: data.subscriber.firstName },
          { label: text.lastName, value: data.subscriber.lastName },
          { label: text.emailLabel, value: data.subscriber.email },
          { label: text.status, value: (text as Record<string, string>)[`status_${data.subscriber.status}`] ?? data.subscriber.status },
          { label: text.language, value: data.subscriber.language ?? '' },
          { label: text.interests, value: data.subscriber.interests.join(', ') || '–' },
          ...facetGroups(language).map((group) => ({
            label: group.legend,
            value: (data.subscriber.facets[group.name] ?? []).map((code) => group.options.find((option) => option.code === code)?.label ?? code).join(', ') || '–',
          })),
          { label: text.createdAt, value: date(data.subscriber.createdAt) },
          { label: text.confirmedAt, value: date(data.subscriber.confirmedAt) },
        ],
        list: { heading: text.events, items: data.consentEvents.map((event) => `${date(event.occurredAt)}: ${event.type}${event.consentVersion ? ` (${event.consentVersion})` : ''}${event.details ? ` (${event.details})` : ''}`) },
        choices: preferencesForm(inspected.value, language, token as string),
        links: [{ href: path(`my-data/export?token=${encodeURIComponent(token as string)}`), label: text.myDataDownload }],
        form: { action: path(`my-data/erase?lang=${language}`), hidden: { token: token as string }, button: text.eraseButton },
        note: text.eraseHint,
      }, language);
    },

    /**
     * The my-data page's choices (form) or JSON `{ token, interests?, <facet>? }`: the whole new
     * choice, a list left out meaning "nothing chosen" (everything). No new opt-in; the change is noted in the consent record.
     */
    async updatePreferences(ctx: Context) {
      const form = isForm(ctx);
      const body = { ...((ctx.request.body ?? {}) as Record<string, unknown>) };
      const token = tokenOf(ctx);
      delete body.token;
      if (form) for (const name of [INTERESTS_DIMENSION, ...facetNames()]) if (name in body) body[name] = listFromForm(body[name]);
      const result = await getService(strapi, 'preferences').update(token, body, { ip: ctx.request.ip, channel: form ? 'my-data-page' : 'api' });
      const language = pageLanguage(strapi, ctx, result.ok ? result.value.subscriber : null);
      if (form) {
        if (!result.ok) return send(ctx, invalidPage(texts(language), result.reason), language);
        const text = texts(language);
        return send(ctx, {
          title: text.preferencesSavedTitle,
          lead: text.preferencesSavedLead,
          links: [{ href: path(`my-data?token=${encodeURIComponent(token as string)}&lang=${language}`), label: text.myDataTitle }],
        }, language);
      }
      if (!result.ok) throw new errors.ValidationError(`token: the link is ${result.reason}`, { reason: result.reason });
      ctx.body = { data: { status: result.value.change ? 'changed' : 'unchanged', preferences: getService(strapi, 'preferences').of(result.value.subscriber) } };
    },

    async myDataExport(ctx: Context) {
      const inspected = await subscription().inspectDataAccess(tokenOf(ctx));
      if (!inspected.ok) throw new errors.ValidationError(`token: the link is ${inspected.reason}`, { reason: inspected.reason });
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Content-Disposition', attachment(texts(pageLanguage(strapi, ctx, inspected.value)).myDataFileName));
      ctx.body = await subscription().exportData(inspected.value);
    },

    async erase(ctx: Context) {
      const inspected = await subscription().inspectDataAccess(tokenOf(ctx));
      const language = pageLanguage(strapi, ctx, inspected.ok ? inspected.value : null);
      if (!inspected.ok) {
        if (isForm(ctx)) return send(ctx, invalidPage(texts(language), inspected.reason), language);
        throw new errors.ValidationError(`token: the link is ${inspected.reason}`, { reason: inspected.reason });
      }
      await subscription().erase(inspected.value);
      if (isForm(ctx)) return send(ctx, { title: texts(language).erasedTitle, lead: texts(language).erasedLead }, language);
      ctx.body = { data: { status: 'erased' } };
    },

    async challenge(ctx: Context) {
      if (!getService(strapi, 'settings').get().abuse.altcha.enabled) throw new errors.NotFoundError('proof of work is not enabled');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await getService(strapi, 'proof-of-work').challenge();
    },
  };
};
