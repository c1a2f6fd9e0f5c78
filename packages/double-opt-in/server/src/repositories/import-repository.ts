import type { Core } from '@strapi/strapi';
import type { ExistingAddress } from '../domain/import-csv';
import { nextTurn } from '../next-turn';
import { CONSENT_EVENT, SUBSCRIBER } from '../uids';
import { queryOf } from './query';
import type { SubscriberRow } from './subscriber-repository';

/** Addresses per query: well under SQLite's 999 bound parameters. */
const CHUNK = 500;

/**
 * What an import reads besides the subscriber and consent repositories: which of a file's
 * addresses the list holds already (and whether an earlier import brought them in), and the
 * entries held without proof.
 */
export function createImportRepository(strapi: Core.Strapi) {
  const subscribers = () => queryOf<SubscriberRow>(strapi, SUBSCRIBER);
  const events = () => queryOf<{ id: number; subscriber: { id: number } | null }>(strapi, CONSENT_EVENT);

  return {
    async findExisting(emailsNormalized: readonly string[]): Promise<Map<string, ExistingAddress & { id: number }>> {
      const found = new Map<string, ExistingAddress & { id: number }>();
      const unique = [...new Set(emailsNormalized)];
      for (let i = 0; i < unique.length; i += CHUNK) {
        if (i > 0) await nextTurn();
        const rows = await subscribers().findMany({
          where: { emailNormalized: { $in: unique.slice(i, i + CHUNK) } },
          select: ['id', 'emailNormalized', 'status', 'suppressedAt'],
        });
        const imported = new Set<number>();
        const ids = rows.map((row) => row.id);
        if (ids.length > 0) {
          const importEvents = await events().findMany({ where: { type: 'import', subscriber: { id: { $in: ids } } }, select: ['id'], populate: { subscriber: { select: ['id'] } } });
          for (const event of importEvents) if (event.subscriber) imported.add(event.subscriber.id);
        }
        for (const row of rows) found.set(row.emailNormalized, { id: row.id, status: row.status, suppressed: row.suppressedAt !== null, imported: imported.has(row.id) });
      }
      return found;
    },

    async findUnverified(limit: number): Promise<SubscriberRow[]> {
      return subscribers().findMany({ where: { status: 'unverified' }, orderBy: { id: 'asc' }, limit });
    },

    async countUnverified(): Promise<number> {
      return subscribers().count({ where: { status: 'unverified' } });
    },

    async findUnverifiedByDocumentId(documentId: string): Promise<SubscriberRow | null> {
      return subscribers().findOne({ where: { documentId, status: 'unverified' } });
    },
  };
}

export type ImportRepository = ReturnType<typeof createImportRepository>;
