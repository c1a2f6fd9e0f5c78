import type { Core } from '@strapi/strapi';
import { appService } from '../app-services';
import { decide, entityTag, ifNoneMatchHits, minuteOf, normalizedQuery, withVary, type CacheGroup } from '../domain/http-cache';
import { siteAssets } from '../front/static-assets';
import type { VersionScope } from '../api/http-cache/services/version';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Groups whose answers are computed from the database, and which version they take. */
const SCOPE: Partial<Record<CacheGroup, VersionScope>> = { content: 'content', opportunities: 'content', calendars: 'content', pages: 'content', archive: 'archive' };

const isRedirect = (status: number) => status === 301 || status === 302 || status === 307 || status === 308;

/**
 * One mechanism for the app's public GETs (global middleware `global::http-cache`): before the
 * route runs it derives the answer's entity tag from the version of the data (and the normalized
 * query), so a matching `If-None-Match` gets a 304 without the body being computed. Personal
 * answers (tokens, the pool's pages, admin, any request with credentials or for drafts) get
 * `no-store` and never an entity tag. The format finder tags its own answers (plugin feature).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const versions = () => appService(strapi, 'api::http-cache.version');
  const assets = siteAssets(strapi.dirs.static.public);
  const cacheControl = (group: CacheGroup) => strapi.config.get(`http-cache.cacheControl.${group}`) as string;
  // What shapes answers besides the data: the code, the content types' schemas and the config the
  // answers read. It changes with a deploy, so a new release never answers 304 for an old body.
  let release: string | null = null;
  const releaseOf = () =>
    (release ??= entityTag([
      assets.codeVersion(),
      JSON.stringify(Object.values(strapi.contentTypes).map((type) => [type.uid, type.attributes])),
      JSON.stringify(Object.values(strapi.components).map((component) => [component.uid, component.attributes])),
      JSON.stringify([strapi.config.get('api'), strapi.config.get('opportunities'), strapi.config.get('plugin::double-opt-in.locales')]),
    ]));

  async function tagFor(ctx: Context, group: CacheGroup): Promise<string | null> {
    const query = normalizedQuery(ctx.querystring);
    if (group === 'static') {
      const hash = assets.fileHash(ctx.path);
      return hash ? entityTag(['static', ctx.path, hash]) : null;
    }
    const scope = SCOPE[group];
    if (!scope) return null;
    const version = await versions().version(scope);
    // Opportunities, feeds and the shells of their pages (title, schema.org data) also change with the time: past dates, the online link.
    const clock = group === 'opportunities' || group === 'calendars' || group === 'pages' ? minuteOf(new Date()) : '';
    const shell = group === 'pages' ? assets.shellVersion() : '';
    return entityTag([group, releaseOf(), shell, version, clock, ctx.path, query]);
  }

  return async (ctx: Context, next: () => Promise<void>) => {
    const decision = decide({ method: ctx.method, path: ctx.path, querystring: ctx.querystring, authorized: Boolean(ctx.get('Authorization')) });

    if (decision.kind === 'personal') {
      // Set before as well as after: an error thrown further in still leaves with no-store.
      ctx.set('Cache-Control', 'no-store');
      await next();
      ctx.remove('ETag');
      ctx.set('Cache-Control', 'no-store');
      return;
    }
    if (decision.kind === 'pass') return next();

    const tag = await tagFor(ctx, decision.group);
    if (tag && ifNoneMatchHits(ctx.get('If-None-Match'), tag)) {
      ctx.status = 304;
      ctx.set('ETag', tag);
      ctx.set('Cache-Control', cacheControl(decision.group));
      return;
    }

    await next();

    if (ctx.status === 200 && tag) {
      ctx.set('ETag', tag);
      const fingerprinted = decision.group === 'static' && new URLSearchParams(ctx.querystring).get('v') === assets.fileHash(ctx.path);
      ctx.set('Cache-Control', cacheControl(fingerprinted ? 'staticFingerprinted' : decision.group));
    } else if (decision.group === 'pages' && isRedirect(ctx.status)) {
      // `/` sends the browser to its language: shared caches keep one answer per Accept-Language.
      ctx.set('Vary', withVary(ctx.response.get('Vary') || undefined, 'Accept-Language'));
      ctx.set('Cache-Control', cacheControl('pages'));
    } else {
      // Errors and not-found answers are not kept: the next publish may turn them into answers.
      ctx.remove('ETag');
      ctx.set('Cache-Control', 'no-store');
    }
  };
};
