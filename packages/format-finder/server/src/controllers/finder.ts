import type { Core } from '@strapi/strapi';
import { searchFromQuery } from '../domain/search-schema';
import { getService } from '../get-service';
import type { TaggedAnswer } from '../services/answer-tags';

type Context = {
  query: Record<string, unknown>;
  querystring: string;
  request: { body?: unknown };
  body: unknown;
  status: number;
  get(name: string): string;
  set(name: string, value: string): void;
};

/**
 * Answers a GET with its entity tag: 304 before anything is computed when the client's tag
 * matches, otherwise the answer with ETag and Cache-Control (set only once the answer succeeded,
 * so an error is never tagged). Requests with credentials are never cached as public answers.
 */
async function cachedGet(strapi: Core.Strapi, ctx: Context, what: TaggedAnswer, compute: () => Promise<unknown>): Promise<void> {
  const decision = await getService(strapi, 'answer-tags').decide(what, {
    querystring: ctx.querystring ?? '',
    authorization: ctx.get('Authorization') || undefined,
    ifNoneMatch: ctx.get('If-None-Match') || undefined,
  });
  if (decision.kind === 'public' && decision.notModified) {
    ctx.status = 304;
  } else {
    ctx.body = await compute();
  }
  if (decision.kind === 'personal') ctx.set('Cache-Control', 'no-store');
  if (decision.kind === 'public') {
    ctx.set('ETag', decision.tag);
    ctx.set('Cache-Control', decision.cacheControl);
  }
}

/** HTTP adapters: parse the request, call the finder, respond. The answer holds no personal data. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET with query parameters, so a search is a shareable link. */
  async search(ctx: Context) {
    await cachedGet(strapi, ctx, 'search', () => getService(strapi, 'finder').search(searchFromQuery(ctx.query ?? {})));
  },

  /** POST with a JSON body of the same shape. */
  async searchBody(ctx: Context) {
    ctx.body = await getService(strapi, 'finder').search(ctx.request.body ?? {});
  },

  async criteria(ctx: Context) {
    const locale = typeof ctx.query?.locale === 'string' ? ctx.query.locale : undefined;
    await cachedGet(strapi, ctx, 'criteria', () => getService(strapi, 'finder').criteria(locale));
  },

  async indexStatus(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await getService(strapi, 'format-index').status();
  },
});
