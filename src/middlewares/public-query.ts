import type { Core } from '@strapi/strapi';
import { createPublicReadGuard, type Auth } from '../public-read/guard';

/**
 * Route middleware for the public read routes (`global::public-query`): rejects queries that
 * Strapi would otherwise answer with drafts, the wrong language or silently changed paging.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const guard = createPublicReadGuard(strapi);
  return async (ctx: { query?: Record<string, unknown>; state: { auth?: Auth } }, next: () => Promise<void>) => {
    await guard.check(ctx.query ?? {}, ctx.state.auth);
    await next();
  };
};
