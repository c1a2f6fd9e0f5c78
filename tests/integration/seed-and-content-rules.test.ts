import request from 'supertest';
import { PARTICIPATION_FORMAT, PARTICIPATION_OPPORTUNITY, PILOT_MUNICIPALITY, PUBLIC_CONTENT_TYPES, TOOLKIT_DOCUMENT } from '../../src/content-types';
import { runSeed } from '../../src/seed';
import { startTestApp, type TestApp } from '../harness/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp('seed-and-rules');
});

afterAll(async () => {
  await app?.stop();
});

async function countRows(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const uid of [...PUBLIC_CONTENT_TYPES, 'plugin::upload.file'] as const) {
    counts[uid] = await app.strapi.db.query(uid as never).count({});
  }
  return counts;
}

describe('seed', () => {
  it('loads 46 formats, 4 toolkit documents and 6 municipalities, each published in German and English', async () => {
    const report = await runSeed(app.strapi);
    expect(report.created[PARTICIPATION_FORMAT]).toHaveLength(46);
    expect(report.created[TOOLKIT_DOCUMENT]).toHaveLength(4);
    expect(report.created[PILOT_MUNICIPALITY]).toHaveLength(6);

    for (const [uid, total] of [
      [PARTICIPATION_FORMAT, 46],
      [TOOLKIT_DOCUMENT, 4],
      [PILOT_MUNICIPALITY, 6],
    ] as const) {
      for (const locale of ['de', 'en']) {
        expect(await app.strapi.documents(uid).count({ locale, status: 'published' } as never)).toBe(total);
      }
    }
  });

  it('loads four demo opportunities, marked as demo content, upcoming, in German and English', async () => {
    expect(await app.strapi.documents(PARTICIPATION_OPPORTUNITY).count({ locale: 'de', status: 'published' } as never)).toBe(4);
    const list = await request(app.server).get('/api/participation-opportunities').query({ locale: 'en' }).expect(200);
    expect(list.body.data).toHaveLength(4);
    for (const entry of list.body.data) {
      expect(entry.title).toMatch(/^Demo: /);
      expect(entry.summary).toMatch(/demo content/i);
      expect(Date.parse(entry.nextDate.start)).toBeGreaterThan(Date.now());
    }
    const forum = list.body.data.find((entry: { slug: string }) => entry.slug === 'demo-jugendforum-hybrid');
    expect(forum).toMatchObject({ eventStatus: 'ausgebucht', format: { slug: 'barcamp' } });
    expect(forum.dates).toHaveLength(2);
    const walk = await request(app.server).get('/api/participation-opportunities/demo-abgesagter-stadtteilspaziergang').expect(200);
    expect(walk.body.data.currentStatus).toBe('abgesagt');
  });

  it('keeps provenance that editors can see', async () => {
    const format = await app.strapi.documents(PARTICIPATION_FORMAT).findFirst({ filters: { slug: 'world-cafe' }, status: 'published' } as never);
    const { provenance, sources } = format as unknown as { provenance: Record<string, string>; sources: Array<{ id: string }> };
    expect(Object.keys(provenance).length).toBeGreaterThan(5);
    for (const origin of Object.values(provenance)) {
      const ids = origin.split('+');
      expect(ids.every((id) => /estimate|derived/.test(id) || sources.some((source) => source.id === id))).toBe(true);
    }
  });

  it('changes nothing when run a second time', async () => {
    const before = await countRows();
    const report = await runSeed(app.strapi);
    expect(Object.values(report.created).flat()).toEqual([]);
    expect(report.skipped[PARTICIPATION_FORMAT]).toHaveLength(46);
    expect(await countRows()).toEqual(before);
  });

  it('leaves an editor’s change to a seeded entry alone', async () => {
    const place = await app.strapi.documents(PILOT_MUNICIPALITY).findFirst({ filters: { slug: 'schwelm' } } as never);
    const documentId = (place as unknown as { documentId: string }).documentId;
    await app.strapi.documents(PILOT_MUNICIPALITY).update({ documentId, locale: 'de', data: { topic: 'Innenstadt' }, status: 'published' } as never);
    await runSeed(app.strapi);
    const after = await app.strapi.documents(PILOT_MUNICIPALITY).findOne({ documentId, status: 'published' } as never);
    expect(after).toMatchObject({ topic: 'Innenstadt' });
  });
});

describe('content rules for every writer', () => {
  const formats = () => app.strapi.documents(PARTICIPATION_FORMAT);

  it('makes the slug from the name in German transliteration', async () => {
    const created = await formats().create({ data: { name: 'Bürgerrat Straßenbahn' } } as never);
    expect(created).toMatchObject({ slug: 'buergerrat-strassenbahn' });
  });

  it('gives a new translation the slug the document already has', async () => {
    const created = (await formats().create({ data: { name: 'Quartiersrunde' } } as never)) as unknown as { documentId: string };
    const english = await formats().update({ documentId: created.documentId, locale: 'en', data: { name: 'Neighbourhood round', slug: '' } } as never);
    expect(english).toMatchObject({ slug: 'quartiersrunde', locale: 'en' });
  });

  it('rejects unknown codes in multi-valued fields, naming field and allowed values', async () => {
    await expect(formats().create({ data: { name: 'Test', goals: ['ideen_vorschlaege', 'weltfrieden'] } } as never)).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('goals[1] is "weltfrieden"; allowed: informieren_kompetenz'),
    });
  });

  it('rejects a maximum group size below the minimum', async () => {
    await expect(formats().create({ data: { name: 'Test', participantsMin: 30, participantsMax: 10 } } as never)).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('participantsMax'),
    });
  });

  it('answers a write with bad codes over REST with 400, for callers allowed to write', async () => {
    const token = await app.strapi.service('admin::api-token').create({
      name: 'editor-tool',
      type: 'full-access',
      lifespan: null,
      permissions: [],
    });
    const res = await request(app.server)
      .post('/api/participation-formats')
      .set('Authorization', `Bearer ${token.accessKey}`)
      .send({ data: { name: 'Über die API', modes: ['online', 'fax'] } })
      .expect(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['modes', '1'], allowed: expect.arrayContaining(['online']) });

    const ok = await request(app.server)
      .post('/api/participation-formats')
      .set('Authorization', `Bearer ${token.accessKey}`)
      .send({ data: { name: 'Über die API', modes: ['online'] } })
      .expect(201);
    expect(ok.body.data).toMatchObject({ slug: 'ueber-die-api', modes: ['online'] });
  });
});
