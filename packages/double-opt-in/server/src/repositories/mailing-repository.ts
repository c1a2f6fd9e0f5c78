import type { Core } from '@strapi/strapi';
import type { DigestItem } from '../domain/digest';
import type { MailingStatus } from '../domain/mailing-progress';
import { MAILING } from '../uids';
import { createOutboxRepository, type OutboxStatus } from './outbox-repository';
import { contentTypeOf, documentsOf, queryOf } from './query';

export type { MailingStatus } from '../domain/mailing-progress';

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
  /** The name of its kind (see mailing-kinds/); null on rows older than kinds: a Rundmail. */
  kind: string | null;
  /** A digest's picked items, by the host's ids. */
  digestItemIds: string[] | null;
  /** A digest's items as they were at its start (its snapshot). */
  digestItems: DigestItem[] | null;
}

/** What a kind keeps on the mailing at its start, for rendering each mail later. */
export type MailingSnapshot = Partial<Pick<MailingRow, 'digestItems'>>;

export interface DeliveryRow {
  subscriberId: number;
  recipient: string;
}

/**
 * Mailings of every kind (the one repository of the mailings table), and their delivery rows
 * (one per mailing and subscriber, unique), which live in the outbox: those the outbox repository
 * writes and counts.
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
    /** When the newest mailing of a kind that went out (or is going out) started; null before the first. */
    async lastStartedAt(kind: string): Promise<Date | null> {
      const [last] = await mailings().findMany({
        where: { kind, startedAt: { $notNull: true }, status: { $in: ['sending', 'paused', 'sent', 'kept'] } },
        orderBy: { startedAt: 'desc' },
        limit: 1,
      });
      return last?.startedAt ? new Date(last.startedAt) : null;
    },
    /** The ids of the items every mailing of a kind that went out (or is going out) listed. */
    async announcedItemIds(kind: string): Promise<Set<string>> {
      const started = await mailings().findMany({
        where: { kind, startedAt: { $notNull: true }, status: { $in: ['sending', 'paused', 'sent', 'kept'] } },
        select: ['id', 'digestItemIds', 'digestItems'],
      });
      const ids = new Set<string>();
      for (const mailing of started) {
        for (const id of mailing.digestItemIds ?? []) ids.add(String(id));
        for (const item of mailing.digestItems ?? []) ids.add(String(item.id));
      }
      return ids;
    },
    /** A new draft through the document service (its rules check what editors write too). */
    async createDraft(data: Pick<MailingRow, 'title' | 'subject' | 'body' | 'language' | 'kind'> & Partial<Pick<MailingRow, 'digestItemIds'>>): Promise<{ documentId: string }> {
      const created = await documentsOf<MailingRow>(strapi, MAILING).create({ data: { ...data, status: 'draft' } });
      return { documentId: created.documentId };
    },
    /**
     * Lets the `kind` column hold a kind registered at run time. The schema lists the shipped
     * kinds; an enumeration is a plain string column, so adding a value changes what the document
     * service accepts and the admin offers, and nothing in the database.
     */
    acceptKind(name: string): void {
      const attribute = contentTypeOf(strapi, MAILING)?.attributes.kind;
      if (attribute?.enum && !attribute.enum.includes(name)) attribute.enum.push(name);
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
     * One delivery row per recipient, of the outbox kind `outboxKind`, with a stable Message-ID
     * (`<outboxKind-mailing.subscriber@domain>`); the dedupe key is the same for every kind, so a
     * row that exists already (a start interrupted by a crash and run again) is left alone and no
     * recipient gets two. Inside the caller's transaction (the start of the mailing): all rows or none.
     */
    async insertDeliveries(mailing: Pick<MailingRow, 'id' | 'subject'>, outboxKind: string, deliveries: DeliveryRow[], messageDomain: string, now: Date): Promise<void> {
      await outbox.insertDeliveries(
        deliveries.map((delivery) => ({
          kind: outboxKind,
          mailingId: mailing.id,
          subscriberId: delivery.subscriberId,
          recipient: delivery.recipient,
          subject: mailing.subject,
          messageId: `<${outboxKind}-${mailing.id}.${delivery.subscriberId}@${messageDomain}>`,
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
