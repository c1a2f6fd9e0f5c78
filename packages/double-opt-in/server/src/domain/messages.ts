import { SHIPPED_CATALOGUES, shippedMails } from '../messages';

/*
 * The texts live in catalogues per locale (server/src/messages/<locale>.ts), overridable and
 * extendable by the host through the config (`messages`). This module keeps the shipped defaults
 * in the shape earlier callers used.
 */

export { localeOf, matchLocale } from '../messages';

/** The shipped default mails per kind and locale; editors override them per locale in the admin. */
export const DEFAULT_MAILS = shippedMails();

/** The shipped footer of every mail after the confirmation, per locale. */
export const UNSUBSCRIBE_FOOTER: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SHIPPED_CATALOGUES).map(([locale, catalogue]) => [locale, catalogue.unsubscribeFooter]),
);
