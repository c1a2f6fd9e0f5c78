import type { Core } from '@strapi/strapi';
import type { MailKind, MailTemplate } from '../domain/mail-template';
import { MAIL_TEMPLATE } from '../uids';
import { documentsOf, queryOf } from './query';

interface TemplateRow {
  documentId: string;
  kind: MailKind;
  locale: string;
  subject?: string | null;
  body?: string | null;
}

/** Mail templates as editors keep them in the admin, one document per kind with a version per locale. */
export function createTemplateRepository(strapi: Core.Strapi) {
  const documents = () => documentsOf<TemplateRow>(strapi, MAIL_TEMPLATE);
  const query = () => queryOf<TemplateRow>(strapi, MAIL_TEMPLATE);
  return {
    async find(kind: MailKind, language: string): Promise<MailTemplate | null> {
      const found = await documents().findFirst({ filters: { kind }, locale: language });
      return found && found.subject && found.body ? { subject: found.subject, body: found.body } : null;
    },
    async findDocumentId(kind: MailKind): Promise<string | null> {
      const rows = await query().findMany({ where: { kind }, select: ['documentId'], limit: 1 });
      return rows[0]?.documentId ?? null;
    },
    /** The kind of a template document, for the checks of an editor's save. */
    async findKind(documentId: string): Promise<MailKind | null> {
      const row = await query().findOne({ where: { documentId }, select: ['kind'] });
      return row?.kind ?? null;
    },
    /** One locale's version of a template document (the default locale's when none is named), for the checks of a clone. */
    async findVersion(documentId: string, locale: string | undefined): Promise<TemplateRow | null> {
      const rows = await query().findMany({ where: { documentId, ...(locale && locale !== '*' ? { locale } : {}) }, limit: 1 });
      return rows[0] ?? null;
    },
    async create(kind: MailKind, language: string, template: MailTemplate): Promise<string> {
      const created = await documents().create({ data: { kind, ...template }, locale: language });
      return created.documentId;
    },
    async addLocale(documentId: string, language: string, template: MailTemplate): Promise<void> {
      await documents().update({ documentId, locale: language, data: { ...template } });
    },
    async hasLocale(kind: MailKind, language: string): Promise<boolean> {
      return (await query().count({ where: { kind, locale: language } })) > 0;
    },
  };
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>;
