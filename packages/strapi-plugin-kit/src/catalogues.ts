/**
 * Text catalogues per locale: the shipped one of a locale (or of its language) with the host's
 * texts merged over it, checked against the shape of a reference catalogue. Written once for every
 * plugin; what a plugin checks beyond the shape (placeholders, required links) it hands in. Pure.
 */
import { deepMerge, isPlainObject } from './merge';

/** The primary language of a BCP 47 code: `de-CH` → `de`. */
export const baseLanguage = (locale: string) => locale.split('-')[0].toLowerCase();

/**
 * The configured locale that best serves a requested one: the same code (any case), else the
 * configured code of the same language (`en-GB` → `en`, `de` → `de-CH`), else none.
 */
export function matchLocale(requested: string | null | undefined, locales: readonly string[]): string | undefined {
  if (!requested) return undefined;
  const wanted = requested.trim().toLowerCase();
  const exact = locales.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = baseLanguage(wanted);
  return locales.find((locale) => locale.toLowerCase() === language) ?? locales.find((locale) => baseLanguage(locale) === language);
}

/** As `matchLocale`, falling back to the default (first) locale. */
export const localeOf = (requested: string | null | undefined, locales: readonly string[]): string => matchLocale(requested, locales) ?? locales[0];

/** The shipped entry a locale starts from: its own, else its language's (`de-CH` → `de`), else none. */
export function shippedFor<T>(shipped: Readonly<Record<string, T>>, locale: string): T | undefined {
  return shipped[locale] ?? shipped[locale.toLowerCase()] ?? shipped[baseLanguage(locale)];
}

export interface ShapeProblems {
  missing: string[];
  unknown: string[];
  /** Values that are not text, and whatever `checkText` found. */
  wrong: string[];
}

/**
 * Compares a catalogue with the reference: keys it lacks, keys the reference lacks, values that are
 * not text; `checkText` may name more problems of one text, by its dotted path.
 */
export function shapeProblems(
  reference: Record<string, unknown>,
  candidate: Record<string, unknown>,
  checkText: (path: string, text: string) => string[] = () => [],
  prefix = '',
  into: ShapeProblems = { missing: [], unknown: [], wrong: [] },
): ShapeProblems {
  for (const [key, expected] of Object.entries(reference)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const value = candidate[key];
    if (value === undefined) {
      if (isPlainObject(expected)) shapeProblems(expected, {}, checkText, path, into);
      else into.missing.push(path);
    } else if (isPlainObject(expected)) {
      if (isPlainObject(value)) shapeProblems(expected, value, checkText, path, into);
      else into.wrong.push(`${path} must be an object of texts`);
    } else if (typeof value !== 'string') {
      into.wrong.push(`${path} must be text`);
    } else {
      into.wrong.push(...checkText(path, value));
    }
  }
  for (const key of Object.keys(candidate)) if (!(key in reference)) into.unknown.push(prefix ? `${prefix}.${key}` : key);
  return into;
}

export interface ResolvedCatalogues<Catalogue> {
  /** Per configured locale, the complete catalogue. */
  catalogues: Record<string, Catalogue>;
  /** What is wrong, one sentence each; empty when everything is usable. */
  problems: string[];
}

export interface CatalogueRules<Catalogue> {
  /** The catalogues that ship, by locale. */
  readonly shipped: Readonly<Record<string, Catalogue>>;
  /** The catalogue whose keys every other must have. */
  readonly reference: Catalogue;
  /** Problems of one text, such as a placeholder it may not use. */
  readonly checkText?: (path: string, text: string) => string[];
  /** Problems of a complete catalogue, as `<key>: <problem>` or `<key> must …` (prefixed with `messages.<locale>.`). */
  readonly checkCatalogue?: (catalogue: Catalogue) => string[];
}

/**
 * Each configured locale's catalogue: the shipped one of the locale (or of its language) with the
 * host's `messages[locale]` deep-merged over it. A locale without a shipped catalogue must give
 * every key. Unknown keys, non-text values, what the rules' checks find and messages for a locale
 * that is not configured are problems too.
 */
export function resolveCatalogues<Catalogue>(rules: CatalogueRules<Catalogue>, locales: readonly string[], overrides: Readonly<Record<string, unknown>> = {}): ResolvedCatalogues<Catalogue> {
  const catalogues: Record<string, Catalogue> = {};
  const problems: string[] = [];
  for (const locale of Object.keys(overrides)) {
    if (!locales.includes(locale)) problems.push(`messages.${locale}: ${locale} is not one of the configured locales (${locales.join(', ')})`);
  }
  for (const locale of locales) {
    const shipped = shippedFor(rules.shipped, locale);
    const override = overrides[locale];
    if (override !== undefined && !isPlainObject(override)) {
      problems.push(`messages.${locale} must be an object of texts`);
      continue;
    }
    const merged = deepMerge(shipped ?? {}, override ?? {}) as Record<string, unknown>;
    const found = shapeProblems(rules.reference as Record<string, unknown>, merged, rules.checkText);
    if (found.missing.length) {
      const why = shipped ? '' : ` (no catalogue ships for ${locale}; shipped: ${Object.keys(rules.shipped).join(', ')}; a new language must give every text)`;
      problems.push(`messages.${locale} lacks ${found.missing.length} text(s)${why}: ${found.missing.join(', ')}`);
    }
    if (found.unknown.length) problems.push(`messages.${locale} has unknown key(s): ${found.unknown.join(', ')}`);
    for (const problem of found.wrong) problems.push(`messages.${locale}.${problem}`);
    if (found.missing.length || found.wrong.length) continue;
    const catalogue = merged as Catalogue;
    const checked = rules.checkCatalogue?.(catalogue) ?? [];
    for (const problem of checked) problems.push(`messages.${locale}.${problem}`);
    catalogues[locale] = catalogue;
  }
  return { catalogues, problems };
}
