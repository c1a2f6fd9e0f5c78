import { createHash } from 'crypto';

/** Entity tags of the finder's answers. Pure: no Strapi. */

/** The version of an index: its data fingerprint and everything from config that shapes an answer. */
export function indexVersion(fingerprint: { count: number; idSum: number; lastUpdate: string | null }, shaping: unknown): string {
  return createHash('sha256')
    .update(`${fingerprint.count}:${fingerprint.idSum}:${fingerprint.lastUpdate ?? '-'}\n`)
    .update(JSON.stringify(shaping))
    .digest('base64url')
    .slice(0, 22);
}

/** The query in one spelling: parameters sorted by name, the order of a repeated one's values kept. */
export function normalizedQuery(querystring: string): string {
  return [...new URLSearchParams(querystring)]
    .map((pair, index) => ({ pair, index }))
    .sort((a, b) => (a.pair[0] < b.pair[0] ? -1 : a.pair[0] > b.pair[0] ? 1 : a.index - b.index))
    .map(({ pair: [key, value] }) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}

/** A strong entity tag over the parts an answer was computed from. */
export function entityTag(parts: ReadonlyArray<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return `"${hash.digest('base64url').slice(0, 32)}"`;
}

/** If-None-Match with the weak comparison (RFC 9110 §13.1.2): a compressing proxy marks tags weak. */
export function ifNoneMatchHits(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag);
}
