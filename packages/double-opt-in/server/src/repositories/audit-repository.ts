import type { Core } from '@strapi/strapi';
import { AUDIT_ENTRY } from '../uids';
import { queryOf } from './query';

export type AuditAction = 'export' | 'mailing-start' | 'import';

export interface AuditEntryRow {
  id: number;
  action: AuditAction;
  occurredAt: string | Date;
  actorId: number | null;
  /** null when nobody did it by hand (a scheduled mailing started by the cron). */
  actorName: string | null;
  /** Rows exported, or recipients of the mailing. */
  rowCount: number | null;
  /** The mailing's title; for an export the language it was limited to, if any. */
  subject: string | null;
}

/** The activity log is appended to by the plugin and never changed (see the document rules). */
export function createAuditRepository(strapi: Core.Strapi) {
  const query = () => queryOf<AuditEntryRow>(strapi, AUDIT_ENTRY);
  return {
    async append(entry: Omit<AuditEntryRow, 'id'>): Promise<void> {
      await query().create({ data: entry });
    },
    async findRecent(limit: number): Promise<AuditEntryRow[]> {
      return query().findMany({ orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], limit });
    },
  };
}
