import request from 'supertest';
import { SmtpSink, useSmtpSink } from '@mitwirken/strapi-testing';
import { END_USER_SIGNUP_ACTIONS } from '../../src/bootstrap/end-user-accounts';
import { startTestApp, type TestApp } from '../harness/strapi';

const USER = 'plugin::users-permissions.user';
const sink = new SmtpSink();
let app: TestApp;

beforeAll(async () => {
  await sink.start();
  useSmtpSink(sink);
  delete process.env.USERS_REGISTER_ENABLED;
  app = await startTestApp('end-user-accounts');
});

afterAll(async () => {
  delete process.env.USERS_REGISTER_ENABLED;
  await app?.stop();
  await sink.stop();
});

const api = () => request(app.server);
const advanced = async () => (await app.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as Record<string, unknown>;
const publicGrants = async () => {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  const rows = (await app.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } })) as Array<{ action: string }>;
  return rows.map((row) => row.action);
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('end-user accounts (users-permissions) are off unless the city switches them on', () => {
  it('refuses the sign-up, the password and confirmation mails and provider sign-ins; creates no account and sends nothing', async () => {
    expect((await advanced()).allow_register).toBe(false);
    expect((await publicGrants()).filter((action) => END_USER_SIGNUP_ACTIONS.includes(action))).toEqual([]);

    const register = await api().post('/api/auth/local/register').send({ username: 'spam', email: 'opfer@example.org', password: 'Passwort-123456' });
    expect(register.status).toBe(403);
    for (const [path, body] of [
      ['/api/auth/forgot-password', { email: 'opfer@example.org' }],
      ['/api/auth/reset-password', { code: 'x', password: 'Passwort-123456', passwordConfirmation: 'Passwort-123456' }],
      ['/api/auth/send-email-confirmation', { email: 'opfer@example.org' }],
    ] as const) {
      const res = await api().post(path).send(body);
      expect([path, res.status]).toEqual([path, 403]);
    }
    expect((await api().get('/api/auth/email-confirmation?confirmation=x')).status).toBe(403);
    for (const provider of ['github', 'google', 'email']) {
      const res = await api().get(`/api/connect/${provider}`);
      expect([provider, res.status]).toEqual([provider, 403]);
    }
    expect(await app.strapi.db.query(USER).count({})).toBe(0);
    await settle();
    expect(sink.mails).toHaveLength(0);
  });

  it('keeps the public reads (REST and GraphQL) and the admin working', async () => {
    await api().get('/api/participation-formats').expect(200);
    const graphql = await api().post('/graphql').send({ query: '{ participationFormats { name } }' }).expect(200);
    expect(graphql.body.errors).toBeUndefined();
    await api().get('/api/format-finder/criteria').expect(200);
    await api().get('/admin/init').expect(200);
  });

  it('a grant an administrator made in the admin is taken back at the next start', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'plugin::users-permissions.auth.register', role: role.id } });
    await app.strapi.store({ type: 'plugin', name: 'users-permissions' }).set({ key: 'advanced', value: { ...(await advanced()), allow_register: true } });
    app = await app.restart();
    expect((await advanced()).allow_register).toBe(false);
    expect(await publicGrants()).not.toContain('plugin::users-permissions.auth.register');
    expect((await api().post('/api/auth/local/register').send({ username: 'spam', email: 'opfer@example.org', password: 'Passwort-123456' })).status).toBe(403);
  });

  it('USERS_REGISTER_ENABLED=true switches the sign-up on', async () => {
    process.env.USERS_REGISTER_ENABLED = 'true';
    app = await app.restart();
    expect((await advanced()).allow_register).toBe(true);
    expect(await publicGrants()).toEqual(expect.arrayContaining([...END_USER_SIGNUP_ACTIONS]));
    const register = await api().post('/api/auth/local/register').send({ username: 'anna', email: 'anna@example.org', password: 'Passwort-123456' });
    expect(register.status).toBe(200);
    expect(await app.strapi.db.query(USER).count({})).toBe(1);
  });
});
