import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: { koa: env.bool('BEHIND_PROXY', false) },
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
