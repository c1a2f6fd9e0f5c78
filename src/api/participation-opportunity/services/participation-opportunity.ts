import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { LocaleCode } from '../../../domain/code-lists';
import { opportunityTopics, attendanceModes } from '../../../domain/code-lists';
import type { ConfiguredCodeLists } from '../../../domain/configured-code-lists';
import { renderOpportunityCalendar } from '../../../domain/opportunities/opportunity-calendar';
import type { CodeListLike } from '../../../domain/opportunities/opportunity-config';
import { calendarFilter, type CalendarFilterKind, type OpportunityListQuery } from '../../../domain/opportunities/opportunity-query';
import { matchesFilter, toPublicOpportunity, upcomingFirst, type PublicContext, type PublicOpportunity } from '../../../domain/opportunities/public-opportunity';
import { opportunityConfig } from '../opportunity-config';
import { createOpportunityRepository } from '../repositories/opportunity-repository';
import { availabilityOf } from '../../../registrations';
import type { StoredOpportunity } from '../../../domain/opportunities/public-opportunity';

export interface OpportunityPage {
  data: PublicOpportunity[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/** The public reading of participation opportunities: lists, single entries and calendars. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = createOpportunityRepository(strapi);
  const config = opportunityConfig(strapi);
  const context = (now: Date): PublicContext => ({ now, onlineLinkLeadHours: config.onlineLinkLeadHours, publicUrl: config.publicUrl });
  /** Places left and open or not, for those of the records that take registrations here: one count for the whole page. */
  const availability = (records: readonly StoredOpportunity[], now: Date) =>
    availabilityOf(
      strapi,
      records.filter((record) => record.registration === 'hier').map((record) => record.documentId),
      now,
    );

  return {
    districtCodes(): readonly string[] {
      return config.districts.codes;
    },

    /** The city's districts with their labels, for the web front's filter. */
    districts(): CodeListLike {
      return config.districts;
    },

    /** The lists the city configured in place of built-in ones, for the admin's widgets. */
    configuredCodeLists(): ConfiguredCodeLists {
      return { districts: config.districts };
    },

    async list(query: OpportunityListQuery, now = new Date()): Promise<OpportunityPage> {
      const records = await repository.findPublished(query.locale);
      const matching = upcomingFirst(
        records.filter((record) => matchesFilter(record, query.filter)),
        query.filter,
        query.locale,
      );
      const start = (query.page - 1) * query.pageSize;
      const page = matching.slice(start, start + query.pageSize);
      const places = await availability(page, now);
      return {
        data: page.map((record) => toPublicOpportunity(record, context(now), places.get(record.documentId))),
        meta: {
          pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(matching.length / query.pageSize), total: matching.length },
        },
      };
    },

    async findOne(idOrSlug: string, locale: LocaleCode, now = new Date()): Promise<PublicOpportunity> {
      const record = await repository.findPublishedOne(idOrSlug, locale);
      if (!record) throw new errors.NotFoundError(`No published participation opportunity ${idOrSlug} in ${locale}`);
      return toPublicOpportunity(record, context(now), (await availability([record], now)).get(record.documentId));
    },

    /** All upcoming opportunities, or those of one topic, district or attendance mode. */
    async calendar(locale: LocaleCode, selection: { kind: CalendarFilterKind; code: string } | null, now = new Date()): Promise<string> {
      const from = new Date(now.getTime() - config.calendarPastDays * 86_400_000);
      const filter = calendarFilter(selection, from);
      const records = (await repository.findPublished(locale)).filter((record) => matchesFilter(record, filter));
      return renderOpportunityCalendar(upcomingFirst(records, filter, locale), context(now), { locale, title: selection ? this.selectionLabel(selection, locale) : undefined, from });
    },

    /** One opportunity's dates, for "add to calendar"; ended dates included. */
    async eventCalendar(idOrSlug: string, locale: LocaleCode, now = new Date()): Promise<{ slug: string; body: string }> {
      const record = await repository.findPublishedOne(idOrSlug, locale);
      if (!record) throw new errors.NotFoundError(`No published participation opportunity ${idOrSlug} in ${locale}`);
      return { slug: record.slug, body: renderOpportunityCalendar([record], context(now), { locale, title: record.title, from: null }) };
    },

    selectionLabel(selection: { kind: CalendarFilterKind; code: string }, locale: LocaleCode): string {
      const labels = { topic: opportunityTopics.labels, district: config.districts.labels, attendance: attendanceModes.labels }[selection.kind] as Record<string, Record<LocaleCode, string>>;
      return labels[selection.code]?.[locale] ?? selection.code;
    },
  };
};
