import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';
import { createVersionRepository, POOL_MAILING } from '../repositories/version-repository';
import { PUBLIC_CONTENT_TYPES } from '../../../content-types';

/** What a public answer's version is taken from. */
export type VersionScope = 'content' | 'archive';

/** Writes to these models change the content version (media, locales, the Public role's permissions). */
const CONTENT_MODELS = new Set<string>([...PUBLIC_CONTENT_TYPES, 'plugin::upload.file', 'plugin::i18n.locale', 'plugin::users-permissions.permission']);

interface Cached {
  value: string;
  checkedAt: number;
  dirty: boolean;
  pending: Promise<string> | null;
}

const digest = (parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 22);

/**
 * The data versions public answers are tagged with. Each is read from the database — so a change
 * by another instance or straight in the database counts — and kept in memory for at most
 * `versionCheckIntervalMs`; a write on this instance (lifecycle event) makes the next request
 * read it again at once.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = createVersionRepository(strapi);
  const cache = new Map<VersionScope, Cached>();
  const interval = () => Math.min(Number(strapi.config.get('http-cache.versionCheckIntervalMs', 1000)), 5000);

  const read = async (scope: VersionScope): Promise<string> =>
    scope === 'content' ? digest(await repository.contentFingerprints()) : digest([await repository.archiveFingerprint()]);

  return {
    async version(scope: VersionScope): Promise<string> {
      const now = Date.now();
      let entry = cache.get(scope);
      if (entry && !entry.dirty && now - entry.checkedAt < interval()) return entry.value;
      if (entry?.pending) return entry.pending;
      if (!entry) {
        entry = { value: '', checkedAt: 0, dirty: true, pending: null };
        cache.set(scope, entry);
      }
      const current = entry;
      // Cleared before the read: a write during the read marks it dirty again for the next request.
      current.dirty = false;
      current.pending = read(scope)
        .then((value) => {
          current.value = value;
          current.checkedAt = now;
          return value;
        })
        .catch((error) => {
          current.dirty = true;
          throw error;
        })
        .finally(() => {
          current.pending = null;
        });
      return current.pending;
    },

    /** A model was written on this instance. */
    changed(uid: string): void {
      if (CONTENT_MODELS.has(uid)) this.invalidate('content');
      if (uid === POOL_MAILING) this.invalidate('archive');
    },

    invalidate(scope: VersionScope): void {
      const entry = cache.get(scope);
      if (entry) entry.dirty = true;
    },
  };
};
