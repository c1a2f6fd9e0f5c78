import request from 'supertest';
import { wireOutbox } from '../../server/src/bootstrap';
import outboxService from '../../server/src/services/outbox';
import { OUTBOX_MESSAGE, SUBSCRIBER } from '../../server/src/uids';
import { SmtpSink, useSmtpSink, type TestApp } from '@mitwirken/strapi-testing';
import { startHostApp } from '../harness/host-app';

const sink = new SmtpSink();
let app: TestApp;

beforeAll(async () => {
  await sink.start();
  useSmtpSink(sink);
  process.env.OUTBOX_CRON = '0 0 0 1 1 *';
  app = await startHostApp('double-opt-in-operations');
});

afterAll(async () => {
  await app?.stop();
  await sink.stop();
});

const db = (uid: string) => app.strapi.db.query(uid as never);
const plugin = () => app.strapi.plugin('double-opt-in');

function outboxRows(count: number, prefix: string, extra: Record<string, unknown> = {}) {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'test',
    recipient: `${prefix}-${i}@example.org`,
    subject: `Test ${i}`,
    textBody: 'Hallo',
    htmlBody: '<p>Hallo</p>',
    headers: {},
    messageId: `<${prefix}-${i}@example.org>`,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: new Date(Date.now() - 1000),
    ...extra,
  }));
}

