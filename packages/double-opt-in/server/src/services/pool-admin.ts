import type { Core } from '@strapi/strapi';
import { toCsv } from '../domain/csv';
import { poolExportTable } from '../domain/pool-export';
import { getService } from '../get-service';
import { createOutboxRepository } from '../repositories/outbox-repository';
import { createSubscriberRepository } from '../repositories/subscriber-repository';

/** What editors need beyond the content manager: the CSV export and a view of the outbox. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const subscribers = createSubscriberRepository(strapi);
  const outbox = createOutboxRepository(strapi);

  return {
    async exportConfirmedCsv(language?: string): Promise<{ csv: string; rowCount: number }> {
      const members = await subscribers.findConfirmed({ language });
      const { header, rows } = poolExportTable(members, getService(strapi, 'settings').get().facets);
      return { csv: toCsv(header, rows), rowCount: rows.length };
    },

    /** Recent mails with their links, so that without SMTP a newcomer can still follow the flow. */
    async recentMail(limit = 50) {
      const rows = await outbox.find({}, limit);
      return {
        counts: await outbox.countByStatus(),
        messages: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          recipient: row.recipient,
          subject: row.subject,
          status: row.status,
          attempts: row.attempts,
          createdAt: row.createdAt,
          sentAt: row.sentAt,
          lastError: row.lastError,
          /** The links in the mail's text (confirm, unsubscribe, …). */
          links: [...new Set(String(row.textBody ?? '').match(/https?:\/\/\S+/g) ?? [])],
        })),
      };
    },
  };
};
