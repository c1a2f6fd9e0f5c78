/**
 * Everything a bundle export or import does to Strapi: reading entries through the document
 * service, writing them, the media library, and the one transaction an import runs in.
 */
import type { Core, UID } from '@strapi/strapi';
import { createReadStream } from 'fs';
import { readFile } from 'fs/promises';
import path from 'path';
import { createHash } from 'crypto';
import { isContentTypeUid } from '../content-type-schema';
import { entryToContent, shapeOf, type BundleContent, type ItemStatus, type TypeShape } from './bundle-content';
import { bundleTypeByUid, type BundleType } from './bundle-types';
import { safeFileName } from './manifest';

const FILE_UID = 'plugin::upload.file';
const STORE = { type: 'core', name: 'mitwirken' } as const;
const IMPORTED_HASHES_KEY = 'bundle-imports';

/** A file of the media library as the document service populates it. */
export interface StoredFile {
  id: number;
  name: string;
  url: string;
  hash: string;
  ext: string;
  mime: string;
  size: number;
  alternativeText: string | null;
  caption: string | null;
  provider: string;
  formats?: Record<string, unknown> | null;
}

export interface LocalEntry {
  documentId: string;
  slug: string;
  content: BundleContent;
  /** The files the entry links, with their checksums. */
  files: Array<StoredFile & { sha256: string }>;
}

export interface FileToUpload {
  absolutePath: string;
  name: string;
  mime: string;
  size: number;
  alternativeText: string | null;
  caption: string | null;
}

/** Size as the upload plugin stores it: kilobytes with two decimals. */
const kilobytes = (bytes: number) => Math.round((bytes / 1000) * 100) / 100;

