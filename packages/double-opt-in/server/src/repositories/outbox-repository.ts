import type { Core } from '@strapi/strapi';
import { OUTBOX_MESSAGE } from '../uids';
import { qualifiedTable } from './qualified-table';
import { queryOf, tableNameOf } from './query';

export interface OutboxDraft {
  kind: string;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  headers: Record<string, string>;
  messageId: string;
  subscriberId: number | null;
  dedupeKey?: string | null;
}

export type OutboxStatus = 'pending' | 'held' | 'sending' | 'sent' | 'failed' | 'logged' | 'cancelled';

export interface OutboxRow extends OutboxDraft {
  id: number;
  mailingId: number | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lockedBy: string | null;
  sentAt: Date | null;
  lastError: string | null;
  createdAt: Date;
}

/**
 * A row rendered only when it is sent (a mailing's delivery to one subscriber): written with the
 * subject for the list and empty bodies. `dedupeKey` is unique in the table.
 */
export interface DeliveryDraft {
  kind: string;
  mailingId: number;
  subscriberId: number;
  recipient: string;
  subject: string;
  messageId: string;
  dedupeKey: string;
}

type Raw = Record<string, unknown>;

const parseJson = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value ?? {});
const toDate = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string | number));

function fromRaw(row: Raw): OutboxRow {
  return {
    id: Number(row.id),
    kind: String(row.kind),
    recipient: String(row.recipient),
    subject: String(row.subject),
    textBody: String(row.text_body ?? ''),
    htmlBody: String(row.html_body ?? ''),
    headers: parseJson(row.headers) as Record<string, string>,
    messageId: String(row.message_id ?? ''),
    subscriberId: row.subscriber_id === null || row.subscriber_id === undefined ? null : Number(row.subscriber_id),
    dedupeKey: (row.dedupe_key as string | null) ?? null,
    mailingId: row.mailing_id === null || row.mailing_id === undefined ? null : Number(row.mailing_id),
    status: row.status as OutboxStatus,
    attempts: Number(row.attempts ?? 0),
    nextAttemptAt: toDate(row.next_attempt_at),
    lockedBy: (row.locked_by as string | null) ?? null,
    sentAt: toDate(row.sent_at),
    lastError: (row.last_error as string | null) ?? null,
    createdAt: toDate(row.created_at) as Date,
  };
}

/**
 * The outbox: one row per mail, and the only code that knows its table. Rows are written inside
 * the caller's transaction (the query engine joins it), claimed atomically by workers, and marked
 * only after the SMTP server answered.
 */
