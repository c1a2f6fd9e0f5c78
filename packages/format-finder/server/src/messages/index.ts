import { baseLanguage, resolveCatalogues as resolveWithRules, shippedFor, type CatalogueRules, type DeepPartial, type ResolvedCatalogues } from '@mitwirken/strapi-plugin-kit';
import { de, type Catalogue } from './de';
import { en } from './en';

export type { Catalogue } from './de';

/** The catalogues that ship with the plugin. A host adds others through the config (`messages`). */
export const SHIPPED_CATALOGUES: Readonly<Record<string, Catalogue>> = { de, en };

/** What a host may give per locale in `messages`: any subset of the keys, texts as strings. */
export type CatalogueOverride = DeepPartial<Catalogue>;

export { baseLanguage };

/** The shipped catalogue a locale starts from: its own, else its language's (`de-CH` → `de`), else none. */
export const shippedCatalogue = (locale: string): Catalogue | undefined => shippedFor(SHIPPED_CATALOGUES, locale);

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

/** Placeholders a text may use (by the first part of its key); the shape is checked by the kit. */
function placeholderProblems(path: string, text: string): string[] {
  const allowed = PLACEHOLDERS[path.split('.')[0]] ?? [];
  return [...text.matchAll(PLACEHOLDER)]
    .filter(([, name]) => !allowed.includes(name))
    .map(([, name]) => `${path} uses {{${name}}}; ${allowed.length ? `known: ${allowed.map((known) => `{{${known}}}`).join(', ')}` : 'it takes no placeholders'}`);
}

const RULES: CatalogueRules<Catalogue> = { shipped: SHIPPED_CATALOGUES, reference: de, checkText: placeholderProblems };

/**
 * Each configured locale's catalogue: the shipped one of the locale (or of its language) with the
 * host's `messages[locale]` deep-merged over it (the kit's resolveCatalogues, against the German
 * catalogue's keys). Unknown placeholders are problems too.
 */
export const resolveCatalogues = (locales: readonly string[], overrides: Readonly<Record<string, unknown>> = {}): ResolvedCatalogues<Catalogue> =>
  resolveWithRules(RULES, locales, overrides);

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
