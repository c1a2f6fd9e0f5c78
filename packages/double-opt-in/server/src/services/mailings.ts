import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { MailRenderer, RenderedMail } from '../delivery/mail-renderer';
import { renderMarkdownMail } from '../domain/markdown-mail';
import { getService } from '../get-service';
import { fieldProblem } from '../domain/field-problem';
import { validationError } from '../validation-error';
import type { AuditActor } from './audit';
import { createMailingRepository, type MailingRow, type MailingStatus } from '../repositories/mailing-repository';
import { createOutboxRepository } from '../repositories/outbox-repository';
import { createSubscriberRepository, type SubscriberRow } from '../repositories/subscriber-repository';

export interface MailingProgress {
  status: MailingStatus;
  recipients: number;
  queued: number;
  sending: number;
  sent: number;
  failed: number;
  cancelled: number;
  held: number;
  /** Share of recipients finished (sent, failed or cancelled), 0–1. */
  done: number;
}

/**
 * Mailings to the pool. Starting one writes one delivery row per confirmed recipient (of the
 * mailing's language and interests) in one transaction; the outbox worker sends them, rendering
 * each mail when it sends it with this service's `renderer` (wired at bootstrap), and skips
 * anyone who unsubscribed in the meantime.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const mailings = createMailingRepository(strapi);
  const subscribers = createSubscriberRepository(strapi);
  const outbox = createOutboxRepository(strapi);
  const settings = () => getService(strapi, 'settings');
  const cache = new Map<number, { mailing: MailingRow; until: number }>();

  async function mailingOr404(documentId: string): Promise<MailingRow> {
    const mailing = await mailings.findByDocumentId(documentId);
    if (!mailing) throw new errors.NotFoundError('mailing not found');
    return mailing;
  }

  const isDigest = (mailing: MailingRow) => (mailing as MailingRow & { kind?: string | null }).kind === 'digest';

  function audienceOf<Member extends Pick<SubscriberRow, 'interests'>>(mailing: MailingRow, candidates: Member[]): Member[] {
    const wanted = mailing.interests ?? [];
    if (wanted.length === 0) return candidates;
    return candidates.filter((subscriber) => (subscriber.interests ?? []).some((interest) => wanted.includes(interest)));
  }

  function render(mailing: MailingRow, subscriber: Pick<SubscriberRow, 'id' | 'firstName' | 'lastName' | 'email' | 'emailNormalized' | 'language'>) {
    const language = settings().locale(mailing.language);
    const unsubscribeUrl = getService(strapi, 'mail-composer').unsubscribeUrl({ ...subscriber, language });
    const footer = settings().catalogue(language).unsubscribeFooter;
    return {
      rendered: renderMarkdownMail(mailing.subject, mailing.body, { firstName: subscriber.firstName, lastName: subscriber.lastName, unsubscribeUrl }, language, footer),
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  }

  /**
   * What the worker sends for a delivery row: rendered now, for a subscriber still confirmed;
   * null when the person left the pool after the mailing started.
   */
  async function renderDelivery(row: { mailingId: number | null }, subscriber: SubscriberRow | undefined): Promise<RenderedMail | null> {
    if (!row.mailingId || !subscriber || subscriber.status !== 'confirmed' || subscriber.suppressedAt) return null;
    let entry = cache.get(row.mailingId);
    if (!entry || entry.until < Date.now()) {
      const mailing = await mailings.findById(row.mailingId);
      if (!mailing) return null;
      entry = { mailing, until: Date.now() + 60_000 };
      cache.set(row.mailingId, entry);
    }
    const { rendered, headers } = render(entry.mailing, subscriber);
    return { subject: rendered.subject, textBody: rendered.text, htmlBody: rendered.html, headers };
  }

  /** Marks sending mailings whose deliveries are all finished as sent. */
  async function finishCompleted(now = new Date()): Promise<void> {
    for (const mailing of await mailings.findActive()) {
      if (mailing.status !== 'sending') continue;
      const counts = await mailings.deliveryCounts(mailing.id);
      if ((counts.pending ?? 0) + (counts.sending ?? 0) + (counts.held ?? 0) === 0) {
        await mailings.transition(mailing.id, ['sending'], { status: 'sent', finishedAt: now });
      }
    }
  }

  /** The outbox's renderer of `mailing` rows: one subscriber fetch per claimed batch, a mailing closed once its rows are done. */
  const renderer: MailRenderer = {
    needsSubscriber: true,
    render: (row, subscriber) => renderDelivery(row, subscriber),
    afterPass: () => finishCompleted(),
  };

  return {
    renderer,

    /** `startedBy` is the admin user who pressed start; null when the schedule started it. */
    async start(documentId: string, now = new Date(), startedBy: AuditActor | null = null): Promise<MailingProgress> {
      const mailing = await mailingOr404(documentId);
      await strapi.db.transaction(async () => {
        if (!(await mailings.transition(mailing.id, ['draft', 'scheduled'], { status: 'sending', startedAt: now }))) {
          throw new errors.ApplicationError(`mailing is ${mailing.status}; only a draft or scheduled mailing can be started`);
        }
        let recipientCount: number;
        if (isDigest(mailing)) {
          // A digest goes to every language, each member only with the items that concern them.
          recipientCount = await getService(strapi, 'digest').writeDeliveries(mailing.id, now);
        } else {
          const audience = audienceOf(mailing, await subscribers.findConfirmedAudience({ language: mailing.language }));
          await mailings.insertDeliveries(
            mailing,
            audience.map((subscriber) => ({ subscriberId: subscriber.id, recipient: subscriber.email })),
            settings().messageDomain(),
            now,
          );
          recipientCount = audience.length;
        }
        // Nobody to send to: the mailing is done at once.
        await mailings.update(mailing.id, recipientCount === 0 ? { recipientCount: 0, status: 'sent', finishedAt: now } : { recipientCount });
        await getService(strapi, 'audit').record('mailing-start', startedBy, { rowCount: recipientCount, subject: mailing.title }, now);
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

    async progress(documentId: string): Promise<MailingProgress> {
      const mailing = await mailingOr404(documentId);
      const counts = await mailings.deliveryCounts(mailing.id);
      const recipients = Object.values(counts).reduce((sum, count) => sum + count, 0);
      const finished = (counts.sent ?? 0) + (counts.failed ?? 0) + (counts.cancelled ?? 0);
      return {
        status: mailing.status,
        recipients,
        queued: counts.pending ?? 0,
        sending: counts.sending ?? 0,
        sent: counts.sent ?? 0,
        failed: counts.failed ?? 0,
        cancelled: counts.cancelled ?? 0,
        held: counts.held ?? 0,
        done: recipients === 0 ? 0 : finished / recipients,
      };
    },

    /** Recent mailings with their progress, for the admin page. */
    async list(limit = 20) {
      const rows = await mailings.findRecent(limit);
      return Promise.all(
        rows.map(async (mailing) => ({
          documentId: mailing.documentId,
          title: mailing.title,
          kind: ((mailing as MailingRow & { kind?: string | null }).kind ?? 'standard') as 'standard' | 'digest',
          subject: mailing.subject,
          language: mailing.language,
          scheduledAt: mailing.scheduledAt,
          startedAt: mailing.startedAt,
          finishedAt: mailing.finishedAt,
          progress: await this.progress(mailing.documentId),
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
      if (isDigest(mailing)) {
        const example = await getService(strapi, 'digest').example(documentId, mailing.language);
        return example ? { subject: example.subject, text: example.text, html: example.html } : { subject: mailing.subject, text: '', html: '' };
      }
      const names = settings().catalogue(mailing.language).mailings;
      const { rendered } = render(mailing, { id: 0, firstName: sample?.firstName ?? names.previewFirstName, lastName: sample?.lastName ?? names.previewLastName, email: 'preview@example.org', emailNormalized: 'preview@example.org', language: mailing.language });
      return rendered;
    },

    /** Sends the mailing once to an address of the editor's choice, through the outbox. */
    async testSend(documentId: string, email: string): Promise<void> {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) throw new errors.ValidationError('email must be an e-mail address');
      const mailing = await mailingOr404(documentId);
      const names = settings().catalogue(mailing.language).mailings;
      const standard = render(mailing, { id: 0, firstName: names.testFirstName, lastName: names.testLastName, email, emailNormalized: email.toLowerCase(), language: mailing.language });
      const headers = standard.headers;
      let rendered = standard.rendered;
      if (isDigest(mailing)) {
        const example = await getService(strapi, 'digest').example(documentId, mailing.language);
        if (!example) throw new errors.ApplicationError('none of the picked items concerns any member: there is nothing to test');
        rendered = { subject: example.subject, text: example.text, html: example.html };
      }
      await outbox.enqueue(
        { kind: 'mailing-test', recipient: email, subject: `${names.testSubjectPrefix} ${rendered.subject}`.trim(), textBody: rendered.text, htmlBody: rendered.html, headers, messageId: getService(strapi, 'mail-composer').newMessageId(), subscriberId: null },
        new Date(),
      );
      getService(strapi, 'outbox').kick();
    },

    /** Sent mailings marked for the archive, newest first; no recipient data. REST and GraphQL. */
    async archive(language: string | undefined, limit = 50) {
      const locales = settings().get().locales;
      if (language !== undefined && !(locales as readonly string[]).includes(language)) {
        throw validationError([fieldProblem('language', `language must be one of ${locales.join(', ')}`)]);
      }
      const rows = await mailings.findArchive(language, Math.min(limit, 100));
      return rows.map((mailing) => ({
        id: mailing.documentId,
        subject: mailing.subject,
        language: mailing.language,
        sentAt: mailing.finishedAt,
        ...(() => {
          const { rendered } = render(mailing, { id: 0, firstName: '', lastName: '', email: 'archive@example.org', emailNormalized: 'archive@example.org', language: mailing.language });
          return { text: mailing.body, html: rendered.html.replace(/<hr>[\s\S]*<\/body>/, '</body>') };
        })(),
      }));
    },
  };
};
