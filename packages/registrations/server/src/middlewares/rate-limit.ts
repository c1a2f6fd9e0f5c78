import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';

/** Route middleware `plugin::registrations.rate-limit`: counts requests per client IP and route before the handler runs. */
export default (config: { route?: string } | undefined, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: { request: { ip?: string; path: string } }, next: () => Promise<void>) => {
    await getService(strapi, 'rate-limiter').perIp(config?.route ?? ctx.request.path, ctx.request.ip);
    await next();
  };
};
