import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MAIL_KINDS } from '../domain/mail-template';
import { compileMarkdownMail, type CompiledMarkdownMail } from '../domain/markdown-mail';
import { getService } from '../get-service';
import { outboxKindOf, type MailingKind, type MailingKindContext } from '../mailing-kinds/mailing-kind';
import { createMailingRepository } from '../repositories/mailing-repository';
import { createSubscriberRepository } from '../repositories/subscriber-repository';

const NAME = /^[a-z][a-z0-9-]{0,39}$/;
/** Outbox kinds other senders own: a mailing kind taking one would take over their rendering. */
const RESERVED_OUTBOX_KINDS = new Set([...Object.keys(MAIL_KINDS), 'mailing-test']);

type Listener = (kind: MailingKind) => void;

/**
 * The registry of mailing kinds: the plugin registers its own (mailing-kinds/index.ts) in its
 * register phase; a host registers more with `register(kind)` from its own `register()` (so the
 * kind exists before the outbox's first pass), or later at run time. The pipeline asks it for a
 * mailing's kind; `each` tells the outbox wiring of every kind, now and later. Kinds get the
 * plugin through `context()`, never through the pipeline, so nothing calls back into its caller.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const kinds = new Map<string, MailingKind>();
  const listeners: Listener[] = [];
  const mailings = createMailingRepository(strapi);
  const subscribers = createSubscriberRepository(strapi);
  const settings = () => getService(strapi, 'settings');

  // A mailing's text is the same for all its recipients: compiled once per text and language, not per mail.
  const compiledMails = new Map<string, CompiledMarkdownMail>();
  const compiledMail = (subject: string, body: string, language: string): CompiledMarkdownMail => {
    const footer = settings().catalogue(language).unsubscribeFooter;
    const key = `${language}\u0000${footer}\u0000${subject}\u0000${body}`;
    let compiled = compiledMails.get(key);
    if (!compiled) {
      compiled = compileMarkdownMail(subject, body, language, footer);
      if (compiledMails.size >= 50) compiledMails.clear();
      compiledMails.set(key, compiled);
    }
    return compiled;
  };

  const context: MailingKindContext = {
    config: () => settings().get(),
    locale: (language) => settings().locale(language),
    catalogue: (language) => settings().catalogue(language),
    dataRequestUrl: (language) => settings().urls.dataRequest(language),
    confirmedMembers: (filter) => subscribers.findConfirmedAudience(filter),
    preferencesOf: (member) => getService(strapi, 'preferences').of(member),
    markdownMail: (subject, body, recipient) =>
      compiledMail(subject, body, recipient.language).render({ firstName: recipient.firstName, lastName: recipient.lastName, unsubscribeUrl: recipient.unsubscribeUrl }),
    // Strapi types `service()` against the host's generated UIDs, which a host's digest source is not among.
    hostService: (uid) => strapi.service(uid as never) as unknown,
    warn: (message) => strapi.log.warn(message),
  };

  return {
    /**
     * Adds a kind, or replaces the one of that name. Its name becomes a value the mailing's
     * `kind` accepts (the schema's enumeration), so mailings of it can be written.
     */
    register(kind: MailingKind): void {
      if (!NAME.test(kind.name)) throw new Error(`double-opt-in: a mailing kind's name is lower case, digits and dashes (got "${kind.name}")`);
      const outboxKind = outboxKindOf(kind);
      if (!NAME.test(outboxKind) || RESERVED_OUTBOX_KINDS.has(outboxKind)) throw new Error(`double-opt-in: mailing kind ${kind.name} cannot use the outbox kind "${outboxKind}"`);
      kinds.set(kind.name, kind);
      mailings.acceptKind(kind.name);
      for (const listener of listeners) listener(kind);
    },

    /** The kind of a mailing; a mailing stored before kinds existed (no kind) is a Rundmail. */
    get(name: string | null | undefined): MailingKind {
      const kind = kinds.get(name ?? 'standard');
      if (!kind) throw new errors.ApplicationError(`no mailing kind "${name}" is registered`);
      return kind;
    },

    list(): MailingKind[] {
      return [...kinds.values()];
    },

    /** Calls `listener` for every kind registered, now and later. */
    each(listener: Listener): void {
      listeners.push(listener);
      for (const kind of kinds.values()) listener(kind);
    },

    context(): MailingKindContext {
      return context;
    },
  };
};
