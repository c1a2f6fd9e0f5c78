import type { Core } from '@strapi/strapi';
import { resolveConfig } from '../config';
import { CRITERIA } from '../domain/criteria';
import type { FinderAnswer } from '../services/finder';
import { getService } from '../get-service';
import { extendGraphql } from './extension';

/** With `publicAccess: false`, the permission that also opens `GET /api/format-finder/search`. */
export const SEARCH_SCOPE = 'plugin::format-finder.finder.search';

const LIST_INPUTS = ['goals', 'modes', 'targetGroups', 'accessibility', 'must'] as const;
const STRING_INPUTS = ['level', 'duration', 'budget', 'leadTime', 'conflict', 'phase', 'locale'] as const;
const INT_INPUTS = ['participants', 'page', 'pageSize'] as const;

/** GraphQL has no maps: facets become lists of { criterion, options: [{ code, count }] }. */
function toGraphqlAnswer(answer: FinderAnswer) {
  return {
    data: answer.data,
    meta: {
      ...answer.meta,
      facets: CRITERIA.map((criterion) => ({
        criterion,
        options: Object.entries(answer.meta.facets[criterion] ?? {}).map(([code, count]) => ({ code, count })),
      })),
    },
  };
}

/** `formatFinder(input: FormatFinderInput): FormatFinderAnswer!`, answered by the same service as REST. */
export function registerFormatFinderQuery(strapi: Core.Strapi): void {
  if (!strapi.plugin('graphql')) return;
  const { publicAccess } = resolveConfig(strapi.config.get('plugin::format-finder'));

  extendGraphql(strapi, ({ nexus }) => ({
    types: [
      nexus.inputObjectType({
        name: 'FormatFinderInput',
        definition(t) {
          for (const name of LIST_INPUTS) t.list.nonNull.string(name);
          for (const name of STRING_INPUTS) t.string(name);
          for (const name of INT_INPUTS) t.int(name);
        },
      }),
      nexus.objectType({
        name: 'FormatFinderCriterionMatch',
        definition(t) {
          t.nonNull.string('criterion');
          t.nonNull.string('status');
          t.nonNull.boolean('must');
          t.nonNull.string('reason');
        },
      }),
      nexus.objectType({
        name: 'FormatFinderOrderReason',
        definition(t) {
          t.nonNull.string('step');
          t.nonNull.string('reason');
        },
      }),
      nexus.objectType({
        name: 'FormatFinderMatch',
        definition(t) {
          t.nonNull.string('documentId');
          t.string('slug');
          t.nonNull.string('name');
          t.string('summary');
          t.nonNull.int('score');
          t.nonNull.boolean('nearMiss');
          t.nonNull.list.nonNull.string('failedMusts');
          t.nonNull.list.nonNull.field('criteria', { type: 'FormatFinderCriterionMatch' });
          t.nonNull.int('rank');
          t.nonNull.int('tiedWith');
          t.nonNull.list.nonNull.field('order', { type: 'FormatFinderOrderReason' });
        },
      }),
      nexus.objectType({
        name: 'FormatFinderFacetOption',
        definition(t) {
          t.nonNull.string('code');
          t.nonNull.int('count');
        },
      }),
      nexus.objectType({
        name: 'FormatFinderFacet',
        definition(t) {
          t.nonNull.string('criterion');
          t.nonNull.list.nonNull.field('options', { type: 'FormatFinderFacetOption' });
        },
      }),
      nexus.objectType({
        name: 'FormatFinderSuggestion',
        definition(t) {
          t.nonNull.string('drop');
          t.nonNull.int('count');
        },
      }),
      nexus.objectType({
        name: 'FormatFinderRelaxation',
        definition(t) {
          t.nonNull.int('minResults');
          t.nonNull.list.nonNull.field('suggestions', { type: 'FormatFinderSuggestion' });
          t.nonNull.list.nonNull.field('nearMisses', { type: 'FormatFinderMatch' });
        },
      }),
      nexus.objectType({
        name: 'FormatFinderPagination',
        definition(t) {
          for (const name of ['page', 'pageSize', 'pageCount', 'total']) t.nonNull.int(name);
        },
      }),
      nexus.objectType({
        name: 'FormatFinderMeta',
        definition(t) {
          t.nonNull.string('locale');
          t.nonNull.field('pagination', { type: 'FormatFinderPagination' });
          t.nonNull.list.nonNull.field('facets', { type: 'FormatFinderFacet' });
          t.field('relaxation', { type: 'FormatFinderRelaxation' });
        },
      }),
      nexus.objectType({
        name: 'FormatFinderAnswer',
        definition(t) {
          t.nonNull.list.nonNull.field('data', { type: 'FormatFinderMatch' });
          t.nonNull.field('meta', { type: 'FormatFinderMeta' });
        },
      }),
      nexus.extendType({
        type: 'Query',
        definition(t) {
          t.nonNull.field('formatFinder', {
            type: 'FormatFinderAnswer',
            args: { input: nexus.arg({ type: 'FormatFinderInput' }) },
            async resolve(_parent: unknown, args: { input?: Record<string, unknown> | null }) {
              // GraphQL sends absent inputs as undefined and explicit nulls as null; both mean "not given".
              const input = Object.fromEntries(Object.entries(args.input ?? {}).filter(([, value]) => value !== null && value !== undefined));
              return toGraphqlAnswer(await getService(strapi, 'finder').search(input));
            },
          });
        },
      }),
    ],
    resolversConfig: {
      'Query.formatFinder': { auth: publicAccess ? false : { scope: [SEARCH_SCOPE] } },
    },
  }));
}
