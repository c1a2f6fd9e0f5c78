import { z } from 'zod';

/**
 * What people choose to hear about: their interests (config `interests`) and the host's further
 * facets (config `facets`, e.g. districts). A choice is a list of codes per dimension; an empty
 * list means "everything" in that dimension. Pure: no Strapi.
 */

export interface FacetOption {
  code: string;
  label?: Record<string, string>;
}

export interface FacetConfig {
  name: string;
  legend: Record<string, string>;
  options: FacetOption[];
  /** Codes that concern everyone in this dimension (e.g. "whole city"): they match any choice. */
  concernsAll?: string[];
}

/** The dimension the interests fill; each facet adds one by its name. */
export const INTERESTS_DIMENSION = 'interests';

/** Codes per dimension: `{ interests: ['mobility'], districts: [] }`. */
export type Preferences = Record<string, string[]>;

/** Names a facet cannot take: they are fields of the sign-up, the my-data form or the pages. */
export const RESERVED_NAMES = [
  INTERESTS_DIMENSION,
  'firstName',
  'lastName',
  'email',
  'consent',
  'locale',
  'source',
  'startedAt',
  'altcha',
  'token',
  'lang',
  'website',
  'facets',
] as const;

/** Problems of the configured facets, one sentence each. */
export function checkFacets(facets: readonly FacetConfig[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, facet] of facets.entries()) {
    const at = `facets.${index} (${facet.name})`;
    if ((RESERVED_NAMES as readonly string[]).includes(facet.name)) problems.push(`${at}: the name ${facet.name} is taken; reserved: ${RESERVED_NAMES.join(', ')}`);
    if (seen.has(facet.name)) problems.push(`${at}: names a facet twice`);
    seen.add(facet.name);
    const codes = facet.options.map((option) => option.code);
    if (new Set(codes).size !== codes.length) problems.push(`${at}: names an option twice`);
    for (const code of facet.concernsAll ?? []) if (!codes.includes(code)) problems.push(`${at}.concernsAll: ${code} is not one of its options`);
  }
  return problems;
}

/** The codes each dimension offers: the interests first, then the facets in config order. */
export function dimensionsOf(interests: readonly { code: string }[], facets: readonly FacetConfig[]): Array<{ name: string; codes: string[]; concernsAll: string[] }> {
  return [
    { name: INTERESTS_DIMENSION, codes: interests.map((interest) => interest.code), concernsAll: [] },
    ...facets.map((facet) => ({ name: facet.name, codes: facet.options.map((option) => option.code), concernsAll: facet.concernsAll ?? [] })),
  ];
}

/** A list of codes of one dimension, refused by name with the codes allowed. */
export function codesSchema(name: string, codes: readonly string[]) {
  return z
    .array(
      z.enum((codes.length ? codes : ['\u0000']) as [string, ...string[]], {
        error: codes.length ? `${name} may only name ${codes.join(', ')}` : `${name} are not offered`,
      }),
    )
    .max(200, { error: `${name} may name at most 200 codes` });
}

/** The schema of the facet fields (each optional, an array of its codes), to spread into a strict object. */
export function facetFieldsShape(facets: readonly FacetConfig[]): Record<string, z.ZodOptional<ReturnType<typeof codesSchema>>> {
  return Object.fromEntries(facets.map((facet) => [facet.name, codesSchema(facet.name, facet.options.map((option) => option.code)).optional()]));
}

/** The codes a person chose, in the order the config lists them, without duplicates or codes no longer offered. */
export function normalizeChoice(chosen: readonly string[] | null | undefined, offered: readonly string[]): string[] {
  const wanted = new Set(chosen ?? []);
  return offered.filter((code) => wanted.has(code));
}

/** A plain form posts one value as a string and none at all for an empty group: always a list. */
export function listFromForm(value: unknown): unknown {
  if (typeof value === 'string') return value ? [value] : [];
  return value;
}

const describe = (codes: readonly string[]) => (codes.length ? codes.join(', ') : '–');

/**
 * The change of a person's choices as the consent record notes it, one dimension after another
 * (`districts: – → eving; interests: mobility → mobility, climate`); null when nothing changed.
 */
export function describePreferenceChange(before: Preferences, after: Preferences, dimensions: readonly string[]): string | null {
  const changes: string[] = [];
  for (const name of dimensions) {
    const old = before[name] ?? [];
    const now = after[name] ?? [];
    const same = old.length === now.length && old.every((code) => now.includes(code));
    if (!same) changes.push(`${name}: ${describe(old)} → ${describe(now)}`);
  }
  return changes.length ? changes.join('; ') : null;
}
