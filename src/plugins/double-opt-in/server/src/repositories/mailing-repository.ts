import type { Core } from '@strapi/strapi';
import { MAILING, OUTBOX_MESSAGE } from '../uids';

export type MailingStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'sent' | 'cancelled';

export interface MailingRow {
  id: number;
  documentId: string;
  title: string;
  subject: string;
  body: string;
  language: string;
  interests: string[] | null;
  scheduledAt: string | Date | null;
  status: MailingStatus;
  startedAt: string | Date | null;
  finishedAt: string | Date | null;
  recipientCount: number | null;
  showInArchive: boolean | null;
}

export interface DeliveryRow {
  subscriberId: number;
  recipient: string;
}

/** Mailings and their delivery rows in the outbox (one per mailing and subscriber, unique). */
export function createMailingRepository(strapi: Core.Strapi) {
  const mailings = () => strapi.db.query(MAILING as never);
  const outbox = () => strapi.db.query(OUTBOX_MESSAGE as never);

  return {
    async findByDocumentId(documentId: string): Promise<MailingRow | null> {
      return (await mailings().findOne({ where: { documentId } })) as MailingRow | null;
    },
    async findById(id: number): Promise<MailingRow | null> {
      return (await mailings().findOne({ where: { id } })) as MailingRow | null;
    },
    async findDue(now: Date): Promise<MailingRow[]> {
      return (await mailings().findMany({ where: { status: 'scheduled', scheduledAt: { $lte: now } } })) as MailingRow[];
    },
    async findActive(): Promise<MailingRow[]> {
      return (await mailings().findMany({ where: { status: { $in: ['sending', 'paused'] } } })) as MailingRow[];
    },
    async findArchive(language: string | undefined, limit: number): Promise<MailingRow[]> {
      return (await mailings().findMany({
        where: { status: 'sent', showInArchive: true, ...(language ? { language } : {}) },
        orderBy: { finishedAt: 'desc' },
        limit,
      })) as MailingRow[];
    },
    async update(id: number, data: Partial<MailingRow>): Promise<MailingRow> {
      return (await mailings().update({ where: { id }, data })) as MailingRow;
    },
    /** Moves a mailing from one of `from` to `to` in one statement; false when it was in none. */
    async transition(id: number, from: MailingStatus[], data: Partial<MailingRow>): Promise<boolean> {
      const result = (await mailings().updateMany({ where: { id, status: { $in: from } }, data })) as { count: number };
      return result.count === 1;
    },

    /**
     * One delivery row per recipient; a row that exists already (a start interrupted by a crash
     * and run again) is left alone, so no recipient gets two.
     */
    async insertDeliveries(mailing: MailingRow, deliveries: DeliveryRow[], messageDomain: string, now: Date): Promise<void> {
      const table = strapi.db.metadata.get(OUTBOX_MESSAGE as never).tableName;
      // Inside the caller's transaction (the start of the mailing): all rows or none.
      const transaction = strapi.db.inTransaction() ? (await strapi.db.transaction()).get() : null;
      for (let i = 0; i < deliveries.length; i += 200) {
        const rows = deliveries.slice(i, i + 200).map((delivery) => ({
          kind: 'mailing',
          recipient: delivery.recipient,
          subject: mailing.subject,
          text_body: '',
          html_body: '',
          headers: '{}',
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          message_id: `<mailing-${mailing.id}.${delivery.subscriberId}@${messageDomain}>`,
          dedupe_key: `mailing:${mailing.id}:${delivery.subscriberId}`,
          subscriber_id: delivery.subscriberId,
          mailing_id: mailing.id,
          document_id: `m${mailing.id}s${delivery.subscriberId}`,
          created_at: now,
          updated_at: now,
        }));
        const query = strapi.db.getConnection(table).insert(rows).onConflict('dedupe_key').ignore();
        await (transaction ? query.transacting(transaction) : query);
      }
    },

    async setDeliveryStatus(mailingId: number, from: string[], to: string): Promise<number> {
      const result = (await outbox().updateMany({ where: { mailingId, status: { $in: from } }, data: { status: to } })) as { count: number };
      return result.count;
    },

    async deliveryCounts(mailingId: number): Promise<Record<string, number>> {
      const table = strapi.db.metadata.get(OUTBOX_MESSAGE as never).tableName;
      const rows = (await strapi.db.getConnection(table).where({ mailing_id: mailingId }).select('status').count({ count: '*' }).groupBy('status')) as Array<{ status: string; count: number | string }>;
      return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
    },
  };
}

export type MailingRepository = ReturnType<typeof createMailingRepository>;
