import request from 'supertest';
import { OUTBOX_MESSAGE } from '../../server/src/uids';
import type { TestApp } from '@mitwirken/strapi-testing';
import { startHostApp } from '../harness/host-app';

let app: TestApp;
const logged: string[] = [];

beforeAll(async () => {
  delete process.env.SMTP_HOST;
  app = await startHostApp('double-opt-in-without-smtp');
  const info = app.strapi.log.info.bind(app.strapi.log);
  app.strapi.log.info = ((message: string) => {
    logged.push(String(message));
    return info(message);
  }) as typeof app.strapi.log.info;
});

afterAll(async () => {
  await app?.stop();
});

it('keeps the mail and shows its confirmation link in the log, so the flow can be finished without SMTP', async () => {
  await request(app.server).post('/api/double-opt-in/subscribe').send({ firstName: 'Nora', lastName: 'Neu', email: 'nora@example.org', consent: true }).expect(202);
  await app.strapi.plugin('double-opt-in').service('outbox').idle();
  await app.strapi.plugin('double-opt-in').service('outbox').processBatch();

  const row = (await app.strapi.db.query(OUTBOX_MESSAGE as never).findOne({ where: { recipient: 'nora@example.org' } })) as Record<string, any>;
  expect(row.status).toBe('logged');
  const line = logged.find((message) => message.includes('nora@example.org'));
  expect(line).toBeDefined();
  const link = line!.match(/https?:\/\/\S+\/confirm\?token=\S+/)![0];
  const url = new URL(link);
  await request(app.server).get(url.pathname + url.search).expect(200);
  await request(app.server).post('/api/double-opt-in/confirm').send({ token: url.searchParams.get('token') }).expect(200);
});
