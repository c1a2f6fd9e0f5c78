import { issuesText, mergeConfig } from '@mitwirken/strapi-plugin-kit';
import { z } from 'zod';
import { CRITERIA } from './domain/criteria';
import { resolveCatalogues, type CatalogueOverride } from './messages';

const label = z.record(z.string(), z.string());
const option = z.strictObject({ code: z.string().min(1), label: label.optional() });
const optionList = z.array(option).min(1);
/** A BCP 47 language tag as content locales use them: `de`, `en`, `fr`, `de-CH`. */
const localeCode = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a locale code such as de, fr or de-CH' });

/** Finder-side names of the format attributes it reads; values are attribute names of the content type. */
export const FORMAT_FIELDS = [
  'name',
  'slug',
  'summary',
  'goals',
  'levels',
  'modes',
  'participantsMin',
  'participantsMax',
  'durationClass',
  'budgetBand',
  'costLevel',
  'leadTimeClass',
  'targetGroups',
  'conflictFit',
  'phases',
  // Optional: the level a format mainly serves, the provenance of its facts (a JSON map from
  // attribute name to a source id or an estimate marker) and its sources (JSON list).
  'primaryLevel',
  'provenance',
  'sources',
] as const;
export type FormatField = (typeof FORMAT_FIELDS)[number];

const fieldMap = z.strictObject(Object.fromEntries(FORMAT_FIELDS.map((field) => [field, z.string().min(1)])) as Record<FormatField, z.ZodString>);

const weights = z.strictObject(Object.fromEntries(CRITERIA.map((criterion) => [criterion, z.number().min(0).max(100)])) as Record<(typeof CRITERIA)[number], z.ZodNumber>);

export const configSchema = z.strictObject({
  /** Open the search to everyone (true) or only to roles granted `plugin::format-finder.finder.*` (false). */
  publicAccess: z.boolean(),
  /** The content type holding the formats; no default, the host names its own (e.g. `api::method.method`). */
  contentType: z.string().regex(/^(api|plugin)::[\w-]+\.[\w-]+$/, { error: 'must name the content type holding the formats, such as api::method.method (there is no default)' }),
  fields: fieldMap,
  /**
   * Options per criterion, in order (order matters for level, duration, budget and lead time).
   * A criterion left out takes the enumeration of its attribute, or the values found in the data.
   */
  options: z
    .strictObject({
      goals: optionList,
      level: optionList,
      modes: optionList,
      duration: optionList,
      budget: optionList,
      leadTime: optionList,
      targetGroups: optionList,
      conflict: optionList,
      phase: optionList,
    })
    .partial(),
  /** Accessibility needs: a format meets a need when one of the named fields holds one of the values. */
  accessibilityNeeds: z.array(
    option.extend({
      anyOf: z.array(z.strictObject({ field: z.enum(FORMAT_FIELDS), values: z.array(z.string()).min(1) })).min(1),
    }),
  ),
  /** Modes that half-satisfy a wanted mode (a hybrid format can serve people who want to come in person). */
  modeAlternatives: z.record(z.string(), z.array(z.string())),
  /** Which conflict-fit values suit each conflict situation. */
  conflictCompatible: z.record(z.string(), z.array(z.string())),
  /** Budget bands a cost level stands for, when a format has no band of its own. */
  costLevelBands: z.record(z.string(), z.array(z.string())),
  /** Labels of the cost levels per locale, for reasons that fall back to the cost level. */
  costLevelLabels: z.record(z.string(), label),
  /**
   * Provenance values that mark a fact as the editors' estimate (anything else non-empty counts as
   * sourced): the order puts sourced facts before estimated ones.
   */
  provenanceEstimates: z.array(z.string().min(1)),
  /**
   * The phases of a participation process a planner can pick, each with what it adds to the
   * situation (criteria in the codes of the host), for the phase plan.
   */
  processPhases: z
    .array(
      z.strictObject({
        code: z.string().min(1),
        label: label.optional(),
        search: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
      }),
    )
    .refine((phases) => new Set(phases.map((phase) => phase.code)).size === phases.length, { error: 'names a phase twice' }),
  /** How many formats the phase plan proposes per phase, and how many an export of a search lists at most. */
  planPerPhase: z.number().int().min(1).max(20),
  exportLimit: z.number().int().min(1).max(5000),
  /** Buckets of participant numbers for the facet counts; `null` as maximum means open-ended. */
  participantBuckets: z.array(z.tuple([z.number().int().min(1), z.number().int().min(1).nullable()])).min(1),
  weights,
  /** Share of a criterion's weight that partly matched and unknown values earn. */
  partlyCredit: z.number().min(0).max(1),
  unknownCredit: z.number().min(0).max(1),
  /** How far (as a fraction) a group may lie outside a format's range and still count as partly. */
  participantsTolerance: z.number().min(0).max(10),
  /** Below this many formats satisfying the musts, the answer suggests which must to drop. */
  minResults: z.number().int().min(0),
  nearMisses: z.number().int().min(0).max(50),
  pageSize: z.number().int().min(1),
  maxPageSize: z.number().int().min(1).max(500),
  /** Locales the finder answers in (the formats' content locales); the first is the default. Each needs a catalogue: shipped (de, en) or in `messages`. */
  locales: z
    .array(localeCode)
    .min(1)
    .refine((locales) => new Set(locales.map((locale) => locale.toLowerCase())).size === locales.length, { error: 'names a locale twice' }),
  /**
   * Texts per locale (the finder's name, the reasons), deep-merged over the shipped catalogue of
   * that locale (or of its language: `de-CH` starts from `de`); a locale without one gives every text.
   */
  messages: z.record(z.string(), z.record(z.string(), z.unknown())),
  /** Texts of the planner's tools (order reasons, compare, export, plan) per locale, over the shipped German and English ones. */
  plannerMessages: z.record(z.string(), z.record(z.string(), z.unknown())),
  /** How often each instance checks whether another instance changed formats. */
  syncIntervalMs: z.number().int().min(100),
  /** Edits within this window are folded into one rebuild. */
  rebuildDebounceMs: z.number().int().min(0),
  /**
   * HTTP caching of the public GET answers (search, criteria): a strong ETag from the index's
   * version, 304 for a matching If-None-Match without searching, and this Cache-Control.
   * Requests with an Authorization header get `no-store` and no ETag.
   */
  httpCache: z.strictObject({ enabled: z.boolean(), cacheControl: z.string().min(1) }),
});

