/**
 * The manifest of a bundle (`manifest.json`): where it comes from, what is in it, under which
 * licence, and the checksum of every file. An import trusts nothing in a bundle that the manifest
 * does not name and that does not match its checksum.
 */
import path from 'path';
import { z } from 'zod';
import type { BundleContent, ItemStatus } from './bundle-content';
import { BUNDLE_TYPE_NAMES, bundleTypeByName, type BundleTypeName } from './bundle-types';
import { SHA256_PATTERN } from './checksum';

/** The manifest versions this app reads. A bundle of another version is refused, not guessed at. */
export const BUNDLE_SCHEMA_VERSION = 1;
export const KNOWN_SCHEMA_VERSIONS: readonly number[] = [BUNDLE_SCHEMA_VERSION];

export const DEFAULT_LICENCE = 'CC BY 4.0';
export const MANIFEST_FILE = 'manifest.json';

/** Slugs of the public types, and mail kinds (`already_subscribed`); never a path. */
const SLUG_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const sha256 = z.string().regex(SHA256_PATTERN, 'must be a SHA-256 checksum (64 lower-case hex digits)');
const slug = z.string().max(200).regex(SLUG_PATTERN, 'must be a slug (a-z, 0-9, - and _)');

const itemEntry = z.strictObject({
  type: z.enum(BUNDLE_TYPE_NAMES),
  slug,
  locale: z.string().regex(LOCALE_PATTERN, 'must be a locale code such as de or en'),
  status: z.enum(['draft', 'published']),
  licence: z.string().min(1).max(200),
  file: z.string(),
  sha256,
});

const mediaEntry = z.strictObject({
  file: z.string(),
  sha256,
  size: z.number().int().min(0),
  mime: z.string().min(1).max(200),
  /** The file's name in the media library, as the source had it. */
  name: z.string().min(1).max(255),
  alternativeText: z.string().nullable(),
  caption: z.string().nullable(),
});

export const manifestSchema = z
  .strictObject({
    schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
    /** The source instance's PUBLIC_URL or a name it was given (CC BY needs an attribution). */
    origin: z.string().min(1).max(500),
    createdAt: z.iso.datetime(),
    appVersion: z.string().min(1).max(50),
    defaultLicence: z.string().min(1).max(200),
    items: z.array(itemEntry),
    media: z.array(mediaEntry),
  })
  .superRefine((manifest, context) => {
    const seen = new Set<string>();
    manifest.items.forEach((item, index) => {
      const expected = itemFilePath(item);
      if (item.file !== expected) context.addIssue({ code: 'custom', path: ['items', index, 'file'], message: `must be ${expected}` });
      const key = itemKey(item);
      if (seen.has(key)) context.addIssue({ code: 'custom', path: ['items', index], message: `${key} is listed twice` });
      seen.add(key);
    });
    const checksums = new Set<string>();
    manifest.media.forEach((media, index) => {
      const expected = mediaFilePath(media.sha256, media.name);
      if (media.file !== expected) context.addIssue({ code: 'custom', path: ['media', index, 'file'], message: `must be ${expected}` });
      if (checksums.has(media.sha256)) context.addIssue({ code: 'custom', path: ['media', index], message: `file ${media.sha256} is listed twice` });
      checksums.add(media.sha256);
    });
  });

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestItem = Manifest['items'][number];
export type ManifestMedia = Manifest['media'][number];

/** Keys a written item may never carry: they belong to one instance, or to Strapi's bookkeeping. */
const FORBIDDEN_FIELDS = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'];

export const itemContentSchema = z.strictObject({
  fields: z.record(z.string(), z.unknown()).refine((fields) => !FORBIDDEN_FIELDS.some((name) => name in fields), {
    message: `fields must not contain ${FORBIDDEN_FIELDS.join(', ')}`,
  }),
  relations: z.record(z.string(), z.array(z.strictObject({ type: z.enum(BUNDLE_TYPE_NAMES), slug }))),
  media: z.record(z.string(), z.array(sha256)),
});

/** What is wrong with a bundle, said so that the person importing it can act on it. */
export class BundleRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleRefusedError';
  }
}

export interface ItemIdentity {
  type: string;
  slug: string;
  locale: string;
  status: ItemStatus;
}

