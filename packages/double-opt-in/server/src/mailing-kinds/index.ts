import { digestMailing } from './digest';
import type { MailingKind } from './mailing-kind';
import { standardMailing } from './standard';

/** The kinds the plugin ships, registered at its register phase. A new kind: one file beside these and one line here. */
export const BUILT_IN_MAILING_KINDS: readonly MailingKind[] = [standardMailing, digestMailing];

export type { MailingAudience, MailingKind, MailingKindContext, MailingRecipient } from './mailing-kind';
