import type { Core } from '@strapi/strapi';
import { appService } from '../../../app-services';
import { PARTICIPATION_OPPORTUNITY } from '../../../content-types';
import { parseCalendarFilter, parseListQuery, parseLocaleQuery, type ParseResult } from '../../../domain/opportunities/opportunity-query';
import { toValidationError } from '../../../validation-error';

type Context = {
  query: Record<string, unknown>;
  params: Record<string, string>;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
};

function valueOf<T>(result: ParseResult<T>): T {
  if (!result.ok) throw toValidationError(result.problems);
  return result.value;
}

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** HTTP adapters: check the parameters, ask the service, answer. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => appService(strapi, PARTICIPATION_OPPORTUNITY);

  return {
    async find(ctx: Context) {
      ctx.body = await service().list(valueOf(parseListQuery(ctx.query ?? {}, service().districtCodes(), new Date())));
    },

    async findOne(ctx: Context) {
      ctx.body = { data: await service().findOne(ctx.params.id, valueOf(parseLocaleQuery(ctx.query ?? {}))), meta: {} };
    },

    async calendar(ctx: Context) {
      ctx.type = CALENDAR_TYPE;
      ctx.body = await service().calendar(valueOf(parseLocaleQuery(ctx.query ?? {})), null);
    },

    async filteredCalendar(ctx: Context) {
      const locale = valueOf(parseLocaleQuery(ctx.query ?? {}));
      const selection = valueOf(parseCalendarFilter(ctx.params.kind, ctx.params.file, service().districtCodes()));
      ctx.type = CALENDAR_TYPE;
      ctx.body = await service().calendar(locale, selection);
    },

    async eventCalendar(ctx: Context) {
      const { slug, body } = await service().eventCalendar(ctx.params.id, valueOf(parseLocaleQuery(ctx.query ?? {})));
      ctx.type = CALENDAR_TYPE;
      ctx.set('Content-Disposition', `attachment; filename="${slug}.ics"`);
      ctx.body = body;
    },
  };
};
