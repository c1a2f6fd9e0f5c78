import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { AuditActor } from '../services/audit';

export interface Context {
  query: Record<string, unknown>;
  body: unknown;
  set(name: string, value: string): void;
  type: string;
  state: { user?: AuditActor };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async exportCsv(ctx: Context) {
    const language = typeof ctx.query.language === 'string' ? ctx.query.language : undefined;
    ctx.set('Content-Disposition', `attachment; filename="subscribers-${new Date().toISOString().slice(0, 10)}.csv"`);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/csv; charset=utf-8';
    const { csv, rowCount } = await getService(strapi, 'pool-admin').exportConfirmedCsv(language);
    await getService(strapi, 'audit').record('export', ctx.state.user ?? null, { rowCount, subject: language ?? null });
    ctx.body = csv;
  },

  async interests(ctx: Context) {
    const { interests, locales } = getService(strapi, 'settings').get();
    ctx.body = { interests, locales };
  },

  async audit(ctx: Context) {
    ctx.body = await getService(strapi, 'audit').recent(Math.min(Number(ctx.query.limit ?? 50) || 50, 500));
  },

  async outbox(ctx: Context) {
    ctx.body = await getService(strapi, 'pool-admin').recentMail(Math.min(Number(ctx.query.limit ?? 50) || 50, 500));
  },

  async processOutbox(ctx: Context) {
    ctx.body = await getService(strapi, 'outbox').processBatch();
  },
});
