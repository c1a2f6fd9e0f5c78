import type { Core, UID } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from '../../../content-types';

/** Everything besides the public types that a public content answer can show or depend on. */
const CONTENT_DEPENDENCIES = ['plugin::upload.file', 'plugin::i18n.locale', 'plugin::users-permissions.permission'] as const;
export const POOL_MAILING = 'plugin::double-opt-in.mailing';

type Row = Record<string, unknown>;
type Metadata = ReturnType<Core.Strapi['db']['metadata']['get']>;

const text = (value: unknown) => (value instanceof Date ? value.toISOString() : value === null || value === undefined ? '-' : String(value));

/**
 * The only code of the HTTP cache that reads the database: cheap fingerprints (count, sum of ids,
 * latest change) of the rows public answers are computed from. Publish, unpublish and delete change
 * the rows (Strapi writes a new published row on every publish); an edit changes `updated_at`,
 * which Strapi sets and direct SQL writes must set too.
 */
export function createVersionRepository(strapi: Core.Strapi) {
  // Only scalar attributes have a column of their own (relations have join columns or tables).
  const column = (meta: Metadata, attribute: string, fallback: string) => {
    const definition = meta.attributes[attribute];
    return (definition && 'columnName' in definition ? definition.columnName : undefined) ?? fallback;
  };

  async function fingerprint(uid: UID.ContentType): Promise<string> {
    const meta = strapi.db.metadata.get(uid);
    const publishable = strapi.contentType(uid).options?.draftAndPublish === true;
    const builder = strapi.db
      .getConnection(meta.tableName)
      .count({ count: '*' })
      .sum({ idSum: 'id' })
      .max({ lastUpdate: column(meta, 'updatedAt', 'updated_at') });
    if (publishable) builder.whereNotNull(column(meta, 'publishedAt', 'published_at'));
    const [row] = (await builder) as Row[];
    return `${uid}:${text(row.count)}:${text(row.idSum)}:${text(row.lastUpdate)}`;
  }

  return {
    /** Fingerprints of the public content types and of the files, locales and permissions they depend on. */
    async contentFingerprints(): Promise<string[]> {
      const result: string[] = [];
      for (const uid of [...PUBLIC_CONTENT_TYPES, ...CONTENT_DEPENDENCIES]) result.push(await fingerprint(uid));
      return result;
    },

    /** Fingerprint of the mailings the public archive shows. */
    async archiveFingerprint(): Promise<string> {
      if (!strapi.db.metadata.has(POOL_MAILING)) return 'no-archive';
      const meta = strapi.db.metadata.get(POOL_MAILING);
      const [row] = (await strapi.db
        .getConnection(meta.tableName)
        .count({ count: '*' })
        .sum({ idSum: 'id' })
        .max({ lastUpdate: column(meta, 'updatedAt', 'updated_at'), lastFinish: column(meta, 'finishedAt', 'finished_at') })
        .where(column(meta, 'status', 'status'), 'sent')
        .where(column(meta, 'showInArchive', 'show_in_archive'), true)) as Row[];
      return `${text(row.count)}:${text(row.idSum)}:${text(row.lastUpdate)}:${text(row.lastFinish)}`;
    },
  };
}

export type VersionRepository = ReturnType<typeof createVersionRepository>;