export function createContentRepository(strapi: Core.Strapi) {
  const checksums = new Map<number, string>();
  /** The type's UID as Strapi's registry types it; the bundle service asks `available()` before it reads or writes a type. */
  const uidOf = (type: BundleType): UID.ContentType => {
    if (!isContentTypeUid(strapi, type.uid)) throw new Error(`bundle: content type ${type.uid} is not installed`);
    return type.uid;
  };
  const documents = (type: BundleType) => strapi.documents(uidOf(type));
  const schemaOf = (type: BundleType) => (isContentTypeUid(strapi, type.uid) ? strapi.contentType(type.uid) : undefined);

  /** The bytes of a stored file, from the local upload folder or, for other providers, its URL. */
  async function fileBytes(file: Pick<StoredFile, 'url'>): Promise<Buffer> {
    if (/^https?:\/\//.test(file.url)) {
      const response = await fetch(file.url);
      if (!response.ok) throw new Error(`could not read ${file.url}: HTTP ${response.status}`);
      return Buffer.from(await response.arrayBuffer());
    }
    return readFile(path.join(strapi.dirs.static.public, file.url));
  }

  async function checksumOf(file: Pick<StoredFile, 'id' | 'url'>): Promise<string> {
    let checksum = checksums.get(file.id);
    if (!checksum) {
      if (/^https?:\/\//.test(file.url)) {
        checksum = createHash('sha256').update(await fileBytes(file)).digest('hex');
      } else {
        const hash = createHash('sha256');
        for await (const chunk of createReadStream(path.join(strapi.dirs.static.public, file.url))) hash.update(chunk as Buffer);
        checksum = hash.digest('hex');
      }
      checksums.set(file.id, checksum);
    }
    return checksum;
  }

  const repository = {
    available(type: BundleType): boolean {
      return Boolean(schemaOf(type));
    },

    hasDraftAndPublish(type: BundleType): boolean {
      return Boolean(schemaOf(type)?.options?.draftAndPublish);
    },

    shape(type: BundleType): TypeShape {
      return shapeOf(type.name, schemaOf(type)!.attributes);
    },

    /** Locale codes of this instance, the default first. */
    async locales(): Promise<string[]> {
      const service = strapi.plugin('i18n').service('locales');
      const all = ((await service.find()) as Array<{ code: string }>).map((locale) => locale.code);
      const fallback = (await service.getDefaultLocale()) as string;
      return [fallback, ...all.filter((code) => code !== fallback).sort()];
    },

    /**
     * All entries of a type in one locale and status, oldest document first (so an import creates
     * them, and links them, in the order the source did). `status` null: a type without drafts.
     */
    async readEntries(type: BundleType, locale: string, status: ItemStatus | null): Promise<LocalEntry[]> {
      const shape = repository.shape(type);
      const populate: Record<string, unknown> = {};
      for (const relation of shape.relations) populate[relation.name] = { fields: [bundleTypeByUid(relation.targetUid)!.slugField] };
      for (const media of shape.media) populate[media.name] = true;
      const rows: Array<Record<string, unknown>> = await documents(type).findMany({
        locale,
        ...(status ? { status } : {}),
        ...(Object.keys(populate).length ? { populate } : {}),
        sort: { id: 'asc' },
      });

      const entries: LocalEntry[] = [];
      for (const row of rows) {
        const files: LocalEntry['files'] = [];
        for (const media of shape.media) {
          const linked = row[media.name];
          for (const file of (Array.isArray(linked) ? linked : linked ? [linked] : []) as StoredFile[]) {
            files.push({ ...file, sha256: await checksumOf(file) });
          }
        }
        const content = entryToContent(row, shape, (file) => checksums.get(file.id)!);
        entries.push({ documentId: String(row.documentId), slug: String(row[type.slugField]), content, files });
      }
      return entries;
    },

    fileBytes,

    /** documentId per slug, in any locale: a new translation joins the document that has the slug. */
    async documentIdsBySlug(type: BundleType, defaultLocale: string): Promise<Map<string, string>> {
      const rows = (await strapi.db.query(uidOf(type)).findMany({
        select: ['documentId', type.slugField, 'locale'],
        orderBy: { id: 'asc' },
      })) as Array<Record<string, string>>;
      const found = new Map<string, string>();
      // The default locale's document wins where two documents share a slug in different locales.
      for (const row of [...rows.filter((row) => row.locale === defaultLocale), ...rows]) {
        const slug = row[type.slugField];
        if (slug && !found.has(slug)) found.set(slug, row.documentId);
      }
      return found;
    },

    /** A file of the media library with exactly these bytes, if there is one. */
    async findFileByChecksum(sha256: string, size: number): Promise<number | null> {
      const kb = kilobytes(size);
      const candidates = (await strapi.db.query(FILE_UID).findMany({
        where: { size: { $gte: kb - 0.011, $lte: kb + 0.011 } },
        select: ['id', 'url'],
        orderBy: { id: 'asc' },
      })) as Array<Pick<StoredFile, 'id' | 'url'>>;
      for (const candidate of candidates) {
        const checksum = await checksumOf(candidate).catch(() => null);
        if (checksum === sha256) return candidate.id;
      }
      return null;
    },

    async uploadFile(file: FileToUpload): Promise<StoredFile> {
      const [uploaded] = (await strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { name: file.name, caption: file.caption, alternativeText: file.alternativeText } },
          files: { filepath: file.absolutePath, originalFilename: safeFileName(file.name), mimetype: file.mime, size: file.size },
        })) as StoredFile[];
      return uploaded;
    },

    /** Removes files from the provider's storage; their rows went with the rolled-back transaction. */
    async deleteStoredFiles(files: readonly StoredFile[]): Promise<void> {
      const provider = strapi.plugin('upload').provider as { delete(file: unknown): Promise<void> };
      for (const file of files) {
        for (const stored of [file, ...Object.values(file.formats ?? {})]) {
          await provider.delete(stored).catch((error: Error) => strapi.log.warn(`bundle import: could not remove ${file.url}: ${error.message}`));
        }
      }
    },

    /** A new document with one version (a draft where the type has drafts); relations come later. */
    async createDocument(type: BundleType, locale: string, data: Record<string, unknown>): Promise<string> {
      const created = await documents(type).create({ data, locale });
      return created.documentId;
    },

    /** Writes one version; `published` writes the draft and publishes it, as Strapi always does. */
    async writeVersion(type: BundleType, documentId: string, locale: string, status: ItemStatus, data: Record<string, unknown>): Promise<void> {
      const publish = status === 'published' && repository.hasDraftAndPublish(type);
      await documents(type).update({ documentId, locale, data, ...(publish ? { status: 'published' } : {}) });
    },

    /** The content hash each item had when an import last wrote or confirmed it, by item key. */
    async importedHashes(): Promise<Record<string, string>> {
      return ((await strapi.store(STORE).get({ key: IMPORTED_HASHES_KEY })) as Record<string, string> | null) ?? {};
    },

    async recordImportedHashes(hashes: Record<string, string>): Promise<void> {
      await strapi.store(STORE).set({ key: IMPORTED_HASHES_KEY, value: hashes });
    },

    /**
     * The format finder rebuilds its index after writes to formats. Rebuilds scheduled during the
     * import ran inside its transaction and may have read rows that were then rolled back (or were
     * not all there yet); this rebuilds from what is committed, and waits for it, so that no rebuild
     * is still reading when a CLI run shuts the database down.
     */
    async refreshDerivedState(): Promise<void> {
      const index = strapi.plugin('format-finder')?.service('format-index') as
        | { settings(): { rebuildDebounceMs: number }; rebuild(): Promise<unknown> }
        | undefined;
      if (!index) return;
      await new Promise((resolve) => setTimeout(resolve, index.settings().rebuildDebounceMs + 50));
      await index.rebuild();
    },

    /** Runs `work` in one database transaction: everything it writes is committed together or not at all. */
    async inTransaction<T>(work: () => Promise<T>): Promise<T> {
      return strapi.db.transaction(() => work());
    },
  };
  return repository;
}

export type ContentRepository = ReturnType<typeof createContentRepository>;
