export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // Files under /uploads/ never run as the app's pages: nosniff, a sandbox, a download unless image or PDF.
  'global::upload-headers',
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
  // The media library refuses files of types not allowed (config/plugins.ts, upload), naming the allowed ones.
  'global::upload-types',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
