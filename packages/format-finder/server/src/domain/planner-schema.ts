import { z } from 'zod';
import type { Search } from './criteria';
import type { CriterionOptions } from './format-index';
import { SEARCH_KEYS, mustsHaveValues, searchShape, type SearchLimits } from './search-schema';

/** At most this many formats side by side: more no longer fit a page or a reader's attention. */
export const MAX_COMPARED = 4;
/** At most this many formats on a shortlist that is exported by name. */
export const MAX_SHORTLIST = 50;
export const MAX_PHASES = 8;

export const COMPARE_KEYS = [...SEARCH_KEYS, 'slugs'] as const;
export const EXPORT_KEYS = [...SEARCH_KEYS, 'slugs'] as const;
export const PLAN_KEYS = [...SEARCH_KEYS, 'phases'] as const;

const slug = z.string({ error: 'slugs must be a list of format identifiers' }).min(1).max(200);

function slugList(max: number, required: boolean) {
  const list = z
    .array(slug, { error: 'slugs must be a list of format identifiers' })
    .min(1, { error: 'slugs needs at least one format' })
    .max(max, { error: `slugs: at most ${max} formats at once` })
    .refine((values) => new Set(values).size === values.length, { error: 'slugs names a format twice' });
  return required ? list : list.optional();
}

/** Compare: up to four formats (`slugs`) under a search (every search key is allowed, none needed). */
export function buildCompareSchema(options: CriterionOptions, limits: SearchLimits) {
  return z.strictObject({ ...searchShape(options, limits), slugs: slugList(MAX_COMPARED, true) }).superRefine(mustsHaveValues);
}

/** Export: the shortlist (`slugs`) or, without it, the search's results. */
export function buildExportSchema(options: CriterionOptions, limits: SearchLimits) {
  return z.strictObject({ ...searchShape(options, limits), slugs: slugList(MAX_SHORTLIST, false) }).superRefine(mustsHaveValues);
}

/** Phase plan: the phases picked (codes the host configured) and the situation as a search. */
export function buildPlanSchema(options: CriterionOptions, limits: SearchLimits, phases: readonly string[]) {
  const phase = phases.length > 0 ? z.enum(phases as [string, ...string[]]) : z.never({ error: 'no phases are configured' });
  return z
    .strictObject({
      ...searchShape(options, limits),
      phases: z
        .array(phase, { error: 'phases must be a list of phases' })
        .min(1, { error: 'phases needs at least one phase' })
        .max(MAX_PHASES, { error: `phases: at most ${MAX_PHASES} phases` })
        .refine((values) => new Set(values).size === values.length, { error: 'phases names a phase twice' }),
    })
    .superRefine(mustsHaveValues);
}

export type CompareInput = Search & { slugs: string[] };
export type ExportInput = Search & { slugs?: string[] };
export type PlanInput = Search & { phases: string[] };

/**
 * A phase's search: the situation with what the phase asks for. The phase decides single choices
 * (its level, its project phase); lists are joined (the situation's goals and the phase's).
 */
export function phaseSearch(situation: Search, phase: Readonly<Record<string, string | readonly string[]>>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...situation };
  for (const [key, value] of Object.entries(phase)) {
    if (Array.isArray(value)) {
      const have = (merged[key] as string[] | undefined) ?? [];
      merged[key] = [...new Set([...have, ...value])];
    } else merged[key] = value;
  }
  return merged;
}
