import type { Core } from '@strapi/strapi';
import { createAuditRepository, type AuditAction, type AuditEntryRow } from '../repositories/audit-repository';

/** Who did it: an admin user, or nobody when the schedule started a mailing. */
export interface AuditActor {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}

export function actorName(actor: AuditActor): string {
  const name = [actor.firstname, actor.lastname].filter(Boolean).join(' ').trim();
  return name || actor.username || actor.email || `#${actor.id}`;
}

/**
 * Accountability for what touches the members' personal data in bulk: each export of the list and
 * each start of a mailing, with who, when and how many rows, for the pool's office to see.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = createAuditRepository(strapi);
  return {
    async record(action: AuditAction, actor: AuditActor | null, details: { rowCount: number; subject?: string | null }, at = new Date()): Promise<void> {
      await entries.append({
        action,
        occurredAt: at,
        actorId: actor?.id ?? null,
        actorName: actor ? actorName(actor) : null,
        rowCount: details.rowCount,
        subject: details.subject ?? null,
      });
    },

    /** The newest entries first; `occurredAt` as ISO 8601. */
    async recent(limit = 50): Promise<{ entries: Array<Omit<AuditEntryRow, 'occurredAt' | 'actorId'> & { occurredAt: string }> }> {
      const rows = await entries.findRecent(limit);
      return {
        entries: rows.map((row) => ({
          id: row.id,
          action: row.action,
          occurredAt: new Date(row.occurredAt).toISOString(),
          actorName: row.actorName,
          rowCount: row.rowCount,
          subject: row.subject,
        })),
      };
    },
  };
};
