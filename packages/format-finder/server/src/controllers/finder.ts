import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { searchFromQuery } from '../domain/search-schema';
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

  /** Up to four formats side by side (`slugs`), under the search given with them. */
  async compare(ctx: Context) {
    ctx.body = await getService(strapi, 'planner').compare(searchFromQuery(ctx.query ?? {}));
  },

  async compareBody(ctx: Context) {
    ctx.body = await getService(strapi, 'planner').compare(ctx.request.body ?? {});
  },

  /** The shortlist (`slugs`) or the search's results as CSV, to open in a spreadsheet. */
  async shortlistCsv(ctx: Context) {
    const csv = await getService(strapi, 'planner').csv(searchFromQuery(ctx.query ?? {}));
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', 'attachment; filename="formats.csv"');
    ctx.body = csv;
  },

  /** The same as a page to print or save as PDF. */
  async shortlistPrint(ctx: Context) {
    const html = await getService(strapi, 'planner').printView(searchFromQuery(ctx.query ?? {}));
    ctx.set('Content-Type', 'text/html; charset=utf-8');
    ctx.body = html;
  },

  /** Per phase picked (`phases`), the best formats under the same situation. */
  async plan(ctx: Context) {
    ctx.body = await getService(strapi, 'planner').plan(searchFromQuery(ctx.query ?? {}));
  },

  async planBody(ctx: Context) {
    ctx.body = await getService(strapi, 'planner').plan(ctx.request.body ?? {});
  },

  async indexStatus(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await getService(strapi, 'format-index').status();
  },
});
