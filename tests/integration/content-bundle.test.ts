/**
 * Content bundles end to end: export from a seeded SQLite instance with personal data in it, import
 * into a PostgreSQL instance with content of its own, and the refusals — through the CLI that
 * `npm run bundle:*` runs, and in-process where a failure has to be provoked.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import path from 'path';
import request from 'supertest';
import { importBundle } from '../../src/bundle';
import { BUNDLE_TYPE_NAMES } from '../../src/bundle/bundle-types';
import type { Manifest } from '../../src/bundle/manifest';
import { mediaFilePath } from '../../src/bundle/manifest';
import { sha256Hex } from '../../src/bundle/checksum';
import { PARTICIPATION_FORMAT, PILOT_MUNICIPALITY, TOOLKIT_DOCUMENT } from '../../src/content-types';
import { IMAGE_SVG, PAGE_HTML } from '../harness/upload-samples';
import { CONSENT_EVENT, MAIL_TEMPLATE, OUTBOX_MESSAGE, SUBSCRIBER } from '@mitwirken/strapi-plugin-double-opt-in/strapi-server';
import { runSeed } from '../../src/seed';
import { bootInstance, postgresForTest, runBundleCli, sqliteDatabase, type DatabaseEnv, type Instance, type PostgresHandle } from '../harness/bundle-instances';
import { APP_DIR } from '../harness/strapi';

const WORK_DIR = path.join(APP_DIR, '.tmp', `content-bundle-${process.pid}`);
const SOURCE_DB = sqliteDatabase(path.join(WORK_DIR, 'source.db'));
const BUNDLE = path.join(WORK_DIR, 'bundle');

/** The person whose data must never leave: pool member, mail recipient, admin. */
const PERSON = { firstName: 'Zorra', lastName: 'Quastenflosser', email: 'zorra.quastenflosser@example.org' };
const DRAFT_FORMAT = 'zukunftswerkstatt-im-entwurf';
const FORMAT_WITH_NEWER_DRAFT = 'world-cafe';
const EDITED_TOOLKIT_DOCUMENT = 'ablaufplan-vorlage';
const PUBLIC_TYPES = [
  { uid: PARTICIPATION_FORMAT, path: 'participation-formats' },
  { uid: TOOLKIT_DOCUMENT, path: 'toolkit-documents' },
  { uid: PILOT_MUNICIPALITY, path: 'pilot-municipalities' },
] as const;
const CONTENT_UIDS = [PARTICIPATION_FORMAT, TOOLKIT_DOCUMENT, PILOT_MUNICIPALITY, MAIL_TEMPLATE, 'plugin::upload.file'];

type Json = any;

/** Files this test put into public/uploads, removed at the end (other tests' files stay). */
const uploadedHere = new Set<string>();

async function rememberUploads(instance: Instance): Promise<void> {
  const files = (await instance.strapi.db.query('plugin::upload.file').findMany({ select: ['url'] })) as Array<{ url: string }>;
  for (const file of files) uploadedHere.add(path.join(instance.strapi.dirs.static.public, file.url));
}

/** The REST answer without what differs between instances by nature: ids, timestamps, storage names of files. */
function comparable(value: Json): Json {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object') {
    const isFile = 'mime' in value && 'url' in value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt'].includes(key) && !(isFile && ['url', 'hash'].includes(key)))
        .map(([key, entry]) => [key, comparable(entry)]),
    );
  }
  return value;
}

async function publicAnswer(instance: Instance, typePath: string, slug: string, locale: string): Promise<Json> {
  const res = await request(instance.server).get(`/api/${typePath}?filters[slug][$eq]=${slug}&populate=*&locale=${locale}`).expect(200);
  return res.body.data;
}

async function countContent(instance: Instance): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const uid of CONTENT_UIDS) counts[uid] = await instance.strapi.db.query(uid as never).count({});
  return counts;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const manifest = (): Manifest => JSON.parse(readFileSync(path.join(BUNDLE, 'manifest.json'), 'utf8'));

