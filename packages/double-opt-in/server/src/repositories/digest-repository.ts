import type { Core } from '@strapi/strapi';
import type { DigestItem } from '../domain/digest';
import { MAILING } from '../uids';
import type { MailingRow } from './mailing-repository';
import { createOutboxRepository } from './outbox-repository';
import { documentsOf, queryOf } from './query';

/** A digest mailing: a mailing of kind `digest` with the items picked and, once started, the items as sent. */
export interface DigestMailingRow extends MailingRow {
  kind: 'standard' | 'digest' | null;
  digestItemIds: string[] | null;
  digestItems: DigestItem[] | null;
}

/** The digest's reads and writes on the mailings table and the outbox (its delivery rows are kind `digest`). */
export function createDigestRepository(strapi: Core.Strapi) {
  const mailings = () => queryOf<DigestMailingRow>(strapi, MAILING);
  const outbox = createOutboxRepository(strapi);

  return {
    async findById(id: number): Promise<DigestMailingRow | null> {
      return mailings().findOne({ where: { id } });
    },
    async findByDocumentId(documentId: string): Promise<DigestMailingRow | null> {
      return mailings().findOne({ where: { documentId } });
    },
    /** When the newest digest that went out (or is going out) started; null before the first. */
    async lastStartedAt(): Promise<Date | null> {
      const [last] = await mailings().findMany({
        where: { kind: 'digest', startedAt: { $notNull: true }, status: { $in: ['sending', 'paused', 'sent'] } },
        orderBy: { startedAt: 'desc' },
        limit: 1,
      });
      return last?.startedAt ? new Date(last.startedAt) : null;
    },
    /** A new digest as a draft, through the document service (its rules check what editors write too). */
    async createDraft(data: Pick<DigestMailingRow, 'title' | 'subject' | 'body' | 'language' | 'digestItemIds'>): Promise<{ documentId: string }> {
      const created = await documentsOf<DigestMailingRow>(strapi, MAILING).create({ data: { ...data, kind: 'digest', status: 'draft' } });
      return { documentId: created.documentId };
    },
    async saveSnapshot(id: number, items: DigestItem[]): Promise<void> {
      await mailings().update({ where: { id }, data: { digestItems: items } });
    },
    /** One row per recipient, unique per (mailing, subscriber): a start run again after a crash adds none twice. */
    async insertDeliveries(mailing: Pick<DigestMailingRow, 'id' | 'subject'>, recipients: Array<{ subscriberId: number; recipient: string }>, messageDomain: string, now: Date): Promise<void> {
      await outbox.insertDeliveries(
        recipients.map((recipient) => ({
          kind: 'digest',
          mailingId: mailing.id,
          subscriberId: recipient.subscriberId,
          recipient: recipient.recipient,
          subject: mailing.subject,
          messageId: `<digest-${mailing.id}.${recipient.subscriberId}@${messageDomain}>`,
          dedupeKey: `mailing:${mailing.id}:${recipient.subscriberId}`,
        })),
        now,
      );
    },
  };
}
