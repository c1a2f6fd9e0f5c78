import type { Core } from '@strapi/strapi';
import { DEFAULT_CACHE_CONTROL } from './lib/http-cache-defaults';

/**
 * HTTP caching of the public answers (src/middlewares/http-cache.ts). Each route group's
 * `Cache-Control` can be replaced by an environment variable, e.g.
 * HTTP_CACHE_CONTENT="public, max-age=10, s-maxage=1". Personal answers are always `no-store`.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // How old an instance's data version may get before it asks the database again: the bound for a
  // change made on another instance or directly in the database (at most 5000).
  versionCheckIntervalMs: Math.min(env.int('HTTP_CACHE_VERSION_CHECK_MS', 1000), 5000),
  cacheControl: {
    content: env('HTTP_CACHE_CONTENT', DEFAULT_CACHE_CONTROL.content),
    opportunities: env('HTTP_CACHE_OPPORTUNITIES', DEFAULT_CACHE_CONTROL.opportunities),
    calendars: env('HTTP_CACHE_CALENDARS', DEFAULT_CACHE_CONTROL.calendars),
    archive: env('HTTP_CACHE_ARCHIVE', DEFAULT_CACHE_CONTROL.archive),
    pages: env('HTTP_CACHE_PAGES', DEFAULT_CACHE_CONTROL.pages),
    static: env('HTTP_CACHE_STATIC', DEFAULT_CACHE_CONTROL.static),
    staticFingerprinted: env('HTTP_CACHE_STATIC_FINGERPRINTED', DEFAULT_CACHE_CONTROL.staticFingerprinted),
  },
});
