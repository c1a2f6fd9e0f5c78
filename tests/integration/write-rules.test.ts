import request from 'supertest';
import { EDITOR_ROLE_CODE } from '../../src/bootstrap/admin-roles';
import { PARTICIPATION_FORMAT, PARTICIPATION_OPPORTUNITY, PILOT_MUNICIPALITY } from '../../src/content-types';
import { MAILING, OUTBOX_MESSAGE } from '@mitwirken/strapi-plugin-double-opt-in/strapi-server';
import { startTestApp, type TestApp } from '../harness/strapi';

/**
 * Issue 18: the content manager's clone ("Duplizieren") skipped the write rules. Every write path an
 * Editor has – create, update, clone, publish – goes through the same rules, over the admin's real
 * HTTP API; and a bad value that is in the database anyway never makes a public page answer 500.
 */
let app: TestApp;
let token: string;
const PASSWORD = 'Sicheres-Passwort-2026';
const EMAIL = 'redaktion-regeln@stadt.example';
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
const editor = {
  get: (path: string) => request(app.server).get(path).set('Authorization', `Bearer ${token}`),
  post: (path: string, body: object = {}) => request(app.server).post(path).set('Authorization', `Bearer ${token}`).send(body),
  put: (path: string, body: object = {}) => request(app.server).put(path).set('Authorization', `Bearer ${token}`).send(body),
};
const db = (uid: string) => app.strapi.db.query(uid as never);

type Data = Record<string, unknown>;
type ErrorBody = { error: { status: number; name: string; message: string; details: { errors?: Array<{ path: string[]; message: string }> } } };

const opportunity = (slug: string, extra: Data = {}): Data => ({
  title: `Angebot ${slug}`,
  slug,
  summary: 'Ein Angebot zum Mitwirken',
  topics: ['umwelt_klima'],
  districts: ['innenstadt_nord'],
  attendance: 'hybrid',
  eventStatus: 'geplant',
  registration: 'extern',
  registrationUrl: 'https://anmeldung.example.org/angebot',
  onlineLink: 'https://meet.example.org/angebot',
  showOnlineLink: true,
  dates: [{ start: inDays(3), end: new Date(Date.now() + 3 * DAY + 7_200_000).toISOString(), timeZone: 'Europe/Berlin' }],
  ...extra,
});

const format = (name: string, extra: Data = {}): Data => ({ name, goals: ['ideen_vorschlaege'], modes: ['online'], participantsMin: 10, participantsMax: 40, ...extra });

async function createAs(uid: string, data: Data): Promise<string> {
  const created = await editor.post(`${cm(uid)}?locale=de`, data);
  expect({ status: created.status, error: created.body.error }).toEqual({ status: 201, error: undefined });
  return created.body.data.documentId as string;
}

const clone = (uid: string, documentId: string, data: Data) => editor.post(`${cm(uid)}/clone/${documentId}?locale=de`, data);
const publish = (uid: string, documentId: string, data: Data = {}) => editor.post(`${cm(uid)}/${documentId}/actions/publish?locale=de`, data);

/** The admin's clone form sends the source's values back with the editor's changes. */
async function formOf(uid: string, documentId: string): Promise<Data> {
  const opened = await editor.get(`${cm(uid)}/${documentId}?locale=de`);
  expect(opened.status).toBe(200);
  const { id: _id, documentId: _documentId, createdAt: _c, updatedAt: _u, publishedAt: _p, createdBy: _cb, updatedBy: _ub, localizations: _l, locale: _locale, ...form } = opened.body.data;
  return form as Data;
}

function expectRefused(response: request.Response, path: string, allowed: RegExp): void {
  expect({ status: response.status, name: (response.body as ErrorBody).error?.name }).toEqual({ status: 400, name: 'ValidationError' });
  const errors = (response.body as ErrorBody).error.details.errors ?? [];
  const problem = errors.find((error) => error.path.join('.') === path);
  expect({ paths: errors.map((error) => error.path.join('.')), found: Boolean(problem) }).toEqual(expect.objectContaining({ found: true }));
  expect(problem!.message).toMatch(allowed);
}

async function draftRow(uid: string, documentId: string, published = false) {
  return (await db(uid).findOne({ where: { documentId, locale: 'de', publishedAt: published ? { $notNull: true } : null }, populate: { dates: true } } as never)) as {
    id: number;
    dates?: Array<{ id: number }>;
  };
}

