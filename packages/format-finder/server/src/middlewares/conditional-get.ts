import type { Core } from '@strapi/strapi';
import { resolveConfig } from '../config';
import { getService } from '../get-service';
import type { TaggedAnswer } from '../services/answer-tags';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * Optional global middleware `plugin::format-finder.conditional-get`: a repeated GET of the search
 * or the criteria whose `If-None-Match` still names the current answer gets its 304 here, before
 * the router, the query and body parsers and the session run — a revalidating browser or proxy then
 * costs about as little as a health check. Anything else (no `If-None-Match`, a changed answer,
 * credentials, routes behind role permissions) passes on untouched, and the controller answers as
 * it would without this middleware. A host lists it in config/middlewares after `strapi::poweredBy`.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = `${(strapi.config.get('api.rest.prefix') as string | undefined) ?? '/api'}/format-finder/`;
  const paths = new Map<string, TaggedAnswer>([
    [`${prefix}search`, 'search'],
    [`${prefix}criteria`, 'criteria'],
  ]);
  // With role permissions on the routes, a 304 here would skip the 403 of a role without them.
  const { publicAccess } = resolveConfig(strapi.config.get('plugin::format-finder'));

  return async (ctx: Context, next: () => Promise<void>) => {
    const what = paths.get(ctx.path);
    const ifNoneMatch = ctx.get('If-None-Match');
    if (!what || !publicAccess || !ifNoneMatch || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    const decision = await getService(strapi, 'answer-tags').decide(what, { querystring: ctx.querystring, authorization: ctx.get('Authorization') || undefined, ifNoneMatch });
    if (decision.kind !== 'public' || !decision.notModified) return next();
    ctx.status = 304;
    ctx.set('ETag', decision.tag);
    ctx.set('Cache-Control', decision.cacheControl);
  };
};
