import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { MailRenderer, RenderedMail } from '../delivery/mail-renderer';
import { fieldProblem } from '../domain/field-problem';
import { closingStatus, progressOf, type MailingProgress } from '../domain/mailing-progress';
import { getService } from '../get-service';
import { outboxKindOf, type MailingRecipient } from '../mailing-kinds/mailing-kind';
import { createMailingRepository, type MailingRow } from '../repositories/mailing-repository';
import { createOutboxRepository } from '../repositories/outbox-repository';
import type { SubscriberRow } from '../repositories/subscriber-repository';
import { validationError } from '../validation-error';
import type { AuditActor } from './audit';

export type { MailingProgress } from '../domain/mailing-progress';

/** How long the worker reuses a mailing it read for rendering; a mailing being sent cannot change, only its status. */
const MAILING_CACHE_MS = 60_000;

/**
 * The one pipeline of mailings, for every kind. Starting one asks its kind for the audience and
 * writes one delivery row per recipient in the start's transaction; the outbox worker sends them,
 * rendering each mail when it sends it with this service's `renderer` (wired at bootstrap for
 * every kind's outbox kind), which asks the mailing's kind for the mail and skips anyone who left
 * the pool in the meantime. Pause, resume, cancel, progress, preview, test send and the archive
 * are the same for every kind. The kinds live in mailing-kinds/, the registry in `mailing-kinds`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const mailings = createMailingRepository(strapi);
  const outbox = createOutboxRepository(strapi);
  const settings = () => getService(strapi, 'settings');
  const kinds = () => getService(strapi, 'mailing-kinds');
  const cache = new Map<number, { mailing: MailingRow; until: number }>();

  async function mailingOr404(documentId: string): Promise<MailingRow> {
    const mailing = await mailings.findByDocumentId(documentId);
    if (!mailing) throw new errors.NotFoundError('mailing not found');
    return mailing;
  }

  function recipientOf(person: Pick<SubscriberRow, 'id' | 'firstName' | 'lastName' | 'email' | 'emailNormalized' | 'language' | 'interests' | 'facets'>): MailingRecipient {
    const language = settings().locale(person.language);
    return { ...person, language, unsubscribeUrl: getService(strapi, 'mail-composer').unsubscribeUrl({ ...person, language }) };
  }

  /** A recipient who is nobody: the preview's and the test's names, the mailing's language. */
  function sampleOf(mailing: MailingRow, names: { firstName: string; lastName: string }, email: string): MailingRecipient {
    return recipientOf({ id: 0, ...names, email, emailNormalized: email.toLowerCase(), language: mailing.language, interests: [], facets: {} });
  }

  /** RFC 2369 List-Unsubscribe and RFC 8058 one-click, on every mailing of every kind. */
  const listHeaders = (recipient: MailingRecipient) => ({ 'List-Unsubscribe': `<${recipient.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });

  async function cachedMailing(id: number): Promise<MailingRow | null> {
    const entry = cache.get(id);
    if (entry && entry.until >= Date.now()) return entry.mailing;
    const mailing = await mailings.findById(id);
    if (mailing) cache.set(id, { mailing, until: Date.now() + MAILING_CACHE_MS });
    return mailing;
  }

  /**
   * What the worker sends for a delivery row: rendered now by the mailing's kind, for a
   * subscriber still confirmed; null when the person left the pool after the start, or the kind
   * finds nothing in it concerns them any more.
   */
  async function renderDelivery(row: { mailingId: number | null }, subscriber: SubscriberRow | undefined): Promise<RenderedMail | null> {
    if (!row.mailingId || !subscriber || subscriber.status !== 'confirmed' || subscriber.suppressedAt) return null;
    const mailing = await cachedMailing(row.mailingId);
    if (!mailing) return null;
    const recipient = recipientOf(subscriber);
    const registry = kinds();
    const rendered = await registry.get(mailing.kind).render(mailing, recipient, registry.context());
    return rendered && { subject: rendered.subject, textBody: rendered.text, htmlBody: rendered.html, headers: listHeaders(recipient) };
  }

  /** Closes sending mailings whose deliveries are all finished: `sent`, or `kept` when the outbox only kept them (no SMTP). */
  async function finishCompleted(now = new Date()): Promise<void> {
    for (const mailing of await mailings.findActive()) {
      if (mailing.status !== 'sending') continue;
      const status = closingStatus(await mailings.deliveryCounts(mailing.id));
      if (status) await mailings.transition(mailing.id, ['sending'], { status, finishedAt: now });
    }
  }

  /** The outbox's renderer of every kind's delivery rows: one subscriber fetch per claimed batch, mailings closed once their rows are done. */
  const renderer: MailRenderer = {
    needsSubscriber: true,
    render: (row, subscriber) => renderDelivery(row, subscriber),
    afterPass: () => finishCompleted(),
  };

  async function example(mailing: MailingRow, sample: MailingRecipient) {
    return kinds().get(mailing.kind).example(mailing, sample, kinds().context(), new Date());
  }

  return {
    renderer,

    /** `startedBy` is the admin user who pressed start; null when the schedule started it. */
    async start(documentId: string, now = new Date(), startedBy: AuditActor | null = null): Promise<MailingProgress> {
      const mailing = await mailingOr404(documentId);
      const kind = kinds().get(mailing.kind);
      await strapi.db.transaction(async () => {
        if (!(await mailings.transition(mailing.id, ['draft', 'scheduled'], { status: 'sending', startedAt: now }))) {
          throw new errors.ApplicationError(`mailing is ${mailing.status}; only a draft or scheduled mailing can be started`);
        }
        const { recipients, snapshot } = await kind.audience(mailing, kinds().context(), now);
        await mailings.insertDeliveries(
          mailing,
          outboxKindOf(kind),
          recipients.map((recipient) => ({ subscriberId: recipient.subscriberId, recipient: recipient.email })),
          settings().messageDomain(),
          now,
        );
        // Nobody to send to: the mailing is done at once.
        await mailings.update(mailing.id, { ...snapshot, recipientCount: recipients.length, ...(recipients.length === 0 ? { status: 'sent', finishedAt: now } : {}) });
        cache.delete(mailing.id);
        await getService(strapi, 'audit').record('mailing-start', startedBy, { rowCount: recipients.length, subject: mailing.title }, now);
      });
      getService(strapi, 'outbox').kick();
      return this.progress(documentId);
    },

    async pause(documentId: string): Promise<MailingProgress> {
      const mailing = await mailingOr404(documentId);
      await strapi.db.transaction(async () => {
        if (!(await mailings.transition(mailing.id, ['sending'], { status: 'paused' }))) throw new errors.ApplicationError(`mailing is ${mailing.status}; only a sending mailing can be paused`);
        await mailings.setDeliveryStatus(mailing.id, ['pending'], 'held');
      });
      return this.progress(documentId);
    },

    async resume(documentId: string): Promise<MailingProgress> {
      const mailing = await mailingOr404(documentId);
      await strapi.db.transaction(async () => {
        if (!(await mailings.transition(mailing.id, ['paused'], { status: 'sending' }))) throw new errors.ApplicationError(`mailing is ${mailing.status}; only a paused mailing can be resumed`);
        await mailings.setDeliveryStatus(mailing.id, ['held'], 'pending');
      });
      getService(strapi, 'outbox').kick();
      return this.progress(documentId);
    },

    async cancel(documentId: string, now = new Date()): Promise<MailingProgress> {
      const mailing = await mailingOr404(documentId);
      await strapi.db.transaction(async () => {
        if (!(await mailings.transition(mailing.id, ['draft', 'scheduled', 'sending', 'paused'], { status: 'cancelled', finishedAt: now }))) {
          throw new errors.ApplicationError(`mailing is ${mailing.status}; it cannot be cancelled`);
        }
        await mailings.setDeliveryStatus(mailing.id, ['pending', 'held'], 'cancelled');
      });
      return this.progress(documentId);
    },

    /** The counts of its delivery rows in the outbox, by status: the one source of a mailing's progress. */
    async progress(documentId: string): Promise<MailingProgress> {
      const mailing = await mailingOr404(documentId);
      return progressOf(mailing.status, await mailings.deliveryCounts(mailing.id));
    },

    /** Recent mailings with their progress, for the admin page. */
    async list(limit = 20) {
      const rows = await mailings.findRecent(limit);
      return Promise.all(
        rows.map(async (mailing) => ({
          documentId: mailing.documentId,
          title: mailing.title,
          kind: mailing.kind ?? 'standard',
          subject: mailing.subject,
          language: mailing.language,
          scheduledAt: mailing.scheduledAt,
          startedAt: mailing.startedAt,
          finishedAt: mailing.finishedAt,
          progress: progressOf(mailing.status, await mailings.deliveryCounts(mailing.id)),
        })),
      );
    },

    finishCompleted,

    /** Starts scheduled mailings whose time has come (called by the cron). */
    async startDue(now = new Date()): Promise<number> {
      const due = await mailings.findDue(now);
      for (const mailing of due) await this.start(mailing.documentId, now).catch((error) => strapi.log.warn(`[double-opt-in] scheduled mailing ${mailing.id}: ${error}`));
      return due.length;
    },

    /** The mail as a recipient would get it, for the editor's preview. */
    async preview(documentId: string, sample?: { firstName?: string; lastName?: string }) {
      const mailing = await mailingOr404(documentId);
      const names = settings().catalogue(mailing.language).mailings;
      const rendered = await example(mailing, sampleOf(mailing, { firstName: sample?.firstName ?? names.previewFirstName, lastName: sample?.lastName ?? names.previewLastName }, 'preview@example.org'));
      return rendered ?? { subject: mailing.subject, text: '', html: '' };
    },

    /** Sends the mailing once to an address of the editor's choice, through the outbox. */
    async testSend(documentId: string, email: string): Promise<void> {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) throw new errors.ValidationError('email must be an e-mail address');
      const mailing = await mailingOr404(documentId);
      const names = settings().catalogue(mailing.language).mailings;
      const sample = sampleOf(mailing, { firstName: names.testFirstName, lastName: names.testLastName }, email);
      const rendered = await example(mailing, sample);
      // A digest none of whose items concerns any member.
      if (!rendered) throw new errors.ApplicationError('this mailing concerns no member now: there is nothing to test');
      await outbox.enqueue(
        {
          kind: 'mailing-test',
          recipient: email,
          subject: `${names.testSubjectPrefix} ${rendered.subject}`.trim(),
          textBody: rendered.text,
          htmlBody: rendered.html,
          headers: listHeaders(sample),
          messageId: getService(strapi, 'mail-composer').newMessageId(),
          subscriberId: null,
        },
        new Date(),
      );
      getService(strapi, 'outbox').kick();
    },

    /**
     * Sent mailings marked for the archive, newest first; no recipient data. REST and GraphQL.
     * Every kind is archived alike: its subject and the body its editor (or the digest) wrote.
     */
    async archive(language: string | undefined, limit = 50) {
      const locales = settings().get().locales;
      if (language !== undefined && !(locales as readonly string[]).includes(language)) {
        throw validationError([fieldProblem('language', `language must be one of ${locales.join(', ')}`)]);
      }
      const rows = await mailings.findArchive(language, Math.min(limit, 100));
      return rows.map((mailing) => {
        const rendered = kinds().context().markdownMail(mailing.subject, mailing.body, sampleOf(mailing, { firstName: '', lastName: '' }, 'archive@example.org'));
        return { id: mailing.documentId, subject: mailing.subject, language: mailing.language, sentAt: mailing.finishedAt, text: mailing.body, html: rendered.html.replace(/<hr>[\s\S]*<\/body>/, '</body>') };
      });
    },
  };
};
