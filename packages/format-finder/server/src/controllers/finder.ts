import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { answerPublicGet } from '../http/public-answer';

type Context = {
  query: Record<string, unknown>;
  querystring: string;
  request: { body?: unknown };
  body: unknown;
  status: number;
  get(name: string): string;
  set(name: string, value: string): void;
};

/** HTTP adapters: parse the request, call the finder, respond. The answer holds no personal data. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET with query parameters, so a search is a shareable link. */
  async search(ctx: Context) {
    await answerPublicGet(strapi, ctx, 'search', ctx.query ?? {});
  },

  /** POST with a JSON body of the same shape. */
  async searchBody(ctx: Context) {
    ctx.body = await getService(strapi, 'finder').search(ctx.request.body ?? {});
  },

  async criteria(ctx: Context) {
    await answerPublicGet(strapi, ctx, 'criteria', ctx.query ?? {});
  },

  async indexStatus(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await getService(strapi, 'format-index').status();
  },
});
