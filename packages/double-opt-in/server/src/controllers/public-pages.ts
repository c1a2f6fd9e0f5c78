import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { listFromForm, INTERESTS_DIMENSION } from '../domain/facets';
import {
  FORM_TYPES,
  answerFormatOf,
  attachmentOf,
  confirmPageView,
  confirmedView,
  dataRequestPageView,
  dataRequestSentView,
  erasedView,
  invalidLinkView,
  layoutOf,
  myDataPageView,
  pageLanguageOf,
  preferencesSavedView,
  signupEnteredOf,
  signupPageView,
  signupReceivedView,
  signupRejectedView,
  unsubscribeAnswerOf,
  unsubscribePageView,
  unsubscribedView,
  type AnswerFormat,
    type PageScene,
} from '../domain/page-views';
import { renderPage, type Page } from '../domain/pages';
import { signupFromForm } from '../domain/signup-schema';
import { getService } from '../get-service';
import { FieldValidationError } from '../validation-error';

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

/** The posted fields as a fresh object (the caller may change it); as `{ ...body }` would give them. */
const bodyOf = (ctx: Context): Record<string, unknown> => Object.assign<Record<string, unknown>, unknown>({}, ctx.request.body ?? {});

/**
 * The link's token, from the form's hidden field or else the link's query, read once as text.
 * Empty when none was sent: no service accepts an empty token, so it ends as an invalid link.
 */
function tokenOf(ctx: Context, body: Record<string, unknown>): string {
  if (typeof body.token === 'string') return body.token;
  return typeof ctx.query.token === 'string' ? ctx.query.token : '';
}

const formatOf = (ctx: Context): AnswerFormat => answerFormatOf(ctx.request.is(...FORM_TYPES));

/** A link refused, for a JSON caller: a 400 naming the token and why. */
const refusedLink = (message: string, reason: 'invalid' | 'expired') => new errors.ValidationError(message, { reason });

