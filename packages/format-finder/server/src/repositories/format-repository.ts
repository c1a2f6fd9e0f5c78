import type { Core } from '@strapi/strapi';
import type { FinderConfig, FormatField } from '../config';

type Row = Record<string, unknown>;

/** Fingerprint of the published formats: changes with every create, publish, unpublish, edit or delete. */
export interface FormatsFingerprint {
  count: number;
  idSum: number;
  lastUpdate: string | null;
}

/** The only code of the plugin that reads the database. */
export function createFormatRepository(strapi: Core.Strapi, config: Pick<FinderConfig, 'contentType' | 'fields'>) {
  const contentType = strapi.contentType(config.contentType as never) as unknown as {
    attributes: Record<string, { type: string; enum?: string[] }>;
    options?: { draftAndPublish?: boolean };
    pluginOptions?: { i18n?: { localized?: boolean } };
    collectionName: string;
  };
  if (!contentType) throw new Error(`format-finder: content type ${config.contentType} does not exist`);
  const localized = contentType.pluginOptions?.i18n?.localized === true;
  const publishable = contentType.options?.draftAndPublish !== false;
  const query = () => strapi.db.query(config.contentType as never);
  const publishedOnly = publishable ? { publishedAt: { $notNull: true } } : {};

  return {
    localized,

    /** Enumerations of the mapped attributes, in schema order. */
    enumerations(): Partial<Record<FormatField, string[]>> {
      const result: Partial<Record<FormatField, string[]>> = {};
      for (const [field, attribute] of Object.entries(config.fields) as Array<[FormatField, string]>) {
        const definition = contentType.attributes[attribute];
        if (definition?.type === 'enumeration' && definition.enum) result[field] = definition.enum;
      }
      return result;
    },

    async findPublished(locale: string | null): Promise<Row[]> {
      const select = ['documentId', ...(localized ? ['locale'] : []), ...new Set(Object.values(config.fields))];
      const where = { ...publishedOnly, ...(localized && locale ? { locale } : {}) };
      return (await query().findMany({ where, select } as never)) as Row[];
    },

    async fingerprint(): Promise<FormatsFingerprint> {
      const table = strapi.db.metadata.get(config.contentType as never).tableName;
      const builder = strapi.db.getConnection(table).count({ count: '*' }).sum({ idSum: 'id' }).max({ lastUpdate: 'updated_at' });
      if (publishable) builder.whereNotNull('published_at');
      const [row] = (await builder) as Array<{ count: number | string; idSum: number | string | null; lastUpdate: unknown }>;
      const lastUpdate = row.lastUpdate instanceof Date ? row.lastUpdate.toISOString() : row.lastUpdate === null ? null : String(row.lastUpdate);
      return { count: Number(row.count), idSum: Number(row.idSum ?? 0), lastUpdate };
    },
  };
}

export type FormatRepository = ReturnType<typeof createFormatRepository>;
