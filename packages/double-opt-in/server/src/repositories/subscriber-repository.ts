import type { Core } from '@strapi/strapi';
import type { SubscriberStatus } from '../domain/subscription-state';
import { SUBSCRIBER } from '../uids';
import { queryOf } from './query';

export interface SubscriberRow {
  id: number;
  documentId: string;
  firstName: string;
  lastName: string;
  email: string;
  emailNormalized: string;
  status: SubscriberStatus;
  language: string | null;
  interests: string[] | null;
  /** Choices per configured facet (`{ districts: ['north'] }`); none chosen: everything. */
  facets?: Record<string, string[]> | null;
  confirmedAt: string | Date | null;
  unsubscribedAt: string | Date | null;
  suppressedAt: string | Date | null;
  suppressionReason: string | null;
  confirmTokenHash: string | null;
  confirmTokenExpiresAt: string | Date | null;
  createdAt: string | Date;
  updatedAt: string | Date;
}

/** A confirmed member as a mailing's start reads it. */
export type AudienceMember = Pick<SubscriberRow, 'id' | 'email' | 'language' | 'interests' | 'facets'>;

/** Subscribers, read and written through the query engine (no drafts, no locales on this type). */
export function createSubscriberRepository(strapi: Core.Strapi) {
  const query = () => queryOf<SubscriberRow>(strapi, SUBSCRIBER);
  return {
    async findByEmail(emailNormalized: string): Promise<SubscriberRow | null> {
      return query().findOne({ where: { emailNormalized } });
    },
    async findById(id: number): Promise<SubscriberRow | null> {
      return query().findOne({ where: { id } });
    },
    async findByIds(ids: number[]): Promise<SubscriberRow[]> {
      if (ids.length === 0) return [];
      return query().findMany({ where: { id: { $in: ids } } });
    },
    async findByTokenHash(confirmTokenHash: string): Promise<SubscriberRow | null> {
      return query().findOne({ where: { confirmTokenHash } });
    },
    async create(data: Partial<SubscriberRow>): Promise<SubscriberRow> {
      return query().create({ data });
    },
    /**
     * A new subscriber, without reading the row back (a sign-up's hot path): the row as written,
     * with its id. Columns the database fills (documentId, timestamps) are not in it.
     */
    async insert<Data extends Partial<SubscriberRow>>(data: Data): Promise<Data & { id: number }> {
      const { ids } = await query().createMany({ data: [data] });
      return { ...data, id: Number(ids[0]) };
    },
    /** Many new subscribers in one statement per batch, nothing read back (an import's entries without proof). */
    async insertMany(rows: ReadonlyArray<Partial<SubscriberRow>>): Promise<void> {
      if (rows.length > 0) await query().createMany({ data: rows as Array<Record<string, unknown>> });
    },
    /** The ids of these addresses (normalized), for rows just written without reading them back. */
    async idsByEmail(emailsNormalized: readonly string[]): Promise<Map<string, number>> {
      const ids = new Map<string, number>();
      if (emailsNormalized.length === 0) return ids;
      const rows = await query().findMany({ where: { emailNormalized: { $in: [...emailsNormalized] } }, select: ['id', 'emailNormalized'] });
      for (const row of rows) ids.set(row.emailNormalized, row.id);
      return ids;
    },
    async update(id: number, data: Partial<SubscriberRow>): Promise<SubscriberRow> {
      return query().update({ where: { id }, data });
    },
    async delete(id: number): Promise<void> {
      await query().delete({ where: { id } });
    },
    async suppressByEmail(emailNormalized: string, reason: string, at: Date): Promise<void> {
      await query().updateMany({ where: { emailNormalized }, data: { suppressedAt: at, suppressionReason: reason.slice(0, 500) } });
    },
    async findConfirmed(filter: { language?: string } = {}): Promise<SubscriberRow[]> {
      return query().findMany({
        where: { status: 'confirmed', suppressedAt: { $null: true }, ...(filter.language ? { language: filter.language } : {}) },
        orderBy: { id: 'asc' },
      });
    },
    /**
     * The confirmed members as a mailing's start needs them (who, where to, what they chose), in
     * id order: only these columns, since a start reads the whole pool at once.
     */
    async findConfirmedAudience(filter: { language?: string } = {}): Promise<AudienceMember[]> {
      return query().findMany({
        where: { status: 'confirmed', suppressedAt: { $null: true }, ...(filter.language ? { language: filter.language } : {}) },
        select: ['id', 'email', 'language', 'interests', 'facets'],
        orderBy: { id: 'asc' },
      }) as Promise<AudienceMember[]>;
    },
    /** Pending sign-ups last touched before `before` (a new sign-up attempt touches them). */
    async findStalePending(before: Date, limit: number): Promise<SubscriberRow[]> {
      return query().findMany({ where: { status: 'pending', updatedAt: { $lt: before } }, limit, orderBy: { id: 'asc' } });
    },
  };
}

export type SubscriberRepository = ReturnType<typeof createSubscriberRepository>;