/** (type, slug, locale, status): how an item is found again on any instance. */
export function itemKey(item: ItemIdentity): string {
  return `${item.type}/${item.slug}.${item.locale}.${item.status}`;
}

/** `content/<type>/<slug>.<locale>.json` for the published version, `….draft.json` for a draft. */
export function itemFilePath(item: ItemIdentity): string {
  return `content/${item.type}/${item.slug}.${item.locale}${item.status === 'draft' ? '.draft' : ''}.json`;
}

/** A file name any file system accepts, made from a media library name ("Ablaufplan für …" → "Ablaufplan-fur-…"). */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  if (!cleaned) return 'file';
  const extension = path.extname(cleaned).slice(0, 16);
  const base = cleaned.slice(0, cleaned.length - extension.length).slice(0, 80) || 'file';
  return `${base}${extension}`;
}

/** `media/<first 16 hex digits of the SHA-256>-<name>`: unique per content, still readable. */
export function mediaFilePath(sha256Checksum: string, name: string): string {
  return `media/${sha256Checksum.slice(0, 16)}-${safeFileName(name)}`;
}

/** The licence of an item: its own where its type has a licence field, else the bundle's default. */
export function licenceOf(type: string, content: BundleContent, defaultLicence: string): string {
  const field = bundleTypeByName(type)?.licenceField;
  const own = field ? content.fields[field] : null;
  return typeof own === 'string' && own.trim() ? own.trim() : defaultLicence;
}

export interface ManifestInput {
  origin: string;
  createdAt: Date;
  appVersion: string;
  defaultLicence: string;
  items: Array<ItemIdentity & { type: BundleTypeName; content: BundleContent; sha256: string }>;
  media: Array<Omit<ManifestMedia, 'file'>>;
}

export function buildManifest(input: ManifestInput): Manifest {
  return manifestSchema.parse({
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    origin: input.origin,
    createdAt: input.createdAt.toISOString(),
    appVersion: input.appVersion,
    defaultLicence: input.defaultLicence,
    items: input.items.map((item) => ({
      type: item.type,
      slug: item.slug,
      locale: item.locale,
      status: item.status,
      licence: licenceOf(item.type, item.content, input.defaultLicence),
      file: itemFilePath(item),
      sha256: item.sha256,
    })),
    media: input.media.map((media) => ({ ...media, file: mediaFilePath(media.sha256, media.name) })),
  });
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(manifest)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Reads `manifest.json`'s parsed JSON. The schema version is checked first, on its own, so a
 * bundle from a newer app is refused for what it is and not for the fields it added.
 */
export function parseManifest(json: unknown): Manifest {
  const version = (json && typeof json === 'object' ? (json as Record<string, unknown>).schemaVersion : undefined) as unknown;
  if (typeof version !== 'number' || !KNOWN_SCHEMA_VERSIONS.includes(version)) {
    const shown = version === undefined ? 'no schema version' : `schema version ${JSON.stringify(version)}`;
    throw new BundleRefusedError(
      `${MANIFEST_FILE} has ${shown}; this app reads bundle schema version ${KNOWN_SCHEMA_VERSIONS.join(', ')}. Import it with the app version that made it (see appVersion in the manifest), or export it again from an instance of this version.`,
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new BundleRefusedError(`${MANIFEST_FILE} is not a valid bundle manifest: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** An item file's parsed JSON, checked against what the manifest says it is. */
export function parseItemContent(json: unknown, item: ManifestItem, media: ReadonlySet<string>): BundleContent {
  const parsed = itemContentSchema.safeParse(json);
  if (!parsed.success) throw new BundleRefusedError(`${item.file} is not a valid bundle item: ${describeIssues(parsed.error)}`);
  const content = parsed.data as BundleContent;
  const slugField = bundleTypeByName(item.type)!.slugField;
  if (content.fields[slugField] !== item.slug) {
    throw new BundleRefusedError(`${item.file}: its ${slugField} is ${JSON.stringify(content.fields[slugField])}, the manifest says ${JSON.stringify(item.slug)}`);
  }
  for (const [attribute, checksums] of Object.entries(content.media)) {
    const missing = checksums.find((checksum) => !media.has(checksum));
    if (missing) throw new BundleRefusedError(`${item.file}: ${attribute} names the file ${missing}, which the manifest does not list`);
  }
  return content;
}