// What the source answers, taken before it is stopped.
const sourceAnswers = new Map<string, Json>();
const sourceFileBytes = new Map<string, Buffer[]>();
let sourceDrafts: Record<string, Json> = {};
let exportRun: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  rmSync(WORK_DIR, { recursive: true, force: true });
  mkdirSync(WORK_DIR, { recursive: true });
  const source = await bootInstance(SOURCE_DB);
  try {
    const { strapi } = source;
    await runSeed(strapi);

    // Personal data and accounts, which must stay where they are.
    const subscriber = (await strapi.db.query(SUBSCRIBER as never).create({
      data: { ...PERSON, emailNormalized: PERSON.email, status: 'confirmed', language: 'de', interests: ['mobilitaet'] },
    })) as { id: number };
    await strapi.db.query(CONSENT_EVENT as never).create({
      data: { type: 'signup', occurredAt: new Date(), source: `Anmeldung von ${PERSON.firstName} ${PERSON.lastName}`, language: 'de', subscriber: subscriber.id },
    });
    await strapi.db.query(OUTBOX_MESSAGE as never).create({
      data: { kind: 'confirmation', recipient: PERSON.email, subject: `Hallo ${PERSON.firstName}`, textBody: `Guten Tag ${PERSON.firstName} ${PERSON.lastName}`, status: 'logged', subscriberId: subscriber.id },
    });
    const superAdmin = await strapi.service('admin::role').getSuperAdmin();
    await strapi.service('admin::user').create({
      email: `admin.${PERSON.email}`,
      firstname: PERSON.firstName,
      lastname: PERSON.lastName,
      password: 'Sicheres-Passwort-2026',
      isActive: true,
      registrationToken: null,
      roles: [superAdmin.id],
    });
    await strapi.service('admin::api-token').create({ name: `Token ${PERSON.lastName}`, type: 'read-only', lifespan: null, permissions: [] });

    // A format only in draft, and a published one with a newer draft.
    await strapi.documents(PARTICIPATION_FORMAT).create({
      data: { name: 'Zukunftswerkstatt im Entwurf', slug: DRAFT_FORMAT, kind: 'methode', modes: ['praesenz'], goals: ['ideen_vorschlaege'] },
      locale: 'de',
    } as never);
    const cafe = (await strapi.documents(PARTICIPATION_FORMAT).findFirst({ filters: { slug: FORMAT_WITH_NEWER_DRAFT }, locale: 'de' } as never)) as unknown as { documentId: string };
    await strapi.documents(PARTICIPATION_FORMAT).update({ documentId: cafe.documentId, locale: 'de', data: { summary: 'Gespräche an Tischen — neue Fassung, noch nicht veröffentlicht.' } } as never);

    // A toolkit file edited in the source: new bytes, new version.
    const edited = path.join(WORK_DIR, 'ablaufplan-vorlage.csv');
    writeFileSync(edited, Buffer.concat([readFileSync(path.join(APP_DIR, 'database', 'seed', 'toolkit', 'ablaufplan-vorlage.csv')), Buffer.from('\n21:00;5;Dank und Ausblick (Dortmunder Fassung);;;\n')]));
    const [uploaded] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: 'ablaufplan-vorlage.csv', caption: 'Ablaufplan (Dortmund)', alternativeText: 'Ablaufplan-Vorlage, Dortmunder Fassung' } },
        files: { filepath: edited, originalFilename: 'ablaufplan-vorlage.csv', mimetype: 'text/csv', size: statSync(edited).size },
      });
    // A file in the media library that no public entry links: it stays here, whatever it holds.
    const note = path.join(WORK_DIR, 'interne-notiz.txt');
    writeFileSync(note, `Rückruf bei ${PERSON.firstName} ${PERSON.lastName}, ${PERSON.email}\n`);
    await strapi
      .plugin('upload')
      .service('upload')
      .upload({ data: { fileInfo: { name: 'interne-notiz.txt' } }, files: { filepath: note, originalFilename: 'interne-notiz.txt', mimetype: 'text/plain', size: statSync(note).size } });
    const toolkitDocument = (await strapi.documents(TOOLKIT_DOCUMENT).findFirst({ filters: { slug: EDITED_TOOLKIT_DOCUMENT }, locale: 'de' } as never)) as unknown as { documentId: string };
    await strapi.documents(TOOLKIT_DOCUMENT).update({ documentId: toolkitDocument.documentId, locale: 'de', status: 'published', data: { files: [uploaded.id], version: '1.1' } } as never);

    // The public answers of every entry, in both languages, and the bytes of every toolkit file.
    for (const type of PUBLIC_TYPES) {
      const entries = (await strapi.documents(type.uid).findMany({ locale: 'de', status: 'draft', fields: ['slug'] } as never)) as unknown as Array<{ slug: string }>;
      for (const { slug } of entries) {
        for (const locale of ['de', 'en']) sourceAnswers.set(`${type.path}/${slug}/${locale}`, await publicAnswer(source, type.path, slug, locale));
      }
    }
    for (const [key, answer] of sourceAnswers) {
      if (!key.startsWith('toolkit-documents/') || answer.length === 0) continue;
      const bytes: Buffer[] = [];
      for (const file of answer[0].files) bytes.push(await download(source, file.url));
      sourceFileBytes.set(key, bytes);
    }
    sourceDrafts = await draftsOf(source);
    await rememberUploads(source);
  } finally {
    await source.stop();
  }

  exportRun = await runBundleCli(['export', BUNDLE, '--origin', 'Stadt Dortmund, Koordinierungsstelle nordwärts'], SOURCE_DB);
  if (exportRun.code !== 0) throw new Error(`export failed:\n${exportRun.stdout}\n${exportRun.stderr}`);
}, 400_000);

