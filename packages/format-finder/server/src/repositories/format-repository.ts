import type { Core, Struct, UID } from '@strapi/strapi';
import type { FinderConfig, FormatField } from '../config';

type Row = Record<string, unknown>;

/** Fingerprint of the published formats: changes with every create, publish, unpublish, edit or delete. */
export interface FormatsFingerprint {
  count: number;
  idSum: number;
  lastUpdate: string | null;
}

/**
 * Whether the host's configured UID names a registered content type. Strapi types `contentType()`
 * and `db.query()` by `UID.ContentType`; the config holds a string, checked here instead of cast.
 */
const isContentTypeUid = (strapi: Core.Strapi, uid: string): uid is UID.ContentType => Object.prototype.hasOwnProperty.call(strapi.contentTypes, uid);

/** Strapi types a schema's `pluginOptions` as `{ [plugin]: unknown }`: the i18n option is read by looking. */
function isLocalized(schema: Struct.ContentTypeSchema): boolean {
  const i18n = schema.pluginOptions?.i18n;
  return typeof i18n === 'object' && i18n !== null && 'localized' in i18n && i18n.localized === true;
}

/** The only code of the plugin that reads the database. */
export function createFormatRepository(strapi: Core.Strapi, config: Pick<FinderConfig, 'contentType' | 'fields'>) {
  const uid = config.contentType;
  if (!isContentTypeUid(strapi, uid)) throw new Error(`format-finder: content type ${config.contentType} does not exist`);
  const contentType = strapi.contentType(uid);
  const localized = isLocalized(contentType);
  const publishable = contentType.options?.draftAndPublish !== false;
  const query = () => strapi.db.query(uid);
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
      // Optional fields (primary level, provenance, sources) a host's type may lack are left out.
      const attributes = [...new Set(Object.values(config.fields))].filter((attribute) => attribute in contentType.attributes);
      const select = ['documentId', ...(localized ? ['locale'] : []), ...attributes];
      const where = { ...publishedOnly, ...(localized && locale ? { locale } : {}) };
      return query().findMany({ where, select });
    },

    async fingerprint(): Promise<FormatsFingerprint> {
      const table = strapi.db.metadata.get(uid).tableName;
      const builder = strapi.db.getConnection(table).count({ count: '*' }).sum({ idSum: 'id' }).max({ lastUpdate: 'updated_at' });
      if (publishable) builder.whereNotNull('published_at');
      const [row] = (await builder) as Array<{ count: number | string; idSum: number | string | null; lastUpdate: unknown }>;
      const lastUpdate = row.lastUpdate instanceof Date ? row.lastUpdate.toISOString() : row.lastUpdate === null ? null : String(row.lastUpdate);
      return { count: Number(row.count), idSum: Number(row.idSum ?? 0), lastUpdate };
    },
  };
}

export type FormatRepository = ReturnType<typeof createFormatRepository>;
