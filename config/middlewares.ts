export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  // ETag, 304 and Cache-Control of the public answers; no-store for personal ones (config/http-cache.ts).
  'global::http-cache',
  // The finder's public searches and criteria answered (or 304) before routing (packages/format-finder README).
  // After http-cache, so its personal rules (a token in the address) still apply to them.
  'plugin::format-finder.public-answers',
  'strapi::query',
  'strapi::body',
  // Bodies nested deeper than BODY_MAX_DEPTH (default 50) are a 400, not a stack overflow (src/middlewares/body-depth.ts).
  { name: 'global::body-depth', config: { maxDepth: Number(process.env.BODY_MAX_DEPTH ?? 50) } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
