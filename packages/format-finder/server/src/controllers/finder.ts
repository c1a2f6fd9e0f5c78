import type { Core } from '@strapi/strapi';
import { searchFromQuery } from '../domain/search-schema';
import { getService } from '../get-service';

type Context = { query: Record<string, unknown>; request: { body?: unknown }; body: unknown };

/** HTTP adapters: parse the request, call the finder, respond. The answer holds no personal data. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET with query parameters, so a search is a shareable link. */
  async search(ctx: Context) {
    ctx.body = await getService(strapi, 'finder').search(searchFromQuery(ctx.query ?? {}));
  },

  /** POST with a JSON body of the same shape. */
  async searchBody(ctx: Context) {
    ctx.body = await getService(strapi, 'finder').search(ctx.request.body ?? {});
  },

  async criteria(ctx: Context) {
    const locale = typeof ctx.query?.locale === 'string' ? ctx.query.locale : undefined;
    ctx.body = await getService(strapi, 'finder').criteria(locale);
  },

  async indexStatus(ctx: Context) {
    ctx.body = await getService(strapi, 'format-index').status();
  },
});
