import type { Core } from '@strapi/strapi';
import { entityTag, ifNoneMatchHits, normalizedQuery } from '../domain/http-cache';
import { getService } from '../get-service';

/** The public GET answers that carry an entity tag, by the tag's first part. */
export type TaggedAnswer = 'search' | 'criteria';

export interface AnswerRequest {
  /** The raw query string, without `?`. */
  querystring: string;
  /** The request's `Authorization` header, if any. */
  authorization: string | undefined;
  /** The request's `If-None-Match` header, if any. */
  ifNoneMatch: string | undefined;
}

/**
 * Entity tags of the public GET answers, used by the controller (tag on every answer, 304 on a
 * match) and by the `conditional-get` middleware (304 before routing). One place, so both always
 * compute the same tag.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * How a request is to be treated: `uncached` (caching off), `personal` (credentials: never a
   * tag, `no-store`), or `public` with its tag and whether the client already holds it.
   */
  async decide(what: TaggedAnswer, request: AnswerRequest): Promise<{ kind: 'uncached' } | { kind: 'personal' } | { kind: 'public'; tag: string; notModified: boolean; cacheControl: string }> {
    const formatIndex = getService(strapi, 'format-index');
    const { httpCache } = formatIndex.settings();
    if (!httpCache.enabled) return { kind: 'uncached' };
    if (request.authorization) return { kind: 'personal' };
    const tag = entityTag([what, await formatIndex.version(), normalizedQuery(request.querystring)]);
    return { kind: 'public', tag, notModified: ifNoneMatchHits(request.ifNoneMatch, tag), cacheControl: httpCache.cacheControl };
  },
});
