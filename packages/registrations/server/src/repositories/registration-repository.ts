import type { Core } from '@strapi/strapi';
import { HOLDING_PLACE, type RegistrationState } from '../domain/allocation';
import { REGISTRATION } from '../uids';
import { qualifiedTable, queryOf, rowsOf } from './query';

export interface RegistrationRow {
  id: number;
  documentId: string;
  firstName: string;
  lastName: string;
  email: string;
  emailNormalized: string;
  state: RegistrationState;
  waitlistPosition: number | null;
  eventDocumentId: string;
  language: string | null;
  registeredAt: string;
  cancelledAt: string | null;
}

export interface EventCountsRow {
  holdingPlace: number;
  waiting: number;
}

/** Advisory-lock namespace of the plugin: the first key of the two-key lock, the event the second. */
const LOCK_NAMESPACE = 'plugin-registrations';

/**
 * The only code that reads and writes registrations. `underEventLock` is what keeps places from
 * being given twice: everything that counts places and then writes runs inside it.
 */
export function createRegistrationRepository(strapi: Core.Strapi) {
  const registrations = () => queryOf<RegistrationRow>(strapi, REGISTRATION);
  const table = () => qualifiedTable(strapi, REGISTRATION);
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  /** Raw SQL on the transaction when one runs (SQLite has one connection: outside it the query would wait for ever). */
  const raw = (sql: string, bindings: readonly unknown[]) => strapi.db.transaction(({ trx }) => trx.raw(sql, bindings as unknown[]));

  return {
    /**
     * Runs `work` in a transaction that holds the event's lock until it commits. PostgreSQL: a
     * transaction-level advisory lock on the event's documentId, which every instance on the
     * database waits for in turn (the event's rows are one per locale and version, so no single
     * row stands for it). SQLite: its one writer and the pool's one connection serialise the
     * transactions already.
     */
    async underEventLock<T>(eventDocumentId: string, work: () => Promise<T>): Promise<T> {
      return strapi.db.transaction(async ({ trx }) => {
        if (isPostgres()) await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?))', [LOCK_NAMESPACE, eventDocumentId]);
        return work();
      });
    },

    async counts(eventDocumentId: string): Promise<EventCountsRow> {
      const [holdingPlace, waiting] = await Promise.all([
        registrations().count({ where: { eventDocumentId, state: { $in: [...HOLDING_PLACE] } } }),
        registrations().count({ where: { eventDocumentId, state: 'waitlisted' } }),
      ]);
      return { holdingPlace: Number(holdingPlace), waiting: Number(waiting) };
    },

    /** The counts of many events in one query, for the public answers; events without registrations are absent. */
    async countsOf(eventDocumentIds: readonly string[]): Promise<Map<string, EventCountsRow>> {
      const result = new Map<string, EventCountsRow>();
      if (eventDocumentIds.length === 0) return result;
      const marks = eventDocumentIds.map(() => '?').join(', ');
      const holding = HOLDING_PLACE.map(() => '?').join(', ');
      const rows = rowsOf<{ event: string; holding: number | string; waiting: number | string }>(
        await raw(
          `SELECT event_document_id AS event,
             SUM(CASE WHEN state IN (${holding}) THEN 1 ELSE 0 END) AS holding,
             SUM(CASE WHEN state = 'waitlisted' THEN 1 ELSE 0 END) AS waiting
           FROM ${table()} WHERE event_document_id IN (${marks}) GROUP BY event_document_id`,
          [...HOLDING_PLACE, ...eventDocumentIds],
        ),
      );
      for (const row of rows) result.set(row.event, { holdingPlace: Number(row.holding), waiting: Number(row.waiting) });
      return result;
    },

    /** A registration of this address for this event that is not cancelled. */
    async findActive(eventDocumentId: string, emailNormalized: string): Promise<RegistrationRow | null> {
      return registrations().findOne({ where: { eventDocumentId, emailNormalized, state: { $notIn: ['cancelled_by_person', 'cancelled_by_office'] } } });
    },

    async findById(id: number): Promise<RegistrationRow | null> {
      return registrations().findOne({ where: { id } });
    },

    async findByDocumentId(documentId: string): Promise<RegistrationRow | null> {
      return registrations().findOne({ where: { documentId } });
    },

    async create(data: Omit<RegistrationRow, 'id' | 'documentId' | 'cancelledAt'>): Promise<RegistrationRow> {
      return registrations().create({ data });
    },

    async update(id: number, data: Partial<Omit<RegistrationRow, 'id' | 'documentId'>>): Promise<RegistrationRow | null> {
      return registrations().update({ where: { id }, data });
    },

    /** The first `count` on the waitlist, in order. */
    async headOfWaitlist(eventDocumentId: string, count: number): Promise<RegistrationRow[]> {
      if (count <= 0) return [];
      return registrations().findMany({ where: { eventDocumentId, state: 'waitlisted' }, orderBy: [{ waitlistPosition: 'asc' }, { id: 'asc' }], limit: count });
    },

    /** Everyone waiting behind `position` moves `by` forward, so positions stay 1, 2, 3 … */
    async closeWaitlistGap(eventDocumentId: string, position: number, by: number): Promise<void> {
      if (by <= 0) return;
      await raw(`UPDATE ${table()} SET waitlist_position = waitlist_position - ? WHERE event_document_id = ? AND state = 'waitlisted' AND waitlist_position > ?`, [
        by,
        eventDocumentId,
        position,
      ]);
    },

    /** Every registration of an event, oldest first: for the office and the tests, never for a public answer. */
    async ofEvent(eventDocumentId: string): Promise<RegistrationRow[]> {
      return registrations().findMany({ where: { eventDocumentId }, orderBy: [{ id: 'asc' }] });
    },
  };
}

export type RegistrationRepository = ReturnType<typeof createRegistrationRepository>;
