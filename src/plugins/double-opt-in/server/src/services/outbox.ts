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

  /**
   * Accepted mails are marked sent in groups: one UPDATE per MARK_GROUP mails or MARK_DELAY_MS,
   * instead of one per mail. Until then the delivery journal holds their ids, so a crash in
   * between is settled at the next start like any other. A failed write is tried again.
   */
  const MARK_GROUP = 50;
  const MARK_DELAY_MS = 20;
  let unmarked: number[] = [];
  let markTimer: NodeJS.Timeout | null = null;
  let marking: Promise<void> = Promise.resolve();

  function flushMarks(): Promise<void> {
    if (markTimer) clearTimeout(markTimer);
    markTimer = null;
    if (unmarked.length === 0) return marking;
    const ids = unmarked;
    unmarked = [];
    marking = marking.then(async () => {
      try {
        await outbox.markSentMany(ids, worker, new Date());
        journal().marked(ids.length);
      } catch (error) {
        strapi.log.warn(`[double-opt-in] marking ${ids.length} sent mail(s) failed, will retry: ${error}`);
        unmarked.push(...ids);
        markTimer ??= setTimeout(() => void flushMarks(), 1000);
      }
    });
    return marking;
  }

  function markSent(id: number): void {
    unmarked.push(id);
    if (unmarked.length >= MARK_GROUP) void flushMarks();
    else markTimer ??= setTimeout(() => void flushMarks(), MARK_DELAY_MS);
  }

  async function pace(): Promise<void> {
    const rate = settings().outbox.ratePerSecond;
    if (rate <= 0) return;
    const now = Date.now();
    const wait = Math.max(0, nextSendAt - now);
    nextSendAt = Math.max(now, nextSendAt) + 1000 / rate;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  async function deliver(row: OutboxRow, report: BatchReport, recipient: SubscriberRow | undefined): Promise<void> {
    const config = settings();
    if (row.kind === 'mailing') {
      // Rendered now, for whoever is still in the pool: someone who left after the start gets nothing.
      const content = await getService(strapi, 'mailings').renderDelivery(row, recipient);
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
      await strapi.plugin('email').service('email').send({
        to: row.recipient,
        ...(config.mail.from ? { from: config.mail.from } : {}),
        ...(config.mail.replyTo ? { replyTo: config.mail.replyTo } : {}),
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
        headers: row.headers,
        messageId: row.messageId,
      });
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
      return;
    }
    // Same tick as the SMTP answer: nothing may run before the journal has the id.
    journal().accepted(row.id);
    markSent(row.id);
    report.sent += 1;
  }

  /**
   * Claims batches and delivers them with `concurrency` lanes until the outbox has nothing due.
   * The next batch is claimed while the current one drains, so no lane waits for the tail of a
   * batch or for the claim.
   */
  async function drain(): Promise<BatchReport> {
    const config = settings();
    const { batchSize, concurrency, lockSeconds } = config.outbox;
    const report: BatchReport = { claimed: 0, sent: 0, retried: 0, failed: 0, logged: 0, cancelled: 0 };
    const queue: OutboxRow[] = [];
    // Subscriber of each queued mailing row, by row id; dropped once the row is delivered.
    const recipients = new Map<number, SubscriberRow>();
    let exhausted = false;
    let claiming: Promise<void> | null = null;
    let sawMailing = false;

    const claimMore = (): Promise<void> => {
      claiming ??= (async () => {
        const now = new Date();
        const rows = await outbox.claim(worker, batchSize, now, new Date(now.getTime() + lockSeconds * 1000));
        report.claimed += rows.length;
        // A short batch means nothing more is due now; what comes due later waits for the next tick.
        if (rows.length < batchSize || stopped) exhausted = true;
        const mailingRows = rows.filter((row) => row.kind === 'mailing' && row.subscriberId !== null);
        if (mailingRows.length) {
          sawMailing = true;
          const found = new Map((await subscribers.findByIds(mailingRows.map((row) => row.subscriberId as number))).map((subscriber) => [subscriber.id, subscriber]));
          for (const row of mailingRows) {
            const subscriber = found.get(row.subscriberId as number);
            if (subscriber) recipients.set(row.id, subscriber);
          }
        }
        queue.push(...rows);
      })().finally(() => {
        claiming = null;
      });
      return claiming;
    };

    const lane = async () => {
      for (;;) {
        if (queue.length <= concurrency && !exhausted && !claiming) void claimMore().catch(() => undefined);
        const row = queue.shift();
        if (row) {
          const recipient = recipients.get(row.id);
          recipients.delete(row.id);
          await deliver(row, report, recipient);
          continue;
        }
        if (claiming) await claiming;
        else if (exhausted) return;
        else await claimMore();
      }
    };

    try {
      await claimMore();
      // Every lane finishes its mail before the pass ends, even when another lane failed.
      const lanes = await Promise.allSettled(Array.from({ length: Math.max(1, concurrency) }, lane));
      const failure = lanes.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failure) throw failure.reason;
    } finally {
      await flushMarks();
    }
    if (sawMailing) await getService(strapi, 'mailings').finishCompleted();
    return report;
  }

  return {
    worker,

    /** One pass: deliver everything due. Concurrent calls on this instance share one pass. */
    async processBatch(): Promise<BatchReport> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          let report = await drain();
          // Asked again while draining: rows written meanwhile may have missed the last claim.
          while (again && !stopped) {
            again = false;
            const more = await drain();
            report = {
              claimed: report.claimed + more.claimed,
              sent: report.sent + more.sent,
              retried: report.retried + more.retried,
              failed: report.failed + more.failed,
              logged: report.logged + more.logged,
              cancelled: report.cancelled + more.cancelled,
            };
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