afterAll(() => {
  for (const file of uploadedHere) rmSync(file, { force: true });
  rmSync(WORK_DIR, { recursive: true, force: true });
});

/** A file's bytes as the instance serves them. */
async function download(instance: Instance, url: string): Promise<Buffer> {
  const res = await request(instance.server)
    .get(url)
    .buffer(true)
    .parse((response, callback) => {
      const stream = response as unknown as NodeJS.ReadableStream;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => callback(null, Buffer.concat(chunks)));
    })
    .expect(200);
  return res.body as Buffer;
}

/** The two drafts the source holds, as the document service shows them. */
async function draftsOf(instance: Instance): Promise<Record<string, Json>> {
  const drafts: Record<string, Json> = {};
  for (const slug of [DRAFT_FORMAT, FORMAT_WITH_NEWER_DRAFT]) {
    const draft = await instance.strapi.documents(PARTICIPATION_FORMAT).findFirst({ filters: { slug }, locale: 'de', status: 'draft' } as never);
    const published = await instance.strapi.documents(PARTICIPATION_FORMAT).findFirst({ filters: { slug }, locale: 'de', status: 'published' } as never);
    drafts[slug] = { draft: comparable(draft), published: published ? comparable(published) : null };
  }
  return drafts;
}

/** Every upload the provider stores, to see that a rolled-back import leaves none behind. */
function recordStoredFiles(target: Instance): string[] {
  const provider = target.strapi.plugin('upload').provider as Record<string, (file: { hash: string; ext: string }) => Promise<void>>;
  const stored: string[] = [];
  for (const method of ['upload', 'uploadStream']) {
    const original = provider[method];
    if (!original) continue;
    provider[method] = async (file) => {
      await original.call(provider, file);
      stored.push(path.join(target.strapi.dirs.static.public, 'uploads', `${file.hash}${file.ext}`));
    };
  }
  return stored;
}

