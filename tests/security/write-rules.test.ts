import { Client } from 'pg';
import { createAdminUser, http, instanceUrls, proxyUrl, type AdminUser, type Answer } from './support';

/**
 * Issue 18: the content manager's clone ("Duplizieren") skipped the write rules. An Editor of the
 * production instances, through the proxy, meets the same rules on create, update, clone and
 * publish; a copy of a sent mailing is harmless; and a bad value planted in the database with SQL
 * never makes a public page answer 500 or hands out a `javascript:` link.
 */
const OPPORTUNITY = 'api::participation-opportunity.participation-opportunity';
const FORMAT = 'api::participation-format.participation-format';
const MAILING = 'plugin::double-opt-in.mailing';
const PILOT_MUNICIPALITY = 'api::pilot-municipality.pilot-municipality';
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const run = Math.random().toString(36).slice(2, 8);

let editor: AdminUser;
let poolOffice: AdminUser;

const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
const as = (user: AdminUser, method: string, path: string, body?: unknown) => http(method, path, { token: user.token, body });

type Data = Record<string, unknown>;

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
  dates: [{ start: inDays(3), end: inDays(3.1), timeZone: 'Europe/Berlin' }],
  ...extra,
});

async function create(uid: string, data: Data): Promise<string> {
  const created = await as(editor, 'POST', `${cm(uid)}?locale=de`, data);
  expect({ status: created.status, error: created.body?.error }).toEqual({ status: 201, error: undefined });
  return created.body.data.documentId as string;
}

const clone = (uid: string, documentId: string, data: Data) => as(editor, 'POST', `${cm(uid)}/clone/${documentId}?locale=de`, data);
const publish = (uid: string, documentId: string) => as(editor, 'POST', `${cm(uid)}/${documentId}/actions/publish?locale=de`, {});

/** What the admin's clone form sends: the source's values, with the editor's changes on top. */
async function formOf(uid: string, documentId: string): Promise<Data> {
  const opened = await as(editor, 'GET', `${cm(uid)}/${documentId}?locale=de`);
  expect(opened.status).toBe(200);
  const { id: _id, documentId: _d, createdAt: _c, updatedAt: _u, publishedAt: _p, createdBy: _cb, updatedBy: _ub, localizations: _l, locale: _locale, ...form } = opened.body.data;
  return form as Data;
}

function expectRefused(answer: Answer, path: string, allowed: RegExp): void {
  expect({ status: answer.status, name: answer.body?.error?.name }).toEqual({ status: 400, name: 'ValidationError' });
  const errors = (answer.body.error.details?.errors ?? []) as Array<{ path: string[]; message: string }>;
  const problem = errors.find((error) => error.path.join('.') === path);
  expect({ path, paths: errors.map((error) => error.path.join('.')) }).toEqual({ path, paths: expect.arrayContaining([path]) });
  expect(problem!.message).toMatch(allowed);
}

