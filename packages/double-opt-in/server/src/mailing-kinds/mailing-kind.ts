import type { DoubleOptInConfig } from '../config';
import type { Preferences } from '../domain/facets';
import type { RenderedMail } from '../domain/mail-template';
import type { Catalogue } from '../messages';
import type { MailingRow, MailingSnapshot } from '../repositories/mailing-repository';
import type { AudienceMember, SubscriberRow } from '../repositories/subscriber-repository';

/**
 * A kind of mailing (the Rundmail, the digest, a host's own): what is particular to it, and
 * nothing else. A kind names its audience when a mailing starts and renders one recipient's mail
 * when the outbox sends it; the pipeline (services/mailings.ts) does the rest for every kind alike:
 * delivery rows, Message-IDs, the outbox, pause / resume / cancel, progress, the exactly-once
 * guarantees. Kinds are registered with the `mailing-kinds` service (see the README, "Adding a
 * mail kind").
 */
export interface MailingKind {
  /** Stored in the mailing's `kind`; lower case, digits and dashes. */
  readonly name: string;
  /**
   * The `kind` of its delivery rows in the outbox, and the first part of their Message-ID
   * (`<outboxKind-mailing.subscriber@domain>`). Default: `name`.
   */
  readonly outboxKind?: string;
  /**
   * Who receives the mailing, decided at its start inside the start's transaction (a thrown
   * error undoes the start). `snapshot` is kept on the mailing then, for `render` to read: what
   * the mailing is about as it was at the start (the digest's items).
   */
  audience(mailing: MailingRow, context: MailingKindContext, now: Date): Promise<MailingAudience>;
  /**
   * One recipient's mail at the moment it is sent (the recipient as they are now, still
   * confirmed); null when it is not to be sent any more (nothing in it concerns them now). The
   * pipeline adds the List-Unsubscribe headers.
   */
  render(mailing: MailingRow, recipient: MailingRecipient, context: MailingKindContext): RenderedMail | null | Promise<RenderedMail | null>;
  /**
   * The mail as a sample recipient would get it, for the editor's preview and test send; null when
   * it would go to nobody. Before the start the mailing has no snapshot yet.
   */
  example(mailing: MailingRow, sample: MailingRecipient, context: MailingKindContext, now: Date): Promise<RenderedMail | null>;
}

export interface MailingAudience {
  recipients: Array<{ subscriberId: number; email: string }>;
  snapshot?: MailingSnapshot;
}

/** A recipient as a kind renders for: their language resolved to a configured locale, their personal unsubscribe link. */
export type MailingRecipient = Pick<SubscriberRow, 'id' | 'firstName' | 'lastName' | 'email' | 'emailNormalized' | 'interests' | 'facets'> & {
  language: string;
  unsubscribeUrl: string;
};

/** What a kind may use of the plugin; given by the `mailing-kinds` service, so no kind reaches into another service. */
export interface MailingKindContext {
  /** The plugin's resolved config (locales, interests, facets, digest, …). */
  config(): DoubleOptInConfig;
  /** The configured locale that serves a language (see settings). */
  locale(language: string | null | undefined): string;
  /** The texts of a locale, the host's `messages` merged in. */
  catalogue(language: string | null | undefined): Catalogue;
  /** The public page where a member asks for their data, in a language. */
  dataRequestUrl(language: string): string;
  /** Confirmed members whose address is not suppressed, in id order; of one language if given. */
  confirmedMembers(filter?: { language?: string }): Promise<AudienceMember[]>;
  /** A member's choices per dimension (interests, each facet), limited to what is configured now. */
  preferencesOf(member: Pick<SubscriberRow, 'interests' | 'facets'>): Preferences;
  /**
   * A mail from a Markdown subject and body (`{{firstName}}`, `{{lastName}}`, `{{unsubscribeUrl}}`
   * filled for the recipient) with the catalogue's unsubscribe footer: how the Rundmail renders.
   */
  markdownMail(subject: string, body: string, recipient: Pick<MailingRecipient, 'firstName' | 'lastName' | 'unsubscribeUrl' | 'language'>): RenderedMail;
  /** A service of the host by UID: for a kind whose content the host provides (the digest's items). */
  hostService(uid: string): unknown;
  warn(message: string): void;
}

/** A kind's outbox row kind. */
export const outboxKindOf = (kind: Pick<MailingKind, 'name' | 'outboxKind'>): string => kind.outboxKind ?? kind.name;
