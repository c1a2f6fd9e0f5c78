import { MIME_BOUNDARY } from '../../server/src/domain/mime-message';
import { MAILING, OUTBOX_MESSAGE, SUBSCRIBER } from '../../server/src/uids';
import { SmtpSink, headerOf, useSmtpSink, type TestApp } from '@mitwirken/strapi-testing';
import { startHostApp } from '../harness/host-app';
import request from 'supertest';

const sink = new SmtpSink();
let app: TestApp;

beforeAll(async () => {
  await sink.start();
  useSmtpSink(sink);
  // The tests drive the worker themselves, so what is sent when is theirs to decide.
  process.env.OUTBOX_ENABLED = 'false';
  app = await startHostApp('mailings');
});

beforeEach(async () => {
  await db(SUBSCRIBER).deleteMany({});
});

afterAll(async () => {
  await app?.stop();
  await sink.stop();
});

const db = (uid: string) => app.strapi.db.query(uid as never);
const service = (name: string) => app.strapi.plugin('double-opt-in').service(name);

/** 200 people: 120 confirmed German (half interested in mobility), 40 confirmed English, 20 pending, 20 unsubscribed. */
async function seedPool(prefix: string) {
  const people = Array.from({ length: 200 }, (_, i) => {
    const status = i < 160 ? 'confirmed' : i < 180 ? 'pending' : 'unsubscribed';
    const language = i < 120 || i >= 160 ? 'de' : 'en';
    const email = `${prefix}-${i}@example.org`;
    return { firstName: `Person${i}`, lastName: 'Test', email, emailNormalized: email, status, language, interests: i % 2 === 0 ? ['mobilitaet'] : ['umwelt_klima'] };
  });
  await db(SUBSCRIBER).createMany({ data: people });
  return people;
}

async function createMailing(data: Record<string, unknown>) {
  return (await app.strapi.documents(MAILING as never).create({ data: { title: 'Test', subject: 'Neues zum Mitwirken, {{firstName}}', body: '## Termine\n\nHallo {{firstName}}, am **Montag** gibt es einen [Workshop](https://example.org/workshop).\n\n<script>alert(1)</script>', language: 'de', ...data } } as never)) as unknown as { documentId: string; id: number };
}

async function drain() {
  for (let i = 0; i < 20; i++) {
    await service('outbox').idle();
    const report = await service('outbox').processBatch();
    if (report.claimed === 0) break;
  }
}