export type FinderConfig = Omit<z.infer<typeof configSchema>, 'messages'> & {
  /** The host's texts per locale, as given; the complete catalogues come from `cataloguesOf`. */
  messages: Record<string, CatalogueOverride>;
};

/**
 * Defaults that hold for any host. What names the host's data — its content type, its codes and how
 * they relate (accessibility needs, mode alternatives, conflict and cost mappings) — has no default:
 * the type must be named (`contentType`), the relations are empty until the host gives them.
 */
export const defaultConfig: FinderConfig = {
  publicAccess: true,
  contentType: '',
  fields: Object.fromEntries(FORMAT_FIELDS.map((field) => [field, field])) as Record<FormatField, string>,
  options: {},
  accessibilityNeeds: [],
  modeAlternatives: {},
  conflictCompatible: {},
  costLevelBands: {},
  costLevelLabels: {},
  provenanceEstimates: ['estimate', 'derived', 'derived/estimate'],
  // Neutral phases of a process; what each asks for in the host's codes comes from the host.
  processPhases: [
    { code: 'informing', label: { de: 'Informieren', en: 'Inform' }, search: {} },
    { code: 'consulting', label: { de: 'Beraten', en: 'Consult' }, search: {} },
    { code: 'co-deciding', label: { de: 'Mitentscheiden', en: 'Co-decide' }, search: {} },
    { code: 'reporting-back', label: { de: 'Rückmelden', en: 'Report back' }, search: {} },
  ],
  planPerPhase: 3,
  exportLimit: 500,
  participantBuckets: [
    [1, 25],
    [26, 100],
    [101, 500],
    [501, null],
  ],
  weights: {
    goals: 3,
    level: 2,
    modes: 2,
    participants: 2,
    duration: 1.5,
    budget: 1.5,
    leadTime: 1,
    targetGroups: 2,
    conflict: 1.5,
    phase: 1,
    accessibility: 1.5,
  },
  partlyCredit: 0.5,
  unknownCredit: 0.25,
  participantsTolerance: 0.5,
  minResults: 3,
  nearMisses: 5,
  pageSize: 10,
  maxPageSize: 50,
  locales: ['de', 'en'],
  messages: {},
  plannerMessages: {},
  syncIntervalMs: 2000,
  rebuildDebounceMs: 200,
  // Shared caches keep an answer one second, then revalidate; browsers up to 30 seconds.
  httpCache: { enabled: true, cacheControl: 'public, max-age=30, s-maxage=1, stale-while-revalidate=30' },
};

const MERGED_BY_KEY = ['fields', 'options', 'weights', 'costLevelLabels', 'httpCache'] as const;

/**
 * The app's config over the defaults. Top-level values replace the default; `fields`, `options`,
 * `weights`, `costLevelLabels` and `httpCache` are merged key by key. (Strapi's own deep merge would splice arrays item by item,
 * so the plugin's Strapi default is empty and the merge happens here.)
 */
export function resolveConfig(userConfig: unknown): FinderConfig {
  const merged = mergeConfig(defaultConfig, userConfig, MERGED_BY_KEY);
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    throw new Error(`format-finder config is invalid: ${issuesText(result.error.issues)}`);
  }
  const config = result.data as FinderConfig;
  const { problems } = resolveCatalogues(config.locales, config.messages);
  if (problems.length) throw new Error(`format-finder config is invalid: ${problems.join('; ')}`);
  return config;
}

export default {
  default: {},
  validator(config: unknown) {
    resolveConfig(config);
  },
};