beforeAll(async () => {
  process.env.OUTBOX_ENABLED = 'false';
  app = await startTestApp('write-rules');
  const role = (await db('admin::role').findOne({ where: { code: EDITOR_ROLE_CODE } })) as { id: number };
  await app.strapi.service('admin::user').create({ email: EMAIL, firstname: 'Rita', lastname: 'Redaktion', password: PASSWORD, isActive: true, registrationToken: null, roles: [role.id] });
  const login = await request(app.server).post('/admin/login').send({ email: EMAIL, password: PASSWORD });
  expect(login.status).toBe(200);
  token = login.body.data.token as string;
});

afterAll(async () => {
  await app?.stop();
});

describe('an Editor cloning an opportunity', () => {
  let sourceId: string;
  beforeAll(async () => {
    sourceId = await createAs(PARTICIPATION_OPPORTUNITY, opportunity('quelle'));
  });

  it.each([
    ['registrationUrl', { registrationUrl: 'javascript:alert(document.cookie)' }, /https:\/\/ or http:\/\//],
    ['onlineLink', { onlineLink: 'javascript:alert(1)' }, /https:\/\/ or http:\/\//],
    ['dates.0.end', { dates: [{ start: inDays(5), end: inDays(4), timeZone: 'Europe/Berlin' }] }, /must not be before dates\[0\]\.start/],
    ['dates.0.timeZone', { dates: [{ start: inDays(5), end: inDays(5.1), timeZone: 'Mars/Olympus' }] }, /IANA time zone/],
    ['topics.0', { topics: ['weltraum'] }, /allowed: .*umwelt_klima/],
    ['districts.0', { districts: ['olympus_mons'] }, /allowed: .*innenstadt_nord/],
  ])('is refused with a bad %s, naming the field and what is allowed', async (path, change, allowed) => {
    const response = await clone(PARTICIPATION_OPPORTUNITY, sourceId, { ...(await formOf(PARTICIPATION_OPPORTUNITY, sourceId)), title: 'Kopie', slug: 'kopie', ...change });
    expectRefused(response, path, allowed);
  });

  it('is refused when only the clone’s data is sent and the bad value comes from the source', async () => {
    const bad = await createAs(PARTICIPATION_OPPORTUNITY, opportunity('schlechte-quelle'));
    const row = await draftRow(PARTICIPATION_OPPORTUNITY, bad);
    // As an older version or SQL could have left it.
    await db(PARTICIPATION_OPPORTUNITY).update({ where: { id: row.id }, data: { onlineLink: 'javascript:alert(1)' } });
    await db('opportunity.date').update({ where: { id: row.dates![0].id }, data: { timeZone: 'Mars/Olympus' } });
    const response = await clone(PARTICIPATION_OPPORTUNITY, bad, { title: 'Kopie der schlechten Quelle' });
    expectRefused(response, 'onlineLink', /https:\/\//);
    expectRefused(response, 'dates.0.timeZone', /IANA/);
    // …and the draft itself cannot be published either.
    expectRefused(await publish(PARTICIPATION_OPPORTUNITY, bad), 'dates.0.timeZone', /IANA/);
    expect(await draftRow(PARTICIPATION_OPPORTUNITY, bad, true)).toBeNull();
  });

  it('works for a valid opportunity: the copy is a draft with its own slug, and publishes', async () => {
    const response = await clone(PARTICIPATION_OPPORTUNITY, sourceId, { ...(await formOf(PARTICIPATION_OPPORTUNITY, sourceId)), title: 'Zweiter Termin' });
    expect(response.status).toBe(200);
    const copy = response.body.data as { documentId: string; slug: string; title: string; publishedAt: string | null };
    expect(copy).toMatchObject({ title: 'Zweiter Termin', publishedAt: null });
    expect(copy.documentId).not.toBe(sourceId);
    expect(copy.slug).not.toBe('quelle');
    const published = await publish(PARTICIPATION_OPPORTUNITY, copy.documentId);
    expect(published.status).toBe(200);
    const page = await request(app.server).get(`/api/participation-opportunities/${copy.slug}`).expect(200);
    expect(page.body.data).toMatchObject({ title: 'Zweiter Termin', registrationUrl: 'https://anmeldung.example.org/angebot' });
  });
});

describe('an Editor cloning a format', () => {
  let sourceId: string;
  beforeAll(async () => {
    sourceId = await createAs(PARTICIPATION_FORMAT, format('Bürgerrat zum Klonen'));
  });

  it('is refused with unknown goals or a minimum above the maximum', async () => {
    const form = await formOf(PARTICIPATION_FORMAT, sourceId);
    expectRefused(await clone(PARTICIPATION_FORMAT, sourceId, { ...form, name: 'Kopie', goals: ['weltherrschaft'] }), 'goals.0', /allowed: .*ideen_vorschlaege/);
    expectRefused(await clone(PARTICIPATION_FORMAT, sourceId, { ...form, name: 'Kopie', participantsMin: 500, participantsMax: 5 }), 'participantsMax', /must not be smaller than participantsMin/);
    // Lodash merges arrays index by index: a short list sent with a clone keeps the source's tail.
    expectRefused(await clone(PARTICIPATION_FORMAT, sourceId, { participantsMin: 100 }), 'participantsMax', /must not be smaller/);
  });

  it('works for a valid format, and the copy publishes', async () => {
    const response = await clone(PARTICIPATION_FORMAT, sourceId, { ...(await formOf(PARTICIPATION_FORMAT, sourceId)), name: 'Bürgerrat, zweite Runde' });
    expect(response.status).toBe(200);
    expect((await publish(PARTICIPATION_FORMAT, response.body.data.documentId)).status).toBe(200);
  });

  it('refuses an update that puts the minimum above the stored maximum', async () => {
    const response = await editor.put(`${cm(PARTICIPATION_FORMAT)}/${sourceId}?locale=de`, { participantsMin: 90 });
    expectRefused(response, 'participantsMax', /must not be smaller than participantsMin \(90\)/);
  });
});

describe('an Editor cloning a pilot municipality', () => {
  it('is refused with a website that is not an http(s) address, and works with one', async () => {
    const sourceId = await createAs(PILOT_MUNICIPALITY, { name: 'Musterstadt', federalState: 'bayern', website: 'https://musterstadt.example' });
    const form = await formOf(PILOT_MUNICIPALITY, sourceId);
    expectRefused(await clone(PILOT_MUNICIPALITY, sourceId, { ...form, name: 'Kopie', website: 'javascript:alert(1)' }), 'website', /https:\/\//);
    expect((await clone(PILOT_MUNICIPALITY, sourceId, { ...form, name: 'Nachbarstadt' })).status).toBe(200);
  });
});

describe('the other document-service actions', () => {
  const documents = () => app.strapi.documents(PARTICIPATION_OPPORTUNITY as never) as unknown as Record<string, (params: Data) => Promise<unknown>>;

  it('create and update with status "published" check what they publish', async () => {
    await expect(documents().create({ data: opportunity('direkt', { onlineLink: 'javascript:x' }), locale: 'de', status: 'published' })).rejects.toMatchObject({ name: 'ValidationError' });
    const id = await createAs(PARTICIPATION_OPPORTUNITY, opportunity('entwurf-mit-altlast'));
    const row = await draftRow(PARTICIPATION_OPPORTUNITY, id);
    await db(PARTICIPATION_OPPORTUNITY).update({ where: { id: row.id }, data: { registrationUrl: 'data:text/html,<script>alert(1)</script>' } });
    await expect(documents().update({ documentId: id, locale: 'de', data: { title: 'Nur der Titel' }, status: 'published' })).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [expect.objectContaining({ path: ['registrationUrl'] })] },
    });
    await expect(documents().publish({ documentId: id, locale: 'de' })).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('discardDraft does not bring a bad published value back into the draft', async () => {
    const id = await createAs(PARTICIPATION_OPPORTUNITY, opportunity('veroeffentlicht-mit-altlast'));
    expect((await publish(PARTICIPATION_OPPORTUNITY, id)).status).toBe(200);
    const published = await draftRow(PARTICIPATION_OPPORTUNITY, id, true);
    await db(PARTICIPATION_OPPORTUNITY).update({ where: { id: published.id }, data: { topics: ['weltraum'] } });
    await expect(documents().discardDraft({ documentId: id, locale: 'de' })).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [expect.objectContaining({ path: ['topics', '0'] })] } });
  });

  it('accepts UTC and Etc/UTC, and refuses a time zone in the wrong case', async () => {
    const id = await createAs(PARTICIPATION_OPPORTUNITY, opportunity('utc', { dates: [{ start: inDays(4), timeZone: 'UTC' }, { start: inDays(5), timeZone: 'Etc/UTC' }] }));
    expect(id).toBeTruthy();
    const wrongCase = await editor.post(`${cm(PARTICIPATION_OPPORTUNITY)}?locale=de`, opportunity('klein', { dates: [{ start: inDays(4), timeZone: 'europe/berlin' }] }));
    expectRefused(wrongCase, 'dates.0.timeZone', /IANA time zone such as Europe\/Berlin/);
  });
});