describe('outbox workers', () => {
  it('lets two workers drain one outbox together without sending any row twice', async () => {
    await db(OUTBOX_MESSAGE).createMany({ data: outboxRows(120, 'pair') });
    const first = outboxService({ strapi: app.strapi });
    const second = outboxService({ strapi: app.strapi });
    // Each instance's worker gets its transport and renderers at bootstrap.
    wireOutbox(app.strapi, first);
    wireOutbox(app.strapi, second);
    expect(first.worker).not.toBe(second.worker);

    const [a, b] = await Promise.all([first.processBatch(), second.processBatch()]);
    await plugin().service('outbox').idle();
    expect(a.sent + b.sent).toBeGreaterThanOrEqual(1);

    const recipients = sink.mails.filter((mail) => mail.to[0].startsWith('pair-')).map((mail) => mail.to[0]);
    expect(recipients).toHaveLength(120);
    expect(new Set(recipients).size).toBe(120);
    expect(await db(OUTBOX_MESSAGE).count({ where: { kind: 'test', status: 'sent' } })).toBe(120);
  });

  it('takes over a row whose worker died mid-send once its claim ran out', async () => {
    await db(OUTBOX_MESSAGE).createMany({
      data: outboxRows(1, 'orphan', { status: 'sending', lockedBy: 'dead-worker', lockedUntil: new Date(Date.now() - 1000), attempts: 1 }),
    });
    await db(OUTBOX_MESSAGE).createMany({
      data: outboxRows(1, 'busy', { status: 'sending', lockedBy: 'live-worker', lockedUntil: new Date(Date.now() + 60_000), attempts: 1 }),
    });
    await plugin().service('outbox').processBatch();
    expect(sink.mailsTo('orphan-0@example.org')).toHaveLength(1);
    expect(sink.mailsTo('busy-0@example.org')).toHaveLength(0);
    const orphan = (await db(OUTBOX_MESSAGE).findOne({ where: { recipient: 'orphan-0@example.org' } })) as Record<string, unknown>;
    expect(orphan).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

describe('retention', () => {
  it('purges sign-ups left unconfirmed beyond the retention period, keeping anonymous consent records', async () => {
    await request(app.server).post('/api/double-opt-in/subscribe').send({ firstName: 'Alt', lastName: 'Anmeldung', email: 'stale@example.org', consent: true }).expect(202);
    await request(app.server).post('/api/double-opt-in/subscribe').send({ firstName: 'Neu', lastName: 'Anmeldung', email: 'fresh@example.org', consent: true }).expect(202);
    const table = app.strapi.db.metadata.get(SUBSCRIBER as never).tableName;
    await app.strapi.db.getConnection(table).where({ email_normalized: 'stale@example.org' }).update({ updated_at: new Date(Date.now() - 15 * 86_400_000) });

    const purged = await plugin().service('subscription').purgeStalePending();
    expect(purged).toBe(1);
    expect(await db(SUBSCRIBER).findOne({ where: { emailNormalized: 'stale@example.org' } })).toBeNull();
    expect(await db(SUBSCRIBER).findOne({ where: { emailNormalized: 'fresh@example.org' } })).not.toBeNull();
  });

  it('enforces one subscriber per address in the database itself', async () => {
    const row = { firstName: 'A', lastName: 'B', email: 'Dup@example.org', emailNormalized: 'dup@example.org', status: 'pending' };
    await db(SUBSCRIBER).create({ data: row });
    // Matched by message: SQLite's native driver raises its error class from the first test file's realm.
    await expect(db(SUBSCRIBER).create({ data: { ...row, email: 'DUP@example.org' } })).rejects.toMatchObject({
      message: expect.stringMatching(/unique|duplicate/i),
    });
  });
});

describe('editors', () => {
  async function adminToken(): Promise<string> {
    const email = 'redaktion@example.org';
    const password = 'Sicheres-Passwort-2026';
    const role = await app.strapi.service('admin::role').getSuperAdmin();
    await app.strapi.service('admin::user').create({ email, firstname: 'Rita', lastname: 'Redaktion', password, registrationToken: null, isActive: true, roles: [role.id] });
    const res = await request(app.server).post('/admin/login').send({ email, password }).expect(200);
    return res.body.data.token ?? res.body.data.accessToken;
  }

  it('export the confirmed list as CSV, with the configured facets, and see the outbox', async () => {
    await request(app.server)
      .post('/api/double-opt-in/subscribe')
      .send({ firstName: 'Cora', lastName: 'Bestätigt', email: 'cora@example.org', consent: true, interests: ['mobilitaet'], districts: ['nord', 'ost'] })
      .expect(202);
    const [mail] = await sink.waitFor('cora@example.org');
    const token = new URL((mail.parsed.text ?? '').match(/https?:\/\/\S+confirm\?token=\S+/)![0]).searchParams.get('token');
    await request(app.server).post('/api/double-opt-in/confirm').send({ token }).expect(200);

    const bearer = await adminToken();
    const csv = await request(app.server).get('/double-opt-in/export.csv').set('Authorization', `Bearer ${bearer}`).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('first_name,last_name,email,language,interests,confirmed_at,signed_up_at,districts');
    const cora = lines.filter((line) => line.includes('cora@example.org'));
    expect(cora).toHaveLength(1);
    expect(cora[0]).toMatch(/^Cora,Bestätigt,cora@example\.org,de,mobilitaet,[^,]+,[^,]+,nord ost$/);
    expect(csv.text).not.toContain('fresh@example.org');

    const outbox = await request(app.server).get('/double-opt-in/outbox').set('Authorization', `Bearer ${bearer}`).expect(200);
    expect(outbox.body.counts.sent).toBeGreaterThan(0);
    expect(outbox.body.messages[0]).toHaveProperty('links');
  });

  it('cannot change consent events through the document service', async () => {
    await expect(
      app.strapi.documents('plugin::double-opt-in.consent-event' as never).create({ data: { type: 'signup', occurredAt: new Date() } } as never),
    ).rejects.toMatchObject({ name: 'ForbiddenError' });
  });

  it('cannot save a confirmation template without the confirmation link', async () => {
    await expect(
      app.strapi.documents('plugin::double-opt-in.mail-template' as never).create({ data: { kind: 'confirmation', subject: 'Hallo', body: 'Kein Link' }, locale: 'de' } as never),
    ).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('body must contain {{confirmUrl}}') });
  });

  it('edit a template and the next mail uses it', async () => {
    const template = (await app.strapi.documents('plugin::double-opt-in.mail-template' as never).findFirst({ filters: { kind: 'confirmation' }, locale: 'de' } as never)) as unknown as { documentId: string };
    await app.strapi.documents('plugin::double-opt-in.mail-template' as never).update({
      documentId: template.documentId,
      locale: 'de',
      data: { subject: 'Willkommen, {{firstName}}!', body: 'Bitte bestätigen: {{confirmUrl}}' },
    } as never);
    await request(app.server).post('/api/double-opt-in/subscribe').send({ firstName: '<Tom>', lastName: 'T', email: 'tom@example.org', consent: true }).expect(400);
    await request(app.server).post('/api/double-opt-in/subscribe').send({ firstName: 'Tom & Jerry', lastName: 'T', email: 'tom@example.org', consent: true }).expect(202);
    const [mail] = await sink.waitFor('tom@example.org');
    expect(mail.parsed.subject).toBe('Willkommen, Tom & Jerry!');
    expect(mail.parsed.html).toContain('Bitte bestätigen: <a href=');
  });
});
