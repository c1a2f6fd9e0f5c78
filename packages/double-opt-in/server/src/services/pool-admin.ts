import type { Core } from '@strapi/strapi';
import { toCsv } from '../domain/csv';
import { createOutboxRepository } from '../repositories/outbox-repository';
import { createSubscriberRepository } from '../repositories/subscriber-repository';

/** What editors need beyond the content manager: the CSV export and a view of the outbox. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const subscribers = createSubscriberRepository(strapi);
  const outbox = createOutboxRepository(strapi);
  const iso = (value: string | Date | null) => (value ? new Date(value).toISOString() : '');

  return {
    async exportConfirmedCsv(language?: string): Promise<{ csv: string; rowCount: number }> {
      const rows = await subscribers.findConfirmed({ language });
      const csv = toCsv(
        ['first_name', 'last_name', 'email', 'language', 'interests', 'confirmed_at', 'signed_up_at'],
        rows.map((row) => [row.firstName, row.lastName, row.email, row.language, (row.interests ?? []).join(' '), iso(row.confirmedAt), iso(row.createdAt)]),
      );
      return { csv, rowCount: rows.length };
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
