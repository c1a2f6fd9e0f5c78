/**
 * Export and import of content bundles: the steps in order, between the bundle on disk
 * (bundle-files), the pure decisions (manifest, bundle-content, import-plan) and Strapi
 * (content-repository).
 */
import type { Core } from '@strapi/strapi';
import { contentHash, contentToData, restrictContent, serializeContent, sharedKeys, type BundleContent, type ItemRef, type ItemStatus } from './bundle-content';
import { UPLOAD_TYPES } from '../domain/upload-types';
import { configuredUploadTypes } from '../upload-allow-list';
import { assertMediaTypesAllowed, readBundle, createBundleWriter, type LoadedBundle } from './bundle-files';
import { BUNDLE_TYPES, bundleTypeByName, type BundleType, type BundleTypeName } from './bundle-types';
import { sha256Hex } from './checksum';
import { createContentRepository, type StoredFile } from './content-repository';
import { describePlan, planImport, type ImportPlan, type LocalItemState, type PlanItem } from './import-plan';
import { buildManifest, itemFilePath, itemKey, mediaFilePath, type ManifestInput } from './manifest';

export interface ExportOptions {
  origin: string;
  defaultLicence: string;
  appVersion: string;
  now?: Date;
}

export interface ExportReport {
  dir: string;
  items: number;
  media: number;
  /** Items per bundle type. */
  byType: Record<string, number>;
}

/**
 * Writes the public content of this instance into a new bundle folder: every entry of the bundle
 * types in every locale, the published version and, where it differs or nothing is published,
 * the draft; and the files they link.
 */
export async function exportBundle(strapi: Core.Strapi, dir: string, options: ExportOptions): Promise<ExportReport> {
  const repository = createContentRepository(strapi);
  const writer = await createBundleWriter(dir);
  try {
    const locales = await repository.locales();
    const items: ManifestInput['items'] = [];
    const media = new Map<string, StoredFile & { sha256: string }>();

    for (const type of BUNDLE_TYPES) {
      if (!repository.available(type)) continue;
      const statuses: Array<ItemStatus | null> = repository.hasDraftAndPublish(type) ? ['draft', 'published'] : [null];
      // Documents in the order the source created them, each with its versions.
      const documentOrder = new Map<string, number>();
      const versions = new Map<string, { slug: string; locale: string; draft?: BundleContent; published?: BundleContent }>();
      for (const locale of locales) {
        for (const status of statuses) {
          for (const entry of await repository.readEntries(type, locale, status)) {
            if (!documentOrder.has(entry.documentId)) documentOrder.set(entry.documentId, documentOrder.size);
            const key = `${entry.documentId}\u0000${locale}`;
            const version = versions.get(key) ?? { slug: entry.slug, locale };
            version[status ?? 'published'] = entry.content;
            versions.set(key, version);
            for (const file of entry.files) media.set(file.sha256, file);
          }
        }
      }
      const ordered = [...versions.entries()].sort(([a], [b]) => {
        const [documentA, localeA] = a.split('\u0000');
        const [documentB, localeB] = b.split('\u0000');
        return documentOrder.get(documentA)! - documentOrder.get(documentB)! || locales.indexOf(localeA) - locales.indexOf(localeB);
      });
      for (const [, version] of ordered) {
        const add = (status: ItemStatus, content: BundleContent) => items.push({ type: type.name, slug: version.slug, locale: version.locale, status, content, sha256: '' });
        if (version.published) add('published', version.published);
        // A draft travels when nothing is published, or when it holds changes not yet published.
        if (version.draft && (!version.published || contentHash(version.draft) !== contentHash(version.published))) add('draft', version.draft);
      }
    }

    for (const item of items) {
      const text = serializeContent(item.content);
      item.sha256 = sha256Hex(text);
      await writer.writeFile(itemFilePath(item), text);
    }
    // A file no media library accepts (an HTML page an older version let in) would make every
    // city's import refuse the bundle: the export names it instead, before writing a file of it.
    assertMediaTypesAllowed([...media.values()].map((file) => ({ file: file.url, name: file.name, mime: file.mime })), UPLOAD_TYPES);
    const mediaEntries: ManifestInput['media'] = [];
    for (const [sha256, file] of media) {
      const bytes = await repository.fileBytes(file);
      // The file may have changed on disk since it was read; the bundle must match its manifest.
      if (sha256Hex(bytes) !== sha256) throw new Error(`${file.url} changed during the export; run it again`);
      await writer.writeFile(mediaFilePath(sha256, file.name), bytes);
      mediaEntries.push({ sha256, size: bytes.length, mime: file.mime, name: file.name, alternativeText: file.alternativeText ?? null, caption: file.caption ?? null });
    }

    const manifest = buildManifest({ ...options, createdAt: options.now ?? new Date(), items, media: mediaEntries });
    const written = await writer.finish(manifest);
    const byType: Record<string, number> = {};
    for (const item of items) byType[item.type] = (byType[item.type] ?? 0) + 1;
    return { dir: written, items: items.length, media: mediaEntries.length, byType };
  } catch (error) {
    await writer.abandon();
    throw error;
  }
}