describe('an Editor cloning a sent mailing', () => {
  it('gets a new draft that has sent nothing, and the archive lists only the mailing that was delivered', async () => {
    const created = await editor.post(cm(MAILING), { title: 'Versandt', subject: 'Neues aus dem Rathaus', body: 'Hallo {{firstName}}', language: 'de', showInArchive: true });
    expect({ status: created.status, error: created.body.error }).toEqual({ status: 201, error: undefined });
    const sent = created.body.data as { id: number; documentId: string };
    // What the pool's start and worker leave behind (through the query engine, as they write).
    await db(MAILING).update({ where: { id: sent.id }, data: { status: 'sent', startedAt: new Date(), finishedAt: new Date(), recipientCount: 1 } });
    await db(OUTBOX_MESSAGE).create({
      data: { kind: 'mailing', mailingId: sent.id, subscriberId: 1, recipient: 'erika@example.org', subject: 'Neues aus dem Rathaus', textBody: '', htmlBody: '', headers: {}, status: 'sent', attempts: 1, sentAt: new Date(), messageId: '<m@x>', dedupeKey: `mailing:${sent.id}:1` },
    });
    // Editing the sent mailing itself is refused…
    expect((await editor.put(`${cm(MAILING)}/${sent.documentId}`, { subject: 'Bitte bestätigen Sie Ihre Daten' })).status).toBe(403);

    // …and its copy, with the form's values sent back, is harmless.
    const form = await formOf(MAILING, sent.documentId);
    expect(form).toMatchObject({ showInArchive: true, recipientCount: 1 });
    const response = await clone(MAILING, sent.documentId, {
      ...form,
      subject: 'Bitte bestätigen Sie Ihre Daten',
      body: 'Bitte bestätigen Sie Ihre Daten unter https://evil.example/login',
      showInArchive: true,
    });
    expect(response.status).toBe(200);
    const copy = (await db(MAILING).findOne({ where: { documentId: response.body.data.documentId } })) as Data;
    expect(copy).toMatchObject({ status: 'draft', startedAt: null, finishedAt: null, recipientCount: 0 });
    expect(await db(OUTBOX_MESSAGE).count({ where: { mailingId: copy.id } })).toBe(0);

    // An old copy that was stored as "sent" without a single delivery stays out as well.
    await db(MAILING).update({ where: { id: copy.id as number }, data: { status: 'sent', finishedAt: new Date() } });
    const archive = await request(app.server).get('/api/double-opt-in/archive').expect(200);
    expect(archive.body.data.map((entry: { id: string }) => entry.id)).toEqual([sent.documentId]);
    expect(JSON.stringify(archive.body)).not.toContain('evil.example');
    const graphql = await request(app.server).post('/graphql').send({ query: '{ poolArchive { id subject } }' }).expect(200);
    expect(graphql.body.data.poolArchive).toEqual([{ id: sent.documentId, subject: 'Neues aus dem Rathaus' }]);
  });

  it('refuses a new mailing that claims to be sent', async () => {
    const response = await editor.post(cm(MAILING), { title: 'Falsch', subject: 'x', body: 'x', language: 'de', status: 'sent' });
    expect({ status: response.status, name: response.body.error?.name }).toEqual({ status: 400, name: 'ValidationError' });
  });
});

