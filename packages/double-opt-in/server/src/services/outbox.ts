import type { Core } from '@strapi/strapi';
import { randomUUID } from 'crypto';
import { hostname } from 'os';
import type { MailRenderer, RenderedMail } from '../delivery/mail-renderer';
import type { MailTransport } from '../delivery/mail-transport';
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
 *
 * It knows rows, not mails: a renderer per mail kind makes the mail when it is sent (a kind
 * without one is sent as stored), and a transport sends it. Both are wired at bootstrap.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const outbox = createOutboxRepository(strapi);
  const subscribers = createSubscriberRepository(strapi);
  const worker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const settings = () => getService(strapi, 'settings').get();
  const journal = () => getService(strapi, 'delivery-journal');
  const renderers = new Map<string, MailRenderer>();
  let transport: MailTransport | null = null;
  let running: Promise<BatchReport> | null = null;
  let again = false;
  let nextSendAt = 0;
  let stopped = false;

  /**
   * Accepted mails are marked sent in groups: one UPDATE per MARK_GROUP mails or MARK_DELAY_MS,
   * instead of one per mail. Until then the delivery journal holds their ids, so a crash in
   * between is settled at the next start like any other. A failed write is tried again.
   * Large groups because each UPDATE is a commit (fsync, index changes): at 50 mails per group the
   * marks took about a tenth of a mailing's time on SQLite.
   */
  const MARK_GROUP = 1000;
  const MARK_DELAY_MS = 200;
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

  async function deliver(row: OutboxRow, report: BatchReport, subscriber: SubscriberRow | undefined, sender: MailTransport): Promise<void> {
    const renderer = renderers.get(row.kind);
    if (!renderer && row.mailingId !== null) {
      // A mailing's delivery row holds no mail until its kind renders it: an instance that does not
      // know the kind (a host that registers it later, or not on every instance) leaves it to one that does.
      await outbox.markRetry(row.id, worker, new Date(Date.now() + 60_000), `mail kind "${row.kind}" is not registered on this instance`);
      strapi.log.warn(`[double-opt-in] outbox row ${row.id}: mail kind "${row.kind}" is not registered here; it waits for an instance that knows it`);
      report.retried += 1;
      return;
    }
    // Rendered now by its kind's renderer, which may find it is not to go out any more (its recipient left).
    const mail: RenderedMail | null = renderer ? await renderer.render(row, subscriber) : row;
    if (!mail) {
      await outbox.markCancelled(row.id, worker, 'recipient is no longer subscribed');
      report.cancelled += 1;
      return;
    }
    const message = { to: row.recipient, subject: mail.subject, text: mail.textBody, html: mail.htmlBody, headers: mail.headers, messageId: row.messageId };
    if (!sender.delivers) {
      await sender.send(message);
      await outbox.markLogged(row.id, worker, new Date());
      report.logged += 1;
      return;
    }
    await pace();
    try {
      await sender.send(message);
    } catch (error) {
      const description = describeFailure(error);
      const backoff = settings().outbox.backoff;
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
    const sender = transport;
    if (!sender) throw new Error('double-opt-in: the outbox has no mail transport (bootstrap wires one)');
    const { batchSize, concurrency, lockSeconds } = settings().outbox;
    const report: BatchReport = { claimed: 0, sent: 0, retried: 0, failed: 0, logged: 0, cancelled: 0 };
    const queue: OutboxRow[] = [];
    // Subscriber of each queued row whose renderer needs one, by row id; dropped once the row is delivered.
    const recipients = new Map<number, SubscriberRow>();
    let exhausted = false;
    let claiming: Promise<void> | null = null;
    // Renderers of the kinds claimed in this pass, told when it is over.
    const seen = new Set<MailRenderer>();

    const claimMore = (): Promise<void> => {
      claiming ??= (async () => {
        const now = new Date();
        const rows = await outbox.claim(worker, batchSize, now, new Date(now.getTime() + lockSeconds * 1000));
        report.claimed += rows.length;
        // A short batch means nothing more is due now; what comes due later waits for the next tick.
        if (rows.length < batchSize || stopped) exhausted = true;
        const personal: OutboxRow[] = [];
        for (const row of rows) {
          const renderer = renderers.get(row.kind);
          if (!renderer) continue;
          if (renderer.afterPass) seen.add(renderer);
          if (renderer.needsSubscriber && row.subscriberId !== null) personal.push(row);
        }
        if (personal.length) {
          const found = new Map((await subscribers.findByIds(personal.map((row) => row.subscriberId as number))).map((subscriber) => [subscriber.id, subscriber]));
          for (const row of personal) {
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
          await deliver(row, report, recipient, sender);
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
    for (const renderer of seen) await renderer.afterPass?.();
    return report;
  }

  return {
    worker,

    /** The renderer of a mail kind; registering a kind again replaces its renderer. */
    registerRenderer(kind: string, renderer: MailRenderer): void {
      renderers.set(kind, renderer);
    },

    /** How mails leave: SMTP through the email plugin, or the log (see `mailTransportFor`). */
    useTransport(next: MailTransport): void {
      transport = next;
    },

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

