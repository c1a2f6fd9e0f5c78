import { mkdirSync, rmSync, writeFileSync } from 'fs';
import path from 'path';
import request from 'supertest';
import { AUTHOR_ROLE_CODE } from '../../src/bootstrap/admin-roles';
import { UPLOAD_SANDBOX_POLICY } from '../../src/domain/upload-types';
import { runSeed } from '../../src/seed';
import { TOOLKIT_DOCUMENT } from '../../src/content-types';
import { HELPER_JS, IMAGE_SVG, PAGE_HTML, samplePdf, samplePng } from '../harness/upload-samples';
import { startTestApp, type TestApp } from '../harness/strapi';

let app: TestApp;
let authorToken: string;
let apiToken: string;
const PASSWORD = 'Sicheres-Passwort-2026';
const leftBehind: string[] = [];

async function fileCount(): Promise<number> {
  return app.strapi.db.query('plugin::upload.file').count({});
}

const uploadAsAuthor = (files: Array<[string, Buffer | string, string]>, language?: string) => {
  const req = request(app.server).post('/upload').set('Authorization', `Bearer ${authorToken}`);
  if (language) req.set('Accept-Language', language);
  for (const [filename, content, contentType] of files) req.attach('files', Buffer.from(content), { filename, contentType });
  return req;
};

beforeAll(async () => {
  app = await startTestApp('uploads');
  const role = (await app.strapi.db.query('admin::role').findOne({ where: { code: AUTHOR_ROLE_CODE } })) as { id: number };
  await app.strapi.service('admin::user').create({ email: 'autorin@stadt.example', firstname: 'Anna', lastname: 'Autorin', password: PASSWORD, isActive: true, registrationToken: null, roles: [role.id] });
  const login = await request(app.server).post('/admin/login').send({ email: 'autorin@stadt.example', password: PASSWORD }).expect(200);
  authorToken = login.body.data.token;
  apiToken = ((await app.strapi.service('admin::api-token').create({ name: 'Uploads', type: 'full-access', lifespan: null, permissions: [] })) as { accessKey: string }).accessKey;
});

afterAll(async () => {
  for (const file of leftBehind) rmSync(file, { force: true });
  // The files this test stored in public/uploads go with their rows.
  const files = (await app?.strapi.db.query('plugin::upload.file').findMany({})) ?? [];
  for (const file of files) await app.strapi.plugin('upload').service('upload').remove(file);
  await app?.stop();
});

describe('the media library refuses what would run in a browser', () => {
  it.each([
    ['helper.js', 'text/javascript', HELPER_JS],
    ['page.html', 'text/html', PAGE_HTML],
    ['image.svg', 'image/svg+xml', IMAGE_SVG],
    // A harmless-looking type does not help: the extension decides what the browser makes of it.
    ['page.html', 'image/png', PAGE_HTML],
  ])('an author uploading %s (%s) gets a 400 naming the type and the allowed ones, nothing is stored', async (filename, contentType, content) => {
    const before = await fileCount();
    const res = await uploadAsAuthor([[filename, content, contentType]]).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toContain(`Die Datei „${filename}“ (.${filename.split('.').pop()}, ${contentType})`);
    expect(res.body.error.message).toMatch(/Erlaubt sind: PDF \(\.pdf\), Word \(\.docx\).*PNG \(\.png\).*CSV \(\.csv\)/);
    expect(res.body.error.details.allowedExtensions).toEqual(expect.arrayContaining(['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'png', 'jpg', 'webp', 'txt', 'csv']));
    expect(res.body.error.details.allowedExtensions).not.toEqual(expect.arrayContaining(['svg']));
    expect(await fileCount()).toBe(before);
  });

  it('answers in English when the browser asks for it', async () => {
    const res = await uploadAsAuthor([['helper.js', HELPER_JS, 'text/javascript']], 'en-GB,en;q=0.9').expect(400);
    expect(res.body.error.message).toMatch(/^The file "helper\.js" \(\.js, text\/javascript\) cannot be uploaded: .* Allowed: PDF \(\.pdf\)/);
  });

  it('refuses a whole batch with one refused file, rather than storing the rest', async () => {
    const before = await fileCount();
    const res = await uploadAsAuthor([
      ['bild.png', samplePng(), 'image/png'],
      ['page.html', PAGE_HTML, 'text/html'],
    ]).expect(400);
    expect(res.body.error.details.refused).toEqual([{ fileName: 'page.html', extension: 'html', declaredType: 'text/html' }]);
    expect(await fileCount()).toBe(before);
  });

  // Strapi's own check of the content (a program named .pdf) imports the ESM-only file-type, which
  // jest's module system cannot: it is tested against the production start (tests/security/uploads.test.ts).

  it('refuses the same through the content API upload route and the replace route', async () => {
    const viaApi = await request(app.server).post('/api/upload').set('Authorization', `Bearer ${apiToken}`).attach('files', Buffer.from(PAGE_HTML), { filename: 'page.html', contentType: 'text/html' });
    expect(viaApi.status).toBe(400);
    expect(viaApi.body.error.message).toContain('„page.html“');
    const pdf = await uploadAsAuthor([['ersetzbar.pdf', samplePdf(), 'application/pdf']]).expect(201);
    const replace = await request(app.server).post(`/upload?id=${pdf.body[0].id}`).set('Authorization', `Bearer ${authorToken}`).attach('files', Buffer.from(IMAGE_SVG), { filename: 'image.svg', contentType: 'image/svg+xml' });
    expect(replace.status).toBe(400);
    expect(replace.body.error.message).toContain('„image.svg“');
    const replaceViaApi = await request(app.server).post(`/api/upload?id=${pdf.body[0].id}`).set('Authorization', `Bearer ${apiToken}`).attach('files', Buffer.from(HELPER_JS), { filename: 'helper.js', contentType: 'text/javascript' });
    expect(replaceViaApi.status).toBe(400);
    const stored = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: pdf.body[0].id } });
    expect(stored).toEqual(expect.objectContaining({ ext: '.pdf', mime: 'application/pdf' }));
  });
});

