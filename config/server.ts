import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind the proxy the client is the last address of X-Forwarded-For: the one the proxy saw and
  // wrote (deploy/nginx/mitwirken.conf). Earlier ones are the client's own words, so a proxy that
  // appends instead of overwriting still cannot hand out the pool's per-IP limit.
  proxy: { koa: env.bool('BEHIND_PROXY', false), maxIpsCount: 1 },
  app: {
    keys: env.array('APP_KEYS') ?? [],
  },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
  logger: {
    updates: { enabled: false },
  },
  openapi: {
    'content-api': {
      access: 'public',
      route: { path: '/openapi.json' },
    },
  },
});
