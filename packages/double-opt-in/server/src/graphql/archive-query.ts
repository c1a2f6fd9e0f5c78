import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { extendGraphql } from './extension';

/**
 * `poolArchive(language: String): [PoolArchiveMailing!]!` — the public archive of sent mailings,
 * answered by the same service as `GET /api/double-opt-in/archive`. It holds no recipient data;
 * subscribers and deliveries stay out of GraphQL entirely.
 */
export function registerArchiveQuery(strapi: Core.Strapi): void {

  extendGraphql(strapi, ({ nexus }) => ({
    types: [
      nexus.objectType({
        name: 'PoolArchiveMailing',
        definition(t) {
          t.nonNull.string('id');
          t.nonNull.string('subject');
          t.nonNull.string('language');
          t.string('sentAt');
          t.nonNull.string('text');
          t.nonNull.string('html');
        },
      }),
      nexus.extendType({
        type: 'Query',
        definition(t) {
          t.nonNull.list.nonNull.field('poolArchive', {
            type: 'PoolArchiveMailing',
            args: { language: nexus.stringArg() },
            async resolve(_parent: unknown, args: { language?: string | null }) {
              const entries = await getService(strapi, 'mailings').archive(args.language ?? undefined);
              return entries.map((entry) => ({ ...entry, sentAt: entry.sentAt ? new Date(entry.sentAt).toISOString() : null }));
            },
          });
        },
      }),
    ],
    resolversConfig: { 'Query.poolArchive': { auth: false } },
  }));
}
