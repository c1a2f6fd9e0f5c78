import type { Core } from '@strapi/strapi';

export type StoredVersion = Record<string, unknown>;

interface Schema {
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, { type: string }>;
}

/** The locale(s) a document-service call names: one, several, '*' for all, or none (the default locale). */
export type LocaleParam = string | string[] | undefined;

/**
 * The stored versions the write rules check before an action changes them: the draft an update
 * or publish starts from, the versions a clone copies, the published version a discarded draft is
 * replaced by. Read through the query engine with their components, as the document service reads
 * them for these actions.
 */
export function createDocumentVersions(strapi: Core.Strapi) {
  const schemaOf = (uid: string) => strapi.contentType(uid as never) as unknown as Schema;

  async function localeWhere(schema: Schema, locale: LocaleParam): Promise<Record<string, unknown>> {
    if (!schema.pluginOptions?.i18n?.localized || locale === '*') return {};
    if (Array.isArray(locale)) return { locale: { $in: locale } };
    return { locale: locale ?? ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string) };
  }

  return {
    async find(uid: string, documentId: string, locale: LocaleParam, status: 'draft' | 'published'): Promise<StoredVersion[]> {
      const schema = schemaOf(uid);
      const publication = schema.options?.draftAndPublish ? { publishedAt: status === 'draft' ? { $null: true } : { $notNull: true } } : {};
      const populate = Object.fromEntries(
        Object.entries(schema.attributes)
          .filter(([, attribute]) => attribute.type === 'component' || attribute.type === 'dynamiczone')
          .map(([name]) => [name, true]),
      );
      const where = { documentId, ...publication, ...(await localeWhere(schema, locale)) };
      return (await strapi.db.query(uid as never).findMany({ where, populate } as never)) as StoredVersion[];
    },
  };
}
