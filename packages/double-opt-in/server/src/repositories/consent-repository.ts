import type { Core } from '@strapi/strapi';
import { CONSENT_EVENT } from '../uids';
import { queryOf } from './query';

/**
 * `import`: brought in from the office's list with the evidence of the person's mail (services/pool-import.ts);
 * `preferences`: a member changed what they hear about (services/preferences.ts).
 */
export type ConsentEventType = 'signup' | 'confirmation' | 'unsubscribe' | 'erasure' | 'import' | 'preferences';

export interface ConsentEventRow {
  id: number;
  type: ConsentEventType;
  occurredAt: string | Date;
  source: string | null;
  consentVersion: string | null;
  consentText: string | null;
  language: string | null;
  ipAddress: string | null;
  channel: string | null;
  /** What changed, for `preferences` events (`districts: – → north`). */
  details?: string | null;
}

/** The link table between consent events and subscribers, as Strapi's metadata describes it. */
interface FirstEventJoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  inverseOrderColumnName?: string;
}

/** Consent events are only ever appended; erasure is the one change, and it removes personal data. */
export function createConsentRepository(strapi: Core.Strapi) {
  const query = () => queryOf<ConsentEventRow>(strapi, CONSENT_EVENT);
  return {
    async append(event: Omit<ConsentEventRow, 'id'> & { subscriber: number | null }): Promise<void> {
      const { subscriber, ...row } = event;
      // The row and its link in one transaction (the caller's, if any), without reading the row back as create would.
      await strapi.db.transaction(async ({ trx }) => {
        const { ids } = await query().createMany({ data: [row] });
        if (subscriber !== null) await strapi.db.entityManager.attachRelations(CONSENT_EVENT, Number(ids[0]), { subscriber }, { transaction: trx });
      });
    },
    /**
     * The first event of each of many subscribers just written (an import's confirmed rows): the
     * rows in one statement per batch and their links in one, instead of three statements per
     * event. Only for subscribers without earlier events: each link is the first of its subscriber.
     */
    async appendFirstEvents(events: ReadonlyArray<Omit<ConsentEventRow, 'id'> & { subscriber: number }>): Promise<void> {
      if (events.length === 0) return;
      const { joinTable } = strapi.db.metadata.get(CONSENT_EVENT).attributes.subscriber as unknown as { joinTable: FirstEventJoinTable };
      await strapi.db.transaction(async ({ trx }) => {
        const created = await query().createMany({ data: events.map(({ subscriber: _subscriber, ...row }) => row) });
        if (created.ids.length !== events.length) throw new Error(`consent events: ${created.ids.length} ids for ${events.length} rows`);
        // One multi-row insert numbers its rows in their order; RETURNING may list them in any.
        const ids = created.ids.map(Number).sort((a, b) => a - b);
        const links = events.map((event, i) => ({
          [joinTable.joinColumn.name]: ids[i],
          [joinTable.inverseJoinColumn.name]: event.subscriber,
          ...(joinTable.inverseOrderColumnName ? { [joinTable.inverseOrderColumnName]: 1 } : {}),
        }));
        // SQLite binds at most 999 parameters per statement: three columns, 300 links.
        for (let i = 0; i < links.length; i += 300) await trx(joinTable.name).insert(links.slice(i, i + 300));
      });
    },
    async findForSubscriber(subscriberId: number): Promise<ConsentEventRow[]> {
      return query().findMany({ where: { subscriber: { id: subscriberId } }, orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] });
    },
    /** Cuts the events loose from the person: no subscriber link, no IP address. */
    async anonymiseForSubscriber(subscriberId: number): Promise<number> {
      const events = await query().findMany({ where: { subscriber: { id: subscriberId } }, select: ['id'] });
      for (const { id } of events) {
        await query().update({ where: { id }, data: { subscriber: null, ipAddress: null } });
      }
      return events.length;
    },
  };
}

export type ConsentRepository = ReturnType<typeof createConsentRepository>;
