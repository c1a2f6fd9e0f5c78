import type { Core, Struct, UID } from '@strapi/strapi';
import { isLocalized } from '../content-type-schema';

export type StoredVersion = Record<string, unknown>;

/** The locale(s) a document-service call names: one, several, '*' for all, or none (the default locale). */
export type LocaleParam = string | string[] | undefined;

/**
 * The stored versions the write rules check before an action changes them: the draft an update
 * or publish starts from, the versions a clone copies, the published version a discarded draft is
 * replaced by. Read through the query engine with their components, as the document service reads
 * them for these actions.
 */
export function createDocumentVersions(strapi: Core.Strapi) {
  async function localeWhere(schema: Struct.ContentTypeSchema, locale: LocaleParam): Promise<Record<string, unknown>> {
    if (!isLocalized(schema) || locale === '*') return {};
    if (Array.isArray(locale)) return { locale: { $in: locale } };
    return { locale: locale ?? ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string) };
  }

  return {
    async find(uid: UID.ContentType, documentId: string, locale: LocaleParam, status: 'draft' | 'published'): Promise<StoredVersion[]> {
      const schema = strapi.contentType(uid);
      const publication = schema.options?.draftAndPublish ? { publishedAt: status === 'draft' ? { $null: true } : { $notNull: true } } : {};
      const populate = Object.fromEntries(
        Object.entries(schema.attributes)
          .filter(([, attribute]) => attribute.type === 'component' || attribute.type === 'dynamiczone')
          .map(([name]) => [name, true]),
      );
      const where = { documentId, ...publication, ...(await localeWhere(schema, locale)) };
      return strapi.db.query(uid).findMany({ where, populate });
    },
  };
}
