import request from 'supertest';
import { CONSENT_EVENT, OUTBOX_MESSAGE, SUBSCRIBER } from '../../server/src/uids';
import { SmtpSink, headerOf, urlInMail, useSmtpSink, type ReceivedMail, type TestApp } from '@mitwirken/strapi-testing';
import { startHostApp } from '../harness/host-app';

const sink = new SmtpSink();
let app: TestApp;

beforeAll(async () => {
  await sink.start();
  useSmtpSink(sink);
  process.env.OUTBOX_RETRY_BASE_MS = '50';
  process.env.OUTBOX_RETRY_MAX_MS = '100';
  process.env.OUTBOX_CRON = '0 0 0 1 1 *'; // the tests drive the worker themselves
  app = await startHostApp('double-opt-in');
});

afterAll(async () => {
  await app?.stop();
  await sink.stop();
});

beforeEach(async () => {
  sink.mode = 'accept';
  await service('rate-limiter').reset();
});

const service = (name: string) => app.strapi.plugin('double-opt-in').service(name);
const api = () => request(app.server);
const db = (uid: string) => app.strapi.db.query(uid as never);

let counter = 0;
const person = (overrides: Record<string, unknown> = {}) => {
  counter += 1;
  return { firstName: 'Erika', lastName: 'Mustermann', email: `erika.${counter}@example.org`, consent: true, source: 'https://www.example.org/mitmachen', ...overrides };
};

const subscriberOf = (email: string) => db(SUBSCRIBER).findOne({ where: { emailNormalized: email.toLowerCase() } }) as Promise<Record<string, any> | null>;
const eventsOf = async (email: string) => {
  const subscriber = await subscriberOf(email);
  return (await db(CONSENT_EVENT).findMany({ where: { subscriber: { id: subscriber!.id } }, orderBy: { id: 'asc' } })) as Array<Record<string, any>>;
};

/** The path of the first link in a mail's text that contains `fragment`. */
function linkIn(mail: ReceivedMail, fragment: string): string {
  const parsed = new URL(urlInMail(mail, fragment));
  return parsed.pathname + parsed.search;
}
const tokenIn = (path: string) => new URL(path, 'http://x').searchParams.get('token') as string;

async function drainOutbox() {
  await service('outbox').idle();
  await service('outbox').processBatch();
  await service('outbox').idle();
}

