import type { Core } from '@strapi/strapi';
import { AUDIT_ENTRY } from '../uids';

export type AuditAction = 'export' | 'mailing-start';

export interface AuditEntryRow {
  id: number;
  action: AuditAction;
  occurredAt: string | Date;
  actorId: number | null;
  actorName: string | null;
  rowCount: number | null;
  subject: string | null;
}

/** The activity log is appended to by the plugin and never changed (see the document rules). */
export function createAuditRepository(strapi: Core.Strapi) {
  const query = () => strapi.db.query(AUDIT_ENTRY as never);
  return {
    async append(entry: Omit<AuditEntryRow, 'id'>): Promise<void> {
      await query().create({ data: entry });
    },
    async findRecent(limit: number): Promise<AuditEntryRow[]> {
      return (await query().findMany({ orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], limit })) as AuditEntryRow[];
    },
  };
}
