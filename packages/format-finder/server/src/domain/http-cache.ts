import { createHash } from 'crypto';

/** The versions behind the finder's entity tags. Pure: no Strapi. */

/** The version of an index: its data fingerprint and everything from config that shapes an answer. */
export function indexVersion(fingerprint: { count: number; idSum: number; lastUpdate: string | null }, shaping: unknown): string {
  return createHash('sha256')
    .update(`${fingerprint.count}:${fingerprint.idSum}:${fingerprint.lastUpdate ?? '-'}\n`)
    .update(JSON.stringify(shaping))
    .digest('base64url')
    .slice(0, 22);
}

/** Entity tags and the If-None-Match rule are the kit's, shared with the app's HTTP cache. */
export { entityTag, ifNoneMatchHits, normalizedQuery } from '@mitwirken/strapi-plugin-kit';
