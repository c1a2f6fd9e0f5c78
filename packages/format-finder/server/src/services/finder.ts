import type { Core } from '@strapi/strapi';
import type { FinderConfig } from '../config';
import { validationError, type FieldValidationError } from '@mitwirken/strapi-plugin-kit';
import { CHOICE_CRITERIA, CRITERIA, type Criterion, type MatchStatus, type Search } from '../domain/criteria';
import type { FormatIndex } from '../domain/format-index';
import { explainOrder, type OrderReason } from '../domain/fit-order';
import { rankFormats, type RankedFormat, type RankingSettings } from '../domain/ranking';
import { explain, optionLabel } from '../domain/reasons';
import { parseSearch, type SearchProblem } from '../domain/search-schema';
import { getService } from '../get-service';
import { cataloguesOf, fillText, type Catalogue } from '../messages';
import { plannerCatalogue, type PlannerCatalogue } from '../messages/planner';

export interface FinderMatch {
  documentId: string;
  slug: string | null;
  name: string;
  summary: string | null;
  score: number;
  nearMiss: boolean;
  failedMusts: Criterion[];
  criteria: Array<{ criterion: Criterion; status: MatchStatus; must: boolean; reason: string }>;
  /** Place in the order; formats equal on the score and every fit step share it. */
  rank: number;
  tiedWith: number;
  /** Why the format stands where it does among formats of the same score, step by step. */
  order: OrderReason[];
}

export interface FinderAnswer {
  data: FinderMatch[];
  meta: {
    locale: string;
    search: Search;
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
    facets: Record<Criterion, Record<string, number>>;
    relaxation: null | {
      minResults: number;
      suggestions: Array<{ drop: Criterion; count: number }>;
      nearMisses: FinderMatch[];
    };
  };
}

/** The search's problems as Strapi's 400, each path split into its parts (`goals[0]` → `['goals', '0']`). */
function toValidationError(problems: SearchProblem[]): FieldValidationError {
  return validationError(problems.map((problem) => ({ path: problem.path.split(/[[\].]/).filter(Boolean), message: problem.message, ...(problem.allowed ? { allowed: problem.allowed } : {}) })));
}

/** The language an answer speaks: its locale's catalogue, and the default locale for labels the locale lacks. */
export interface Speech {
  locale: string;
  text: Catalogue;
  planner: PlannerCatalogue;
  fallbackLocale: string;
}

export function speechOf(settings: FinderConfig, locale: string): Speech {
  return { locale, text: cataloguesOf(settings)[locale], planner: plannerCatalogue(settings, locale), fallbackLocale: settings.locales[0] };
}

export function describe(index: FormatIndex, search: Search, ranked: RankedFormat, speech: Speech, nearMiss: boolean, settings: RankingSettings): FinderMatch {
  const record = index.records[ranked.position];
  const order = explainOrder(index, search, ranked.position, ranked.participantsStatus, settings, speech.planner, speech.text, speech.locale, speech.fallbackLocale);
  if (ranked.tiedWith > 0) order.push({ step: 'tie', reason: fillText(speech.planner.order.tie, { count: String(ranked.tiedWith) }) });
  return {
    documentId: record.documentId,
    slug: record.slug,
    name: record.name,
    summary: record.summary,
    score: ranked.score,
    nearMiss,
    failedMusts: ranked.failedMusts,
    criteria: ranked.criteria.map(({ criterion, status, must }) => ({
      criterion,
      status,
      must,
      reason: explain(index, record, search, criterion, status, speech.locale, speech.text, speech.fallbackLocale),
    })),
    rank: ranked.rank,
    tiedWith: ranked.tiedWith,
    order,
  };
}

/** The finder's use cases; REST, GraphQL and the admin page all call these. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Ranks formats for a search given as plain data (a parsed query string, a JSON body or GraphQL input). */
  async search(input: unknown): Promise<FinderAnswer> {
    const formatIndex = getService(strapi, 'format-index');
    const parsed = parseSearch(await formatIndex.schema(), input);
    if (parsed.problems) throw toValidationError(parsed.problems);
    const { search } = parsed;

    const settings = formatIndex.settings();
    const locale = search.locale ?? settings.locales[0];
    const index = await formatIndex.index(locale);
    const ranking = rankFormats(index, search, settings);
    const speech = speechOf(settings, locale);

    return {
      data: ranking.results.map((ranked) => describe(index, search, ranked, speech, false, settings)),
      meta: {
        locale,
        search,
        pagination: {
          page: ranking.page,
          pageSize: ranking.pageSize,
          pageCount: Math.ceil(ranking.total / ranking.pageSize),
          total: ranking.total,
        },
        facets: ranking.facets,
        relaxation: ranking.relaxation && {
          minResults: ranking.relaxation.minResults,
          suggestions: ranking.relaxation.suggestions,
          nearMisses: ranking.relaxation.nearMisses.map((ranked) => describe(index, search, ranked, speech, true, settings)),
        },
      },
    };
  },

  /** The criteria and their options with labels, for building a search form. */
  async criteria(locale?: string) {
    const formatIndex = getService(strapi, 'format-index');
    const settings = formatIndex.settings();
    const language = locale && settings.locales.includes(locale) ? locale : settings.locales[0];
    const options = await formatIndex.options();
    const index = await formatIndex.index(language);
    return {
      locale: language,
      /** The finder's name in this language (catalogue `name`), for a search form's heading. */
      name: cataloguesOf(settings)[language].name,
      /** The process phases a phase plan can take (`processPhases`), with labels in this language. */
      phases: settings.processPhases.map(({ code, label }) => ({ code, label: label?.[language] ?? label?.[settings.locales[0]] ?? code })),
      criteria: CRITERIA.map((criterion) => ({
        criterion,
        kind: criterion === 'participants' ? 'number' : ['goals', 'modes', 'targetGroups', 'accessibility'].includes(criterion) ? 'multiple' : 'single',
        options:
          criterion === 'participants'
            ? index.buckets.map((bucket) => ({ code: bucket.code, label: bucket.code, min: bucket.min, max: bucket.max }))
            : options[criterion as (typeof CHOICE_CRITERIA)[number]].map(({ code }) => ({
                code,
                label: optionLabel(options, criterion as (typeof CHOICE_CRITERIA)[number], code, language, settings.locales[0]),
              })),
      })),
    };
  },
});