/** Makes the n-th document-service write from now on fail. */
function failOnWrite(target: Instance, n: number): void {
  let writes = 0;
  target.strapi.documents.use(async (context, next) => {
    if (['create', 'update', 'publish'].includes(context.action) && (writes += 1) === n) throw new Error('the disk is full (provoked by the test)');
    return next();
  });
}

async function expectNothingLeftAfterFailure(target: Instance): Promise<void> {
  const before = await countContent(target);
  const stored = recordStoredFiles(target);
  failOnWrite(target, 60);
  await expect(importBundle(target.strapi, BUNDLE, { apply: true, overwrite: false })).rejects.toThrow(/the disk is full \(provoked by the test\)/);
  expect(stored.length).toBe(manifest().media.length);
  expect(stored.filter((file) => existsSync(file))).toEqual([]);
  expect(await countContent(target)).toEqual(before);
  expect(await target.strapi.store({ type: 'core', name: 'mitwirken' }).get({ key: 'bundle-imports' })).toBeNull();
}

describe('export', () => {
  it('carries the public content and no personal data, no accounts, no tokens', () => {
    expect(exportRun.stdout).toMatch(/Bundle written to .*: \d+ items/);
    const files = filesUnder(BUNDLE);
    expect(files.length).toBeGreaterThan(100);
    const forbidden = [PERSON.email, PERSON.firstName, PERSON.lastName, 'emailNormalized', 'confirmTokenHash', 'ipAddress', 'accessKey'].map((text) => text.toLowerCase());
    for (const file of files) {
      const text = readFileSync(file).toString('latin1').toLowerCase() + readFileSync(file, 'utf8').toLowerCase();
      for (const needle of forbidden) if (text.includes(needle)) throw new Error(`${path.relative(BUNDLE, file)} contains "${needle}"`);
    }

    const { items, media, origin, defaultLicence, schemaVersion } = manifest();
    expect({ origin, defaultLicence, schemaVersion }).toEqual({ origin: 'Stadt Dortmund, Koordinierungsstelle nordwärts', defaultLicence: 'CC BY 4.0', schemaVersion: 1 });
    expect(new Set(items.map((item) => item.type))).toEqual(new Set(BUNDLE_TYPE_NAMES));
    expect(readdirSync(path.join(BUNDLE, 'content')).sort()).toEqual([...BUNDLE_TYPE_NAMES].sort());
    // The files the entries link, and no other: the edited toolkit file travels, the internal note does not.
    const linked = new Set(items.flatMap((item) => Object.values(JSON.parse(readFileSync(path.join(BUNDLE, item.file), 'utf8')).media as Record<string, string[]>).flat()));
    expect(new Set(media.map((file) => file.sha256))).toEqual(linked);
    expect(media.map((file) => file.caption)).toContain('Ablaufplan (Dortmund)');
    expect(media.map((file) => file.name)).not.toContain('interne-notiz.txt');
  });

  it('exports drafts as drafts, and a newer draft next to its published version', () => {
    const { items } = manifest();
    const versions = (slug: string) => items.filter((item) => item.slug === slug && item.locale === 'de').map((item) => item.status);
    expect(versions(DRAFT_FORMAT)).toEqual(['draft']);
    expect(versions(FORMAT_WITH_NEWER_DRAFT)).toEqual(['published', 'draft']);
    expect(versions('planungszelle')).toEqual(['published']);
    const toolkit = items.find((item) => item.slug === EDITED_TOOLKIT_DOCUMENT && item.locale === 'de')!;
    expect(toolkit).toMatchObject({ licence: 'CC BY 4.0', file: 'content/toolkit-document/ablaufplan-vorlage.de.json' });
  });
});

