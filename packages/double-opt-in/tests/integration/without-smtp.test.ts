import request from 'supertest';
import { MAILING, OUTBOX_MESSAGE, SUBSCRIBER } from '../../server/src/uids';
import type { TestApp } from '@mitwirken/strapi-testing';
import { startHostApp } from '../harness/host-app';
import { surveyInvitation } from '../fixtures/survey-invitation-kind';

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

it('shows a digest and a Rundmail sent without SMTP as kept, with their mails counted as kept, never as sent at 0 %', async () => {
  const plugin = app.strapi.plugin('double-opt-in');
  const people = Array.from({ length: 6 }, (_, i) => ({ firstName: `K${i}`, lastName: 'Test', email: `kept-${i}@example.org`, emailNormalized: `kept-${i}@example.org`, status: 'confirmed', language: 'de', interests: [] }));
  await app.strapi.db.query(SUBSCRIBER as never).createMany({ data: people });
  const source = app.strapi.service('api::notice.digest-source' as never) as unknown as { setItems(items: unknown[]): void };
  source.setItems([
    { id: 'treffen', title: { de: 'Treffen', en: 'Meeting' }, url: { de: 'https://stadt.example/de/treffen', en: 'https://stadt.example/en/meeting' }, facets: { interests: [], districts: ['gesamt'] }, startsAt: new Date(Date.now() + 86_400_000).toISOString(), publishedAt: new Date().toISOString() },
  ]);
  const digest = await plugin.service('digest').create({ title: 'Ohne Mailserver', itemIds: ['treffen'] });
  const rundmail = await app.strapi.documents(MAILING as never).create({ data: { title: 'Rundmail ohne Mailserver', subject: 'Hallo {{firstName}}', body: 'Text.', language: 'de' } as never });

  for (const documentId of [digest.documentId, rundmail.documentId]) {
    const started = await plugin.service('mailings').start(documentId);
    expect(started.recipients).toBeGreaterThanOrEqual(6);
    await plugin.service('outbox').idle();
    await plugin.service('outbox').processBatch();
    const progress = await plugin.service('mailings').progress(documentId);
    expect(progress).toMatchObject({ status: 'kept', sent: 0, kept: started.recipients, queued: 0, sending: 0, done: 1 });
    expect(await app.strapi.db.query(OUTBOX_MESSAGE as never).count({ where: { mailingId: (await app.strapi.db.query(MAILING as never).findOne({ where: { documentId } })).id, status: 'logged' } })).toBe(started.recipients);
  }
  const listed = await plugin.service('mailings').list();
  expect(listed.filter((entry: { progress: { status: string } }) => entry.progress.status === 'kept').map((entry: { kind: string }) => entry.kind).sort()).toEqual(['digest', 'standard']);
});

it('stores a mailing of a kind only once the kind is registered; registered at run time, it goes through the same pipeline', async () => {
  const plugin = app.strapi.plugin('double-opt-in');
  const data = { title: 'Umfrage', kind: 'survey-invitation', subject: 'Umfrage', body: 'Einladung', language: 'de', interests: ['umwelt_klima'] };
  await expect(app.strapi.documents(MAILING as never).create({ data } as never)).rejects.toMatchObject({ name: 'ValidationError' });

  plugin.service('mailing-kinds').register(surveyInvitation);
  expect(plugin.service('mailing-kinds').list().map((kind: { name: string }) => kind.name)).toEqual(['standard', 'digest', 'survey-invitation']);
  const people = ['umwelt_klima', 'mobilitaet', 'umwelt_klima'].map((interest, i) => ({ firstName: `S${i}`, lastName: 'Test', email: `survey-${i}@example.org`, emailNormalized: `survey-${i}@example.org`, status: 'confirmed', language: 'en', interests: [interest] }));
  await app.strapi.db.query(SUBSCRIBER as never).createMany({ data: people });
  const mailing = await app.strapi.documents(MAILING as never).create({ data } as never);
  expect(await plugin.service('mailings').preview(mailing.documentId)).toMatchObject({ subject: 'Umfrage: Ihre Meinung zu Umwelt und Klima' });

  const started = await plugin.service('mailings').start(mailing.documentId);
  expect(started).toMatchObject({ status: 'sending', recipients: 2 });
  await plugin.service('outbox').idle();
  await plugin.service('outbox').processBatch();
  expect(await plugin.service('mailings').progress(mailing.documentId)).toMatchObject({ status: 'kept', kept: 2 });
  const rows = await app.strapi.db.query(OUTBOX_MESSAGE as never).findMany({ where: { mailingId: mailing.id }, orderBy: { id: 'asc' } });
  expect(rows.map((row: { kind: string; recipient: string }) => [row.kind, row.recipient])).toEqual([
    ['survey-invitation', 'survey-0@example.org'],
    ['survey-invitation', 'survey-2@example.org'],
  ]);
});

it('never sends a mailing delivery row of a kind this instance does not know: it waits for one that does', async () => {
  const plugin = app.strapi.plugin('double-opt-in');
  const mailing = await app.strapi.documents(MAILING as never).create({ data: { title: 'Unbekannte Art', subject: 'Hallo', body: 'Text.', language: 'de' } as never });
  const row = await app.strapi.db.query(OUTBOX_MESSAGE as never).create({
    data: { kind: 'ghost-kind', mailingId: (mailing as unknown as { id: number }).id, recipient: 'ghost@example.org', subject: 'Hallo', textBody: '', htmlBody: '', headers: {}, status: 'pending', messageId: '<ghost-1@localhost>', dedupeKey: 'ghost:1' },
  });
  logged.length = 0;
  await plugin.service('outbox').idle();
  await plugin.service('outbox').processBatch();
  const after = await app.strapi.db.query(OUTBOX_MESSAGE as never).findOne({ where: { id: row.id } });
  expect(after).toMatchObject({ status: 'pending', lastError: expect.stringContaining('not registered') });
  expect(new Date(after.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() + 30_000);
  expect(logged.some((line) => line.includes('ghost@example.org'))).toBe(false);
});
