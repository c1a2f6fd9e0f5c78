import type { Core } from '@strapi/strapi';
import { validationError, type FieldValidationError } from '@mitwirken/strapi-plugin-kit';
import type { FinderConfig } from '../config';
import { CRITERIA, usedCriteria, type ChoiceCriterion, type Criterion, type MatchStatus, type Search } from '../domain/criteria';
import { provenanceOf, QUALITY } from '../domain/fit-order';
import type { FormatIndex } from '../domain/format-index';
import { optionStatus } from '../domain/match-rules';
import { COMPARE_KEYS, EXPORT_KEYS, PLAN_KEYS, phaseSearch, type CompareInput, type ExportInput, type PlanInput } from '../domain/planner-schema';
import { rankFormats, rankSelected, type RankedFormat } from '../domain/ranking';
import { toCsv, toPrintHtml, type ExportDocument } from '../domain/export-formats';
import { formatValues, optionLabel, rangeText } from '../domain/reasons';
import { parseSearch, type SearchProblem } from '../domain/search-schema';
import { getService } from '../get-service';
import { fillText } from '../messages';
import { describe, speechOf, type FinderMatch, type Speech } from './finder';

/** A fact's mark in the comparison: a symbol and a word, so it never rests on colour alone. */
export const MARK_SYMBOL: Record<MatchStatus, string> = { matched: '✓', partly: '◐', not_matched: '✗', unknown: '?' };

export interface ComparedCell {
  slug: string | null;
  value: string;
  /** How the format meets the search on this fact; null when the search does not ask about it. */
  status: MatchStatus | null;
  mark: string | null;
  markLabel: string | null;
  provenance: keyof typeof QUALITY;
}

export interface ComparedFact {
  fact: Criterion | 'primaryLevel' | 'sources';
  label: string;
  /** Whether the search asks about this fact (and whether it is a must). */
  asked: boolean;
  must: boolean;
  cells: ComparedCell[];
}

export interface Comparison {
  data: { formats: FinderMatch[]; facts: ComparedFact[] };
  meta: { locale: string; search: Search };
}

/** One format of a shortlist or a search's results, with what an export or print view shows. */
export interface ExportedFormat {
  match: FinderMatch;
  facts: Record<Criterion, string>;
  sources: string[];
}

export interface ShortlistExport {
  locale: string;
  search: Search;
  /** The search in words, for the export's reader ("Ziele: …; Gruppengröße: 40"). */
  searchText: string;
  speech: Speech;
  formats: ExportedFormat[];
}

export interface PhasePlan {
  data: Array<{ phase: string; label: string; search: Search; formats: FinderMatch[]; total: number }>;
  meta: {
    locale: string;
    search: Search;
    combined: { leadTime: { code: string | null; label: string; text: string }; budget: { code: string | null; label: string; text: string } };
  };
}

function toValidationError(problems: SearchProblem[]): FieldValidationError {
  return validationError(problems.map((problem) => ({ path: problem.path.split(/[[\].]/).filter(Boolean), message: problem.message, ...(problem.allowed ? { allowed: problem.allowed } : {}) })));
}

/** Each index's formats by slug, built once per index. */
const slugsByIndex = new WeakMap<FormatIndex, Map<string, number>>();
function positionsBySlug(index: FormatIndex): Map<string, number> {
  let bySlug = slugsByIndex.get(index);
  if (!bySlug) {
    bySlug = new Map();
    index.records.forEach((record, position) => {
      if (record.slug) bySlug?.set(record.slug, position);
    });
    slugsByIndex.set(index, bySlug);
  }
  return bySlug;
}

/** Positions of the given slugs, or the problems naming each unknown one. */
function findSlugs(index: FormatIndex, slugs: readonly string[]): { positions: number[]; problems: SearchProblem[] } {
  const bySlug = positionsBySlug(index);
  const positions: number[] = [];
  const problems: SearchProblem[] = [];
  slugs.forEach((slug, at) => {
    const position = bySlug.get(slug);
    if (position === undefined) problems.push({ path: `slugs[${at}]`, message: `slugs[${at}]: ${JSON.stringify(slug.slice(0, 80))} is not a published format in this language` });
    else positions.push(position);
  });
  return { positions, problems };
}

/** A format's value for a fact, in the answer's language. */
function factValue(index: FormatIndex, position: number, fact: Criterion, speech: Speech, settings: FinderConfig): string {
  const record = index.records[position];
  const none = speech.planner.compare.noValue;
  if (fact === 'participants') return record.participantsMin === null && record.participantsMax === null ? none : rangeText(record, speech.text);
  if (fact === 'conflict') return record.conflictFit ? optionLabel(index.options, 'conflict', record.conflictFit, speech.locale, speech.fallbackLocale) : none;
  if (fact === 'accessibility') {
    const met = settings.accessibilityNeeds.filter((need) => optionStatus('accessibility', need.code, record, index.rules) === 3);
    return met.length ? met.map((need) => optionLabel(index.options, 'accessibility', need.code, speech.locale, speech.fallbackLocale)).join(', ') : none;
  }
  const values = formatValues(index, record, fact as ChoiceCriterion, speech.locale, speech.text, speech.fallbackLocale);
  return values.length ? values.join(', ') : none;
}

