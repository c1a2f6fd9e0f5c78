import type { Core } from '@strapi/strapi';
import { resolveConfig } from '../config';
import { CRITERIA } from '../domain/criteria';
import type { FinderAnswer } from '../services/finder';
import { getService } from '../get-service';
import { extendGraphql } from './extension';

/** With `publicAccess: false`, the permission that also opens `GET /api/format-finder/search`. */
export const SEARCH_SCOPE = 'plugin::format-finder.finder.search';

/** The same for compare and the phase plan (`GET /api/format-finder/compare`, `/plan`). */
export const COMPARE_SCOPE = 'plugin::format-finder.finder.compare';
export const PLAN_SCOPE = 'plugin::format-finder.finder.plan';

/** GraphQL sends absent inputs as undefined and explicit nulls as null; both mean "not given". */
function withoutNulls(input: Record<string, unknown> | null | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => value !== null && value !== undefined));
}

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
      nexus.inputObjectType({
        name: 'FormatFinderCompareInput',
        definition(t) {
          for (const name of LIST_INPUTS) t.list.nonNull.string(name);
          for (const name of STRING_INPUTS) t.string(name);
          for (const name of INT_INPUTS) t.int(name);
          t.list.nonNull.string('slugs');
        },
      }),
      nexus.inputObjectType({
        name: 'FormatFinderPlanInput',
        definition(t) {
          for (const name of LIST_INPUTS) t.list.nonNull.string(name);
          for (const name of STRING_INPUTS) t.string(name);
          for (const name of INT_INPUTS) t.int(name);
          t.list.nonNull.string('phases');
        },
      }),
      nexus.objectType({
        name: 'FormatFinderComparedCell',
        definition(t) {
          t.string('slug');
          t.nonNull.string('value');
          t.string('status');
          t.string('mark');
          t.string('markLabel');
          t.nonNull.string('provenance');
        },
      }),
      nexus.objectType({
        name: 'FormatFinderComparedFact',
        definition(t) {
          t.nonNull.string('fact');
          t.nonNull.string('label');
          t.nonNull.boolean('asked');
          t.nonNull.boolean('must');
          t.nonNull.list.nonNull.field('cells', { type: 'FormatFinderComparedCell' });
        },
      }),
      nexus.objectType({
        name: 'FormatFinderComparisonData',
        definition(t) {
          t.nonNull.list.nonNull.field('formats', { type: 'FormatFinderMatch' });
          t.nonNull.list.nonNull.field('facts', { type: 'FormatFinderComparedFact' });
        },
      }),
      nexus.objectType({
        name: 'FormatFinderPlannerMeta',
        definition(t) {
          t.nonNull.string('locale');
        },
      }),
      nexus.objectType({
        name: 'FormatFinderComparison',
        definition(t) {
          t.nonNull.field('data', { type: 'FormatFinderComparisonData' });
          t.nonNull.field('meta', { type: 'FormatFinderPlannerMeta' });
        },
      }),
      nexus.objectType({
        name: 'FormatFinderPhase',
        definition(t) {
          t.nonNull.string('phase');
          t.nonNull.string('label');
          t.nonNull.int('total');
          t.nonNull.list.nonNull.field('formats', { type: 'FormatFinderMatch' });
        },
      }),
      nexus.objectType({
        name: 'FormatFinderCombined',
        definition(t) {
          t.string('code');
          t.nonNull.string('label');
          t.nonNull.string('text');
        },
      }),
      nexus.objectType({
        name: 'FormatFinderPlanMeta',
        definition(t) {
          t.nonNull.string('locale');
          t.nonNull.field('leadTime', { type: 'FormatFinderCombined' });
          t.nonNull.field('budget', { type: 'FormatFinderCombined' });
        },
      }),
      nexus.objectType({
        name: 'FormatFinderPlan',
        definition(t) {
          t.nonNull.list.nonNull.field('data', { type: 'FormatFinderPhase' });
          t.nonNull.field('meta', { type: 'FormatFinderPlanMeta' });
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
              return toGraphqlAnswer(await getService(strapi, 'finder').search(withoutNulls(args.input)));
            },
          });
          t.nonNull.field('formatFinderCompare', {
            type: 'FormatFinderComparison',
            args: { input: nexus.arg({ type: 'FormatFinderCompareInput' }) },
            async resolve(_parent: unknown, args: { input?: Record<string, unknown> | null }) {
              return getService(strapi, 'planner').compare(withoutNulls(args.input));
            },
          });
          t.nonNull.field('formatFinderPlan', {
            type: 'FormatFinderPlan',
            args: { input: nexus.arg({ type: 'FormatFinderPlanInput' }) },
            async resolve(_parent: unknown, args: { input?: Record<string, unknown> | null }) {
              const plan = await getService(strapi, 'planner').plan(withoutNulls(args.input));
              return { data: plan.data, meta: { locale: plan.meta.locale, ...plan.meta.combined } };
            },
          });
        },
      }),
    ],
    resolversConfig: {
      'Query.formatFinder': { auth: publicAccess ? false : { scope: [SEARCH_SCOPE] } },
      'Query.formatFinderCompare': { auth: publicAccess ? false : { scope: [COMPARE_SCOPE] } },
      'Query.formatFinderPlan': { auth: publicAccess ? false : { scope: [PLAN_SCOPE] } },
    },
  }));
}
