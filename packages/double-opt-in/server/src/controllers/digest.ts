import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';

export interface Context {
  params: Record<string, string>;
  request: { body?: unknown };
  body: unknown;
}

/** The digest in the admin: items to pick, a new digest, and the preview before the start. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const digest = () => getService(strapi, 'digest');
  const bodyOf = (ctx: Context) => {
    const body = ctx.request.body ?? {};
    if (typeof body !== 'object' || Array.isArray(body)) throw new errors.ValidationError('the body must be a JSON object');
    return body as Record<string, unknown>;
  };
  return {
    async candidates(ctx: Context) {
      ctx.body = { enabled: digest().enabled(), ...(digest().enabled() ? await digest().candidates() : { lastDigestStartedAt: null, items: [] }) };
    },
    async preview(ctx: Context) {
      ctx.body = await digest().preview({ itemIds: bodyOf(ctx).itemIds });
    },
    async create(ctx: Context) {
      const body = bodyOf(ctx);
      const unknown = Object.keys(body).filter((key) => key !== 'title' && key !== 'itemIds');
      if (unknown.length) throw new errors.ValidationError(`unknown field ${unknown.join(', ')}; allowed: title, itemIds`);
      ctx.body = { data: await digest().create(body) };
    },
    async mailingPreview(ctx: Context) {
      ctx.body = await digest().preview(ctx.params.documentId);
    },
  };
};
