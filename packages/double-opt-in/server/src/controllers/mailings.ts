import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import type { AuditActor } from '../services/audit';

export interface Context {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  body: unknown;
  type: string;
  state: { user?: AuditActor };
}

/** Editors' actions on a mailing (admin API), and the public archive. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const mailings = () => getService(strapi, 'mailings');
  return {
    async list(ctx: Context) {
      ctx.body = { data: await mailings().list() };
    },
    async start(ctx: Context) {
      ctx.body = await mailings().start(ctx.params.documentId, new Date(), ctx.state.user ?? null);
    },
    async pause(ctx: Context) {
      ctx.body = await mailings().pause(ctx.params.documentId);
    },
    async resume(ctx: Context) {
      ctx.body = await mailings().resume(ctx.params.documentId);
    },
    async cancel(ctx: Context) {
      ctx.body = await mailings().cancel(ctx.params.documentId);
    },
    async progress(ctx: Context) {
      ctx.body = await mailings().progress(ctx.params.documentId);
    },
    async preview(ctx: Context) {
      ctx.body = await mailings().preview(ctx.params.documentId);
    },
    async testSend(ctx: Context) {
      const body = (ctx.request.body ?? {}) as Record<string, unknown>;
      if (typeof body.email !== 'string') throw new errors.ValidationError('email is required');
      await mailings().testSend(ctx.params.documentId, body.email);
      ctx.body = { data: { status: 'queued' } };
    },
    async archive(ctx: Context) {
      const { language } = ctx.query;
      if (language !== undefined && typeof language !== 'string') throw new errors.ValidationError('language must be given once, as text');
      ctx.body = { data: await mailings().archive(language) };
    },
  };
};
