import type { Core } from '@strapi/strapi';
import { MAILING } from '../uids';
import { createOutboxRepository, type OutboxStatus } from './outbox-repository';
import { queryOf } from './query';

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

/**
 * Mailings, and their delivery rows (one per mailing and subscriber, unique), which live in the
 * outbox: those the outbox repository writes and counts.
 */
export function createMailingRepository(strapi: Core.Strapi) {
  const mailings = () => queryOf<MailingRow>(strapi, MAILING);
  const outbox = createOutboxRepository(strapi);

  return {
    async findByDocumentId(documentId: string): Promise<MailingRow | null> {
      return mailings().findOne({ where: { documentId } });
    },
    async findById(id: number): Promise<MailingRow | null> {
      return mailings().findOne({ where: { id } });
    },
    /** Only the status, for the document rules (is the mailing still editable?). */
    async findStatus(documentId: string | undefined): Promise<MailingStatus | null> {
      const row = await mailings().findOne({ where: { documentId }, select: ['status'] });
      return row?.status ?? null;
    },
    async findRecent(limit: number): Promise<MailingRow[]> {
      return mailings().findMany({ orderBy: { id: 'desc' }, limit });
    },
    async findDue(now: Date): Promise<MailingRow[]> {
      return mailings().findMany({ where: { status: 'scheduled', scheduledAt: { $lte: now } } });
    },
    async findActive(): Promise<MailingRow[]> {
      return mailings().findMany({ where: { status: { $in: ['sending', 'paused'] } } });
    },
    /**
     * The public archive: sent mailings marked for it that reached at least one member. Status and
     * flag alone are not proof: a row can say "sent" without having sent anything (an old clone
     * of a sent mailing, a mailing whose every delivery failed), and the archive speaks as the city.
     */
    async findArchive(language: string | undefined, limit: number): Promise<MailingRow[]> {
      const where = { status: 'sent', showInArchive: true, ...(language ? { language } : {}) };
      const found: MailingRow[] = [];
      for (let offset = 0; found.length < limit; offset += limit) {
        const candidates = await mailings().findMany({ where, orderBy: [{ finishedAt: 'desc' }, { id: 'desc' }], limit, offset });
        const delivered = await outbox.mailingsWithSentDelivery(candidates.map((mailing) => mailing.id));
        found.push(...candidates.filter((mailing) => delivered.has(mailing.id)));
        if (candidates.length < limit) break;
      }
      return found.slice(0, limit);
    },
    async update(id: number, data: Partial<MailingRow>): Promise<MailingRow> {
      return mailings().update({ where: { id }, data });
    },
    /** Moves a mailing from one of `from` to `to` in one statement; false when it was in none. */
    async transition(id: number, from: MailingStatus[], data: Partial<MailingRow>): Promise<boolean> {
      const result = await mailings().updateMany({ where: { id, status: { $in: from } }, data });
      return result.count === 1;
    },

    /**
     * One delivery row per recipient, with a stable Message-ID; a row that exists already (a
     * start interrupted by a crash and run again) is left alone, so no recipient gets two.
     * Inside the caller's transaction (the start of the mailing): all rows or none.
     */
    async insertDeliveries(mailing: MailingRow, deliveries: DeliveryRow[], messageDomain: string, now: Date): Promise<void> {
      await outbox.insertDeliveries(
        deliveries.map((delivery) => ({
          kind: 'mailing',
          mailingId: mailing.id,
          subscriberId: delivery.subscriberId,
          recipient: delivery.recipient,
          subject: mailing.subject,
          messageId: `<mailing-${mailing.id}.${delivery.subscriberId}@${messageDomain}>`,
          dedupeKey: `mailing:${mailing.id}:${delivery.subscriberId}`,
        })),
        now,
      );
    },

    async setDeliveryStatus(mailingId: number, from: OutboxStatus[], to: OutboxStatus): Promise<number> {
      return outbox.setStatusOfMailing(mailingId, from, to);
    },

    async deliveryCounts(mailingId: number): Promise<Partial<Record<OutboxStatus, number>>> {
      return outbox.countByStatus({ mailingId });
    },
  };
}

export type MailingRepository = ReturnType<typeof createMailingRepository>;
