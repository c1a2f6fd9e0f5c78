import type { Core } from '@strapi/strapi';
import { queryOf } from './query';

/**
 * Reads the host's events: only their published version (when the type has drafts), only the
 * attributes the plugin is configured to read. Settings are taken from any one locale's row; a
 * host keeps them unlocalised (places are the same in every language).
 */
export function createEventRepository(strapi: Core.Strapi, uid: string, attributes: readonly string[]) {
  const events = () => queryOf<Record<string, unknown> & { documentId: string }>(strapi, uid);
  const publishedOnly = () => {
    const contentType = strapi.contentType(uid as Parameters<typeof strapi.contentType>[0]) as { options?: { draftAndPublish?: boolean } } | undefined;
    return contentType?.options?.draftAndPublish ? { publishedAt: { $notNull: true } } : {};
  };
  const select = () => ['documentId', ...attributes];

  return {
    async findPublished(documentId: string): Promise<(Record<string, unknown> & { documentId: string }) | null> {
      return events().findOne({ where: { documentId, ...publishedOnly() }, select: select() });
    },

    /**
     * The event's title in `locale` when the type is localised and has that language, else in
     * any one published language: a page in English still names an event only written in German.
     */
    async titleOf(documentId: string, titleField: string, locale: string): Promise<string | null> {
      const contentType = strapi.contentType(uid as Parameters<typeof strapi.contentType>[0]) as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined;
      const where = { documentId, ...publishedOnly() };
      const pick = (row: Record<string, unknown> | null) => (row && typeof row[titleField] === 'string' ? (row[titleField] as string) : null);
      if (contentType?.pluginOptions?.i18n?.localized) {
        const inLocale = pick(await events().findOne({ where: { ...where, locale }, select: ['documentId', titleField] }));
        if (inLocale) return inLocale;
      }
      return pick(await events().findOne({ where, select: ['documentId', titleField] }));
    },

    async findManyPublished(documentIds: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
      const found = new Map<string, Record<string, unknown>>();
      if (documentIds.length === 0) return found;
      for (const row of await events().findMany({ where: { documentId: { $in: [...documentIds] }, ...publishedOnly() }, select: select() })) {
        if (!found.has(row.documentId)) found.set(row.documentId, row);
      }
      return found;
    },
  };
}