describe('sign-up, confirmation mail, confirmation by button', () => {
  it('confirms only on the button’s POST, with the consent events as proof', async () => {
    const signup = person();
    const res = await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    expect(res.body.data.status).toBe('accepted');

    const [mail] = await sink.waitFor(signup.email);
    expect(mail.parsed.subject).toBe('Bitte bestätigen Sie Ihre Anmeldung');
    expect(mail.parsed.html).toContain('<html lang="de">');
    expect(headerOf(mail, 'List-Unsubscribe')).toBeUndefined();
    const confirmPath = linkIn(mail, '/confirm?token=');

    // A mail scanner fetching the link changes nothing.
    const page = await api().get(confirmPath).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<button type="submit">Anmeldung bestätigen</button>');
    expect(page.headers['cache-control']).toBe('no-store');
    expect((await subscriberOf(signup.email))!.status).toBe('pending');

    const confirmed = await api().post('/api/double-opt-in/confirm').type('form').send({ token: tokenIn(confirmPath) }).expect(200);
    expect(confirmed.text).toContain('Anmeldung bestätigt');
    const subscriber = await subscriberOf(signup.email);
    expect(subscriber).toMatchObject({ status: 'confirmed', confirmTokenHash: null });
    expect(subscriber!.confirmedAt).toBeTruthy();

    const events = await eventsOf(signup.email);
    expect(events.map((event) => event.type)).toEqual(['signup', 'confirmation']);
    expect(events[0]).toMatchObject({ source: signup.source, consentVersion: 'test-1', ipAddress: null, language: 'de' });
    expect(events[0].consentText).toContain('in den Verteiler aufgenommen');

    // Single use: the link is spent.
    await api().get(confirmPath).expect(400);
    await api().post('/api/double-opt-in/confirm').send({ token: tokenIn(confirmPath) }).expect(400);
  });

  it('sends the English mail and page for locale en', async () => {
    const signup = person({ locale: 'en' });
    await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    const [mail] = await sink.waitFor(signup.email);
    expect(mail.parsed.subject).toBe('Please confirm your sign-up');
    const page = await api().get(linkIn(mail, '/confirm?token=')).expect(200);
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain('Confirm sign-up');
  });

  it('answers new, pending and confirmed addresses identically', async () => {
    const fresh = person();
    const pending = person();
    const confirmed = person();
    await api().post('/api/double-opt-in/subscribe').send(pending).expect(202);
    await api().post('/api/double-opt-in/subscribe').send(confirmed).expect(202);
    const [mail] = await sink.waitFor(confirmed.email);
    await api().post('/api/double-opt-in/confirm').send({ token: tokenIn(linkIn(mail, '/confirm?token=')) }).expect(200);

    const answers = [];
    for (const signup of [fresh, pending, confirmed]) {
      const res = await api().post('/api/double-opt-in/subscribe').send(signup);
      answers.push({ status: res.status, body: res.body, type: res.headers['content-type'] });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('gives a pending address a new link on a second sign-up; only the newest works', async () => {
    const signup = person();
    await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    await sink.waitFor(signup.email, 1);
    await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    const mails = await sink.waitFor(signup.email, 2);
    const [first, second] = mails.map((mail) => tokenIn(linkIn(mail, '/confirm?token=')));
    expect(first).not.toBe(second);
    await api().post('/api/double-opt-in/confirm').send({ token: first }).expect(400);
    await api().post('/api/double-opt-in/confirm').send({ token: second }).expect(200);
    expect((await eventsOf(signup.email)).map((event) => event.type)).toEqual(['signup', 'signup', 'confirmation']);
  });

  it('leaves a confirmed address unchanged and sends an "already in the pool" notice with unsubscribe headers', async () => {
    const signup = person();
    await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    const [mail] = await sink.waitFor(signup.email);
    await api().post('/api/double-opt-in/confirm').send({ token: tokenIn(linkIn(mail, '/confirm?token=')) }).expect(200);
    const before = await subscriberOf(signup.email);

    await api().post('/api/double-opt-in/subscribe').send({ ...signup, firstName: 'Eve' }).expect(202);
    const [, notice] = await sink.waitFor(signup.email, 2);
    expect(notice.parsed.subject).toBe('Sie sind bereits angemeldet');
    expect(headerOf(notice, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(headerOf(notice, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:\d+\/api\/double-opt-in\/unsubscribe\?token=/);
    expect(notice.parsed.messageId).toMatch(/@localhost>?$/);
    const after = await subscriberOf(signup.email);
    expect(after).toMatchObject({ status: 'confirmed', firstName: 'Erika', confirmedAt: before!.confirmedAt });
    expect((await eventsOf(signup.email)).map((event) => event.type)).toEqual(['signup', 'confirmation']);
  });
});

describe('tokens', () => {
  it('refuses an expired token and leaves the sign-up pending', async () => {
    const signup = person();
    await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    const [mail] = await sink.waitFor(signup.email);
    const subscriber = await subscriberOf(signup.email);
    await db(SUBSCRIBER).update({ where: { id: subscriber!.id }, data: { confirmTokenExpiresAt: new Date(Date.now() - 1000) } });

    const path = linkIn(mail, '/confirm?token=');
    const page = await api().get(path).expect(400);
    expect(page.text).toContain('Dieser Link ist abgelaufen');
    const res = await api().post('/api/double-opt-in/confirm').send({ token: tokenIn(path) }).expect(400);
    expect(res.body.error.details.reason).toBe('expired');
    expect((await subscriberOf(signup.email))!.status).toBe('pending');
  });

  it.each([['random', 'A'.repeat(43)], ['malformed', 'not-a-token'], ['missing', undefined]])('refuses a %s token', async (_what, token) => {
    await api().post('/api/double-opt-in/confirm').send(token === undefined ? {} : { token }).expect(400);
    await api().get('/api/double-opt-in/confirm').query(token === undefined ? {} : { token }).expect(400);
  });

  it('never lets a stale confirmation link re-subscribe someone who unsubscribed', async () => {
    const signup = person();
    await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    const [mail] = await sink.waitFor(signup.email);
    const subscriber = await subscriberOf(signup.email);
    const unsubscribeUrl = service('mail-composer').unsubscribeUrl({ ...subscriber, language: 'de' });
    await api().post(new URL(unsubscribeUrl).pathname + new URL(unsubscribeUrl).search).send({}).expect(200);

    await api().post('/api/double-opt-in/confirm').send({ token: tokenIn(linkIn(mail, '/confirm?token=')) }).expect(400);
    expect((await subscriberOf(signup.email))!.status).toBe('unsubscribed');
  });
});

describe('unsubscribe', () => {
  async function confirmedPerson() {
    const signup = person();
    await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    const [mail] = await sink.waitFor(signup.email);
    await api().post('/api/double-opt-in/confirm').send({ token: tokenIn(linkIn(mail, '/confirm?token=')) }).expect(200);
    await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    const [, notice] = await sink.waitFor(signup.email, 2);
    return { signup, notice };
  }

  it('unsubscribes with one POST to the List-Unsubscribe URL (RFC 8058): no cookie, no redirect', async () => {
    const { signup, notice } = await confirmedPerson();
    const target = new URL(String(headerOf(notice, 'List-Unsubscribe')).replace(/^<|>$/g, ''));
    const res = await api().post(target.pathname + target.search).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers.location).toBeUndefined();
    expect((await subscriberOf(signup.email))!.status).toBe('unsubscribed');
    const events = await eventsOf(signup.email);
    expect(events.at(-1)).toMatchObject({ type: 'unsubscribe', channel: 'one-click' });

    // Again: still fine, nothing new recorded.
    await api().post(target.pathname + target.search).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect((await eventsOf(signup.email)).length).toBe(events.length);
  });

  it('shows a page with a button on GET and unsubscribes on its POST', async () => {
    const { signup, notice } = await confirmedPerson();
    const path = linkIn(notice, '/unsubscribe?token=');
    const page = await api().get(path).expect(200);
    expect(page.text).toContain('Jetzt abmelden');
    expect((await subscriberOf(signup.email))!.status).toBe('confirmed');
    const done = await api().post('/api/double-opt-in/unsubscribe').type('form').send({ token: tokenIn(path) }).expect(200);
    expect(done.text).toContain('Abgemeldet');
    expect((await subscriberOf(signup.email))!.status).toBe('unsubscribed');
  });

  it('refuses a forged unsubscribe token', async () => {
    const { signup } = await confirmedPerson();
    const subscriber = await subscriberOf(signup.email);
    await api().post('/api/double-opt-in/unsubscribe').send({ token: `${subscriber!.id}.forged` }).expect(400);
    expect((await subscriberOf(signup.email))!.status).toBe('confirmed');
  });
});

describe('data rights', () => {
  it('exports a person’s data by mail link and erases it, anonymising the consent events', async () => {
    const signup = person();
    await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    const [confirmMail] = await sink.waitFor(signup.email);
    await api().post('/api/double-opt-in/confirm').send({ token: tokenIn(linkIn(confirmMail, '/confirm?token=')) }).expect(200);

    const unknown = await api().post('/api/double-opt-in/my-data/request').send({ email: 'nobody@example.org' }).expect(202);
    const known = await api().post('/api/double-opt-in/my-data/request').send({ email: signup.email }).expect(202);
    expect(known.body).toEqual(unknown.body);
    const [, dataMail] = await sink.waitFor(signup.email, 2);
    expect(dataMail.parsed.subject).toBe('Ihre gespeicherten Daten');
    const dataPath = linkIn(dataMail, '/my-data?token=');

    const page = await api().get(dataPath).expect(200);
    expect(page.text).toContain('Mustermann');
    const exported = await api().get('/api/double-opt-in/my-data/export').query({ token: tokenIn(dataPath) }).expect(200);
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(exported.body.subscriber).toMatchObject({ firstName: 'Erika', email: signup.email, status: 'confirmed' });
    expect(exported.body.consentEvents.map((event: { type: string }) => event.type)).toEqual(['signup', 'confirmation']);

    const subscriber = await subscriberOf(signup.email);
    await api().post('/api/double-opt-in/my-data/erase').type('form').send({ token: tokenIn(dataPath) }).expect(200);
    expect(await subscriberOf(signup.email)).toBeNull();
    const orphaned = (await db(CONSENT_EVENT).findMany({ where: { subscriber: { id: subscriber!.id } } })) as unknown[];
    expect(orphaned).toEqual([]);
    const anonymous = (await db(CONSENT_EVENT).findMany({ where: { subscriber: { id: { $null: true } }, type: 'erasure' } })) as unknown[];
    expect(anonymous.length).toBeGreaterThan(0);
    expect(await db(OUTBOX_MESSAGE).count({ where: { recipient: signup.email } })).toBe(0);
    await api().get(dataPath).expect(400);
  });

  it('refuses an expired or forged data link', async () => {
    await api().get('/api/double-opt-in/my-data').query({ token: '1.1000.abc' }).expect(400);
    await api().get('/api/double-opt-in/my-data/export').query({ token: 'x' }).expect(400);
  });
});

describe('delivery through the outbox', () => {
  it('keeps the sign-up when SMTP refuses connections, then answers 421, and delivers once it is back', async () => {
    const signup = person();
    await sink.stop();
    try {
      await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
      await drainOutbox();
      let [row] = (await db(OUTBOX_MESSAGE).findMany({ where: { recipient: signup.email } })) as Array<Record<string, any>>;
      expect(row).toMatchObject({ status: 'pending', kind: 'confirmation' });
      expect(row.attempts).toBeGreaterThanOrEqual(1);
      expect(row.lastError).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);

      await sink.start();
      sink.mode = 'temporary-failure';
      await new Promise((resolve) => setTimeout(resolve, 150));
      await drainOutbox();
      [row] = (await db(OUTBOX_MESSAGE).findMany({ where: { recipient: signup.email } })) as Array<Record<string, any>>;
      expect(row.status).toBe('pending');
      expect(row.lastError).toMatch(/421/);
      expect(sink.mailsTo(signup.email)).toHaveLength(0);
    } finally {
      if (!sink.port || sink.mode !== 'temporary-failure') await sink.start().catch(() => undefined);
    }

    sink.mode = 'accept';
    await new Promise((resolve) => setTimeout(resolve, 150));
    await drainOutbox();
    await sink.waitFor(signup.email, 1);
    const [row] = (await db(OUTBOX_MESSAGE).findMany({ where: { recipient: signup.email } })) as Array<Record<string, any>>;
    expect(row.status).toBe('sent');
    await drainOutbox();
    expect(sink.mailsTo(signup.email)).toHaveLength(1);
    expect((await subscriberOf(signup.email))!.status).toBe('pending');
  });

  it('fails the row on 550 and suppresses the address; later sign-ups send nothing but answer the same', async () => {
    const signup = person();
    sink.mode = 'permanent-failure';
    await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    await drainOutbox();
    const [row] = (await db(OUTBOX_MESSAGE).findMany({ where: { recipient: signup.email } })) as Array<Record<string, any>>;
    expect(row).toMatchObject({ status: 'failed' });
    expect(row.lastError).toMatch(/550/);
    expect((await subscriberOf(signup.email))!.suppressedAt).toBeTruthy();

    sink.mode = 'accept';
    const again = await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    expect(again.body.data.status).toBe('accepted');
    await drainOutbox();
    expect(await db(OUTBOX_MESSAGE).count({ where: { recipient: signup.email } })).toBe(1);
  });
});

describe('no personal data through the public API', () => {
  it.each(['/api/subscribers', '/api/double-opt-in/subscribers', '/api/consent-events', '/api/outbox-messages', '/api/double-opt-in/outbox', '/api/mail-templates'])(
    'GET %s is not there',
    async (path) => {
      const res = await api().get(path);
      expect([403, 404, 405]).toContain(res.status);
      expect(JSON.stringify(res.body)).not.toContain('@example.org');
    },
  );

  it('has no GraphQL types or queries for subscribers, consent events, the outbox or templates', async () => {
    const res = await api().post('/graphql').send({ query: '{ __schema { queryType { fields { name } } types { name } } }' }).expect(200);
    const names = [...res.body.data.__schema.queryType.fields, ...res.body.data.__schema.types].map((item: { name: string }) => item.name.toLowerCase());
    for (const forbidden of ['subscriber', 'consentevent', 'outboxmessage', 'mailtemplate', 'ratelimitcounter']) {
      expect(names.filter((name) => name.includes(forbidden))).toEqual([]);
    }
    const direct = await api().post('/graphql').send({ query: '{ subscribers { email } }' });
    expect(direct.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('keeps the admin routes closed to the public', async () => {
    await api().get('/double-opt-in/export.csv').expect(401);
    await api().get('/double-opt-in/outbox').expect(401);
  });
});

describe('bad input', () => {
  it.each([
    [{ consent: undefined }, 'consent', /consent must be true/],
    [{ consent: false }, 'consent', /consent must be true/],
    [{ email: 'not-an-address' }, 'email', /email must be an e-mail address/],
    [{ email: 'a@example.org\r\nBcc: victim@example.org' }, 'email', /line breaks/],
    [{ firstName: 'Max\r\nBcc: victim@example.org' }, 'firstName', /firstName may not contain line breaks/],
    [{ lastName: 'x'.repeat(101) }, 'lastName', /lastName may have at most 100 characters/],
    [{ firstName: '' }, 'firstName', /firstName is required/],
    [{ locale: 'fr' }, 'locale', /locale must be one of de, en/],
    [{ interests: ['astrologie'] }, 'interests', /interests may only name mobilitaet, umwelt_klima/],
    [{ admin: true }, 'admin', /unknown field admin/],
  ])('refuses %j with a 400 naming %s', async (overrides, field, message) => {
    const body = { ...person(), ...overrides } as Record<string, unknown>;
    for (const key of Object.keys(overrides)) if ((overrides as Record<string, unknown>)[key] === undefined) delete body[key];
    const res = await api().post('/api/double-opt-in/subscribe').send(body).expect(400);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.details.errors[0].path[0]).toBe(field);
    expect(await subscriberOf(String(body.email))).toBeNull();
  });

  it('drops a sign-up with the honeypot filled, answering as usual', async () => {
    const signup = person({ website: 'http://spam.example' });
    const res = await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    expect(res.body.data.status).toBe('accepted');
    expect(await subscriberOf(signup.email)).toBeNull();
  });

  it('drops a sign-up sent faster than a person fills the form', async () => {
    const signup = person({ startedAt: Date.now() - 100 });
    await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    expect(await subscriberOf(signup.email)).toBeNull();
  });

  it('accepts a plain HTML form post and answers with a page', async () => {
    const signup = person();
    const res = await api()
      .post('/api/double-opt-in/subscribe')
      .type('form')
      .send({ ...signup, consent: 'on', interests: 'mobilitaet' })
      .expect(202);
    expect(res.text).toContain('Bitte prüfen Sie Ihr Postfach');
    expect(await subscriberOf(signup.email)).toMatchObject({ status: 'pending', interests: ['mobilitaet'] });
  });
});

describe('names that hold a link or a mail address (spam through the confirmation mail)', () => {
  it.each([
    ['firstName', 'https://gewinn.example/jetzt'],
    ['lastName', 'Besuchen Sie www.gewinn.de'],
    ['lastName', 'Gewinn auf bit.ly/3abc'],
    ['firstName', 'Schreiben Sie an info@gewinn.de'],
  ])('refuses %s %j with a 400 naming the field, in German by default and in English for locale en, and mails nothing', async (field, value) => {
    const german = person({ [field]: value });
    const res = await api().post('/api/double-opt-in/subscribe').send(german).expect(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: [field], rule: 'name-with-link' });
    expect(res.body.error.message).toMatch(new RegExp(`^${field}: Der ${field === 'firstName' ? 'Vorname' : 'Nachname'} darf keine Internetadresse`));
    const english = person({ [field]: value, locale: 'en' });
    const en = await api().post('/api/double-opt-in/subscribe').send(english).expect(400);
    expect(en.body.error.message).toMatch(new RegExp(`^${field}: The ${field === 'firstName' ? 'first' : 'last'} name may not contain a web address`));
    expect(await subscriberOf(german.email)).toBeNull();
    expect(await subscriberOf(english.email)).toBeNull();
    await service('outbox').idle();
    expect(sink.mailsTo(german.email)).toHaveLength(0);
  });

  it('shows the form again with the problem at the field, on a plain HTML form post', async () => {
    const signup = person({ firstName: 'http://gewinn.example' });
    const res = await api().post('/api/double-opt-in/subscribe').type('form').send({ ...signup, consent: 'on' }).expect(400);
    expect(res.text).toContain('Der Vorname darf keine Internetadresse und keine E-Mail-Adresse enthalten.');
    expect(await subscriberOf(signup.email)).toBeNull();
  });

  it.each(['Anne-Marie', "O'Brien", 'Dr. Müller', 'Jürgen Müßig', 'José', 'J. R. R.', 'Ayşe Yılmaz', 'محمد', 'Фёдор'])('takes %s', async (name) => {
    const signup = person({ firstName: name, lastName: name });
    await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    expect(await subscriberOf(signup.email)).toMatchObject({ firstName: name, lastName: name, status: 'pending' });
  });

  it('refuses such a name when an editor creates or changes a member in the admin', async () => {
    const documents = app.strapi.documents(SUBSCRIBER as never);
    await expect(documents.create({ data: { firstName: 'www.gewinn.de', lastName: 'Muster', email: 'admin-neu@example.org', emailNormalized: 'admin-neu@example.org', status: 'unverified' } } as never)).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [{ path: ['firstName'], rule: 'name-with-link' }] },
    });
    const created = (await documents.create({ data: { firstName: 'Erika', lastName: 'Muster', email: 'admin-alt@example.org', emailNormalized: 'admin-alt@example.org', status: 'unverified' } } as never)) as unknown as { documentId: string };
    await expect(documents.update({ documentId: created.documentId, data: { lastName: 'gewinn.com' } } as never)).rejects.toMatchObject({ message: expect.stringMatching(/^lastName: Der Nachname darf keine Internetadresse/) });
    expect(await subscriberOf('admin-alt@example.org')).toMatchObject({ lastName: 'Muster' });
  });
});

describe('rate limits', () => {
  it('limits sign-ups per target address', async () => {
    const signup = person();
    for (let i = 0; i < 3; i++) await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    const res = await api().post('/api/double-opt-in/subscribe').send(signup).expect(429);
    expect(res.body.error.name).toBe('RateLimitError');
  });

  it('limits requests per client IP, whatever the address', async () => {
    const limit = Number(process.env.POOL_RATE_LIMIT_PER_IP ?? 30);
    for (let i = 0; i < limit; i++) await api().post('/api/double-opt-in/my-data/request').send({ email: `ip-${i}@example.org` }).expect(202);
    await api().post('/api/double-opt-in/my-data/request').send({ email: 'one-more@example.org' }).expect(429);
  });
});
