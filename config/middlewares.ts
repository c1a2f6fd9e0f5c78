export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  // The finder's public searches and criteria answered (or 304) before routing (packages/format-finder README).
  'plugin::format-finder.public-answers',
  // ETag, 304 and Cache-Control of the public answers; no-store for personal ones (config/http-cache.ts).
  'global::http-cache',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
