import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { BundleContent } from '../../src/bundle/bundle-content';
import { serializeContent } from '../../src/bundle/bundle-content';
import { assertMediaTypesAllowed, readBundle } from '../../src/bundle/bundle-files';
import { allowedUploadTypes } from '../../src/domain/upload-types';
import { sha256Hex } from '../../src/bundle/checksum';
import {
  BundleRefusedError,
  buildManifest,
  itemFilePath,
  licenceOf,
  mediaFilePath,
  parseItemContent,
  parseManifest,
  safeFileName,
  type Manifest,
} from '../../src/bundle/manifest';

const content = (fields: Record<string, unknown>, media: Record<string, string[]> = {}): BundleContent => ({ fields, relations: {}, media });
const fileBytes = Buffer.from('Zeit;Dauer;Methode\n');
const fileChecksum = sha256Hex(fileBytes);

function sampleManifest(): Manifest {
  const toolkit = content({ slug: 'ablaufplan-vorlage', title: 'Ablaufplan', licence: 'CC BY-SA 4.0' }, { files: [fileChecksum] });
  const format = content({ slug: 'world-cafe', name: 'World Café' });
  return buildManifest({
    origin: 'https://mitwirken.dortmund.example',
    createdAt: new Date('2026-03-01T10:00:00Z'),
    appVersion: '0.1.0',
    defaultLicence: 'CC BY 4.0',
    items: [
      { type: 'participation-format', slug: 'world-cafe', locale: 'de', status: 'published', content: format, sha256: sha256Hex(serializeContent(format)) },
      { type: 'toolkit-document', slug: 'ablaufplan-vorlage', locale: 'de', status: 'draft', content: toolkit, sha256: sha256Hex(serializeContent(toolkit)) },
    ],
    media: [{ sha256: fileChecksum, size: fileBytes.length, mime: 'text/csv', name: 'Ablaufplan für Köln.csv', alternativeText: null, caption: 'Ablaufplan' }],
  });
}

describe('file names', () => {
  it('names item files by type, slug, locale and status', () => {
    expect(itemFilePath({ type: 'participation-format', slug: 'world-cafe', locale: 'en', status: 'published' })).toBe('content/participation-format/world-cafe.en.json');
    expect(itemFilePath({ type: 'participation-format', slug: 'world-cafe', locale: 'de', status: 'draft' })).toBe('content/participation-format/world-cafe.de.draft.json');
  });

  it('names media files by checksum and a safe version of their name', () => {
    expect(safeFileName('Ablaufplan für Köln (final).csv')).toBe('Ablaufplan-fur-Koln-final-.csv');
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileName('???')).toBe('file');
    expect(mediaFilePath('a'.repeat(64), 'Leitfaden.md')).toBe(`media/${'a'.repeat(16)}-Leitfaden.md`);
  });
});

describe('licenceOf', () => {
  it('takes the licence of toolkit documents, and the default for types without one', () => {
    expect(licenceOf('toolkit-document', content({ licence: 'CC BY-SA 4.0' }), 'CC BY 4.0')).toBe('CC BY-SA 4.0');
    expect(licenceOf('toolkit-document', content({ licence: '' }), 'CC BY 4.0')).toBe('CC BY 4.0');
    expect(licenceOf('participation-format', content({ licence: 'proprietary' }), 'CC0 1.0')).toBe('CC0 1.0');
  });
});

