import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from '../../../content-types';

/** Everything besides the public types that a public content answer can show or depend on. */
const CONTENT_DEPENDENCIES = ['plugin::upload.file', 'plugin::i18n.locale', 'plugin::users-permissions.permission'] as const;
export const POOL_MAILING = 'plugin::double-opt-in.mailing';

interface Metadata {
  tableName: string;
  attributes: Record<string, { columnName?: string }>;
}

type Row = Record<string, unknown>;

const text = (value: unknown) => (value instanceof Date ? value.toISOString() : value === null || value === undefined ? '-' : String(value));

/**
 * The only code of the HTTP cache that reads the database: cheap fingerprints (count, sum of ids,
 * latest change) of the rows public answers are computed from. Publish, unpublish and delete change
 * the rows (Strapi writes a new published row on every publish); an edit changes `updated_at`,
 * which Strapi sets and direct SQL writes must set too.
 */
export function createVersionRepository(strapi: Core.Strapi) {
  const metadata = (uid: string) => strapi.db.metadata.get(uid as never) as unknown as Metadata;
  const column = (meta: Metadata, attribute: string, fallback: string) => meta.attributes[attribute]?.columnName ?? fallback;

  async function fingerprint(uid: string): Promise<string> {
    const meta = metadata(uid);
    const publishable = (strapi.contentType(uid as never) as { options?: { draftAndPublish?: boolean } }).options?.draftAndPublish === true;
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
      if (!strapi.db.metadata.has(POOL_MAILING as never)) return 'no-archive';
      const meta = metadata(POOL_MAILING);
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
