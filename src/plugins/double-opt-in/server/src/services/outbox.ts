import type { Core } from '@strapi/strapi';
import { randomUUID } from 'crypto';
import { hostname } from 'os';
import { normalizeEmail } from '../domain/email-address';
import { classifyFailure, describeFailure, retryDelay, shouldGiveUp } from '../domain/retry-policy';
import { getService } from '../get-service';
import { createOutboxRepository, type OutboxRow } from '../repositories/outbox-repository';
import { createSubscriberRepository, type SubscriberRow } from '../repositories/subscriber-repository';

export interface BatchReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  logged: number;
  cancelled: number;
}

/**
 * The outbox worker. Any number of instances may run it: a row is claimed by one worker in one
 * statement, sent, and marked sent only after the SMTP server accepted it. Temporary failures
 * (connection refused, 4xx) come back later with exponential backoff and jitter; permanent ones
 * (5xx) fail the row and suppress the address.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const outbox = createOutboxRepository(strapi);
  const subscribers = createSubscriberRepository(strapi);
  const worker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const settings = () => getService(strapi, 'settings').get();
  const journal = () => getService(strapi, 'delivery-journal');
  let running: Promise<BatchReport> | null = null;
  let again = false;
  let nextSendAt = 0;
  let stopped = false;

  async function pace(): Promise<void> {
    const rate = settings().outbox.ratePerSecond;
    if (rate <= 0) return;
    const now = Date.now();
    const wait = Math.max(0, nextSendAt - now);
    nextSendAt = Math.max(now, nextSendAt) + 1000 / rate;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  async function deliver(row: OutboxRow, report: BatchReport, recipients: Map<number, SubscriberRow>): Promise<void> {
    const config = settings();
    if (row.kind === 'mailing') {
      // Rendered now, for whoever is still in the pool: someone who left after the start gets nothing.
      const content = await getService(strapi, 'mailings').renderDelivery(row, recipients.get(row.subscriberId ?? -1));
      if (!content) {
        await outbox.markCancelled(row.id, worker, 'recipient is no longer subscribed');
        report.cancelled += 1;
        return;
      }
      Object.assign(row, content);
    }
    if (config.mail.transport === 'log') {
      strapi.log.info(`[double-opt-in] mail kept, not sent (no SMTP configured) to ${row.recipient}: ${row.subject}\n${row.textBody}`);
      await outbox.markLogged(row.id, worker, new Date());
      report.logged += 1;
      return;
    }
    await pace();
    try {
      const info = (await strapi.plugin('email').service('email').send({
        to: row.recipient,
        ...(config.mail.from ? { from: config.mail.from } : {}),
        ...(config.mail.replyTo ? { replyTo: config.mail.replyTo } : {}),
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
        headers: row.headers,
        messageId: row.messageId,
      })) as { messageId?: string } | undefined;
      journal().accepted(row.id);
      await outbox.markSent(row.id, worker, new Date(), info?.messageId ?? null);
      journal().marked();
      report.sent += 1;
    } catch (error) {
      const description = describeFailure(error);
      const backoff = config.outbox.backoff;
      if (classifyFailure(error) === 'permanent') {
        await outbox.markFailed(row.id, worker, description);
        await subscribers.suppressByEmail(normalizeEmail(row.recipient), description, new Date());
        report.failed += 1;
      } else if (shouldGiveUp(row.attempts, backoff)) {
        await outbox.markFailed(row.id, worker, `gave up after ${row.attempts} attempts: ${description}`);
        report.failed += 1;
      } else {
        await outbox.markRetry(row.id, worker, new Date(Date.now() + retryDelay(row.attempts, backoff)), description);
        report.retried += 1;
      }
    }
  }

  async function processBatch(): Promise<BatchReport> {
    const config = settings();
    const report: BatchReport = { claimed: 0, sent: 0, retried: 0, failed: 0, logged: 0, cancelled: 0 };
    const now = new Date();
    const rows = await outbox.claim(worker, config.outbox.batchSize, now, new Date(now.getTime() + config.outbox.lockSeconds * 1000));
    report.claimed = rows.length;
    const mailingRows = rows.filter((row) => row.kind === 'mailing');
    const recipients = new Map((await subscribers.findByIds(mailingRows.map((row) => row.subscriberId as number))).map((subscriber) => [subscriber.id, subscriber]));
    let next = 0;
    const lanes = Array.from({ length: Math.min(config.outbox.concurrency, rows.length) }, async () => {
      while (next < rows.length) {
        const row = rows[next++];
        await deliver(row, report, recipients);
      }
    });
    await Promise.all(lanes);
    if (mailingRows.length > 0) await getService(strapi, 'mailings').finishCompleted();
    return report;
  }

  return {
    worker,

    /** One pass: claim a batch and deliver it. Concurrent calls on this instance share one pass. */
    async processBatch(): Promise<BatchReport> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          let report = await processBatch();
          // A full batch means more is waiting: keep going rather than wait for the next tick.
          while ((again || report.claimed === settings().outbox.batchSize) && !stopped) {
            again = false;
            const more = await processBatch();
            report = {
              claimed: report.claimed + more.claimed,
              sent: report.sent + more.sent,
              retried: report.retried + more.retried,
              failed: report.failed + more.failed,
              logged: report.logged + more.logged,
              cancelled: report.cancelled + more.cancelled,
            };
            if (more.claimed === 0) break;
          }
          return report;
        } finally {
          running = null;
        }
      })();
      return running;
    },

    /** Sends right after a request wrote a mail, instead of waiting for the next tick. */
    kick(): void {
      if (!settings().outbox.enabled || stopped) return;
      setImmediate(() => {
        this.processBatch().catch((error) => strapi.log.warn(`[double-opt-in] outbox pass failed: ${error}`));
      });
    },

    /** Before the first pass: settle what a crashed predecessor on this host had already sent. */
    async start(): Promise<void> {
      await journal().recover();
      journal().open(worker);
    },

    stop(): void {
      stopped = true;
    },

    async idle(): Promise<void> {
      while (running) await running.catch(() => undefined);
    },
  };
};

