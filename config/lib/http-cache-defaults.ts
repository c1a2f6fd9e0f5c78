/**
 * Default `Cache-Control` per route group. Browsers may keep API answers for `max-age`; shared
 * caches (the nginx in front of the instances) only for `s-maxage`, then they revalidate with
 * `If-None-Match`, which the instances answer from their data version without computing the
 * body. So a change reaches everyone behind the proxy within `s-maxage` plus the instances'
 * version check (`HTTP_CACHE_VERSION_CHECK_MS`), both well under five seconds.
 */
export const DEFAULT_CACHE_CONTROL = {
  content: 'public, max-age=30, s-maxage=1, stale-while-revalidate=30',
  opportunities: 'public, max-age=30, s-maxage=1, stale-while-revalidate=30',
  calendars: 'public, max-age=300, s-maxage=1, stale-while-revalidate=300',
  archive: 'public, max-age=60, s-maxage=1, stale-while-revalidate=60',
  finder: 'public, max-age=30, s-maxage=1, stale-while-revalidate=30',
  pages: 'public, max-age=60, s-maxage=1, stale-while-revalidate=60',
  static: 'public, max-age=300, s-maxage=1, stale-while-revalidate=3600',
  staticFingerprinted: 'public, max-age=31536000, immutable',
} as const;