describe('a bad value already in the database', () => {
  it('never makes the public page, its JSON-LD, the .ics or the list answer 500', async () => {
    const id = await createAs(PARTICIPATION_OPPORTUNITY, opportunity('altlast-oeffentlich'));
    expect((await publish(PARTICIPATION_OPPORTUNITY, id)).status).toBe(200);
    const row = await draftRow(PARTICIPATION_OPPORTUNITY, id, true);
    await db(PARTICIPATION_OPPORTUNITY).update({ where: { id: row.id }, data: { onlineLink: 'javascript:alert(1)', registrationUrl: 'javascript:alert(2)' } });
    await db('opportunity.date').update({ where: { id: row.dates![0].id }, data: { timeZone: 'Mars/Olympus' } });

    const page = await request(app.server).get('/de/angebote/altlast-oeffentlich');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('javascript:');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.text)![1]) as { startDate: string; offers?: { url: string } };
    expect(jsonLd.startDate).toMatch(/\+0[12]:00$/);

    const one = await request(app.server).get('/api/participation-opportunities/altlast-oeffentlich').expect(200);
    expect(one.body.data).toMatchObject({ registrationUrl: null, dates: [expect.objectContaining({ timeZone: 'Europe/Berlin' })] });
    const list = await request(app.server).get('/api/participation-opportunities').expect(200);
    expect(JSON.stringify(list.body)).not.toContain('javascript:');
    for (const path of [`/api/participation-opportunities/${id}/calendar.ics`, '/api/participation-opportunities/calendar.ics']) {
      const calendar = await request(app.server).get(path);
      expect({ path, status: calendar.status }).toEqual({ path, status: 200 });
      expect(calendar.text).not.toContain('javascript:');
      expect(calendar.text).not.toContain('Mars/Olympus');
    }
  });
});
