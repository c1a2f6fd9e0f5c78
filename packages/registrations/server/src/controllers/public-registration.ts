import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FieldValidationError, validationError, type FieldProblem } from '@mitwirken/strapi-plugin-kit';
import type { z } from 'zod';
import { renderRegistrationPage } from '../domain/page-html';
import { enteredOf, formErrorsOf, pageLanguageOf, refusedPageView, registeredPageView, registrationPageView, type RegistrationPage } from '../domain/page-views';
import { buildRegistrationSchema, registrationFromForm } from '../domain/registration-input';
import { getService } from '../get-service';
import { catalogueFor } from '../messages';

export interface Context {
  request: { body?: unknown; is?(...types: string[]): string | false | null };
  query?: Record<string, unknown>;
  status: number;
  body: unknown;
  type?: string;
  set?(name: string, value: string): void;
}

/** The bodies a plain HTML form posts: for them the answer is a page, for anything else JSON. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's issues as field problems, each message naming its field (unknown keys named as such). */
function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      return { path: [keys], message: `unknown field ${keys}` };
    }
    const path = issue.path.length ? issue.path.map(String) : ['(body)'];
    return { path, message: issue.message.includes(path[0]) ? issue.message : `${path.join('.')}: ${issue.message}` };
  });
}

/**
 * HTTP adapter of the public registration: the page (GET) and the endpoint (POST), which answers
 * a plain HTML form with a page and anything else with JSON. Each action parses the request, asks
 * the service, hands the outcome to the presenter (`domain/page-views.ts`) and sends its answer.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => getService(strapi, 'settings').get();
  const texts = (language: string) => catalogueFor(language, settings().messages);
  const scene = (language: string) => ({
    language,
    texts: texts(language).page,
    locales: settings().locales.map((locale) => ({ locale, languageName: texts(locale).page.languageName })),
  });

  function sendPage(ctx: Context, page: RegistrationPage): void {
    ctx.status = page.status;
    ctx.type = 'text/html; charset=utf-8';
    // The answer carries what the person typed: keep it out of caches and referrers.
    ctx.set?.('Cache-Control', 'no-store');
    ctx.set?.('Referrer-Policy', 'no-referrer');
    ctx.body = renderRegistrationPage(page, texts(page.language).page, settings().pageStylesheets);
  }

  const eventIdOf = (value: unknown) => (typeof value === 'string' && /^[A-Za-z0-9]{1,64}$/.test(value) ? value : null);

  /** The form page again after a refused post: what was entered, each problem at its field, a 400. */
  async function formAgain(ctx: Context, language: string, body: Record<string, unknown>, problems: readonly FieldProblem[]) {
    const event = eventIdOf(body.event);
    const pageEvent = event ? await getService(strapi, 'registrations').pageEvent(event, language) : null;
    const view = scene(language);
    const page = registrationPageView({
      ...view,
      event: pageEvent,
      unknownMessage: texts(language).unknownEvent,
      entered: enteredOf(body),
      problems: formErrorsOf(problems, view.texts, texts(language).alreadyRegistered),
    });
    sendPage(ctx, { ...page, status: 400 });
  }

  return {
    async page(ctx: Context) {
      const query = ctx.query ?? {};
      const language = pageLanguageOf(query.locale, settings().locales);
      const event = eventIdOf(query.event);
      if (!event) throw validationError([{ path: ['event'], message: 'event is required: the documentId of the event' }]);
      const pageEvent = await getService(strapi, 'registrations').pageEvent(event, language);
      sendPage(ctx, registrationPageView({ ...scene(language), event: pageEvent, unknownMessage: texts(language).unknownEvent, withLanguageLinks: true }));
    },

    async register(ctx: Context) {
      const body = ctx.request.body;
      const asPage = Boolean(ctx.request.is?.(...FORM_TYPES)) && isRecord(body);
      if (!isRecord(body)) throw validationError([{ path: ['(body)'], message: 'the body must be an object with event, firstName, lastName, email and consent' }]);
      // The form's own `locale` decides the answer's language: the person chose the page in it.
      const language = pageLanguageOf(body.locale, settings().locales);
      const parsed = buildRegistrationSchema(settings().locales).safeParse(registrationFromForm(body));
      if (!parsed.success) {
        if (asPage) return formAgain(ctx, language, body, problemsOf(parsed.error));
        throw validationError(problemsOf(parsed.error));
      }
      let outcome;
      try {
        outcome = await getService(strapi, 'registrations').register(parsed.data);
      } catch (error) {
        if (asPage && error instanceof FieldValidationError) return formAgain(ctx, language, body, error.problems);
        if (asPage && error instanceof errors.ApplicationError && !(error instanceof errors.ValidationError)) {
          return sendPage(ctx, refusedPageView({ ...scene(language), event: parsed.data.event, message: error.message }));
        }
        throw error;
      }
      if (asPage) {
        const pageEvent = await getService(strapi, 'registrations').pageEvent(parsed.data.event, language);
        return sendPage(ctx, registeredPageView({ ...scene(language), eventTitle: pageEvent?.title ?? '', outcome }));
      }
      ctx.status = 201;
      ctx.body = { data: { state: outcome.state, waitlistPosition: outcome.waitlistPosition }, meta: { message: outcome.message } };
    },
  };
};
