import { createHash } from 'crypto';

/**
 * HTTP caching rules of the public answers: which route group a request belongs to, its entity
 * tag, and whether a client's `If-None-Match` still matches. Pure: no Strapi, no I/O.
 */

/** Route groups with their own `Cache-Control` (config/http-cache.ts). */
export const CACHE_GROUPS = ['content', 'opportunities', 'calendars', 'archive', 'pages', 'static', 'staticFingerprinted'] as const;
export type CacheGroup = (typeof CACHE_GROUPS)[number];

/**
 * What the middleware does with a request: `cache` it under a group, mark it `personal`
 * (no-store, never an ETag) or `pass` it through untouched (a plugin sets its own headers, or
 * the route is neither public nor personal).
 */
export type CacheDecision = { kind: 'cache'; group: Exclude<CacheGroup, 'staticFingerprinted'> } | { kind: 'personal' } | { kind: 'pass' };

export interface RequestFacts {
  method: string;
  path: string;
  /** The raw query string, without `?`. */
  querystring: string;
  /** The request carries an `Authorization` header (API token, admin or users-permissions JWT). */
  authorized: boolean;
}

const CONTENT_PATHS = /^\/api\/(participation-formats|toolkit-documents|pilot-municipalities)(\/[^/]+)?$/;
const OPPORTUNITY_CALENDAR = /^\/api\/participation-opportunities\/(calendar\.ics|calendar\/[^/]+\/[^/]+|[^/]+\/calendar\.ics)$/;
const OPPORTUNITY_PATHS = /^\/api\/participation-opportunities(\/[^/]+)?$/;
const PAGE_PATHS = /^\/(|de|en|de\/.*|en\/.*)$/;
/** Paths whose answers belong to one person or to an editor: never stored anywhere. */
const PERSONAL_PATHS = /^\/(admin|api\/double-opt-in|double-opt-in|content-manager|content-type-builder|upload|i18n|users-permissions|api\/users|api\/auth|api\/connect)(\/|$)/;
/** Query parameters that carry a secret. */
const SECRET_PARAMS = new Set(['token', 'access_token']);

/** A token in the address, or a request for drafts (only API-token holders get those). */
function personalQuery(params: URLSearchParams): boolean {
  if ([...params.keys()].some((key) => SECRET_PARAMS.has(key))) return true;
  return params.getAll('status').some((status) => status !== 'published');
}

/** Classifies a request; anything personal wins over a public group. */
export function decide(request: RequestFacts): CacheDecision {
  const method = request.method.toUpperCase();
  const params = new URLSearchParams(request.querystring);
  if (request.authorized || personalQuery(params)) return { kind: 'personal' };
  if (request.path === '/api/double-opt-in/archive' && (method === 'GET' || method === 'HEAD')) return { kind: 'cache', group: 'archive' };
  if (PERSONAL_PATHS.test(request.path)) return { kind: 'personal' };
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'pass' };
  if (CONTENT_PATHS.test(request.path)) return { kind: 'cache', group: 'content' };
  if (OPPORTUNITY_CALENDAR.test(request.path)) return { kind: 'cache', group: 'calendars' };
  if (OPPORTUNITY_PATHS.test(request.path)) return { kind: 'cache', group: 'opportunities' };
  if (request.path.startsWith('/site/')) return { kind: 'cache', group: 'static' };
  if (PAGE_PATHS.test(request.path)) return { kind: 'cache', group: 'pages' };
  return { kind: 'pass' };
}

/**
 * The query in one canonical spelling: parameters sorted by name (the order of a repeated
 * parameter's values is kept, it can matter), so `?b=1&a=2` and `?a=2&b=1` share one tag.
 */
export function normalizedQuery(querystring: string): string {
  const pairs = [...new URLSearchParams(querystring)];
  const order = new Map<string, number>();
  pairs.forEach(([key], index) => order.set(key, order.get(key) ?? index));
  return pairs
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

/**
 * Opportunity answers also change with time alone (an online link appears, a date becomes past).
 * Their times are whole minutes, so within one minute the answer depends on the data only.
 */
export function minuteOf(now: Date): number {
  return Math.floor(now.getTime() / 60_000);
}

/** The shared `Vary` header with one more field name, each named once. */
export function withVary(current: string | undefined, field: string): string {
  const names = (current ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.some((name) => name === '*' || name.toLowerCase() === field.toLowerCase())) return names.join(', ');
  return [...names, field].join(', ');
}
