import type { Core } from '@strapi/strapi';
import { resolveConfig } from '../config';
import { answerPublicGet } from '../http/public-answer';
import type { TaggedAnswer } from '../services/answer-tags';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * Optional global middleware `plugin::format-finder.public-answers`: a public GET or HEAD of the
 * search or the criteria is answered here, before Strapi's router, its query and body parsers,
 * session and policy context run — the same answer, tag and headers the route gives (both answer
 * through `answerPublicGet`), at about half the cost per request; a held tag gets its 304 here.
 *
 * Everything else passes on untouched: other paths and methods, requests with credentials, routes
 * behind role permissions (without `publicAccess` the route's check has to run first). A host
 * lists it in config/middlewares after `strapi::poweredBy`.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = `${(strapi.config.get('api.rest.prefix') as string | undefined) ?? '/api'}/format-finder/`;
  const paths = new Map<string, TaggedAnswer>([
    [`${prefix}search`, 'search'],
    [`${prefix}criteria`, 'criteria'],
  ]);
  const { publicAccess } = resolveConfig(strapi.config.get('plugin::format-finder'));

  return async (ctx: Context, next: () => Promise<void>) => {
    const what = paths.get(ctx.path);
    if (!what || !publicAccess || (ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.get('Authorization')) return next();
    // Already Strapi's parse, as in the route: strapi::query puts its getter on every request at boot.
    await answerPublicGet(strapi, ctx, what, ctx.query);
  };
};
