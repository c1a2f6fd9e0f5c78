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

/** Tags remembered per index version; a new version starts afresh, and the count stays bounded. */
const REMEMBERED_TAGS = 2000;

/**
 * Entity tags of the public GET answers, used by the controller (tag on every answer, 304 on a
 * match) and by the `public-answers` middleware (answers before routing). One place, so both always
 * compute the same tag.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Sorting and hashing the query costs more than the rest of a 304: each tag is computed once per version.
  let remembered = { version: '', tags: new Map<string, string>() };
  function tagOf(what: TaggedAnswer, version: string, querystring: string): string {
    if (remembered.version !== version) remembered = { version, tags: new Map() };
    const key = `${what}?${querystring}`;
    let tag = remembered.tags.get(key);
    if (tag === undefined) {
      tag = entityTag([what, version, normalizedQuery(querystring)]);
      if (remembered.tags.size >= REMEMBERED_TAGS) remembered.tags.clear();
      remembered.tags.set(key, tag);
    }
    return tag;
  }

  return {
    /**
     * How a request is to be treated: `uncached` (caching off), `personal` (credentials: never a
     * tag, `no-store`), or `public` with its tag and whether the client already holds it.
     */
    async decide(what: TaggedAnswer, request: AnswerRequest): Promise<{ kind: 'uncached' } | { kind: 'personal' } | { kind: 'public'; tag: string; notModified: boolean; cacheControl: string }> {
      const formatIndex = getService(strapi, 'format-index');
      const { httpCache } = formatIndex.settings();
      if (!httpCache.enabled) return { kind: 'uncached' };
      if (request.authorization) return { kind: 'personal' };
      const tag = tagOf(what, await formatIndex.version(), request.querystring);
      return { kind: 'public', tag, notModified: ifNoneMatchHits(request.ifNoneMatch, tag), cacheControl: httpCache.cacheControl };
    },
  };
};