describe('import into a PostgreSQL instance with content of its own', () => {
  let postgres: PostgresHandle;
  let target: Instance;
  let targetDb: DatabaseEnv;
  let editedHereSlug: string;
  const LOCAL_ONLY = 'stadtteilspaziergang-hamm';
  let localOnlyAnswer: Json;

  beforeAll(async () => {
    postgres = await postgresForTest();
    targetDb = postgres.env;
    await postgres.reset();
    target = await bootInstance(targetDb);

    // A format no toolkit document or municipality links, so their answers can be compared while it is kept.
    const linked = new Set<string>();
    for (const item of manifest().items.filter((entry) => entry.type !== 'participation-format')) {
      const content = JSON.parse(readFileSync(path.join(BUNDLE, item.file), 'utf8'));
      for (const refs of Object.values(content.relations) as Array<Array<{ slug: string }>>) for (const ref of refs) linked.add(ref.slug);
    }
    editedHereSlug = manifest().items.find((item) => item.type === 'participation-format' && item.status === 'published' && !linked.has(item.slug) && item.slug !== FORMAT_WITH_NEWER_DRAFT)!.slug;

    const formats = target.strapi.documents(PARTICIPATION_FORMAT);
    await formats.create({ data: { name: 'Stadtteilspaziergang Hamm', slug: LOCAL_ONLY, kind: 'methode', modes: ['praesenz'] }, locale: 'de', status: 'published' } as never);
    await formats.create({ data: { name: 'Unsere Fassung', slug: editedHereSlug, kind: 'instrument', summary: 'In Hamm angepasst.' }, locale: 'de', status: 'published' } as never);
    localOnlyAnswer = comparable(await publicAnswer(target, 'participation-formats', LOCAL_ONLY, 'de'));
  }, 300_000);

  afterAll(async () => {
    if (target) {
      await rememberUploads(target);
      await target.stop();
    }
    await postgres?.release();
  });

  it('dry run: prints what would happen and writes nothing', async () => {
    const before = await countContent(target);
    const run = await runBundleCli(['import', BUNDLE], targetDb);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`keep local edit\\s+participation-format/${editedHereSlug} \\(de, published\\)`));
    expect(run.stdout).toMatch(new RegExp(`keep local edit\\s+participation-format/${editedHereSlug} \\(en, published\\)`));
    expect(run.stdout).toMatch(/create\s+toolkit-document\/ablaufplan-vorlage \(de, published\)/);
    expect(run.stdout).toMatch(/unchanged\s+mail-template\/confirmation \(de, published\)/);
    expect(run.stdout).toContain('Dry run, nothing written');
    expect(await countContent(target)).toEqual(before);
  }, 180_000);

  it('--apply: the imported entries answer as in the source; local content stays; drafts stay drafts; files are the same bytes', async () => {
    const run = await runBundleCli(['import', BUNDLE, '--apply'], targetDb);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Imported: \d+ create, \d+ unchanged, 2 keep local edit/);

    for (const [key, answer] of sourceAnswers) {
      const [typePath, slug, locale] = key.split('/');
      if (slug === editedHereSlug) continue;
      expect([key, comparable(await publicAnswer(target, typePath, slug, locale))]).toEqual([key, comparable(answer)]);
    }
    expect(comparable(await publicAnswer(target, 'participation-formats', LOCAL_ONLY, 'de'))).toEqual(localOnlyAnswer);
    expect(await publicAnswer(target, 'participation-formats', editedHereSlug, 'de')).toMatchObject([{ name: 'Unsere Fassung', kind: 'instrument', summary: 'In Hamm angepasst.' }]);
    expect(await publicAnswer(target, 'participation-formats', editedHereSlug, 'en')).toEqual([]);

    expect(await draftsOf(target)).toEqual(sourceDrafts);
    expect(sourceDrafts[DRAFT_FORMAT].published).toBeNull();

    for (const [key, bytes] of sourceFileBytes) {
      const [typePath, slug, locale] = key.split('/');
      const [entry] = await publicAnswer(target, typePath, slug, locale);
      const here: Buffer[] = [];
      for (const file of entry.files) here.push(await download(target, file.url));
      expect(here.map((buffer) => buffer.toString('base64'))).toEqual(bytes.map((buffer) => buffer.toString('base64')));
    }
    // Each distinct file uploaded once, however many entries, languages and versions link it.
    expect(await target.strapi.db.query('plugin::upload.file').count({})).toBe(manifest().media.length);
  }, 300_000);

  it('--overwrite replaces the local edit with the bundle’s version', async () => {
    const report = await importBundle(target.strapi, BUNDLE, { apply: true, overwrite: true });
    // The German version is replaced; the English one was never here, so it is created with it.
    expect(report.plan.counts).toMatchObject({ update: 1, create: 1, 'keep-local-edit': 0 });
    expect(report.plan.items.filter((item) => item.action !== 'unchanged').map((item) => `${item.action} ${item.slug} ${item.locale}`)).toEqual([
      `update ${editedHereSlug} de`,
      `create ${editedHereSlug} en`,
    ]);
    for (const locale of ['de', 'en']) {
      expect(comparable(await publicAnswer(target, 'participation-formats', editedHereSlug, locale))).toEqual(comparable(sourceAnswers.get(`participation-formats/${editedHereSlug}/${locale}`)));
    }
    expect(comparable(await publicAnswer(target, 'participation-formats', LOCAL_ONLY, 'de'))).toEqual(localOnlyAnswer);
  }, 180_000);

  it('a second --apply finds everything unchanged and writes nothing', async () => {
    const before = await countContent(target);
    const run = await runBundleCli(['import', BUNDLE, '--apply'], targetDb);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported: ${manifest().items.length} unchanged`);
    expect(await countContent(target)).toEqual(before);
  }, 180_000);
});

describe('refusals', () => {
  const EMPTY_DB = sqliteDatabase(path.join(WORK_DIR, 'empty.db'));
  let instance: Instance;

  /** A copy of the bundle to damage. */
  function copyOfBundle(name: string): string {
    const copy = path.join(WORK_DIR, name);
    for (const file of filesUnder(BUNDLE)) {
      const to = path.join(copy, path.relative(BUNDLE, file));
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(file, to);
    }
    return copy;
  }

  beforeAll(async () => {
    instance = await bootInstance(EMPTY_DB);
  }, 180_000);

  afterAll(async () => {
    await instance?.stop();
  });

  it('refuses a bundle of an unknown schema version, writing nothing', async () => {
    const bundle = copyOfBundle('future-version');
    writeFileSync(path.join(bundle, 'manifest.json'), JSON.stringify({ ...manifest(), schemaVersion: 2, somethingNew: true }));
    const before = await countContent(instance);
    const run = await runBundleCli(['import', bundle, '--apply'], EMPTY_DB);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Bundle refused: manifest.json has schema version 2; this app reads bundle schema version 1');
    expect(await countContent(instance)).toEqual(before);
  }, 180_000);

  it('refuses a bundle with a damaged file in the middle, naming it, before writing anything', async () => {
    const bundle = copyOfBundle('damaged');
    const { items } = manifest();
    const middle = items[Math.floor(items.length / 2)];
    const file = path.join(bundle, middle.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"slug": "/, '"slug": "x'));
    const before = await countContent(instance);
    expect(before[PARTICIPATION_FORMAT]).toBe(0);
    const run = await runBundleCli(['import', bundle, '--apply'], EMPTY_DB);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Bundle refused: 1 file(s) of the bundle are damaged or missing: ${middle.file} does not match its checksum`);
    expect(await countContent(instance)).toEqual(before);
  }, 180_000);

  it('refuses a bundle with an .html and an .svg media file, naming them, their types and the allowed ones, before writing anything', async () => {
    const bundle = copyOfBundle('active-media');
    const withActive = manifest();
    for (const [name, mime, text] of [
      ['Bericht.html', 'text/html', PAGE_HTML],
      ['Lageplan.svg', 'image/svg+xml', IMAGE_SVG],
    ]) {
      const sha256 = sha256Hex(Buffer.from(text));
      writeFileSync(path.join(bundle, mediaFilePath(sha256, name)), text);
      withActive.media.push({ file: mediaFilePath(sha256, name), sha256, size: Buffer.byteLength(text), mime, name, alternativeText: null, caption: null });
    }
    writeFileSync(path.join(bundle, 'manifest.json'), JSON.stringify(withActive, null, 2));
    const [html, svg] = withActive.media.slice(-2).map((media) => media.file);
    const before = await countContent(instance);
    const uploadsBefore = filesUnder(instance.strapi.dirs.static.public).length;

    const run = await runBundleCli(['import', bundle, '--apply'], EMPTY_DB);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `Bundle refused: 2 media file(s) of the bundle are of a type the media library does not accept: ${html} (.html, text/html); ${svg} (.svg, image/svg+xml). Allowed: PDF (.pdf), Word (.docx)`,
    );
    expect(run.stderr).toContain('CSV (.csv), Markdown (.md).');
    expect(await countContent(instance)).toEqual(before);
    expect(filesUnder(instance.strapi.dirs.static.public)).toHaveLength(uploadsBefore);
  }, 180_000);

  it('refuses by the instance’s own allow-list (UPLOAD_ALLOWED_TYPES), before writing anything', async () => {
    const { media } = manifest();
    const before = await countContent(instance);
    const run = await runBundleCli(['import', BUNDLE, '--apply'], { ...EMPTY_DB, UPLOAD_ALLOWED_TYPES: 'pdf,png' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Bundle refused: ${media.length} media file(s) of the bundle are of a type the media library does not accept: `);
    expect(run.stderr).toMatch(/media\/\w+-ablaufplan-vorlage\.csv \(\.csv, text\/csv\)/);
    expect(run.stderr).toContain('. Allowed: PDF (.pdf), PNG (.png).');
    expect(await countContent(instance)).toEqual(before);
  }, 180_000);

  it('leaves nothing when a write fails part-way (SQLite)', async () => {
    await expectNothingLeftAfterFailure(instance);
  }, 180_000);

  it('refuses to export a file of a type no media library accepts (left by an older version), naming it', async () => {
    const { strapi } = instance;
    const stored = path.join(strapi.dirs.static.public, 'uploads', 'alte-vorlage_0a1b2c.html');
    writeFileSync(stored, PAGE_HTML);
    try {
      const file = (await strapi.db.query('plugin::upload.file').create({
        data: { name: 'alte-vorlage.html', hash: 'alte-vorlage_0a1b2c', ext: '.html', mime: 'text/html', size: 1, url: '/uploads/alte-vorlage_0a1b2c.html', provider: 'local' },
      })) as { id: number };
      await strapi.documents(TOOLKIT_DOCUMENT).create({ data: { title: 'Alte Vorlage', kind: 'praesentation_vorlage', files: [file.id] }, locale: 'de', status: 'published' } as never);
      const target = path.join(WORK_DIR, 'refused-export');
      const run = await runBundleCli(['export', target, '--origin', 'Stadt Beispiel'], EMPTY_DB);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'Export refused: 1 media file(s) of the bundle are of a type the media library does not accept: /uploads/alte-vorlage_0a1b2c.html (.html, text/html). Allowed: PDF (.pdf)',
      );
      expect(existsSync(path.join(target, 'manifest.json'))).toBe(false);
    } finally {
      rmSync(stored, { force: true });
    }
  }, 180_000);
});

describe('a failure part-way on PostgreSQL', () => {
  it('leaves nothing when a write fails part-way (PostgreSQL)', async () => {
    const postgres = await postgresForTest();
    await postgres.reset();
    const target = await bootInstance(postgres.env);
    try {
      await expectNothingLeftAfterFailure(target);
    } finally {
      await target.stop();
      await postgres.release();
    }
  }, 240_000);
});
