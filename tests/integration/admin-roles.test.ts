import request from 'supertest';
import { AUTHOR_ROLE_CODE, EDITOR_ROLE_CODE, POOL_ROLE_CODE, setUpAdminRoles } from '../../src/bootstrap/admin-roles';
import { PARTICIPATION_FORMAT, PARTICIPATION_OPPORTUNITY } from '../../src/content-types';
import { CONSENT_EVENT, MAILING, OUTBOX_MESSAGE, SUBSCRIBER } from '@mitwirken/strapi-plugin-double-opt-in/strapi-server';
import { REGISTRATION } from '@mitwirken/strapi-plugin-registrations/strapi-server';
import { startTestApp, type TestApp } from '../harness/strapi';

let app: TestApp;
const PASSWORD = 'Sicheres-Passwort-2026';

type Person = 'superAdmin' | 'editor' | 'author' | 'poolOffice';
const ROLE_OF: Record<Person, string> = {
  superAdmin: 'strapi-super-admin',
  editor: EDITOR_ROLE_CODE,
  author: AUTHOR_ROLE_CODE,
  poolOffice: POOL_ROLE_CODE,
};
const tokens = {} as Record<Person, string>;

async function createAdmin(person: Person): Promise<void> {
  const role = (await app.strapi.db.query('admin::role').findOne({ where: { code: ROLE_OF[person] } })) as { id: number } | null;
  if (!role) throw new Error(`role ${ROLE_OF[person]} is missing`);
  await app.strapi.service('admin::user').create({
    email: `${person.toLowerCase()}@stadt.example`,
    firstname: person,
    lastname: 'Test',
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
}

async function logIn(person: Person): Promise<string> {
  const response = await request(app.server).post('/admin/login').send({ email: `${person.toLowerCase()}@stadt.example`, password: PASSWORD });
  expect(response.status).toBe(200);
  return response.body.data.token as string;
}

const as = (person: Person) => ({
  get: (path: string) => request(app.server).get(path).set('Authorization', `Bearer ${tokens[person]}`),
  post: (path: string, body: object = {}) => request(app.server).post(path).set('Authorization', `Bearer ${tokens[person]}`).send(body),
});

let mailingId: string;

async function draftMailing(title: string): Promise<string> {
  const created = (await app.strapi.documents(MAILING as never).create({ data: { title, subject: 'Neues', body: 'Hallo {{firstName}}', language: 'de' } } as never)) as unknown as { documentId: string };
  return created.documentId;
}

beforeAll(async () => {
  process.env.OUTBOX_ENABLED = 'false';
  app = await startTestApp('admin-roles');
  for (const person of Object.keys(ROLE_OF) as Person[]) await createAdmin(person);
  for (const person of Object.keys(ROLE_OF) as Person[]) tokens[person] = await logIn(person);
  await app.strapi.db.query(SUBSCRIBER as never).createMany({
    data: [
      { firstName: 'Erika', lastName: 'Muster', email: 'erika@example.org', emailNormalized: 'erika@example.org', status: 'confirmed', language: 'de', confirmTokenHash: 'a'.repeat(64) },
      { firstName: 'Max', lastName: 'Muster', email: 'max@example.org', emailNormalized: 'max@example.org', status: 'confirmed', language: 'de' },
    ],
  });
  mailingId = await draftMailing('Rollen-Test');
});

afterAll(async () => {
  await app?.stop();
});

/** Every admin route of the double-opt-in plugin, with a request that would succeed for a permitted user. */
const poolRoutes = (): Array<[string, 'get' | 'post', string, object?]> => [
  ['CSV export', 'get', '/double-opt-in/export.csv'],
  ['outbox', 'get', '/double-opt-in/outbox'],
  ['activity log', 'get', '/double-opt-in/audit'],
  ['process the outbox', 'post', '/double-opt-in/outbox/process'],
  ['mailing list', 'get', '/double-opt-in/mailings'],
  ['mailing progress', 'get', `/double-opt-in/mailings/${mailingId}/progress`],
  ['mailing preview', 'get', `/double-opt-in/mailings/${mailingId}/preview`],
  ['mailing test send', 'post', `/double-opt-in/mailings/${mailingId}/test`, { email: 'pruefung@stadt.example' }],
  ['mailing start', 'post', `/double-opt-in/mailings/${mailingId}/start`],
  ['mailing pause', 'post', `/double-opt-in/mailings/${mailingId}/pause`],
  ['mailing resume', 'post', `/double-opt-in/mailings/${mailingId}/resume`],
  ['mailing cancel', 'post', `/double-opt-in/mailings/${mailingId}/cancel`],
  ['entries imported without proof', 'get', '/double-opt-in/import/unverified'],
];

const contentManagerList = (uid: string) => `/content-manager/collection-types/${uid}`;
const personalTypes = [SUBSCRIBER, CONSENT_EVENT, OUTBOX_MESSAGE, REGISTRATION];

describe.each(['editor', 'author'] as const)('the %s', (person) => {
  it('gets 403 from every admin route of the double-opt-in plugin', async () => {
    for (const [name, method, path, body] of poolRoutes()) {
      const response = method === 'get' ? await as(person).get(path) : await as(person).post(path, body);
      expect({ name, status: response.status }).toEqual({ name, status: 403 });
    }
  });

  it("gets 403 from the content manager's subscriber, consent-event, outbox and registration endpoints", async () => {
    for (const uid of personalTypes) {
      expect({ uid, status: (await as(person).get(contentManagerList(uid))).status }).toEqual({ uid, status: 403 });
    }
    const created = await as(person).post(contentManagerList(SUBSCRIBER), { firstName: 'X', lastName: 'Y', email: 'x@example.org', emailNormalized: 'x@example.org', status: 'confirmed' });
    expect(created.status).toBe(403);
  });

  it('keeps full access to the participation formats and may use the finder preview', async () => {
    expect((await as(person).get(contentManagerList(PARTICIPATION_FORMAT))).status).toBe(200);
    const created = await as(person).post(`${contentManagerList(PARTICIPATION_FORMAT)}?locale=de`, { name: `Format von ${person}`, goals: ['ideen_vorschlaege'], modes: ['online'] });
    expect(created.status).toBe(201);
    // …and opens it again, in German and in English (a translation of her own).
    const documentId = created.body.data.documentId as string;
    const opened = await as(person).get(`${contentManagerList(PARTICIPATION_FORMAT)}/${documentId}?locale=de`);
    expect(opened.status).toBe(200);
    expect(opened.body.data).toMatchObject({ name: `Format von ${person}`, goals: ['ideen_vorschlaege'] });
    const translated = await request(app.server)
      .put(`${contentManagerList(PARTICIPATION_FORMAT)}/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${tokens[person]}`)
      .send({ name: `Format by ${person}` });
    expect(translated.status).toBe(200);
    const seeded = (await as(person).get(`${contentManagerList(PARTICIPATION_FORMAT)}?locale=de`)).body.results as unknown[];
    expect(seeded.length).toBeGreaterThan(0);

    // An Editor publishes; an Author does not (as in Strapi's own roles); both may delete their own.
    const published = await as(person).post(`${contentManagerList(PARTICIPATION_FORMAT)}/${documentId}/actions/publish?locale=de`, {});
    expect(published.status).toBe(person === 'editor' ? 200 : 403);
    const deleted = await request(app.server).delete(`${contentManagerList(PARTICIPATION_FORMAT)}/${documentId}?locale=en`).set('Authorization', `Bearer ${tokens[person]}`);
    expect(deleted.status).toBe(200);
    expect((await as(person).get('/format-finder/criteria?locale=de')).status).toBe(200);
  });
});

describe('mailing drafts', () => {
  it('an Editor writes a draft in the content manager, but cannot test-send or start it', async () => {
    const created = await as('editor').post(contentManagerList(MAILING), { title: 'Entwurf der Redaktion', subject: 'Hallo', body: 'Text für {{firstName}}', language: 'de' });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId as string;
    expect((await as('editor').post(`/double-opt-in/mailings/${documentId}/test`, { email: 'a@example.org' })).status).toBe(403);
    expect((await as('editor').post(`/double-opt-in/mailings/${documentId}/start`)).status).toBe(403);
    // The interests widget of the draft reads the configured interests, which are nothing personal.
    const interests = await as('editor').get('/double-opt-in/interests');
    expect(interests.status).toBe(200);
    expect(interests.body.interests.map((interest: { code: string }) => interest.code)).toContain('mobilitaet');
  });

  it('an Author cannot write mailings', async () => {
    expect((await as('author').post(contentManagerList(MAILING), { title: 'x', subject: 'x', body: 'x', language: 'de' })).status).toBe(403);
  });
});

describe('the Mitmach-Pool role', () => {
  it('reads the pool in the content manager, without the confirmation token', async () => {
    for (const uid of personalTypes) {
      expect({ uid, status: (await as('poolOffice').get(contentManagerList(uid))).status }).toEqual({ uid, status: 200 });
    }
    const list = await as('poolOffice').get(contentManagerList(SUBSCRIBER));
    expect(list.body.results.length).toBe(2);
    for (const subscriber of list.body.results) expect(subscriber).not.toHaveProperty('confirmTokenHash');
    const one = await as('poolOffice').get(`${contentManagerList(SUBSCRIBER)}/${list.body.results[0].documentId}`);
    expect(one.status).toBe(200);
    expect(one.body.data).not.toHaveProperty('confirmTokenHash');
    expect(JSON.stringify(one.body)).not.toContain('a'.repeat(64));
  });

  it('may not change a consent event, nor may the super admin', async () => {
    await app.strapi.db.query(CONSENT_EVENT as never).create({ data: { type: 'signup', occurredAt: new Date(), source: 'test' } });
    const [event] = (await as('poolOffice').get(contentManagerList(CONSENT_EVENT))).body.results;
    for (const person of ['poolOffice', 'superAdmin'] as const) {
      const response = await request(app.server)
        .put(`${contentManagerList(CONSENT_EVENT)}/${event.documentId}`)
        .set('Authorization', `Bearer ${tokens[person]}`)
        .send({ source: 'geändert' });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
  });

  it('gets 200 from every admin route, and each export and start is recorded with who, when and how many', async () => {
    const exported = await as('poolOffice').get('/double-opt-in/export.csv');
    expect(exported.status).toBe(200);
    expect(exported.text.split('\n').filter(Boolean)).toHaveLength(3);

    for (const [name, method, path, body] of poolRoutes().filter(([name]) => !['mailing start', 'mailing pause', 'mailing resume', 'mailing cancel'].includes(name))) {
      const response = method === 'get' ? await as('poolOffice').get(path) : await as('poolOffice').post(path, body);
      expect({ name, status: response.status }).toEqual({ name, status: 200 });
    }
    for (const action of ['start', 'pause', 'resume', 'cancel']) {
      const response = await as('poolOffice').post(`/double-opt-in/mailings/${mailingId}/${action}`);
      expect({ action, status: response.status }).toEqual({ action, status: 200 });
    }

    const audit = await as('poolOffice').get('/double-opt-in/audit');
    expect(audit.status).toBe(200);
    const entries = audit.body.entries as Array<{ action: string; actorName: string; rowCount: number; subject: string | null; occurredAt: string }>;
    expect(entries.find((entry) => entry.action === 'mailing-start')).toMatchObject({ actorName: 'poolOffice Test', rowCount: 2, subject: 'Rollen-Test' });
    expect(entries.find((entry) => entry.action === 'export')).toMatchObject({ actorName: 'poolOffice Test', rowCount: 2 });
    expect(Number.isNaN(Date.parse(entries[0].occurredAt))).toBe(false);
  });

  it('does not see the format finder preview (not its job)', async () => {
    expect((await as('poolOffice').get('/format-finder/criteria?locale=de')).status).toBe(403);
  });
});

describe('the super admin', () => {
  it('keeps every route of both plugins and the pool types', async () => {
    const documentId = await draftMailing('Vom Super-Admin');
    expect((await as('superAdmin').get('/double-opt-in/export.csv')).status).toBe(200);
    expect((await as('superAdmin').get('/double-opt-in/outbox')).status).toBe(200);
    expect((await as('superAdmin').get('/double-opt-in/audit')).status).toBe(200);
    expect((await as('superAdmin').get(`/double-opt-in/mailings/${documentId}/preview`)).status).toBe(200);
    expect((await as('superAdmin').post(`/double-opt-in/mailings/${documentId}/start`)).status).toBe(200);
    expect((await as('superAdmin').get('/format-finder/index-status')).status).toBe(200);
    for (const uid of personalTypes) expect((await as('superAdmin').get(contentManagerList(uid))).status).toBe(200);
  });
});

describe('the pool office', () => {
  it('may import the existing list, also where the role was set up before the import existed', async () => {
    expect((await as('poolOffice').get('/double-opt-in/import/unverified')).status).toBe(200);
    const pool = (await app.strapi.db.query('admin::role').findOne({ where: { code: POOL_ROLE_CODE } })) as { id: number };
    const importAction = { role: { id: pool.id }, action: 'plugin::double-opt-in.pool.import' };
    expect(await app.strapi.db.query('admin::permission').count({ where: importAction })).toBe(1);

    // A role from before: without the action, and the step not yet run.
    await app.strapi.db.query('admin::permission').deleteMany({ where: importAction });
    const store = app.strapi.store({ type: 'core', name: 'mitwirken' });
    const steps = (await store.get({ key: 'admin-role-steps' })) as string[];
    await store.set({ key: 'admin-role-steps', value: steps.filter((step) => step !== 'pool-import') });
    expect(await setUpAdminRoles(app.strapi)).toEqual(['pool-import']);
    expect(await app.strapi.db.query('admin::permission').count({ where: importAction })).toBe(1);
    expect(await setUpAdminRoles(app.strapi)).toEqual([]);
  });

  it('reads the registrations, also where the roles were set up before the registrations existed', async () => {
    const pool = (await app.strapi.db.query('admin::role').findOne({ where: { code: POOL_ROLE_CODE } })) as { id: number };
    const editor = (await app.strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE_CODE } })) as { id: number };
    // Roles from before: the Editor with Strapi's grant on every type, the pool's office without one.
    await app.strapi.db.query('admin::permission').deleteMany({ where: { role: { id: pool.id }, subject: REGISTRATION } });
    await (app.strapi.service('admin::role') as any).addPermissions(editor.id, [{ action: 'plugin::content-manager.explorer.read', subject: REGISTRATION, properties: { fields: ['firstName'] }, conditions: [] }]);
    const store = app.strapi.store({ type: 'core', name: 'mitwirken' });
    const steps = (await store.get({ key: 'admin-role-steps' })) as string[];
    await store.set({ key: 'admin-role-steps', value: steps.filter((step) => step !== 'registrations-personal-data') });
    expect((await as('editor').get(contentManagerList(REGISTRATION))).status).toBe(200);
    expect(await setUpAdminRoles(app.strapi)).toEqual(['registrations-personal-data']);
    expect((await as('poolOffice').get(contentManagerList(REGISTRATION))).status).toBe(200);
    expect((await as('editor').get(contentManagerList(REGISTRATION))).status).toBe(403);
  });
});

