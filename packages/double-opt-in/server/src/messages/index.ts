import { MAIL_KINDS, checkTemplate, type MailKind, type MailTemplate } from '../domain/mail-template';
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

/** The shipped catalogue a locale starts from: its own, else its language's (`de-CH` → `de`), else none. */
export function shippedCatalogue(locale: string): Catalogue | undefined {
  return SHIPPED_CATALOGUES[locale] ?? SHIPPED_CATALOGUES[locale.toLowerCase()] ?? SHIPPED_CATALOGUES[baseLanguage(locale)];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function deepMerge(base: unknown, override: unknown): unknown {
  if (!isObject(base) || !isObject(override)) return override === undefined ? base : override;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) result[key] = key in base ? deepMerge(base[key], value) : value;
  return result;
}

/** Compares a catalogue with the German one: keys it lacks, keys no catalogue has, values that are not text. */
function shapeProblems(reference: Record<string, unknown>, candidate: Record<string, unknown>, prefix: string, into: { missing: string[]; unknown: string[]; notText: string[] }): void {
  for (const [key, expected] of Object.entries(reference)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const value = candidate[key];
    if (value === undefined) {
      if (isObject(expected)) shapeProblems(expected, {}, path, into);
      else into.missing.push(path);
    } else if (isObject(expected)) {
      if (isObject(value)) shapeProblems(expected, value, path, into);
      else into.notText.push(`${path} must be an object of texts`);
    } else if (typeof value !== 'string') {
      into.notText.push(`${path} must be text`);
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
 * every key. Unknown keys, non-text values, mail texts with unknown placeholders or without their
 * link, and messages for a locale that is not configured are problems too.
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
    const found = { missing: [] as string[], unknown: [] as string[], notText: [] as string[] };
    shapeProblems(de, merged, '', found);
    if (found.missing.length) {
      const why = shipped ? '' : ` (no catalogue ships for ${locale}; shipped: ${Object.keys(SHIPPED_CATALOGUES).join(', ')}; a new language must give every text)`;
      problems.push(`messages.${locale} lacks ${found.missing.length} text(s)${why}: ${found.missing.join(', ')}`);
    }
    if (found.unknown.length) problems.push(`messages.${locale} has unknown key(s): ${found.unknown.join(', ')}`);
    for (const problem of found.notText) problems.push(`messages.${locale}.${problem}`);
    if (found.missing.length || found.notText.length) continue;
    const catalogue = merged as unknown as Catalogue;
    for (const kind of Object.keys(MAIL_KINDS) as MailKind[]) {
      for (const problem of checkTemplate(kind, catalogue.mails[kind])) problems.push(`messages.${locale}.mails.${kind}: ${problem}`);
    }
    if (!catalogue.unsubscribeFooter.includes('{{unsubscribeUrl}}')) problems.push(`messages.${locale}.unsubscribeFooter must contain {{unsubscribeUrl}}`);
    catalogues[locale] = catalogue;
  }
  return { catalogues, problems };
}

/** The shipped default mails per kind and locale (the texts new mail template entries start with). */
export function shippedMails(): Record<MailKind, Record<string, MailTemplate>> {
  const result = {} as Record<MailKind, Record<string, MailTemplate>>;
  for (const kind of Object.keys(MAIL_KINDS) as MailKind[]) {
    result[kind] = Object.fromEntries(Object.entries(SHIPPED_CATALOGUES).map(([locale, catalogue]) => [locale, catalogue.mails[kind]]));
  }
  return result;
}