export interface ImportOptions {
  apply: boolean;
  overwrite: boolean;
}

export interface ImportReport {
  plan: ImportPlan;
  /** The lines the CLI prints: one per item, then a summary. */
  lines: string[];
  /** Things imported with a gap, such as a relation to an entry neither the bundle nor this instance has. */
  warnings: string[];
  applied: boolean;
  /** Files added to the media library (files already there with the same bytes are linked instead). */
  uploadedFiles: number;
}

/** Wraps an error with the item it happened on, keeping the original as its cause. */
class ImportWriteError extends Error {
  constructor(what: string, cause: unknown) {
    super(`${what}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'ImportWriteError';
  }
}

/**
 * Plans the import of a bundle and, with `apply`, carries the plan out in one transaction.
 * A failure rolls back every write and removes the files it uploaded. A bundle with a media file
 * this instance's allow-list refuses is refused (BundleRefusedError) before anything is read or written.
 */
export async function importBundle(strapi: Core.Strapi, source: string | LoadedBundle, options: ImportOptions): Promise<ImportReport> {
  const allowedTypes = configuredUploadTypes(strapi);
  // A bundle read earlier (the CLI reads it before the app starts) was checked against every known type only.
  const bundle = typeof source === 'string' ? await readBundle(source, { allowedTypes }) : source;
  assertMediaTypesAllowed(bundle.manifest.media, allowedTypes);
  const repository = createContentRepository(strapi);
  const locales = await repository.locales();
  const defaultLocale = locales[0];

  const typesInBundle = [...new Set(bundle.items.map((item) => item.entry.type))].map((name) => bundleTypeByName(name)!);
  const unavailableTypes = new Set(typesInBundle.filter((type) => !repository.available(type)).map((type) => type.name));
  const shapes = new Map(typesInBundle.filter((type) => !unavailableTypes.has(type.name)).map((type) => [type.name, repository.shape(type)]));

  // What this instance has, for every (type, locale, status) the bundle speaks about.
  const local = new Map<string, BundleContent>();
  const localDraftsAhead = new Set<string>();
  for (const type of typesInBundle) {
    if (unavailableTypes.has(type.name)) continue;
    const bundleLocales = [...new Set(bundle.items.filter((item) => item.entry.type === type.name).map((item) => item.entry.locale))].filter((locale) => locales.includes(locale));
    const draftAndPublish = repository.hasDraftAndPublish(type);
    for (const locale of bundleLocales) {
      const published = await repository.readEntries(type, locale, draftAndPublish ? 'published' : null);
      for (const entry of published) local.set(itemKey({ type: type.name, slug: entry.slug, locale, status: 'published' }), entry.content);
      if (!draftAndPublish) continue;
      const publishedBySlug = new Map(published.map((entry) => [entry.slug, contentHash(entry.content)]));
      for (const entry of await repository.readEntries(type, locale, 'draft')) {
        local.set(itemKey({ type: type.name, slug: entry.slug, locale, status: 'draft' }), entry.content);
        if (publishedBySlug.get(entry.slug) !== contentHash(entry.content)) localDraftsAhead.add(`${type.name}/${entry.slug}.${locale}`);
      }
    }
  }

  // Bundle and local versions compared on the keys both know: a field this instance lacks is not a difference.
  const contents = new Map<string, BundleContent>();
  const planItems: PlanItem[] = [];
  const localStates = new Map<string, LocalItemState>();
  const unknownLocales = new Set<string>();
  for (const { entry, content } of bundle.items) {
    const key = itemKey(entry);
    const shape = shapes.get(entry.type);
    if (!locales.includes(entry.locale)) unknownLocales.add(entry.locale);
    const comparable = shape ? restrictContent(content, sharedKeys(content, shape)) : content;
    contents.set(key, comparable);
    planItems.push({ type: entry.type, slug: entry.slug, locale: entry.locale, status: entry.status, bundleHash: contentHash(comparable) });
    const localContent = local.get(key);
    if (localContent) {
      const keys = { fields: Object.keys(comparable.fields), relations: Object.keys(comparable.relations), media: Object.keys(comparable.media) };
      localStates.set(key, { hash: contentHash(restrictContent(localContent, keys)) });
    }
  }

  const importedHashes = await repository.importedHashes();
  const plan = planImport({
    items: planItems,
    local: localStates,
    localDraftsAhead,
    importedHashes,
    unavailableTypes,
    unavailableLocales: unknownLocales,
    overwrite: options.overwrite,
  });

  const warnings: string[] = [];
  for (const type of typesInBundle) {
    const shape = shapes.get(type.name);
    if (!shape) continue;
    const dropped = new Set<string>();
    for (const { entry, content } of bundle.items) {
      if (entry.type !== type.name) continue;
      const kept = sharedKeys(content, shape);
      for (const name of Object.keys(content.fields)) if (!kept.fields.includes(name)) dropped.add(name);
    }
    if (dropped.size > 0) warnings.push(`${type.name}: this instance has no field(s) ${[...dropped].join(', ')}; left out`);
  }

  const nextHashes = { ...importedHashes };
  for (const item of plan.items) {
    if (item.action === 'create' || item.action === 'update' || item.action === 'unchanged') nextHashes[itemKey(item)] = item.bundleHash;
  }
  const hashesChange = JSON.stringify(nextHashes) !== JSON.stringify(importedHashes);

  const report: ImportReport = { plan, lines: [], warnings, applied: false, uploadedFiles: 0 };
  if (!options.apply || (plan.writes.length === 0 && !hashesChange)) {
    report.lines = describePlan(plan, { apply: options.apply });
    report.applied = options.apply;
    return report;
  }

  const uploaded: StoredFile[] = [];
  try {
    await repository.inTransaction(async () => {
      const fileIds = new Map<string, number>();
      for (const write of plan.writes) {
        for (const checksum of Object.values(contents.get(itemKey(write))!.media).flat()) {
          if (fileIds.has(checksum)) continue;
          const file = bundle.media.get(checksum)!;
          const existing = await repository.findFileByChecksum(checksum, file.size);
          if (existing !== null) {
            fileIds.set(checksum, existing);
            continue;
          }
          const stored = await repository.uploadFile(file).catch((error) => {
            throw new ImportWriteError(`uploading ${file.file}`, error);
          });
          uploaded.push(stored);
          fileIds.set(checksum, stored.id);
        }
      }
      const fileId = (checksum: string) => fileIds.get(checksum)!;

      const documentIds = new Map<BundleTypeName, Map<string, string>>();
      for (const type of BUNDLE_TYPES) if (shapes.has(type.name)) documentIds.set(type.name, await repository.documentIdsBySlug(type, defaultLocale));
      const resolve = (ref: ItemRef) => documentIds.get(ref.type as BundleTypeName)?.get(ref.slug);

      // Every document first, without relations: relations may point either way between them.
      for (const write of plan.writes) {
        const type = bundleTypeByName(write.type) as BundleType;
        const ids = documentIds.get(write.type as BundleTypeName)!;
        if (ids.has(write.slug)) continue;
        const { data } = contentToData(contents.get(itemKey(write))!, shapes.get(write.type)!, resolve, fileId, { relations: false });
        try {
          ids.set(write.slug, await repository.createDocument(type, write.locale, data));
        } catch (error) {
          throw new ImportWriteError(`creating ${itemKey(write)}`, error);
        }
      }

      for (const write of plan.writes) {
        const type = bundleTypeByName(write.type) as BundleType;
        const { data, unresolved } = contentToData(contents.get(itemKey(write))!, shapes.get(write.type)!, resolve, fileId);
        for (const ref of unresolved) warnings.push(`${itemKey(write)}: links ${ref.type}/${ref.slug}, which neither the bundle nor this instance has; left out`);
        try {
          await repository.writeVersion(type, resolve({ type: write.type, slug: write.slug })!, write.locale, write.status, data);
        } catch (error) {
          throw new ImportWriteError(`writing ${itemKey(write)}`, error);
        }
      }

      await repository.recordImportedHashes(nextHashes);
    });
  } catch (error) {
    // The rows are gone with the rollback; the bytes in the upload folder are not.
    await repository.deleteStoredFiles(uploaded);
    throw error;
  } finally {
    await repository.refreshDerivedState();
  }

  report.applied = true;
  report.uploadedFiles = uploaded.length;
  report.lines = describePlan(plan, { apply: true });
  return report;
}

export { readBundle };