describe('an administrator changes the roles', () => {
  it('keeps the change across a restart', async () => {
    const roles = app.strapi.service('admin::role');
    const editor = (await app.strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE_CODE } })) as { id: number };
    const pool = (await app.strapi.db.query('admin::role').findOne({ where: { code: POOL_ROLE_CODE } })) as { id: number };
    // The office lets the Editors see the outbox, and takes the export away from itself.
    await roles.addPermissions(editor.id, [{ action: 'plugin::double-opt-in.pool.read', subject: null, properties: {}, conditions: [] }]);
    await app.strapi.db.query('admin::permission').deleteMany({ where: { role: { id: pool.id }, action: 'plugin::double-opt-in.pool.export' } });
    await roles.update({ id: pool.id }, { name: 'Pool-Büro' });

    app = await app.restart();
    for (const person of Object.keys(ROLE_OF) as Person[]) tokens[person] = await logIn(person);

    expect((await as('editor').get('/double-opt-in/outbox')).status).toBe(200);
    expect((await as('editor').get('/double-opt-in/export.csv')).status).toBe(403);
    expect((await as('poolOffice').get('/double-opt-in/export.csv')).status).toBe(403);
    expect((await as('poolOffice').get('/double-opt-in/outbox')).status).toBe(200);
    const roleNames = ((await app.strapi.db.query('admin::role').findMany({})) as Array<{ name: string }>).map((role) => role.name);
    expect(roleNames).toContain('Pool-Büro');
    expect(roleNames).not.toContain('Mitmach-Pool');
  });
});

