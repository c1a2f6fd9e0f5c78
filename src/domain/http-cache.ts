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

/** Entity tags and the If-None-Match rule are written once in the kit (the finder uses them too). */
export { entityTag, ifNoneMatchHits, normalizedQuery } from '@mitwirken/strapi-plugin-kit';

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
