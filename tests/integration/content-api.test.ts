import request from 'supertest';
import { PARTICIPATION_FORMAT } from '../../src/content-types';
import { runSeed } from '../../src/seed';
import { startTestApp, type TestApp } from '../harness/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp('content-api');
  await runSeed(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

const api = () => request(app.server);

describe('public REST read access', () => {
  it('lists the 46 published participation formats in German by default', async () => {
    const res = await api().get('/api/participation-formats').query({ 'pagination[pageSize]': 100 }).expect(200);
    expect(res.body.meta.pagination.total).toBe(46);
    const dialogue = res.body.data.find((format: { slug: string }) => format.slug === 'digitaler-buergerdialog');
    expect(dialogue).toMatchObject({ name: 'Digitaler Bürger*innendialog', locale: 'de', modes: ['online'] });
    expect(dialogue.publishedAt).toBeTruthy();
  });

  it('lists the four toolkit documents with their files', async () => {
    const res = await api().get('/api/toolkit-documents').query({ populate: 'files' }).expect(200);
    expect(res.body.meta.pagination.total).toBe(4);
    for (const doc of res.body.data) {
      expect(doc.files).toHaveLength(1);
      expect(doc.files[0].url).toMatch(/^\/uploads\//);
    }
  });

  it('lists the six pilot municipalities', async () => {
    const res = await api().get('/api/pilot-municipalities').query({ sort: 'name:asc' }).expect(200);
    expect(res.body.data.map((place: { name: string }) => place.name)).toEqual([
      'Castrop-Rauxel',
      'Coburg',
      'Dortmund',
      'Oestrich-Winkel',
      'Pforzheim',
      'Schwelm',
    ]);
  });

  it('serves the English translation with locale=en', async () => {
    const res = await api()
      .get('/api/participation-formats')
      .query({ locale: 'en', 'filters[slug][$eq]': 'digitaler-buergerdialog' })
      .expect(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ locale: 'en', name: "Digital citizens' dialogue (Bertelsmann format)" });
  });

  it('filters, sorts, paginates and populates as Strapi does', async () => {
    const res = await api()
      .get('/api/participation-formats')
      .query({
        'filters[durationClass][$eq]': 'stunden',
        sort: 'slug:asc',
        'pagination[page]': 1,
        'pagination[pageSize]': 3,
        populate: 'pilotMunicipalities',
        fields: ['name', 'slug', 'durationClass'],
      })
      .expect(200);
    expect(res.body.data).toHaveLength(3);
    expect(res.body.meta.pagination).toMatchObject({ page: 1, pageSize: 3 });
    const slugs = res.body.data.map((format: { slug: string }) => format.slug);
    expect(slugs).toEqual([...slugs].sort());
    for (const format of res.body.data) expect(format.durationClass).toBe('stunden');
    const dialogue = await api()
      .get('/api/participation-formats')
      .query({ 'filters[slug]': 'digitaler-buergerdialog', populate: ['pilotMunicipalities', 'toolkitDocuments'] })
      .expect(200);
    expect(dialogue.body.data[0].pilotMunicipalities).toHaveLength(6);
    expect(dialogue.body.data[0].toolkitDocuments).toHaveLength(4);
  });

  it('shows a single entry by documentId', async () => {
    const list = await api().get('/api/pilot-municipalities').query({ 'filters[slug]': 'dortmund' }).expect(200);
    const { documentId } = list.body.data[0];
    const res = await api().get(`/api/pilot-municipalities/${documentId}`).expect(200);
    expect(res.body.data).toMatchObject({ name: 'Dortmund', dialogueDate: '2020-09-08', federalState: 'nordrhein_westfalen' });
  });
});

describe('public write access', () => {
  it.each(['participation-formats', 'toolkit-documents', 'pilot-municipalities'])('%s: create, update and delete are forbidden', async (plural) => {
    await api().post(`/api/${plural}`).send({ data: { name: 'x', title: 'x' } }).expect(403);
    const list = await api().get(`/api/${plural}`).expect(200);
    const { documentId } = list.body.data[0];
    await api().put(`/api/${plural}/${documentId}`).send({ data: { name: 'y' } }).expect(403);
    await api().delete(`/api/${plural}/${documentId}`).expect(403);
    await api().get(`/api/${plural}/${documentId}`).expect(200);
  });
});

describe('drafts', () => {
  it('keeps drafts out of the public API', async () => {
    const draft = await app.strapi.documents(PARTICIPATION_FORMAT).create({ data: { name: 'Entwurfsformat' }, locale: 'de' } as never);
    const { documentId } = draft as unknown as { documentId: string };

    const list = await api().get('/api/participation-formats').query({ 'filters[name]': 'Entwurfsformat' }).expect(200);
    expect(list.body.data).toEqual([]);
    await api().get(`/api/participation-formats/${documentId}`).expect(404);
    const asked = await api().get('/api/participation-formats').query({ status: 'draft', 'filters[name]': 'Entwurfsformat' }).expect(400);
    expect(asked.body.error.details.errors[0]).toMatchObject({ path: ['status'], allowed: ['published'] });
  });
});

describe('bad query input', () => {
  it.each([
    ['an unknown filter field', { 'filters[colour][$eq]': 'red' }, /colour/],
    ['an unknown query key', { colour: 'red' }, /colour/],
    ['an unknown sort field', { sort: 'colour:asc' }, /colour/],
    ['a page size that is not a number', { 'pagination[pageSize]': 'many' }, /pageSize/],
    ['a negative page', { 'pagination[page]': '-1' }, /page/],
    ['an unknown locale', { locale: 'xx' }, /locale must be one of de, en, \*/],
    ['a page size above the maximum', { 'pagination[pageSize]': '1000' }, /at most 100/],
    ['page and offset paging mixed', { 'pagination[page]': '1', 'pagination[limit]': '5' }, /either page and pageSize or start and limit/],
    ['an unknown pagination key', { 'pagination[size]': '5' }, /unknown keys size/],
  ])('answers %s with 400 and a message', async (_what, query, message) => {
    const res = await api().get('/api/participation-formats').query(query);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });
});

describe('OpenAPI description', () => {
  it('is served publicly and describes the content API', async () => {
    const res = await api().get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/participation-formats', '/toolkit-documents', '/pilot-municipalities', '/format-finder/search', '/format-finder/criteria']),
    );
  });
});
