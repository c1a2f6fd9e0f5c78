import { MAIL_KINDS, checkTemplate, type MailKind, type MailTemplate } from '../domain/mail-template';
import { baseLanguage, localeOf, matchLocale, resolveCatalogues as resolveWithRules, shippedFor, type CatalogueRules, type DeepPartial, type ResolvedCatalogues } from '@mitwirken/strapi-plugin-kit';
import { de, type Catalogue } from './de';
import { en } from './en';

export type { Catalogue } from './de';

/** The catalogues that ship with the plugin. A host adds others through the config (`messages`). */
export const SHIPPED_CATALOGUES: Readonly<Record<string, Catalogue>> = { de, en };

/** What a host may give per locale in `messages`: any subset of the keys, texts as strings. */
export type CatalogueOverride = DeepPartial<Catalogue>;

export { baseLanguage, localeOf, matchLocale };

/** The shipped catalogue a locale starts from: its own, else its language's (`de-CH` → `de`), else none. */
export const shippedCatalogue = (locale: string): Catalogue | undefined => shippedFor(SHIPPED_CATALOGUES, locale);

/** What a complete catalogue must hold beyond its shape: valid mail texts with their links. */
function catalogueProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const kind of Object.keys(MAIL_KINDS) as MailKind[]) {
    for (const problem of checkTemplate(kind, catalogue.mails[kind])) problems.push(`mails.${kind}: ${problem}`);
  }
  if (!catalogue.unsubscribeFooter.includes('{{unsubscribeUrl}}')) problems.push('unsubscribeFooter must contain {{unsubscribeUrl}}');
  return problems;
}

const RULES: CatalogueRules<Catalogue> = { shipped: SHIPPED_CATALOGUES, reference: de, checkCatalogue: catalogueProblems };

/**
 * Each configured locale's catalogue: the shipped one of the locale (or of its language) with the
 * host's `messages[locale]` deep-merged over it (the kit's resolveCatalogues, against the German
 * catalogue's keys). Mail texts with unknown placeholders or without their link are problems too.
 */
export const resolveCatalogues = (locales: readonly string[], overrides: Readonly<Record<string, unknown>> = {}): ResolvedCatalogues<Catalogue> =>
  resolveWithRules(RULES, locales, overrides);

/** The shipped default mails per kind and locale (the texts new mail template entries start with). */
export function shippedMails(): Record<MailKind, Record<string, MailTemplate>> {
  const result = {} as Record<MailKind, Record<string, MailTemplate>>;
  for (const kind of Object.keys(MAIL_KINDS) as MailKind[]) {
    result[kind] = Object.fromEntries(Object.entries(SHIPPED_CATALOGUES).map(([locale, catalogue]) => [locale, catalogue.mails[kind]]));
  }
  return result;
}