/**
 * The public pages and their JSON twins. Each action parses the request, calls a service, hands
 * the outcome to the presenter (`domain/page-views.ts`) and answers with its page or JSON.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const subscription = () => getService(strapi, 'subscription');
  const settings = () => getService(strapi, 'settings');

  /** A page's language, resolved once per request: `?lang=`, else the person's (`person`: the subscriber's), else the browser's. */
  function languageOf(ctx: Context, person: string | null = null): string {
    const { locales } = settings().get();
    return pageLanguageOf({ asked: ctx.query.lang, person, browser: ctx.acceptsLanguages(...locales) }, locales);
  }

  const sceneOf = (language: string): PageScene => ({ config: settings().get(), language, catalogueOf: (locale) => settings().catalogue(locale) });

  function sendPage(ctx: Context, scene: PageScene, page: Page): void {
    ctx.status = page.status ?? 200;
    ctx.type = 'text/html; charset=utf-8';
    // Pages carry personal tokens: keep them out of caches and referrers.
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.body = renderPage(page, scene.language, layoutOf(scene, ctx), scene.catalogueOf(scene.language).pages);
  }

  function sendJson(ctx: Context, body: unknown, status = 200): void {
    ctx.status = status;
    ctx.body = body;
  }

  /** The redirect to a frontend page, when the config names one (its origin is allow-listed at start-up). */
  function frontendRedirect(page: 'confirm' | 'unsubscribe' | 'myData', token: string): string | null {
    const target = settings().get().pages.redirect[page];
    if (!target || !token) return null;
    const url = new URL(target);
    url.searchParams.set('token', token);
    return url.toString();
  }

  const facetNames = () => settings().get().facets.map((facet) => facet.name);

  return {
    async signupPage(ctx: Context) {
      const scene = sceneOf(languageOf(ctx));
      sendPage(ctx, scene, signupPageView(scene, Date.now(), settings().urls.dataRequest(scene.language)));
    },

    async subscribe(ctx: Context) {
      const format = formatOf(ctx);
      const body = bodyOf(ctx);
      // The sign-up's own `locale` decides, not the link or the browser: the person chose it in the form.
      const scene = sceneOf(pageLanguageOf({ person: typeof body.locale === 'string' ? body.locale : null }, settings().get().locales));
      try {
        const input = format === 'page' ? signupFromForm(body, facetNames()) : (ctx.request.body ?? {});
        await subscription().subscribe(input, { ip: ctx.request.ip, language: scene.language });
      } catch (error) {
        if (format === 'page' && error instanceof errors.ValidationError) {
          const problems = error instanceof FieldValidationError ? error.problems : [];
          return sendPage(ctx, scene, signupRejectedView(scene, Date.now(), signupEnteredOf(body, facetNames()), problems));
        }
        throw error;
      }
      if (format === 'page') return sendPage(ctx, scene, signupReceivedView(scene));
      sendJson(ctx, { data: { status: 'accepted', message: scene.catalogueOf(scene.language).answers.accepted } }, 202);
    },

    async confirmPage(ctx: Context) {
      const token = tokenOf(ctx, bodyOf(ctx));
      const redirect = frontendRedirect('confirm', token);
      if (redirect) return ctx.redirect(redirect);
      const inspected = await subscription().inspectConfirmation(token);
      const scene = sceneOf(languageOf(ctx, inspected.ok ? inspected.value.language : null));
      sendPage(ctx, scene, inspected.ok ? confirmPageView(scene, token) : invalidLinkView(scene, inspected.reason));
    },

    async confirm(ctx: Context) {
      const result = await subscription().confirm(tokenOf(ctx, bodyOf(ctx)), { ip: ctx.request.ip });
      if (formatOf(ctx) === 'page') {
        const scene = sceneOf(languageOf(ctx, result.ok ? result.value.language : null));
        return sendPage(ctx, scene, result.ok ? confirmedView(scene) : invalidLinkView(scene, result.reason));
      }
      if (!result.ok) throw refusedLink(`token: the confirmation link is ${result.reason}`, result.reason);
      sendJson(ctx, { data: { status: 'confirmed' } });
    },

    async unsubscribePage(ctx: Context) {
      const token = tokenOf(ctx, bodyOf(ctx));
      const redirect = frontendRedirect('unsubscribe', token);
      if (redirect) return ctx.redirect(redirect);
      const inspected = await subscription().inspectUnsubscribe(token);
      const scene = sceneOf(languageOf(ctx, inspected.ok ? inspected.value.language : null));
      if (!inspected.ok) return sendPage(ctx, scene, invalidLinkView(scene, 'invalid'));
      sendPage(ctx, scene, unsubscribePageView(scene, token, inspected.value.status === 'unsubscribed', settings().urls.dataRequest(scene.language)));
    },

    /**
     * The page's button and RFC 8058 one-click (`List-Unsubscribe=One-Click` posted by the mailbox
     * provider): no cookie, no redirect, the same answer for any token.
     */
    async unsubscribe(ctx: Context) {
      const body = bodyOf(ctx);
      const format = unsubscribeAnswerOf(body, ctx.request.is(...FORM_TYPES));
      const result = await subscription().unsubscribe(tokenOf(ctx, body), { ip: ctx.request.ip, channel: format === 'one-click' ? 'one-click' : 'unsubscribe-page' });
      if (format === 'one-click') {
        ctx.status = 200;
        ctx.type = 'text/plain; charset=utf-8';
        ctx.body = 'unsubscribed\n';
        return;
      }
      if (format === 'page') {
        const scene = sceneOf(languageOf(ctx, result.ok ? result.value.language : null));
        return sendPage(ctx, scene, result.ok ? unsubscribedView(scene) : invalidLinkView(scene, 'invalid'));
      }
      if (!result.ok) throw refusedLink('token: the unsubscribe link is invalid', 'invalid');
      sendJson(ctx, { data: { status: 'unsubscribed' } });
    },

    async dataRequestPage(ctx: Context) {
      const scene = sceneOf(languageOf(ctx));
      sendPage(ctx, scene, dataRequestPageView(scene));
    },

    async dataRequest(ctx: Context) {
      const scene = sceneOf(languageOf(ctx));
      await subscription().requestData(bodyOf(ctx));
      if (formatOf(ctx) === 'page') return sendPage(ctx, scene, dataRequestSentView(scene));
      sendJson(ctx, { data: { status: 'accepted', message: scene.catalogueOf(scene.language).answers.dataRequestAccepted } }, 202);
    },

    async myDataPage(ctx: Context) {
      const token = tokenOf(ctx, bodyOf(ctx));
      const redirect = frontendRedirect('myData', token);
      if (redirect) return ctx.redirect(redirect);
      const inspected = await subscription().inspectDataAccess(token);
      const scene = sceneOf(languageOf(ctx, inspected.ok ? inspected.value.language : null));
      if (!inspected.ok) return sendPage(ctx, scene, invalidLinkView(scene, inspected.reason));
      const data = await subscription().exportData(inspected.value);
      sendPage(ctx, scene, myDataPageView(scene, data, getService(strapi, 'preferences').of(inspected.value), token));
    },

    /**
     * The my-data page's choices (form) or JSON `{ token, interests?, <facet>? }`: the whole new
     * choice, a list left out meaning "nothing chosen" (everything). No new opt-in; the change is noted in the consent record.
     */
    async updatePreferences(ctx: Context) {
      const format = formatOf(ctx);
      const body = bodyOf(ctx);
      const token = tokenOf(ctx, body);
      delete body.token;
      if (format === 'page') for (const name of [INTERESTS_DIMENSION, ...facetNames()]) if (name in body) body[name] = listFromForm(body[name]);
      const result = await getService(strapi, 'preferences').update(token, body, { ip: ctx.request.ip, channel: format === 'page' ? 'my-data-page' : 'api' });
      if (format === 'page') {
        const scene = sceneOf(languageOf(ctx, result.ok ? result.value.subscriber.language : null));
        return sendPage(ctx, scene, result.ok ? preferencesSavedView(scene, token) : invalidLinkView(scene, result.reason));
      }
      if (!result.ok) throw refusedLink(`token: the link is ${result.reason}`, result.reason);
      sendJson(ctx, { data: { status: result.value.change ? 'changed' : 'unchanged', preferences: getService(strapi, 'preferences').of(result.value.subscriber) } });
    },

    async myDataExport(ctx: Context) {
      const inspected = await subscription().inspectDataAccess(tokenOf(ctx, bodyOf(ctx)));
      if (!inspected.ok) throw refusedLink(`token: the link is ${inspected.reason}`, inspected.reason);
      const scene = sceneOf(languageOf(ctx, inspected.value.language));
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Content-Disposition', attachmentOf(scene.catalogueOf(scene.language).pages.myDataFileName));
      ctx.body = await subscription().exportData(inspected.value);
    },

    async erase(ctx: Context) {
      const format = formatOf(ctx);
      const inspected = await subscription().inspectDataAccess(tokenOf(ctx, bodyOf(ctx)));
      const scene = sceneOf(languageOf(ctx, inspected.ok ? inspected.value.language : null));
      if (!inspected.ok) {
        if (format === 'page') return sendPage(ctx, scene, invalidLinkView(scene, inspected.reason));
        throw refusedLink(`token: the link is ${inspected.reason}`, inspected.reason);
      }
      await subscription().erase(inspected.value);
      if (format === 'page') return sendPage(ctx, scene, erasedView(scene));
      sendJson(ctx, { data: { status: 'erased' } });
    },

    async challenge(ctx: Context) {
      if (!settings().get().abuse.altcha.enabled) throw new errors.NotFoundError('proof of work is not enabled');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await getService(strapi, 'proof-of-work').challenge();
    },
  };
};
