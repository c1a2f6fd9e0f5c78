import request from 'supertest';
import { SmtpSink, useSmtpSink, type TestApp } from '@mitwirken/strapi-testing';
import { AUDIT_ENTRY, CONSENT_EVENT, MAILING, OUTBOX_MESSAGE, SUBSCRIBER } from '../../server/src/uids';
import { startHostApp } from '../harness/host-app';

/**
 * A copy of a mailing is a new draft that has sent nothing, whatever it was copied from, and the
 * public archive shows only mailings that reached somebody: the archive speaks as the sender.
 */
const sink = new SmtpSink();
let app: TestApp;

beforeAll(async () => {
  await sink.start();
  useSmtpSink(sink);
  process.env.OUTBOX_ENABLED = 'false';
  app = await startHostApp('clone-and-archive');
});

afterAll(async () => {
  await app?.stop();
  await sink.stop();
});

const db = (uid: string) => app.strapi.db.query(uid as never);
const service = (name: string) => app.strapi.plugin('double-opt-in').service(name);
const documents = (uid: string) => app.strapi.documents(uid as never) as unknown as Record<string, (params: Record<string, unknown>) => Promise<Record<string, unknown>>>;

async function drain() {
  for (let i = 0; i < 20; i++) {
    await service('outbox').idle();
    const report = await service('outbox').processBatch();
    if (report.claimed === 0) break;
  }
}

async function archiveIds(): Promise<string[]> {
  const rest = await request(app.server).get('/api/double-opt-in/archive').expect(200);
  const graphql = await request(app.server).post('/graphql').send({ query: '{ poolArchive { id } }' }).expect(200);
  const ids = rest.body.data.map((entry: { id: string }) => entry.id);
  expect(graphql.body.data.poolArchive.map((entry: { id: string }) => entry.id)).toEqual(ids);
  return ids;
}

let sent: { id: number; documentId: string };

beforeAll(async () => {
  await db(SUBSCRIBER).createMany({
    data: ['anna', 'ben'].map((name) => ({ firstName: name, lastName: 'Test', email: `${name}@example.org`, emailNormalized: `${name}@example.org`, status: 'confirmed', language: 'de' })),
  });
  sent = (await documents(MAILING).create({ data: { title: 'Echt versandt', subject: 'Neuigkeiten', body: 'Hallo {{firstName}}', language: 'de', showInArchive: true } })) as typeof sent;
  await service('mailings').start(sent.documentId);
  await drain();
  expect(await db(MAILING).findOne({ where: { id: sent.id } })).toMatchObject({ status: 'sent', recipientCount: 2 });
});

describe('a clone of a sent mailing', () => {
  it('is a draft with nothing sent, no counters and no deliveries, even when its data says otherwise', async () => {
    const source = (await db(MAILING).findOne({ where: { id: sent.id } })) as Record<string, unknown>;
    const { id: _id, documentId: _documentId, ...form } = source;
    const clone = (await documents(MAILING).clone({
      documentId: sent.documentId,
      data: { ...form, subject: 'Bitte bestätigen Sie Ihre Daten', body: 'Unter https://evil.example/login', showInArchive: true, status: 'sent', recipientCount: 99 },
    })) as { documentId: string; entries: Array<{ id: number }> };
    const copy = await db(MAILING).findOne({ where: { documentId: clone.documentId } });
    expect(copy).toMatchObject({ status: 'draft', startedAt: null, finishedAt: null, recipientCount: 0, subject: 'Bitte bestätigen Sie Ihre Daten' });
    expect(await db(OUTBOX_MESSAGE).count({ where: { mailingId: clone.entries[0].id } })).toBe(0);
    expect(await service('mailings').progress(clone.documentId)).toMatchObject({ status: 'draft', queued: 0, sent: 0 });
    expect(await archiveIds()).toEqual([sent.documentId]);
  });

  it('is checked like a new mailing: an unknown placeholder is refused', async () => {
    await expect(documents(MAILING).clone({ documentId: sent.documentId, data: { body: 'Hallo {{password}}' } })).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('{{password}}') });
  });
});

describe('the archive', () => {
  it('leaves out a mailing that says "sent" but reached nobody', async () => {
    const claimed = (await documents(MAILING).create({ data: { title: 'Nie versandt', subject: 'Fake', body: 'x', language: 'de', showInArchive: true } })) as typeof sent;
    await db(MAILING).update({ where: { id: claimed.id }, data: { status: 'sent', finishedAt: new Date(Date.now() + 60_000) } });
    expect(await archiveIds()).toEqual([sent.documentId]);

    // One delivery that failed is not a delivery either; one the SMTP server accepted is.
    const delivery = { kind: 'mailing', mailingId: claimed.id, recipient: 'anna@example.org', subject: 'Fake', textBody: '', htmlBody: '', headers: {}, attempts: 1 };
    await db(OUTBOX_MESSAGE).create({ data: { ...delivery, status: 'failed', subscriberId: 1, messageId: '<f@x>', dedupeKey: `mailing:${claimed.id}:1` } });
    expect(await archiveIds()).toEqual([sent.documentId]);
    await db(OUTBOX_MESSAGE).create({ data: { ...delivery, status: 'sent', subscriberId: 2, messageId: '<s@x>', dedupeKey: `mailing:${claimed.id}:2` } });
    expect(await archiveIds()).toEqual([claimed.documentId, sent.documentId]);
  });
});

describe('records only the pool writes', () => {
  it('refuse a mail written or copied by hand into the outbox', async () => {
    const [delivery] = (await db(OUTBOX_MESSAGE).findMany({ where: { mailingId: sent.id }, limit: 1 })) as Array<{ documentId: string }>;
    const before = await db(OUTBOX_MESSAGE).count({});
    await expect(documents(OUTBOX_MESSAGE).clone({ documentId: delivery.documentId, data: { status: 'pending' } })).rejects.toMatchObject({ name: 'ForbiddenError' });
    await expect(documents(OUTBOX_MESSAGE).create({ data: { kind: 'mailing', recipient: 'x@example.org', subject: 'Hallo', textBody: 'x', htmlBody: 'x', headers: {}, status: 'pending' } })).rejects.toMatchObject({ name: 'ForbiddenError' });
    await expect(documents(OUTBOX_MESSAGE).update({ documentId: delivery.documentId, data: { status: 'pending' } })).rejects.toMatchObject({ name: 'ForbiddenError' });
    expect(await db(OUTBOX_MESSAGE).count({})).toBe(before);
  });

  it('refuse a clone of a consent event or an activity entry', async () => {
    const event = (await db(CONSENT_EVENT).create({ data: { type: 'signup', occurredAt: new Date(), source: 'test' } })) as { documentId: string };
    await expect(documents(CONSENT_EVENT).clone({ documentId: event.documentId, data: { type: 'confirm' } })).rejects.toMatchObject({ name: 'ForbiddenError' });
    const entry = (await db(AUDIT_ENTRY).create({ data: { action: 'export', occurredAt: new Date(), rowCount: 1 } })) as { documentId: string };
    await expect(documents(AUDIT_ENTRY).clone({ documentId: entry.documentId, data: {} })).rejects.toMatchObject({ name: 'ForbiddenError' });
  });
});