describe('manifest', () => {
  it('is built with version, origin, licences, paths and checksums, and reads back', () => {
    const manifest = sampleManifest();
    expect(manifest).toMatchObject({ schemaVersion: 1, origin: 'https://mitwirken.dortmund.example', createdAt: '2026-03-01T10:00:00.000Z', defaultLicence: 'CC BY 4.0' });
    expect(manifest.items.map((item) => [item.file, item.licence, item.status])).toEqual([
      ['content/participation-format/world-cafe.de.json', 'CC BY 4.0', 'published'],
      ['content/toolkit-document/ablaufplan-vorlage.de.draft.json', 'CC BY-SA 4.0', 'draft'],
    ]);
    expect(manifest.media[0].file).toBe(`media/${fileChecksum.slice(0, 16)}-Ablaufplan-fur-Koln.csv`);
    expect(parseManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });

  it('refuses an unknown or missing schema version before anything else', () => {
    expect(() => parseManifest({ ...sampleManifest(), schemaVersion: 2, newField: [] })).toThrow(
      new BundleRefusedError(
        'manifest.json has schema version 2; this app reads bundle schema version 1. Import it with the app version that made it (see appVersion in the manifest), or export it again from an instance of this version.',
      ),
    );
    expect(() => parseManifest({ items: [] })).toThrow(/manifest.json has no schema version/);
    expect(() => parseManifest('nonsense')).toThrow(BundleRefusedError);
  });

  it('refuses unknown keys, unknown types, paths it did not derive, and duplicates', () => {
    const manifest = sampleManifest();
    expect(() => parseManifest({ ...manifest, extra: true })).toThrow(/Unrecognized key: "extra"/);
    expect(() => parseManifest({ ...manifest, items: [{ ...manifest.items[0], type: 'subscriber' }] })).toThrow(/items\.0\.type/);
    expect(() => parseManifest({ ...manifest, items: [{ ...manifest.items[0], file: '../../.env' }] })).toThrow(/items\.0\.file: must be content\/participation-format\/world-cafe\.de\.json/);
    expect(() => parseManifest({ ...manifest, items: [{ ...manifest.items[0], slug: '../x' }] })).toThrow(/items\.0\.slug: must be a slug/);
    expect(() => parseManifest({ ...manifest, items: [manifest.items[0], manifest.items[0]] })).toThrow(/participation-format\/world-cafe\.de\.published is listed twice/);
    expect(() => parseManifest({ ...manifest, media: [{ ...manifest.media[0], sha256: 'abc' }] })).toThrow(/media\.0\.sha256/);
  });
});

describe('parseItemContent', () => {
  const manifest = sampleManifest();
  const [formatEntry, toolkitEntry] = manifest.items;
  const media = new Set([fileChecksum]);

  it('accepts fields, relations by slug and files by checksum', () => {
    const json = { fields: { slug: 'world-cafe', name: 'World Café' }, relations: { formats: [{ type: 'participation-format', slug: 'planungszelle' }] }, media: {} };
    expect(parseItemContent(json, formatEntry, media)).toEqual(json);
  });

  it('refuses ids and timestamps, a slug other than the manifest’s, and files the manifest does not list', () => {
    expect(() => parseItemContent({ fields: { slug: 'world-cafe', documentId: 'abc' }, relations: {}, media: {} }, formatEntry, media)).toThrow(/fields must not contain id, documentId/);
    expect(() => parseItemContent({ fields: { slug: 'buergerrat' }, relations: {}, media: {} }, formatEntry, media)).toThrow(/its slug is "buergerrat", the manifest says "world-cafe"/);
    expect(() => parseItemContent({ fields: { slug: 'ablaufplan-vorlage' }, relations: {}, media: { files: ['b'.repeat(64)] } }, toolkitEntry, media)).toThrow(/files names the file b+, which the manifest does not list/);
    expect(() => parseItemContent({ fields: { slug: 'world-cafe' }, relations: {}, media: {}, id: 3 }, formatEntry, media)).toThrow(/Unrecognized key: "id"/);
  });
});

describe('readBundle', () => {
  let dir: string;

  function writeBundle(manifest: Manifest, damage?: (dir: string) => void): void {
    const format = content({ slug: 'world-cafe', name: 'World Café' });
    const toolkit = content({ slug: 'ablaufplan-vorlage', title: 'Ablaufplan', licence: 'CC BY-SA 4.0' }, { files: [fileChecksum] });
    for (const [file, text] of [
      [manifest.items[0].file, serializeContent(format)],
      [manifest.items[1].file, serializeContent(toolkit)],
    ]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    mkdirSync(path.join(dir, 'media'), { recursive: true });
    writeFileSync(path.join(dir, manifest.media[0].file), fileBytes);
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    damage?.(dir);
  }

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bundle-unit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a sound bundle', async () => {
    writeBundle(sampleManifest());
    const bundle = await readBundle(dir);
    expect(bundle.items.map(({ entry, content: item }) => [entry.slug, item.fields.slug])).toEqual([
      ['world-cafe', 'world-cafe'],
      ['ablaufplan-vorlage', 'ablaufplan-vorlage'],
    ]);
    expect(bundle.media.get(fileChecksum)?.absolutePath).toBe(path.join(dir, sampleManifest().media[0].file));
  });

  it('names every damaged or missing file', async () => {
    const manifest = sampleManifest();
    writeBundle(manifest, (root) => {
      writeFileSync(path.join(root, manifest.items[0].file), '{"fields":{"slug":"world-cafe","name":"Welt-Café"},"relations":{},"media":{}}');
      rmSync(path.join(root, manifest.media[0].file));
    });
    await expect(readBundle(dir)).rejects.toThrow(
      new RegExp(`^2 file\\(s\\) of the bundle are damaged or missing: content/participation-format/world-cafe\\.de\\.json does not match its checksum .*; ${manifest.media[0].file} is missing$`),
    );
  });

  it('refuses media of a type the media library does not accept before it reads a file, naming each with its type', async () => {
    const manifest = sampleManifest();
    const active = [
      { name: 'Bericht.html', mime: 'text/html' },
      { name: 'Lageplan.svg', mime: 'image/svg+xml' },
    ].map(({ name, mime }, index) => {
      const sha256 = String(index + 1).repeat(64);
      return { file: mediaFilePath(sha256, name), sha256, size: 10, mime, name, alternativeText: null, caption: null };
    });
    // Not written to disk: the type is refused before any checksum is computed.
    writeBundle({ ...manifest, media: [...manifest.media, ...active] });
    const refusal = readBundle(dir);
    await expect(refusal).rejects.toThrow(BundleRefusedError);
    await expect(refusal).rejects.toThrow(
      `2 media file(s) of the bundle are of a type the media library does not accept: ${active[0].file} (.html, text/html); ${active[1].file} (.svg, image/svg+xml). Allowed: PDF (.pdf), Word (.docx), `,
    );
  });

  it('refuses a harmless name declared as an active type, and follows the allow-list it is given', async () => {
    const manifest = sampleManifest();
    writeBundle({ ...manifest, media: [{ ...manifest.media[0], mime: 'text/html' }] });
    await expect(readBundle(dir)).rejects.toThrow(/Ablaufplan-fur-Koln\.csv \(\.csv, text\/html\)/);

    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    writeBundle(manifest);
    await expect(readBundle(dir, { allowedTypes: allowedUploadTypes('pdf') })).rejects.toThrow(/\(\.csv, text\/csv\)\. Allowed: PDF \(\.pdf\)\.$/);
    expect(() => assertMediaTypesAllowed(manifest.media, allowedUploadTypes('csv,pdf'))).not.toThrow();
  });

  it('refuses a folder without a manifest', async () => {
    await expect(readBundle(dir)).rejects.toThrow(/has no manifest\.json; is it a bundle folder\?/);
  });
});
