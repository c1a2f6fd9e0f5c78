import type { Core } from '@strapi/strapi';
import { appService } from '../../app-services';
import { PARTICIPATION_OPPORTUNITY } from '../../content-types';
import { parseListQuery } from '../../domain/opportunities/opportunity-query';
import type { PublicOpportunity } from '../../domain/opportunities/public-opportunity';
import { extendGraphql } from '../../graphql/extension';
import { toValidationError } from '../../validation-error';

const LIST_ARGS = ['topic', 'district', 'attendance', 'accessibility'] as const;
const STRING_ARGS = ['from', 'to', 'format', 'locale'] as const;
const INT_ARGS = ['page', 'pageSize'] as const;

/** What the added fields read of the entity a generated query resolved. */
type Parent = { documentId: string; locale?: string };
/** The GraphQL context's request state, where one request's answers are kept. */
type Context = { state: Record<string, unknown> };

/**
 * GraphQL reads opportunities as REST does. The generated type lacks the online link (it is a
 * private attribute, so no generated query or populate can leak it); `onlineLink` and
 * `currentStatus` are added with the same rule as the REST answer. `participationOpportunitySearch`
 * takes the REST list's filters and answers upcoming first.
 */
export function registerOpportunityGraphql(strapi: Core.Strapi): void {
  const service = () => appService(strapi, PARTICIPATION_OPPORTUNITY);

  /** The public answer for the entity a generated query resolved, once per request and entity. */
  const publicAnswer = async (parent: Parent, context: Context) => {
    const cache = ((context.state.opportunityAnswers as Map<string, Promise<PublicOpportunity | null>>) ??= new Map());
    const key = `${parent.documentId}:${parent.locale ?? 'de'}`;
    if (!cache.has(key)) {
      cache.set(
        key,
        service()
          .findOne(parent.documentId, parent.locale === 'en' ? 'en' : 'de')
          .catch(() => null),
      );
    }
    return cache.get(key)!;
  };

  extendGraphql(strapi, ({ nexus }) => ({
    types: [
      nexus.extendType({
        type: 'ParticipationOpportunity',
        definition(t) {
          t.string('onlineLink', {
            description: 'The online link, from the configured time before the next date on, if the editor allows it',
            resolve: async (parent: Parent, _args: unknown, context: Context) => (await publicAnswer(parent, context))?.onlineLink ?? null,
          });
          t.string('onlineLinkVisibleFrom', {
            resolve: async (parent: Parent, _args: unknown, context: Context) => (await publicAnswer(parent, context))?.onlineLinkVisibleFrom ?? null,
          });
          t.int('placesLeft', {
            description: 'With registration here: places still free (null: no upper bound); never who registered',
            resolve: async (parent: Parent, _args: unknown, context: Context) => (await publicAnswer(parent, context))?.placesLeft ?? null,
          });
          t.boolean('registrationOpen', {
            description: 'With registration here: whether one can register now (a place or a waitlist spot)',
            resolve: async (parent: Parent, _args: unknown, context: Context) => (await publicAnswer(parent, context))?.registrationOpen ?? null,
          });
          t.string('currentStatus', {
            description: 'The stored status, or vergangen once every date has ended',
            resolve: async (parent: Parent, _args: unknown, context: Context) => (await publicAnswer(parent, context))?.currentStatus ?? null,
          });
        },
      }),
      nexus.objectType({
        name: 'ParticipationOpportunityDateAnswer',
        definition(t) {
          t.nonNull.string('start');
          t.string('end');
          t.nonNull.string('timeZone');
          t.string('key');
        },
      }),
      nexus.objectType({
        name: 'ParticipationOpportunityAnswer',
        definition(t) {
          for (const name of ['documentId', 'locale', 'title', 'slug', 'eventStatus', 'currentStatus', 'attendance', 'registration', 'publishedAt', 'updatedAt']) t.nonNull.string(name);
          for (const name of ['summary', 'description', 'onlineLink', 'onlineLinkVisibleFrom', 'registrationUrl', 'registrationDeadline', 'costNote', 'organiserOffice', 'contactEmail', 'contactPhone']) {
            t.string(name);
          }
          for (const name of ['topics', 'districts', 'accessibilityServices', 'languages']) t.nonNull.list.nonNull.string(name);
          t.int('capacity');
          t.int('placesLeft');
          t.boolean('registrationOpen');
          t.nonNull.boolean('waitlist');
          t.nonNull.boolean('free');
          t.nonNull.list.nonNull.field('dates', { type: 'ParticipationOpportunityDateAnswer' });
          t.field('nextDate', { type: 'ParticipationOpportunityDateAnswer' });
          for (const name of ['place', 'format', 'toolkitDocuments', 'links']) t.field(name, { type: 'JSON' });
        },
      }),
      nexus.objectType({
        name: 'ParticipationOpportunityPagination',
        definition(t) {
          for (const name of ['page', 'pageSize', 'pageCount', 'total']) t.nonNull.int(name);
        },
      }),
      nexus.objectType({
        name: 'ParticipationOpportunitySearchAnswer',
        definition(t) {
          t.nonNull.list.nonNull.field('data', { type: 'ParticipationOpportunityAnswer' });
          t.nonNull.field('pagination', { type: 'ParticipationOpportunityPagination' });
        },
      }),
      nexus.extendType({
        type: 'Query',
        definition(t) {
          t.nonNull.field('participationOpportunitySearch', {
            type: 'ParticipationOpportunitySearchAnswer',
            args: {
              ...Object.fromEntries(LIST_ARGS.map((name) => [name, nexus.list(nexus.nonNull('String'))])),
              ...Object.fromEntries(STRING_ARGS.map((name) => [name, 'String'])),
              ...Object.fromEntries(INT_ARGS.map((name) => [name, 'Int'])),
            },
            async resolve(_parent: unknown, args: Record<string, unknown>) {
              const query = Object.fromEntries(Object.entries(args).filter(([, value]) => value !== null && value !== undefined));
              const parsed = parseListQuery(query, service().districtCodes(), new Date());
              if (!parsed.ok) throw toValidationError(parsed.problems);
              const page = await service().list(parsed.value);
              return { data: page.data, pagination: page.meta.pagination };
            },
          });
        },
      }),
    ],
    resolversConfig: {
      'Query.participationOpportunitySearch': { auth: { scope: [`${PARTICIPATION_OPPORTUNITY}.find`] } },
    },
  }));
}