describe('files under /uploads/ are served so that they cannot run', () => {
  it('a PDF and a PNG upload, and are shown in place, sandboxed and never sniffed', async () => {
    const res = await uploadAsAuthor([
      ['leitfaden.pdf', samplePdf(), 'application/pdf'],
      ['foto.png', samplePng(), 'image/png'],
    ]).expect(201);
    for (const file of res.body as Array<{ url: string; mime: string }>) {
      const served = await request(app.server).get(file.url).expect(200);
      expect(served.headers['content-type']).toBe(file.mime);
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.headers['content-security-policy']).toBe(UPLOAD_SANDBOX_POLICY);
      expect(served.headers['content-disposition']).toBeUndefined();
    }
  });

  it('a CSV uploads and is a download', async () => {
    const res = await uploadAsAuthor([['ablauf.csv', 'Zeit;Punkt\n18:00;Begrüßung\n', 'text/csv']]).expect(201);
    const served = await request(app.server).get(res.body[0].url).expect(200);
    expect(served.headers['content-disposition']).toBe('attachment');
    expect(served.headers['content-security-policy']).toBe(UPLOAD_SANDBOX_POLICY);
  });

  it('an HTML page or SVG an older version left in the folder is a sandboxed download, by any path that reaches it', async () => {
    const dir = path.join(app.strapi.dirs.static.public, 'uploads');
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of [['alt-seite.html', PAGE_HTML], ['alt-bild.svg', IMAGE_SVG]]) {
      writeFileSync(path.join(dir, name), content);
      leftBehind.push(path.join(dir, name));
      for (const address of [`/uploads/${name}`, `/site/..%2Fuploads/${name}`, `/site/%2e%2e/uploads/${name}`]) {
        const served = await request(app.server).get(address);
        if (served.status === 404) continue;
        expect({ address, status: served.status }).toEqual({ address, status: 200 });
        expect(served.headers['content-disposition']).toBe('attachment');
        expect(served.headers['content-security-policy']).toBe(UPLOAD_SANDBOX_POLICY);
        expect(served.headers['x-content-type-options']).toBe('nosniff');
      }
      await request(app.server).get(`/uploads/${name}`).expect(200);
    }
  });

  it("the seed's toolkit files are all of allowed types, upload and serve as downloads", async () => {
    await runSeed(app.strapi);
    const documents = (await app.strapi.documents(TOOLKIT_DOCUMENT as never).findMany({ locale: 'de', status: 'published', populate: ['files'] } as never)) as unknown as Array<{ files: Array<{ url: string; ext: string; mime: string }> | null }>;
    const files = documents.flatMap((document) => document.files ?? []);
    expect(files.map((file) => [file.ext, file.mime]).sort()).toEqual([
      ['.csv', 'text/csv'],
      ['.md', 'text/markdown'],
      ['.md', 'text/markdown'],
      ['.md', 'text/markdown'],
    ]);
    for (const file of files) {
      const served = await request(app.server).get(file.url).expect(200);
      expect(served.headers['content-disposition']).toBe('attachment');
      expect(served.headers['content-security-policy']).toBe(UPLOAD_SANDBOX_POLICY);
    }
  });
});
