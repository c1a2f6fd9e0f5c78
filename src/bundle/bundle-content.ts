/**
 * One item of a bundle — an entry of one type in one locale and one status — as it is written to
 * `content/<type>/<slug>.<locale>.json`: its public fields, its relations as references by type
 * and slug, and its files by checksum. Ids, documentIds, timestamps and authors stay behind: they
 * mean nothing on another instance.
 */
import { bundleTypeByUid } from './bundle-types';
import { canonicalJson, sha256Hex } from './checksum';

export type ItemStatus = 'draft' | 'published';

/** A relation target, named the way every instance can find it. */
export interface ItemRef {
  type: string;
  slug: string;
}

export interface BundleContent {
  fields: Record<string, unknown>;
  /** Attribute → targets in their order. Only the owning side of a relation is carried: the other side follows from it. */
  relations: Record<string, ItemRef[]>;
  /** Attribute → SHA-256 of each file in its order. */
  media: Record<string, string[]>;
}

/** The part of a Strapi attribute definition that decides how it travels. */
export interface AttributeDefinition {
  type: string;
  relation?: string;
  target?: string;
  mappedBy?: string;
  private?: boolean;
  multiple?: boolean;
}

export interface TypeShape {
  fields: string[];
  relations: Array<{ name: string; targetUid: string; many: boolean }>;
  media: Array<{ name: string; many: boolean }>;
}

/** Attributes every Strapi entry has that are bookkeeping of one instance, not content. */
const INSTANCE_ATTRIBUTES = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

/** Kinds no type in a bundle uses yet; failing is better than leaving their values behind unnoticed. */
const UNSUPPORTED_KINDS = new Set(['component', 'dynamiczone']);

const TO_MANY = new Set(['oneToMany', 'manyToMany']);

export class UnsupportedAttributeError extends Error {}

/** Which attributes of a type travel as fields, which as relations by slug, which as files. */
export function shapeOf(typeName: string, attributes: Readonly<Record<string, AttributeDefinition>>): TypeShape {
  const shape: TypeShape = { fields: [], relations: [], media: [] };
  for (const [name, attribute] of Object.entries(attributes)) {
    if (INSTANCE_ATTRIBUTES.has(name) || attribute.private || attribute.type === 'password') continue;
    if (UNSUPPORTED_KINDS.has(attribute.type)) {
      throw new UnsupportedAttributeError(`${typeName}.${name} is a ${attribute.type}; bundles do not carry ${attribute.type}s yet`);
    }
    if (attribute.type === 'relation') {
      // The inverse side is written by Strapi from the owning side; carrying both would write each link twice.
      const carried = !attribute.mappedBy && attribute.target && bundleTypeByUid(attribute.target) && !attribute.relation?.startsWith('morph');
      if (carried) shape.relations.push({ name, targetUid: attribute.target!, many: TO_MANY.has(attribute.relation ?? '') });
      continue;
    }
    if (attribute.type === 'media') {
      shape.media.push({ name, many: Boolean(attribute.multiple) });
      continue;
    }
    shape.fields.push(name);
  }
  return shape;
}

type Entry = Record<string, unknown>;
type MediaFile = { id: number } & Record<string, unknown>;

const asList = <T>(value: T | T[] | null | undefined): T[] => (Array.isArray(value) ? value : value ? [value] : []);

/**
 * An entry as the document service returns it (relations populated with their slug field, media
 * populated) → its bundle content. `mediaChecksum` gives the SHA-256 of a file's bytes.
 */
export function entryToContent(entry: Entry, shape: TypeShape, mediaChecksum: (file: MediaFile) => string): BundleContent {
  const content: BundleContent = { fields: {}, relations: {}, media: {} };
  for (const name of shape.fields) content.fields[name] = entry[name] ?? null;
  for (const relation of shape.relations) {
    const target = bundleTypeByUid(relation.targetUid)!;
    content.relations[relation.name] = asList(entry[relation.name] as Entry | Entry[] | null).map((linked) => ({
      type: target.name,
      slug: String(linked[target.slugField]),
    }));
  }
  for (const media of shape.media) {
    content.media[media.name] = asList(entry[media.name] as MediaFile | MediaFile[] | null).map(mediaChecksum);
  }
  return content;
}

export interface DocumentData {
  data: Record<string, unknown>;
  /** References that name nothing on this instance; they are left out. */
  unresolved: ItemRef[];
}

/**
 * Bundle content → the `data` of a document-service write on this instance. Only attributes this
 * instance's type has are written (`shape`); references become documentIds, checksums file ids.
 */
export function contentToData(
  content: BundleContent,
  shape: TypeShape,
  resolve: (ref: ItemRef) => string | undefined,
  fileId: (sha256: string) => number,
  options: { relations: boolean } = { relations: true },
): DocumentData {
  const data: Record<string, unknown> = {};
  const unresolved: ItemRef[] = [];
  for (const name of shape.fields) if (name in content.fields) data[name] = content.fields[name];
  if (options.relations) {
    for (const relation of shape.relations) {
      const refs = content.relations[relation.name];
      if (!refs) continue;
      const ids: string[] = [];
      for (const ref of refs) {
        const documentId = resolve(ref);
        if (documentId) ids.push(documentId);
        else unresolved.push(ref);
      }
      data[relation.name] = relation.many ? ids : (ids[0] ?? null);
    }
  }
  for (const media of shape.media) {
    const checksums = content.media[media.name];
    if (!checksums) continue;
    const ids = checksums.map(fileId);
    data[media.name] = media.many ? ids : (ids[0] ?? null);
  }
  return { data, unresolved };
}

/** The keys both sides know: what a bundle item and this instance's type can be compared on. */
export function restrictContent(content: BundleContent, keys: { fields: Iterable<string>; relations: Iterable<string>; media: Iterable<string> }): BundleContent {
  const pick = <T>(from: Record<string, T>, names: Iterable<string>) => {
    const picked: Record<string, T> = {};
    for (const name of names) if (name in from) picked[name] = from[name];
    return picked;
  };
  return { fields: pick(content.fields, keys.fields), relations: pick(content.relations, keys.relations), media: pick(content.media, keys.media) };
}

/** Keys of `content` that this instance's type also has. */
export function sharedKeys(content: BundleContent, shape: TypeShape) {
  const fields = new Set(shape.fields);
  const relations = new Set(shape.relations.map((relation) => relation.name));
  const media = new Set(shape.media.map((entry) => entry.name));
  return {
    fields: Object.keys(content.fields).filter((name) => fields.has(name)),
    relations: Object.keys(content.relations).filter((name) => relations.has(name)),
    media: Object.keys(content.media).filter((name) => media.has(name)),
  };
}

/** What an item file holds, byte for byte. */
export function serializeContent(content: BundleContent): string {
  return `${canonicalJson(content)}\n`;
}

/** Equal content ⇔ equal hash, however the file was formatted. */
export function contentHash(content: BundleContent): string {
  return sha256Hex(canonicalJson(content, 0));
}