export function createOutboxRepository(strapi: Core.Strapi) {
  const query = () => queryOf(strapi, OUTBOX_MESSAGE);
  const table = () => qualifiedTable(strapi, OUTBOX_MESSAGE);
  const tableName = () => tableNameOf(strapi, OUTBOX_MESSAGE);
  const isPostgres = () => strapi.db.dialect.client === 'postgres';

  return {
    async enqueue(draft: OutboxDraft, now: Date): Promise<number> {
      // createMany: the row is not read back, which create would do.
      const { ids } = await query().createMany({ data: [{ ...draft, status: 'pending', attempts: 0, nextAttemptAt: now }] });
      return Number(ids[0]);
    },

    /**
     * Rows to be rendered when sent (a mailing's deliveries), in chunks of 200, inside the
     * caller's transaction: all rows or none. A row whose `dedupeKey` exists already (a start
     * interrupted by a crash and run again) is left alone, so no recipient gets two.
     */
    async insertDeliveries(drafts: DeliveryDraft[], now: Date): Promise<void> {
      const name = tableName();
      const transaction = strapi.db.inTransaction() ? (await strapi.db.transaction()).get() : null;
      for (let i = 0; i < drafts.length; i += 200) {
        const rows = drafts.slice(i, i + 200).map((draft) => ({
          kind: draft.kind,
          recipient: draft.recipient,
          subject: draft.subject,
          text_body: '',
          html_body: '',
          headers: '{}',
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          message_id: draft.messageId,
          dedupe_key: draft.dedupeKey,
          subscriber_id: draft.subscriberId,
          mailing_id: draft.mailingId,
          document_id: `m${draft.mailingId}s${draft.subscriberId}`,
          created_at: now,
          updated_at: now,
        }));
        const insert = strapi.db.getConnection(name).insert(rows).onConflict('dedupe_key').ignore();
        await (transaction ? insert.transacting(transaction) : insert);
      }
    },

    /**
     * Claims up to `limit` due rows for `worker` in one statement: pending rows whose time has
     * come, and rows whose claim ran out (their worker died). On PostgreSQL, rows another worker is
     * claiming at the same moment are skipped, not waited for; SQLite runs one writer at a time.
     */
    async claim(worker: string, limit: number, now: Date, lockUntil: Date): Promise<OutboxRow[]> {
      const lock = isPostgres() ? 'FOR UPDATE SKIP LOCKED' : '';
      const sql = `
        UPDATE ${table()} SET status = 'sending', locked_by = ?, locked_until = ?, attempts = attempts + 1, updated_at = ?
        WHERE id IN (
          SELECT id FROM ${table()}
          WHERE (status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?))
             OR (status = 'sending' AND locked_until < ?)
          ORDER BY id
          LIMIT ?
          ${lock}
        )
        RETURNING *`;
      const result = (await strapi.db.connection.raw(sql, [worker, lockUntil, now, now, now, limit])) as Raw[] | { rows: Raw[] };
      const rows = Array.isArray(result) ? result : result.rows;
      return rows.map(fromRaw).sort((a, b) => a.id - b.id);
    },

    /**
     * On the hot path of every mail, so one plain UPDATE for many accepted mails at once (the
     * delivery journal covers them until it has run). Only rows this worker still holds.
     */
    async markSentMany(ids: number[], worker: string, now: Date): Promise<number> {
      if (ids.length === 0) return 0;
      const count = await strapi.db
        .getConnection(tableName())
        .whereIn('id', ids)
        .andWhere({ locked_by: worker, status: 'sending' })
        .update({ status: 'sent', sent_at: now, locked_by: null, locked_until: null, last_error: null, updated_at: now });
      return Number(count);
    },

    /** Rows a crashed worker had handed to SMTP (see the delivery journal): sent, not to be repeated. */
    async markSentAfterCrash(ids: number[], now: Date): Promise<number> {
      let count = 0;
      for (let i = 0; i < ids.length; i += 500) {
        const result = await query().updateMany({
          where: { id: { $in: ids.slice(i, i + 500) }, status: 'sending' },
          data: { status: 'sent', sentAt: now, lockedBy: null, lockedUntil: null },
        });
        count += result.count;
      }
      return count;
    },

    async markLogged(id: number, worker: string, now: Date): Promise<void> {
      await query().updateMany({ where: { id, lockedBy: worker }, data: { status: 'logged', sentAt: now, lockedBy: null, lockedUntil: null } });
    },

    async markRetry(id: number, worker: string, nextAttemptAt: Date, error: string): Promise<void> {
      await query().updateMany({
        where: { id, lockedBy: worker, status: 'sending' },
        data: { status: 'pending', nextAttemptAt, lockedBy: null, lockedUntil: null, lastError: error },
      });
    },

    async markCancelled(id: number, worker: string, reason: string): Promise<void> {
      await query().updateMany({ where: { id, lockedBy: worker }, data: { status: 'cancelled', lockedBy: null, lockedUntil: null, lastError: reason } });
    },

    async markFailed(id: number, worker: string, error: string): Promise<void> {
      await query().updateMany({
        where: { id, lockedBy: worker, status: 'sending' },
        data: { status: 'failed', lockedBy: null, lockedUntil: null, lastError: error },
      });
    },

    /** Erasure: a person's mails go too, sent or not, since they hold name and address. */
    async deleteForRecipient(recipient: string): Promise<number> {
      const result = await query().deleteMany({ where: { recipient } });
      return result.count;
    },

    async cancelPendingForRecipient(recipient: string, kinds?: string[]): Promise<void> {
      await query().updateMany({
        where: { recipient, status: 'pending', ...(kinds ? { kind: { $in: kinds } } : {}) },
        data: { status: 'cancelled' },
      });
    },

    /** Pause, resume and cancel of a mailing: its rows in one of `from` go to `to`. */
    async setStatusOfMailing(mailingId: number, from: OutboxStatus[], to: OutboxStatus): Promise<number> {
      const result = await query().updateMany({ where: { mailingId, status: { $in: from } }, data: { status: to } });
      return result.count;
    },

    async find(filter: { status?: OutboxStatus; kind?: string; recipient?: string }, limit = 100): Promise<OutboxRow[]> {
      const rows = await queryOf<Omit<OutboxRow, 'nextAttemptAt' | 'sentAt' | 'createdAt'> & Raw>(strapi, OUTBOX_MESSAGE).findMany({ where: filter, orderBy: { id: 'desc' }, limit });
      return rows.map((row) => ({ ...row, nextAttemptAt: toDate(row.nextAttemptAt), sentAt: toDate(row.sentAt), createdAt: toDate(row.createdAt) as Date }));
    },

    /** Rows per status: of the whole outbox, or of one mailing's deliveries. */
    /** Which of these mailings reached at least one member: a delivery the SMTP server accepted. */
    async mailingsWithSentDelivery(mailingIds: number[]): Promise<Set<number>> {
      if (mailingIds.length === 0) return new Set();
      const rows = (await strapi.db.getConnection(tableName()).distinct('mailing_id').whereIn('mailing_id', mailingIds).andWhere({ status: 'sent' })) as Array<{ mailing_id: number | string }>;
      return new Set(rows.map((row) => Number(row.mailing_id)));
    },

    async countByStatus(filter: { mailingId?: number } = {}): Promise<Partial<Record<OutboxStatus, number>>> {
      const select = strapi.db.getConnection(tableName());
      const scoped = filter.mailingId === undefined ? select : select.where({ mailing_id: filter.mailingId });
      const rows = (await scoped.select('status').count({ count: '*' }).groupBy('status')) as Array<{ status: OutboxStatus; count: number | string }>;
      return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