/** SQL straight into the production database, as an older version or a hand-written fix could leave a row. */
async function sql(text: string, values: unknown[]): Promise<number> {
  const client = new Client({
    host: process.env.DATABASE_HOST,
    port: Number(process.env.DATABASE_PORT),
    database: process.env.DATABASE_NAME,
    user: process.env.DATABASE_USERNAME,
    password: process.env.DATABASE_PASSWORD,
  });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${process.env.DATABASE_SCHEMA ?? 'public'}`);
    return (await client.query(text, values)).rowCount ?? 0;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  editor = await createAdminUser('strapi-editor');
  poolOffice = await createAdminUser('mitwirken-pool-office');
});

describe('an Editor cloning an opportunity in the content manager', () => {
  let sourceId: string;
  beforeAll(async () => {
    sourceId = await create(OPPORTUNITY, opportunity(`quelle-${run}`));
  });

  it.each([
    ['registrationUrl', { registrationUrl: 'javascript:alert(document.cookie)' }, /https:\/\/ or http:\/\//],
    ['onlineLink', { onlineLink: 'javascript:alert(1)' }, /https:\/\/ or http:\/\//],
    ['dates.0.end', { dates: [{ start: inDays(5), end: inDays(4), timeZone: 'Europe/Berlin' }] }, /must not be before/],
    ['dates.0.timeZone', { dates: [{ start: inDays(5), end: inDays(5.1), timeZone: 'Mars/Olympus' }] }, /IANA time zone/],
    ['topics.0', { topics: ['weltraum'] }, /allowed: .*umwelt_klima/],
    ['districts.0', { districts: ['olympus_mons'] }, /allowed: .*innenstadt_nord/],
  ])('is refused with a bad %s (400 naming the field and what is allowed)', async (path, change, allowed) => {
    expectRefused(await clone(OPPORTUNITY, sourceId, { ...(await formOf(OPPORTUNITY, sourceId)), title: 'Kopie', slug: `kopie-${run}`, ...change }), path, allowed);
  });

  it('works for a valid opportunity: a draft with its own slug, which publishes', async () => {
    const copy = await clone(OPPORTUNITY, sourceId, { ...(await formOf(OPPORTUNITY, sourceId)), title: 'Zweiter Termin' });
    expect(copy.status).toBe(200);
    expect(copy.body.data).toMatchObject({ title: 'Zweiter Termin', publishedAt: null });
    expect(copy.body.data.slug).not.toBe(`quelle-${run}`);
    expect((await publish(OPPORTUNITY, copy.body.data.documentId)).status).toBe(200);
  });
});

describe('an Editor cloning a format', () => {
  it('is refused with unknown goals or a minimum above the maximum, and works when valid', async () => {
    const sourceId = await create(FORMAT, { name: `Bürgerrat ${run}`, goals: ['ideen_vorschlaege'], modes: ['online'], participantsMin: 10, participantsMax: 40 });
    const form = await formOf(FORMAT, sourceId);
    expectRefused(await clone(FORMAT, sourceId, { ...form, name: 'Kopie', goals: ['weltherrschaft'] }), 'goals.0', /allowed: .*ideen_vorschlaege/);
    expectRefused(await clone(FORMAT, sourceId, { ...form, name: 'Kopie', participantsMin: 500, participantsMax: 5 }), 'participantsMax', /must not be smaller than participantsMin/);
    const copy = await clone(FORMAT, sourceId, { ...form, name: `Bürgerrat ${run}, zweite Runde` });
    expect(copy.status).toBe(200);
    expect((await publish(FORMAT, copy.body.data.documentId)).status).toBe(200);
    // A partial update is checked against what the draft will hold.
    expectRefused(await as(editor, 'PUT', `${cm(FORMAT)}/${sourceId}?locale=de`, { participantsMin: 90 }), 'participantsMax', /must not be smaller/);
  });
});

describe('an Editor cloning a pilot municipality', () => {
  it('is refused with a website that is not an http(s) address', async () => {
    const sourceId = await create(PILOT_MUNICIPALITY, { name: `Musterstadt ${run}`, federalState: 'bayern', website: 'https://musterstadt.example' });
    expectRefused(await clone(PILOT_MUNICIPALITY, sourceId, { ...(await formOf(PILOT_MUNICIPALITY, sourceId)), name: 'Kopie', website: 'javascript:alert(1)' }), 'website', /https:\/\//);
  });
});

describe('an Editor cloning a sent mailing', () => {
  it('gets a draft that has sent nothing, which the public archive does not list', async () => {
    const created = await as(editor, 'POST', cm(MAILING), { title: `Versandt ${run}`, subject: `Neues ${run}`, body: 'Hallo {{firstName}}', language: 'de', showInArchive: true });
    expect(created.status).toBe(201);
    const sourceId = created.body.data.documentId as string;
    expect((await as(poolOffice, 'POST', `/double-opt-in/mailings/${sourceId}/start`)).status).toBe(200);
    let progress: Answer;
    for (let i = 0; ; i++) {
      progress = await as(poolOffice, 'GET', `/double-opt-in/mailings/${sourceId}/progress`);
      if (progress.body.status === 'sent' || i > 120) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(progress.body.status).toBe('sent');
    expect((await as(editor, 'PUT', `${cm(MAILING)}/${sourceId}`, { subject: 'Bitte bestätigen Sie Ihre Daten' })).status).toBe(403);

    const copy = await clone(MAILING, sourceId, {
      ...(await formOf(MAILING, sourceId)),
      subject: `Bitte bestätigen Sie Ihre Daten ${run}`,
      body: 'Bitte bestätigen Sie Ihre Daten unter https://evil.example/login',
      showInArchive: true,
    });
    expect(copy.status).toBe(200);
    const copyId = copy.body.data.documentId as string;
    const copyProgress = await as(poolOffice, 'GET', `/double-opt-in/mailings/${copyId}/progress`);
    expect(copyProgress.body).toMatchObject({ status: 'draft', recipients: 0, sent: 0 });
    const opened = await as(editor, 'GET', `${cm(MAILING)}/${copyId}`);
    expect(opened.body.data).toMatchObject({ startedAt: null, finishedAt: null, recipientCount: 0 });

    // Straight to each instance: the proxy may keep an archive answer for its lifetime.
    for (const base of instanceUrls) {
      const archive = await http('GET', '/api/double-opt-in/archive', { base });
      expect(archive.status).toBe(200);
      const ids = (archive.body.data as Array<{ id: string }>).map((entry) => entry.id);
      expect(ids).not.toContain(copyId);
      expect(archive.text).not.toContain('evil.example');
      // The source is listed exactly when it reached somebody.
      expect(ids.includes(sourceId)).toBe(progress.body.sent > 0);
    }
  });
});

describe('a bad value written into the database with SQL', () => {
  it('never makes the page, its JSON-LD, the .ics or the list answer 500, nor hands out the link', async () => {
    const slug = `altlast-${run}`;
    const documentId = await create(OPPORTUNITY, opportunity(slug));
    expect((await publish(OPPORTUNITY, documentId)).status).toBe(200);
    expect(await sql(`UPDATE participation_opportunities SET online_link = 'javascript:alert(1)', registration_url = 'javascript:alert(2)' WHERE document_id = $1`, [documentId])).toBe(2);
    const zones = await sql(
      `UPDATE components_opportunity_dates SET time_zone = 'Mars/Olympus' WHERE id IN (SELECT cmp_id FROM participation_opportunities_cmps c JOIN participation_opportunities o ON o.id = c.entity_id WHERE o.document_id = $1 AND c.field = 'dates')`,
      [documentId],
    );
    expect(zones).toBeGreaterThan(0);

    for (const base of [proxyUrl, ...instanceUrls]) {
      const page = await http('GET', `/de/angebote/${slug}`, { base });
      expect({ base, status: page.status }).toEqual({ base, status: 200 });
      expect(page.text).not.toContain('javascript:');
      const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.text);
      expect(JSON.parse(jsonLd![1]).startDate).toMatch(/\+0[12]:00$/);

      const one = await http('GET', `/api/participation-opportunities/${slug}`, { base });
      expect({ base, status: one.status }).toEqual({ base, status: 200 });
      expect(one.body.data).toMatchObject({ registrationUrl: null, dates: [expect.objectContaining({ timeZone: 'Europe/Berlin' })] });
      for (const path of ['/api/participation-opportunities', `/api/participation-opportunities/${documentId}/calendar.ics`, '/api/participation-opportunities/calendar.ics']) {
        const answer = await http('GET', path, { base });
        expect({ base, path, status: answer.status }).toEqual({ base, path, status: 200 });
        expect(answer.text).not.toContain('javascript:');
        expect(answer.text).not.toContain('Mars/Olympus');
      }
    }
  });
});