/** The search in words: each criterion asked with its values, and the musts. */
function describeSearch(index: FormatIndex, search: Search, speech: Speech): string {
  const parts = usedCriteria(search).map((criterion) => {
    const label = speech.planner.facts[criterion];
    if (criterion === 'participants') return `${label}: ${search.participants}`;
    const value = search[criterion];
    const codes = Array.isArray(value) ? value : [value as string];
    const must = search.must?.includes(criterion) ? ` (${speech.planner.export.must})` : '';
    return `${label}: ${codes.map((code) => optionLabel(index.options, criterion, code, speech.locale, speech.fallbackLocale)).join(', ')}${must}`;
  });
  return parts.length ? parts.join('; ') : speech.planner.export.noSearch;
}

/** The planner's tools on top of the search: compare, export of a shortlist, phase plan. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function parsed<Input extends Search>(kind: 'compare' | 'export' | 'plan', input: unknown): Promise<Input> {
    const formatIndex = getService(strapi, 'format-index');
    const schemas = await formatIndex.plannerSchemas();
    const keys = kind === 'compare' ? COMPARE_KEYS : kind === 'export' ? EXPORT_KEYS : PLAN_KEYS;
    const result = parseSearch<Input>(schemas[kind], input, keys);
    if (result.problems) throw toValidationError(result.problems);
    return result.search;
  }

  async function context(search: Search) {
    const formatIndex = getService(strapi, 'format-index');
    const settings = formatIndex.settings();
    const locale = search.locale ?? settings.locales[0];
    const index = await formatIndex.index(locale);
    return { settings, locale, index, speech: speechOf(settings, locale) };
  }

  /** The search without the planner's own keys. */
  const searchOf = <Input extends Search>(input: Input, own: string): Search => {
    const { [own]: _own, ...search } = input as Record<string, unknown>;
    void _own;
    return search as Search;
  };

  function exportDocument(shortlist: ShortlistExport): ExportDocument {
    return {
      locale: shortlist.locale,
      searchText: shortlist.searchText,
      text: shortlist.speech.planner,
      rows: shortlist.formats.map(({ match, facts, sources }) => ({ rank: match.rank, name: match.name, slug: match.slug, score: match.score, facts, criteria: match.criteria, order: match.order, sources })),
    };
  }

  const planner = {
    /** The shortlist or the search's results as CSV. */
    async csv(input: unknown): Promise<string> {
      return toCsv(exportDocument(await planner.shortlist(input)));
    },

    /** The same as a page to print or save as PDF. */
    async printView(input: unknown): Promise<string> {
      return toPrintHtml(exportDocument(await planner.shortlist(input)));
    },

    /** Up to four formats side by side, fact by fact, with the search's matches marked. */
    async compare(input: unknown): Promise<Comparison> {
      const given = await parsed<CompareInput>('compare', input);
      const search = searchOf(given, 'slugs');
      const { settings, locale, index, speech } = await context(search);
      const { positions, problems } = findSlugs(index, given.slugs);
      if (problems.length) throw toValidationError(problems);
      const ranked = rankSelected(index, search, settings, positions);
      const formats = ranked.map((format) => describe(index, search, format, speech, format.rank === 0, settings));
      const used = usedCriteria(search);
      const statusOf = (format: RankedFormat, criterion: Criterion) => format.criteria.find((match) => match.criterion === criterion)?.status ?? null;
      const provenance = positions.map((position) => provenanceOf(index, position, settings));
      const facts: ComparedFact[] = CRITERIA.filter((criterion) => criterion !== 'accessibility' || settings.accessibilityNeeds.length > 0).map((criterion) => ({
        fact: criterion,
        label: speech.planner.facts[criterion],
        asked: used.includes(criterion),
        must: Boolean(search.must?.includes(criterion)),
        cells: ranked.map((format, at) => {
          const status = statusOf(format, criterion);
          return {
            slug: index.records[format.position].slug,
            value: factValue(index, format.position, criterion, speech, settings),
            status,
            mark: status ? MARK_SYMBOL[status] : null,
            markLabel: status ? speech.planner.marks[status] : null,
            provenance: provenance[at][criterion],
          };
        }),
      }));
      if (positions.some((position) => index.records[position].primaryLevel)) {
        facts.splice(2, 0, {
          fact: 'primaryLevel',
          label: speech.planner.compare.primaryLevel,
          asked: false,
          must: false,
          cells: positions.map((position, at) => {
            const level = index.records[position].primaryLevel;
            return { slug: index.records[position].slug, value: level ? optionLabel(index.options, 'level', level, locale, speech.fallbackLocale) : speech.planner.compare.noValue, status: null, mark: null, markLabel: null, provenance: provenance[at].level };
          }),
        });
      }
      facts.push({
        fact: 'sources',
        label: speech.planner.compare.sources,
        asked: false,
        must: false,
        cells: positions.map((position) => ({ slug: index.records[position].slug, value: (index.records[position].sources ?? []).join(' | ') || speech.planner.compare.noValue, status: null, mark: null, markLabel: null, provenance: 'none' as const })),
      });
      return { data: { formats, facts }, meta: { locale, search } };
    },

    /** A shortlist (by slugs, in their order) or a search's results (in the search's order), for CSV and print. */
    async shortlist(input: unknown): Promise<ShortlistExport> {
      const given = await parsed<ExportInput>('export', input);
      const search = searchOf(given, 'slugs');
      const { settings, locale, index, speech } = await context(search);
      let ranked: RankedFormat[];
      if (given.slugs) {
        const { positions, problems } = findSlugs(index, given.slugs);
        if (problems.length) throw toValidationError(problems);
        ranked = rankSelected(index, search, settings, positions);
      } else {
        ranked = rankFormats(index, { ...search, page: 1, pageSize: settings.exportLimit }, settings).results;
      }
      const formats = ranked.map((format) => ({
        match: describe(index, search, format, speech, format.rank === 0, settings),
        facts: Object.fromEntries(CRITERIA.map((criterion) => [criterion, factValue(index, format.position, criterion, speech, settings)])) as Record<Criterion, string>,
        sources: index.records[format.position].sources ?? [],
      }));
      return { locale, search, searchText: describeSearch(index, search, speech), speech, formats };
    },

    /** Per phase picked, the best formats for it under the same situation, with the combined lead time and cost. */
    async plan(input: unknown): Promise<PhasePlan> {
      const given = await parsed<PlanInput>('plan', input);
      const situation = searchOf(given, 'phases');
      const { settings, locale, index, speech } = await context(situation);
      const searchSchema = await getService(strapi, 'format-index').schema();
      const phases = given.phases.map((code) => settings.processPhases.find((phase) => phase.code === code) as FinderConfig['processPhases'][number]);
      const data = phases.map((phase) => {
        const merged = parseSearch(searchSchema, { ...phaseSearch(situation, phase.search), page: 1, pageSize: settings.planPerPhase });
        // The phase's criteria come from the host's config; a code the data does not know is the host's error.
        if (merged.problems) throw new Error(`format-finder config processPhases (${phase.code}): ${merged.problems.map((problem) => problem.message).join('; ')}`);
        const ranking = rankFormats(index, merged.search, settings);
        return {
          phase: phase.code,
          label: optionLabelOf(phase.label, locale, settings.locales[0]) ?? phase.code,
          search: merged.search,
          formats: ranking.results.map((format) => describe(index, merged.search, format, speech, false, settings)),
          total: ranking.total,
          firsts: ranking.results.slice(0, 1).map((format) => index.records[format.position]),
        };
      });
      const firsts = data.flatMap((phase) => phase.firsts);
      const leadOrder = index.rules.order.leadTime;
      const longest = firsts.map((record) => record.leadTimeClass).filter((code): code is string => code !== null && leadOrder.includes(code)).sort((a, b) => leadOrder.indexOf(b) - leadOrder.indexOf(a))[0] ?? null;
      const budgetOrder = index.rules.order.budget;
      const bandsOf = (record: (typeof firsts)[number]) => (record.budgetBand ? [record.budgetBand] : record.costLevel ? (index.rules.config.costLevelBands[record.costLevel] ?? []) : []);
      // Cheapest band each first proposal may cost; together they cost at least the dearest of these.
      const lowest = firsts.map((record) => bandsOf(record).filter((band) => budgetOrder.includes(band)).sort((a, b) => budgetOrder.indexOf(a) - budgetOrder.indexOf(b))[0]).filter((band): band is string => Boolean(band));
      const atLeast = lowest.sort((a, b) => budgetOrder.indexOf(b) - budgetOrder.indexOf(a))[0] ?? null;
      const labelOf = (criterion: 'leadTime' | 'budget', code: string | null) => (code ? optionLabel(index.options, criterion, code, locale, settings.locales[0]) : speech.planner.plan.unknown);
      return {
        data: data.map(({ firsts: _firsts, ...phase }) => {
          void _firsts;
          return phase;
        }),
        meta: {
          locale,
          search: situation,
          combined: {
            leadTime: { code: longest, label: labelOf('leadTime', longest), text: fillText(speech.planner.plan.leadTime, { have: labelOf('leadTime', longest) }) },
            budget: { code: atLeast, label: labelOf('budget', atLeast), text: fillText(speech.planner.plan.budget, { have: labelOf('budget', atLeast) }) },
          },
        },
      };
    },
  };
  return planner;
};

function optionLabelOf(labels: Record<string, string> | undefined, locale: string, fallbackLocale: string): string | undefined {
  if (!labels) return undefined;
  return labels[locale] ?? labels[locale.split('-')[0]] ?? labels[fallbackLocale];
}

