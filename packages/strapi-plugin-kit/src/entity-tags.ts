import { createHash } from 'crypto';

/**
 * Entity tags of public answers and the `If-None-Match` rule, shared by the app's HTTP cache and
 * the finder's answers. Pure: no Strapi, no I/O.
 */

/**
 * The query in one canonical spelling: parameters sorted by name (the order of a repeated
 * parameter's values is kept, it can matter), so `?b=1&a=2` and `?a=2&b=1` share one tag.
 */
export function normalizedQuery(querystring: string): string {
  return [...new URLSearchParams(querystring)]
    .map((pair, index) => ({ pair, index }))
    .sort((a, b) => (a.pair[0] < b.pair[0] ? -1 : a.pair[0] > b.pair[0] ? 1 : a.index - b.index))
    .map(({ pair: [key, value] }) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}

/** A strong entity tag over everything the answer was computed from. */
export function entityTag(parts: ReadonlyArray<string | number>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(String(part)).update('\0');
  return `"${hash.digest('base64url').slice(0, 32)}"`;
}

/**
 * Whether `If-None-Match` names the tag. The weak comparison of RFC 9110 §13.1.2: a proxy that
 * compresses the answer (nginx's gzip) turns the tag weak, and the client sends it back so.
 */
export function ifNoneMatchHits(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = tag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}