describe('an installation set up before the participation opportunities existed', () => {
  it('gives Editors and Authors the new type on the next start, and leaves their other permissions as the administrator left them', async () => {
    const store = app.strapi.store({ type: 'core', name: 'mitwirken' });
    const editor = (await app.strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE_CODE } })) as { id: number };
    // As before the type existed: no step for it, no permission on it; and the administrator had taken deleting formats from Editors.
    const steps = ((await store.get({ key: 'admin-role-steps' })) as string[]).filter((step) => step !== 'editor-author-opportunities');
    await store.set({ key: 'admin-role-steps', value: steps });
    await app.strapi.db.query('admin::permission').deleteMany({ where: { subject: PARTICIPATION_OPPORTUNITY } });
    await app.strapi.db.query('admin::permission').deleteMany({ where: { role: { id: editor.id }, subject: PARTICIPATION_FORMAT, action: 'plugin::content-manager.explorer.delete' } });

    app = await app.restart();

    const held = async (code: string, uid: string) => {
      const role = (await app.strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number };
      const permissions = (await app.strapi.db.query('admin::permission').findMany({ where: { role: { id: role.id }, subject: uid } })) as Array<{ action: string }>;
      return permissions.map((permission) => permission.action.replace('plugin::content-manager.explorer.', '')).sort();
    };
    expect(await held(EDITOR_ROLE_CODE, PARTICIPATION_OPPORTUNITY)).toEqual(['create', 'delete', 'publish', 'read', 'update']);
    expect(await held(AUTHOR_ROLE_CODE, PARTICIPATION_OPPORTUNITY)).toEqual(['create', 'delete', 'read', 'update']);
    expect(await held(EDITOR_ROLE_CODE, PARTICIPATION_FORMAT)).not.toContain('delete');
    const stepsNow = (await app.strapi.store({ type: 'core', name: 'mitwirken' }).get({ key: 'admin-role-steps' })) as string[];
    expect(stepsNow).toContain('editor-author-opportunities');
  });
});
