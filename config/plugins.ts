import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The Apollo landing page loads from a CDN; cities behind strict networks get a blank page.
      landingPage: env.bool('GRAPHQL_LANDING_PAGE', false),
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
      apolloServer: { introspection: true },
    },
  },
});