describe('a mailing to the pool', () => {
  it('reaches exactly the confirmed subscribers of its language, each once, with unsubscribe headers', async () => {
    const people = await seedPool('a');
    const mailing = await createMailing({});
    const started = await service('mailings').start(mailing.documentId);
    expect(started.recipients).toBe(120);

    // Someone leaves after the start: they get nothing more.
    const leaving = (await db(SUBSCRIBER).findOne({ where: { emailNormalized: 'a-7@example.org' } })) as Record<string, any>;
    const unsubscribe = new URL(service('mail-composer').unsubscribeUrl({ ...leaving, language: 'de' }));
    await request(app.server).post(unsubscribe.pathname + unsubscribe.search).type('form').send('List-Unsubscribe=One-Click').expect(200);

    await drain();
    const expected = people.filter((person, i) => person.status === 'confirmed' && person.language === 'de' && i !== 7).map((person) => person.email);
    const received = sink.mails.filter((mail) => mail.to[0].startsWith('a-')).map((mail) => mail.to[0]);
    expect(received.sort()).toEqual(expected.sort());
    expect(new Set(received).size).toBe(received.length);

    const mail = sink.mailsTo('a-0@example.org')[0];
    expect(mail.parsed.subject).toBe('Neues zum Mitwirken, Person0');
    expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(headerOf(mail, 'List-Unsubscribe')).toMatch(/\/api\/double-opt-in\/unsubscribe\?token=/);
    expect(mail.parsed.messageId).toBe(`<mailing-${mailing.id}.${(await db(SUBSCRIBER).findOne({ where: { emailNormalized: 'a-0@example.org' } }) as { id: number }).id}@localhost>`);
    expect(mail.parsed.html).toContain('<h2>Termine</h2>');
    expect(mail.parsed.html).toContain('<strong>Montag</strong>');
    expect(mail.parsed.html).toContain('&lt;script&gt;');
    expect(mail.parsed.html).not.toContain('<script>');
    expect(mail.parsed.text).toContain('Abmelden: http');
    // Composed by the plugin in one piece (the nodemailer provider takes `raw`), read by a mail parser like any other.
    expect(mail.raw).toContain(`boundary="${MIME_BOUNDARY}"`);
    expect(mail.parsed.from?.value[0].address).toBe(app.strapi.config.get<string>('plugin::email.settings.defaultFrom').replace(/.*<|>.*/g, ''));

    const progress = await service('mailings').progress(mailing.documentId);
    expect(progress).toMatchObject({ status: 'sent', recipients: 120, sent: 119, cancelled: 1, failed: 0, done: 1 });
  });

  it('narrows the audience by interests', async () => {
    const people = await seedPool('b');
    const mailing = await createMailing({ interests: ['mobilitaet'], language: 'en' });
    await service('mailings').start(mailing.documentId);
    await drain();
    const expected = people.filter((person, i) => person.status === 'confirmed' && person.language === 'en' && i % 2 === 0).map((person) => person.email);
    const received = sink.mails.filter((mail) => mail.to[0].startsWith('b-')).map((mail) => mail.to[0]);
    expect(received.sort()).toEqual(expected.sort());
    expect(received).toHaveLength(20);
  });

  it('pauses, resumes and cancels', async () => {
    await seedPool('c');
    const mailing = await createMailing({});
    await service('mailings').start(mailing.documentId);
    const paused = await service('mailings').pause(mailing.documentId);
    expect(paused).toMatchObject({ status: 'paused', held: 120, queued: 0 });
    await drain();
    expect(sink.mails.filter((mail) => mail.to[0].startsWith('c-'))).toHaveLength(0);

    await service('mailings').resume(mailing.documentId);
    await drain();
    expect(sink.mails.filter((mail) => mail.to[0].startsWith('c-')).length).toBe(120);
    await expect(service('mailings').start(mailing.documentId)).rejects.toMatchObject({ name: 'ApplicationError' });

    const other = await createMailing({ title: 'Abgesagt' });
    await service('mailings').start(other.documentId);
    const cancelled = await service('mailings').cancel(other.documentId);
    expect(cancelled.status).toBe('cancelled');
    await drain();
    expect(await db(OUTBOX_MESSAGE).count({ where: { mailingId: other.id, status: { $in: ['pending', 'held', 'sending'] } } })).toBe(0);
  });

  it('refuses edits to a mailing that is being sent, and unknown placeholders', async () => {
    await expect(createMailing({ body: 'Hallo {{vorname}}' })).rejects.toMatchObject({ message: expect.stringContaining('{{vorname}}') });
    const mailing = await createMailing({});
    await service('mailings').start(mailing.documentId);
    await expect(
      app.strapi.documents(MAILING as never).update({ documentId: mailing.documentId, data: { body: 'Anders' } } as never),
    ).rejects.toMatchObject({ name: 'ForbiddenError' });
    await drain();
  });

  it('starts a scheduled mailing when its time has come, not before', async () => {
    await seedPool('s');
    const later = await createMailing({ title: 'Später', status: 'scheduled', scheduledAt: new Date(Date.now() + 3_600_000) });
    const due = await createMailing({ title: 'Fällig', status: 'scheduled', scheduledAt: new Date(Date.now() - 1000) });
    expect(await service('mailings').startDue()).toBe(1);
    expect((await service('mailings').progress(due.documentId)).status).toBe('sending');
    expect((await service('mailings').progress(later.documentId)).status).toBe('scheduled');
    await drain();
    expect((await service('mailings').progress(due.documentId))).toMatchObject({ status: 'sent', sent: 120 });
  });

  it('offers a preview and a test send', async () => {
    const mailing = await createMailing({});
    const preview = await service('mailings').preview(mailing.documentId);
    expect(preview.subject).toBe('Neues zum Mitwirken, Erika');
    await service('mailings').testSend(mailing.documentId, 'redaktion@example.org');
    await drain();
    const [mail] = await sink.waitFor('redaktion@example.org');
    expect(mail.parsed.subject).toBe('[Test] Neues zum Mitwirken, Test');
  });

  it('publishes sent mailings in the archive when asked, without personal data', async () => {
    await seedPool('d');
    const mailing = await createMailing({ title: 'Archiv', showInArchive: true });
    await service('mailings').start(mailing.documentId);
    await drain();
    const res = await request(app.server).get('/api/double-opt-in/archive').query({ language: 'de' }).expect(200);
    const entry = res.body.data.find((item: { id: string }) => item.id === mailing.documentId);
    expect(entry.subject).toBe('Neues zum Mitwirken, {{firstName}}');
    expect(JSON.stringify(res.body)).not.toMatch(/@example\.org|unsubscribe\?token/);

    // The same archive over GraphQL, public, from the same service.
    const graphql = await request(app.server)
      .post('/graphql')
      .send({ query: '{ poolArchive(language: "de") { id subject language sentAt text html } }' })
      .expect(200);
    expect(graphql.body.errors).toBeUndefined();
    const listed = graphql.body.data.poolArchive.find((item: { id: string }) => item.id === mailing.documentId);
    expect(listed).toMatchObject({ subject: entry.subject, language: 'de', text: entry.text, html: entry.html });
    expect(new Date(listed.sentAt).getTime()).toBe(new Date(entry.sentAt).getTime());
    expect(JSON.stringify(graphql.body)).not.toMatch(/@example\.org|unsubscribe\?token/);
  });

  it('refuses an archive language it does not offer, naming the field, over REST and GraphQL', async () => {
    const res = await request(app.server).get('/api/double-opt-in/archive').query({ language: 'fr' }).expect(400);
    expect(res.body.error.message).toBe('language must be one of de, en');
    const graphql = await request(app.server).post('/graphql').send({ query: '{ poolArchive(language: "fr") { id } }' }).expect(200);
    expect(graphql.body.errors[0].message).toBe('language must be one of de, en');
    expect(graphql.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
