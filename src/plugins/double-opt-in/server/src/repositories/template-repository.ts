import type { Core } from '@strapi/strapi';
import type { MailKind, MailTemplate } from '../domain/mail-template';
import { MAIL_TEMPLATE } from '../uids';

/** Mail templates as editors keep them in the admin, one document per kind with a version per locale. */
export function createTemplateRepository(strapi: Core.Strapi) {
  const documents = () => strapi.documents(MAIL_TEMPLATE as never);
  return {
    async find(kind: MailKind, language: string): Promise<MailTemplate | null> {
      const found = (await documents().findFirst({ filters: { kind }, locale: language } as never)) as unknown as MailTemplate | null;
      return found && found.subject && found.body ? { subject: found.subject, body: found.body } : null;
    },
    async findDocumentId(kind: MailKind): Promise<string | null> {
      const rows = (await strapi.db.query(MAIL_TEMPLATE as never).findMany({ where: { kind }, select: ['documentId'], limit: 1 })) as Array<{ documentId: string }>;
      return rows[0]?.documentId ?? null;
    },
    async create(kind: MailKind, language: string, template: MailTemplate): Promise<string> {
      const created = (await documents().create({ data: { kind, ...template }, locale: language } as never)) as unknown as { documentId: string };
      return created.documentId;
    },
    async addLocale(documentId: string, language: string, template: MailTemplate): Promise<void> {
      await documents().update({ documentId, locale: language, data: template } as never);
    },
    async hasLocale(kind: MailKind, language: string): Promise<boolean> {
      return (await strapi.db.query(MAIL_TEMPLATE as never).count({ where: { kind, locale: language } })) > 0;
    },
  };
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>;
