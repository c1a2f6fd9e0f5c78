/**
 * A bundle on disk: reading it (every checksum checked before anything else happens) and writing
 * it (into a staging folder that becomes the bundle only when it is complete).
 */
import { createReadStream } from 'fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'fs/promises';
import path from 'path';
import { createHash } from 'crypto';
import { describeUploadTypes, uploadRefusal, UPLOAD_TYPES, type UploadType } from '../domain/upload-types';
import type { BundleContent } from './bundle-content';
import { BundleRefusedError, MANIFEST_FILE, parseItemContent, parseManifest, safeFileName, type Manifest, type ManifestItem, type ManifestMedia } from './manifest';

export interface LoadedBundle {
  dir: string;
  manifest: Manifest;
  items: Array<{ entry: ManifestItem; content: BundleContent }>;
  media: ReadonlyMap<string, ManifestMedia & { absolutePath: string }>;
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * A bundle is another instance's content: its media files pass the media library's allow-list as
 * an upload would, by the name they are stored under and the type the manifest declares. One
 * refused file refuses the bundle, naming every refused file, its type and the allowed ones.
 */
export function assertMediaTypesAllowed(media: readonly Pick<ManifestMedia, 'file' | 'name' | 'mime'>[], allowed: readonly UploadType[]): void {
  const refused = media.flatMap((entry) => {
    const refusal = uploadRefusal({ name: safeFileName(entry.name), declaredType: entry.mime }, allowed, 'en');
    return refusal ? [`${entry.file} (${refusal.extension ? `.${refusal.extension}, ` : 'no extension, '}${refusal.declaredType})`] : [];
  });
  if (refused.length > 0) {
    throw new BundleRefusedError(
      `${refused.length} media file(s) of the bundle are of a type the media library does not accept: ${refused.join('; ')}. Allowed: ${describeUploadTypes(allowed)}.`,
    );
  }
}

export interface ReadBundleOptions {
  /** The upload types this instance allows; every type the app knows when not given. */
  allowedTypes?: readonly UploadType[];
}

/**
 * Reads and checks a bundle: a known manifest version, a valid manifest, every media file of an
 * allowed type, every listed file present with its checksum, every item valid. Throws
 * BundleRefusedError naming the problem (and the file).
 */
export async function readBundle(dir: string, options: ReadBundleOptions = {}): Promise<LoadedBundle> {
  const root = path.resolve(dir);
  let manifestText: string;
  try {
    manifestText = await readFile(path.join(root, MANIFEST_FILE), 'utf8');
  } catch {
    throw new BundleRefusedError(`${root} has no ${MANIFEST_FILE}; is it a bundle folder?`);
  }
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(manifestText);
  } catch (error) {
    throw new BundleRefusedError(`${MANIFEST_FILE} is not JSON: ${(error as Error).message}`);
  }
  const manifest = parseManifest(manifestJson);
  assertMediaTypesAllowed(manifest.media, options.allowedTypes ?? UPLOAD_TYPES);

  // Every file first: a bundle damaged in one place is refused as a whole, before any write.
  const listed = [...manifest.items.map((item) => ({ file: item.file, sha256: item.sha256 })), ...manifest.media];
  const problems: string[] = [];
  for (const { file, sha256 } of listed) {
    const absolute = path.join(root, file);
    let actual: string;
    try {
      actual = await sha256OfFile(absolute);
    } catch {
      problems.push(`${file} is missing`);
      continue;
    }
    if (actual !== sha256) problems.push(`${file} does not match its checksum (manifest ${sha256.slice(0, 12)}…, file ${actual.slice(0, 12)}…)`);
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join('; ');
    throw new BundleRefusedError(`${problems.length} file(s) of the bundle are damaged or missing: ${shown}${problems.length > 10 ? '; …' : ''}`);
  }

  const mediaChecksums = new Set(manifest.media.map((media) => media.sha256));
  const items: LoadedBundle['items'] = [];
  for (const entry of manifest.items) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path.join(root, entry.file), 'utf8'));
    } catch (error) {
      throw new BundleRefusedError(`${entry.file} is not JSON: ${(error as Error).message}`);
    }
    items.push({ entry, content: parseItemContent(json, entry, mediaChecksums) });
  }
  const media = new Map(manifest.media.map((entry) => [entry.sha256, { ...entry, absolutePath: path.join(root, entry.file) }]));
  return { dir: root, manifest, items, media };
}

export interface BundleWriter {
  writeFile(relativePath: string, data: Buffer | string): Promise<void>;
  /** Writes the manifest last and moves the finished bundle into place. */
  finish(manifest: Manifest): Promise<string>;
  abandon(): Promise<void>;
}

/**
 * Writes into `<dir>.partial-<pid>` and renames it to `<dir>` at the end, so a failed export never
 * leaves something that looks like a bundle. `<dir>` must not exist or be empty.
 */
export async function createBundleWriter(dir: string): Promise<BundleWriter> {
  const target = path.resolve(dir);
  const existing = await stat(target).catch(() => null);
  if (existing && !existing.isDirectory()) throw new BundleRefusedError(`${target} exists and is not a folder`);
  if (existing && (await readdir(target)).length > 0) throw new BundleRefusedError(`${target} is not empty; export into a new or empty folder`);

  const staging = `${target}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  return {
    async writeFile(relativePath, data) {
      const file = path.join(staging, relativePath);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data);
    },
    async finish(manifest) {
      // Key order as in the schema: version and origin first, for a person opening the file.
      await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
      if (existing) await rm(target, { recursive: true });
      await rename(staging, target);
      return target;
    },
    async abandon() {
      await rm(staging, { recursive: true, force: true });
    },
  };
}
