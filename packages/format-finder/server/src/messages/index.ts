import { de, type Catalogue } from './de';
import { en } from './en';

export type { Catalogue } from './de';

/** The catalogues that ship with the plugin. A host adds others through the config (`messages`). */
export const SHIPPED_CATALOGUES: Readonly<Record<string, Catalogue>> = { de, en };

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

/** What a host may give per locale in `messages`: any subset of the keys, texts as strings. */
export type CatalogueOverride = DeepPartial<Catalogue>;

/** The primary language of a BCP 47 code: `de-CH` → `de`. */
export const baseLanguage = (locale: string) => locale.split('-')[0].toLowerCase();

/** The shipped catalogue a locale starts from: its own, else its language's (`de-CH` → `de`), else none. */
export function shippedCatalogue(locale: string): Catalogue | undefined {
  return SHIPPED_CATALOGUES[locale] ?? SHIPPED_CATALOGUES[locale.toLowerCase()] ?? SHIPPED_CATALOGUES[baseLanguage(locale)];
}

/** The placeholders a text may use, by the first part of its key. */
const PLACEHOLDERS: Record<string, readonly string[]> = {
  reasons: ['wanted', 'hit', 'miss', 'have'],
  unknown: ['criterion'],
  groupSize: ['min', 'max'],
  costLevelEstimated: ['level'],
};

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** A template split once into its literal parts and placeholders (a search fills dozens per answer). */
interface CompiledText {
  /** Literal text and placeholders alternating: literals at even positions, placeholder names at odd. */
  parts: string[];
  /** The placeholders as written, for the ones a caller gives no value for. */
  written: string[];
}

const compiledTexts = new Map<string, CompiledText>();

function compiled(template: string): CompiledText {
  let text = compiledTexts.get(template);
  if (!text) {
    const parts: string[] = [];
    const written: string[] = [];
    let from = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      parts.push(template.slice(from, match.index), match[1]);
      written.push(match[0]);
      from = (match.index ?? 0) + match[0].length;
    }
    parts.push(template.slice(from));
    text = { parts, written };
    // Templates come from the catalogues and the config: a bounded set.
    compiledTexts.set(template, text);
  }
  return text;
}

/**
 * Fills `{{name}}` placeholders; unknown ones stay as they are. `values` is a record or a function
 * asked once per placeholder, so an expensive value is computed only if the template uses it.
 */
export function fillText(template: string, values: Readonly<Record<string, string>> | ((name: string) => string | undefined)): string {
  const { parts, written } = compiled(template);
  if (parts.length === 1) return parts[0];
  const valueOf = typeof values === 'function' ? values : (name: string) => values[name];
  let result = parts[0];
  for (let position = 1; position < parts.length; position += 2) {
    result += (valueOf(parts[position]) ?? written[(position - 1) / 2]) + parts[position + 1];
  }
  return result;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function deepMerge(base: unknown, override: unknown): unknown {
  if (!isObject(base) || !isObject(override)) return override === undefined ? base : override;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) result[key] = key in base ? deepMerge(base[key], value) : value;
  return result;
}

interface Found {
  missing: string[];
  unknown: string[];
  wrong: string[];
}

/** Compares a catalogue with the German one: keys it lacks, keys no catalogue has, values that are not text, unknown placeholders. */
function shapeProblems(reference: Record<string, unknown>, candidate: Record<string, unknown>, prefix: string, into: Found): void {
  for (const [key, expected] of Object.entries(reference)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const value = candidate[key];
    if (value === undefined) {
      if (isObject(expected)) shapeProblems(expected, {}, path, into);
      else into.missing.push(path);
    } else if (isObject(expected)) {
      if (isObject(value)) shapeProblems(expected, value, path, into);
      else into.wrong.push(`${path} must be an object of texts`);
    } else if (typeof value !== 'string') {
      into.wrong.push(`${path} must be text`);
    } else {
      const allowed = PLACEHOLDERS[path.split('.')[0]] ?? [];
      for (const [, name] of value.matchAll(PLACEHOLDER)) {
        if (!allowed.includes(name)) into.wrong.push(`${path} uses {{${name}}}; ${allowed.length ? `known: ${allowed.map((known) => `{{${known}}}`).join(', ')}` : 'it takes no placeholders'}`);
      }
    }
  }
  for (const key of Object.keys(candidate)) if (!(key in reference)) into.unknown.push(prefix ? `${prefix}.${key}` : key);
}

export interface ResolvedCatalogues {
  /** Per configured locale, the complete catalogue. */
  catalogues: Record<string, Catalogue>;
  /** What is wrong, one sentence each; empty when everything is usable. */
  problems: string[];
}

/**
 * Each configured locale's catalogue: the shipped one of the locale (or of its language) with the
 * host's `messages[locale]` deep-merged over it. A locale without a shipped catalogue must give
 * every key. Unknown keys, non-text values, unknown placeholders and messages for a locale that is
 * not configured are problems too.
 */
export function resolveCatalogues(locales: readonly string[], overrides: Readonly<Record<string, unknown>> = {}): ResolvedCatalogues {
  const catalogues: Record<string, Catalogue> = {};
  const problems: string[] = [];
  for (const locale of Object.keys(overrides)) {
    if (!locales.includes(locale)) problems.push(`messages.${locale}: ${locale} is not one of the configured locales (${locales.join(', ')})`);
  }
  for (const locale of locales) {
    const shipped = shippedCatalogue(locale);
    const override = overrides[locale];
    if (override !== undefined && !isObject(override)) {
      problems.push(`messages.${locale} must be an object of texts`);
      continue;
    }
    const merged = deepMerge(shipped ?? {}, override ?? {}) as Record<string, unknown>;
    const found: Found = { missing: [], unknown: [], wrong: [] };
    shapeProblems(de, merged, '', found);
    if (found.missing.length) {
      const why = shipped ? '' : ` (no catalogue ships for ${locale}; shipped: ${Object.keys(SHIPPED_CATALOGUES).join(', ')}; a new language must give every text)`;
      problems.push(`messages.${locale} lacks ${found.missing.length} text(s)${why}: ${found.missing.join(', ')}`);
    }
    if (found.unknown.length) problems.push(`messages.${locale} has unknown key(s): ${found.unknown.join(', ')}`);
    for (const problem of found.wrong) problems.push(`messages.${locale}.${problem}`);
    if (!found.missing.length && !found.wrong.length) catalogues[locale] = merged as unknown as Catalogue;
  }
  return { catalogues, problems };
}

const resolved = new WeakMap<object, Record<string, Catalogue>>();

/** The complete catalogues of a (valid) config, resolved once per config object. */
export function cataloguesOf(config: { locales: readonly string[]; messages: Readonly<Record<string, unknown>> }): Record<string, Catalogue> {
  let catalogues = resolved.get(config);
  if (!catalogues) {
    catalogues = resolveCatalogues(config.locales, config.messages).catalogues;
    resolved.set(config, catalogues);
  }
  return catalogues;
}
