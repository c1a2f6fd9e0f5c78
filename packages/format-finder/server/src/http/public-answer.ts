import type { Core } from '@strapi/strapi';
import { searchFromQuery } from '../domain/search-schema';
import { getService } from '../get-service';
import type { TaggedAnswer } from '../services/answer-tags';

/** What the finder's public GET answers need of a koa context. */
export interface AnswerContext {
  querystring: string;
  body: unknown;
  status: number;
  get(name: string): string;
  set(name: string, value: string): void;
}

/** The answer of a public GET, from its parsed query: the same service calls as GraphQL's. */
function compute(strapi: Core.Strapi, what: TaggedAnswer, query: Record<string, unknown>): Promise<unknown> {
  if (what === 'search') return getService(strapi, 'finder').search(searchFromQuery(query));
  const locale = typeof query.locale === 'string' ? query.locale : undefined;
  return getService(strapi, 'finder').criteria(locale);
}

/**
 * Answers a GET of the search or the criteria with its entity tag: 304 before anything is computed
 * when the client's tag matches, otherwise the answer with ETag and Cache-Control (set only once the
 * answer succeeded, so an error is never tagged). Requests with credentials are never cached as
 * public answers. The controller and the `public-answers` middleware both answer through here.
 */
export async function answerPublicGet(strapi: Core.Strapi, ctx: AnswerContext, what: TaggedAnswer, query: Record<string, unknown>): Promise<void> {
  const decision = await getService(strapi, 'answer-tags').decide(what, {
    querystring: ctx.querystring ?? '',
    authorization: ctx.get('Authorization') || undefined,
    ifNoneMatch: ctx.get('If-None-Match') || undefined,
  });
  if (decision.kind === 'public' && decision.notModified) {
    ctx.status = 304;
  } else {
    ctx.body = await compute(strapi, what, query);
  }
  if (decision.kind === 'personal') ctx.set('Cache-Control', 'no-store');
  if (decision.kind === 'public') {
    ctx.set('ETag', decision.tag);
    ctx.set('Cache-Control', decision.cacheControl);
  }
}
