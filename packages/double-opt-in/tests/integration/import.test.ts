import request from 'supertest';
import { SmtpSink, useSmtpSink, type TestApp } from '@mitwirken/strapi-testing';
import { AUDIT_ENTRY, CONSENT_EVENT, MAILING, SUBSCRIBER } from '../../server/src/uids';
import { germanExcelCsv, windows1252 } from '../fixtures/import-files';
import { startHostApp } from '../harness/host-app';

const sink = new SmtpSink();
let app: TestApp;
let office: string;

beforeAll(async () => {
  await sink.start();
  useSmtpSink(sink);
  // The tests drive the worker themselves.
  process.env.OUTBOX_ENABLED = 'false';
  app = await startHostApp('double-opt-in-import');
  office = await adminToken('buero@example.org', 'Bea', 'Büro', (await app.strapi.service('admin::role').getSuperAdmin()).id);
});

afterAll(async () => {
  await app?.stop();
  await sink.stop();
});

const db = (uid: string) => app.strapi.db.query(uid as never);
const service = (name: string) => app.strapi.plugin('double-opt-in').service(name);
type Row = Record<string, any>;

async function adminToken(email: string, firstname: string, lastname: string, roleId: number): Promise<string> {
  const password = 'Sicheres-Passwort-2026';
  await app.strapi.service('admin::user').create({ email, firstname, lastname, password, registrationToken: null, isActive: true, roles: [roleId] });
  const res = await request(app.server).post('/admin/login').send({ email, password }).expect(200);
  return res.body.data.token ?? res.body.data.accessToken;
}

const upload = (bytes: Buffer, query = '', bearer = office) =>
  request(app.server).post(`/double-opt-in/import${query}`).set('Authorization', `Bearer ${bearer}`).attach('file', bytes, { filename: 'liste.csv', contentType: 'text/csv' });

async function snapshot() {
  const subscribers = (await db(SUBSCRIBER).findMany({ orderBy: { id: 'asc' } })) as Row[];
  const events = (await db(CONSENT_EVENT).findMany({ orderBy: { id: 'asc' } })) as Row[];
  return { subscribers: subscribers.map(({ emailNormalized, status, firstName, lastName, updatedAt }) => ({ emailNormalized, status, firstName, lastName, updatedAt })), events: events.map((event) => event.id) };
}

async function drain() {
  for (let i = 0; i < 20; i++) {
    await service('outbox').idle();
    const report = await service('outbox').processBatch();
    if (report.claimed === 0) break;
  }
  await service('outbox').idle();
}

describe('importing the list the office kept', () => {
  it('shows in a dry run what a German Excel file would do, and changes nothing', async () => {
    const res = await upload(germanExcelCsv(), '?dryRun=true').expect(200);
    expect(res.body).toMatchObject({ dryRun: true, encoding: 'windows-1252', separator: ';', counts: { imported: 2, unchanged: 0, noProof: 1, refused: 8 } });
    expect(await db(SUBSCRIBER).count({})).toBe(0);
    expect(await db(AUDIT_ENTRY).count({ where: { action: 'import' } })).toBe(0);
  });

  it('imports rows with evidence as confirmed members with a consent record, holds rows without proof, and lists every refused row with its reasons', async () => {
    const res = await upload(germanExcelCsv()).expect(200);
    expect(res.body.counts).toEqual({ imported: 2, unchanged: 0, noProof: 1, refused: 8 });
    const refused = (res.body.rows as Row[]).filter((row) => row.outcome === 'refused').map((row) => [row.line, row.reasons.map((reason: Row) => reason.code).join(',')]);
    expect(refused).toEqual([
      [5, 'invalid-name'],
      [7, 'invalid-email'],
      [8, 'duplicate-in-file'],
      [9, 'missing-first-name'],
      [10, 'date-in-future'],
      [11, 'unknown-language,unknown-interest'],
      [12, 'evidence-incomplete'],
      [13, 'date-unparsable'],
    ]);

    const juergen = (await db(SUBSCRIBER).findOne({ where: { emailNormalized: 'juergen.mueller@example.org' }, populate: ['consentEvents'] })) as Row;
    expect(juergen).toMatchObject({ firstName: 'Jürgen', lastName: 'Müller-Lüdenscheidt', status: 'confirmed', language: 'de', interests: ['mobilitaet'] });
    expect(juergen.confirmedAt).toBeTruthy();
    expect(juergen.consentEvents).toHaveLength(1);
    expect(juergen.consentEvents[0]).toMatchObject({
      type: 'import',
      channel: 'import',
      consentVersion: 'test-1',
      consentText: expect.stringContaining('Ich möchte in den Verteiler aufgenommen werden'),
      source: 'importiert, Nachweis: 03.02.2025 Mail „Aufnahme in den Pool“, Az. 12/2025, importiert von Bea Büro <buero@example.org>',
    });
    const anna = (await db(SUBSCRIBER).findOne({ where: { emailNormalized: 'anna.weiss@example.org' } })) as Row;
    expect(anna).toMatchObject({ lastName: 'Weiß', status: 'confirmed', language: 'en', interests: ['mobilitaet', 'umwelt_klima'] });
    expect(await db(SUBSCRIBER).findOne({ where: { emailNormalized: 'oezlem@example.org' } })).toMatchObject({ firstName: 'Özlem', lastName: 'Öztürk', status: 'unverified' });
    expect(await db(SUBSCRIBER).count({})).toBe(3);

    const [entry] = (await db(AUDIT_ENTRY).findMany({ where: { action: 'import' } })) as Row[];
    expect(entry).toMatchObject({ actorName: 'Bea Büro', rowCount: 2 });
    expect(JSON.parse(entry.subject)).toEqual({ file: 'liste.csv', imported: 2, unchanged: 0, noProof: 1, refused: 8 });
    // Importing sends nothing: the people asked by mail and are not asked again.
    await drain();
    expect(sink.mails).toHaveLength(0);
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await snapshot();
    const res = await upload(germanExcelCsv()).expect(200);
    expect(res.body.counts).toEqual({ imported: 0, unchanged: 3, noProof: 0, refused: 8 });
    expect((res.body.rows as Row[]).filter((row) => row.outcome === 'unchanged').map((row) => [row.line, row.status])).toEqual([
      [2, 'confirmed'],
      [3, 'confirmed'],
      [4, 'unverified'],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses addresses that are in the list by their own sign-up, naming the state', async () => {
    await db(SUBSCRIBER).create({ data: { firstName: 'Selbst', lastName: 'Angemeldet', email: 'selbst@example.org', emailNormalized: 'selbst@example.org', status: 'pending', language: 'de' } });
    const csv = Buffer.from('firstName,lastName,email,consentDate,evidence\r\nSelbst,Angemeldet,selbst@example.org,2025-01-02,Mail\r\n', 'utf8');
    const res = await upload(csv).expect(200);
    expect(res.body.rows[0]).toMatchObject({ line: 2, outcome: 'refused', reasons: [{ code: 'already-in-list', detail: 'pending', message: 'the address is already in the list (awaiting confirmation)' }] });
  });

  it('imports nothing of a file when a row fails midway', async () => {
    const before = await snapshot();
    // More rows than one batch of writes (100), so the failure comes after a batch went in.
    const lines = ['Vorname;Nachname;E-Mail;Einwilligung vom;Nachweis', ...Array.from({ length: 150 }, (_, i) => `Person;Nummer ${i};atomar-${i}@example.org;01.03.2025;Mail ${i}`)];
    const query = app.strapi.db.query.bind(app.strapi.db);
    let creates = 0;
    const spy = jest.spyOn(app.strapi.db, 'query').mockImplementation(((uid: string) => {
      const engine = query(uid as never);
      if (uid !== SUBSCRIBER) return engine;
      return new Proxy(engine, {
        get(target, property, receiver) {
          if (property !== 'createMany') return Reflect.get(target, property, receiver);
          return async (params: unknown) => {
            creates += 1;
            if (creates === 2) throw new Error('the database went away (forced in the test)');
            return target.createMany(params as never);
          };
        },
      });
    }) as never);
    try {
      const res = await upload(windows1252(lines.join('\r\n')));
      expect(res.status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect(creates).toBe(2);
    expect(await db(SUBSCRIBER).count({ where: { emailNormalized: { $startsWith: 'atomar-' } } })).toBe(0);
    expect(await snapshot()).toEqual(before);
    // The same file then goes through whole.
    const res = await upload(windows1252(lines.join('\r\n'))).expect(200);
    expect(res.body.counts).toMatchObject({ imported: 150 });
  });

  it('refuses files it cannot read, and files over 5 MB', async () => {
    const res = await upload(Buffer.from('Vorname;Geburtstag\r\nA;B\r\n')).expect(400);
    expect(res.body.error.message).toMatch(/unknown column "Geburtstag".*column Nachname \(lastName\) is missing/);
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x41);
    const tooBig = await request(app.server).post('/double-opt-in/import').set('Authorization', `Bearer ${office}`).set('Content-Type', 'application/octet-stream').send(big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.message).toMatch(/at most 5 MB/);
    await request(app.server).post('/double-opt-in/import?mode=x').set('Authorization', `Bearer ${office}`).set('Content-Type', 'application/octet-stream').send(Buffer.from('a')).expect(400);
    const none = await request(app.server).post('/double-opt-in/import').set('Authorization', `Bearer ${office}`).send({}).expect(400);
    expect(none.body.error.message).toMatch(/multipart\/form-data/);
  });

  it('refuses a row whose name holds a link or a mail address, with its line, and would take the rest', async () => {
    const csv = Buffer.from('Vorname;Nachname;E-Mail\r\nLink;www.gewinn.de;link@example.org\r\nMail;a@gewinn.de;mail@example.org\r\nJ. R. R.;O\'Brien;jrr@example.org\r\n', 'utf8');
    const res = await upload(csv, '?dryRun=true').expect(200);
    expect(res.body.counts).toEqual({ imported: 0, unchanged: 0, noProof: 1, refused: 2 });
    expect((res.body.rows as Row[]).map((row) => [row.line, row.outcome, row.reasons.map((reason: Row) => `${reason.code}:${reason.detail}`).join(',')])).toEqual([
      [2, 'refused', 'name-with-link:last name'],
      [3, 'refused', 'name-with-link:last name'],
      [4, 'no-proof', ''],
    ]);
  });

  it('accepts the bytes as the request body too', async () => {
    const csv = windows1252('Vorname;Nachname;E-Mail\r\nGünther;Roh;roh@example.org\r\n');
    const res = await request(app.server).post('/double-opt-in/import?dryRun=true').set('Authorization', `Bearer ${office}`).set('Content-Type', 'application/octet-stream').send(csv).expect(200);
    expect(res.body).toMatchObject({ encoding: 'windows-1252', counts: { noProof: 1 }, rows: [{ firstName: 'Günther' }] });
  });
});

describe('entries without proof', () => {
  it('get no mailing, and the office decides on each: confirm with evidence, ask by opt-in mail, or delete', async () => {
    const csv = Buffer.from('Vorname;Nachname;E-Mail\r\nOhne;Nachweis;ohne@example.org\r\nFrag;Mich;frag@example.org\r\nWeg;Damit;weg@example.org\r\n', 'utf8');
    await upload(csv).expect(200);
    sink.mails.length = 0;

    const mailing = (await app.strapi.documents(MAILING as never).create({ data: { title: 'Alle', subject: 'Hallo {{firstName}}', body: 'Neuigkeiten', language: 'de' } } as never)) as unknown as { documentId: string };
    await service('mailings').start(mailing.documentId);
    await drain();
    const received = sink.mails.map((mail) => mail.to[0]);
    expect(received).toContain('juergen.mueller@example.org');
    for (const address of ['oezlem@example.org', 'ohne@example.org', 'frag@example.org', 'weg@example.org', 'roh@example.org']) expect(received).not.toContain(address);
    // Not even a data-access mail.
    await request(app.server).post('/api/double-opt-in/my-data/request').send({ email: 'ohne@example.org' }).expect(202);
    await drain();
    expect(sink.mailsTo('ohne@example.org')).toHaveLength(0);

    const list = await request(app.server).get('/double-opt-in/import/unverified').set('Authorization', `Bearer ${office}`).expect(200);
    const byEmail = Object.fromEntries((list.body.entries as Row[]).map((entry) => [entry.email, entry.documentId]));
    expect(Object.keys(byEmail).sort()).toEqual(['frag@example.org', 'oezlem@example.org', 'ohne@example.org', 'weg@example.org']);

    const wrong = await request(app.server).post(`/double-opt-in/import/unverified/${byEmail['ohne@example.org']}/confirm`).set('Authorization', `Bearer ${office}`).send({ consentDate: '31.12.2999', evidence: 'x', extra: 1 }).expect(400);
    expect(wrong.body.error.message).toMatch(/consentDate may not lie in the future.*unknown field extra/);
    await request(app.server).post(`/double-opt-in/import/unverified/${byEmail['ohne@example.org']}/confirm`).set('Authorization', `Bearer ${office}`).send({ consentDate: '05.05.2025', evidence: 'Az. 7' }).expect(200);
    const confirmed = (await db(SUBSCRIBER).findOne({ where: { emailNormalized: 'ohne@example.org' }, populate: ['consentEvents'] })) as Row;
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.consentEvents[0]).toMatchObject({ type: 'import', channel: 'import-decision', source: 'importiert, Nachweis: 05.05.2025 Az. 7, importiert von Bea Büro <buero@example.org>' });

    await request(app.server).post(`/double-opt-in/import/unverified/${byEmail['frag@example.org']}/opt-in-request`).set('Authorization', `Bearer ${office}`).expect(200);
    await drain();
    const [optIn] = await sink.waitFor('frag@example.org');
    expect(optIn.parsed.text).toMatch(/confirm\?token=/);
    expect(await db(SUBSCRIBER).findOne({ where: { emailNormalized: 'frag@example.org' } })).toMatchObject({ status: 'pending' });

    await request(app.server).delete(`/double-opt-in/import/unverified/${byEmail['weg@example.org']}`).set('Authorization', `Bearer ${office}`).expect(200);
    expect(await db(SUBSCRIBER).findOne({ where: { emailNormalized: 'weg@example.org' } })).toBeNull();
    // Decided entries are no longer held.
    await request(app.server).delete(`/double-opt-in/import/unverified/${byEmail['frag@example.org']}`).set('Authorization', `Bearer ${office}`).expect(404);
  });
});

describe('permission', () => {
  it('is needed for the import and the decisions: 403 without pool.import', async () => {
    const role = await app.strapi.service('admin::role').create({ name: 'Nur lesen', description: 'reads the pool' });
    await app.strapi.service('admin::role').addPermissions(role.id, [{ action: 'plugin::double-opt-in.pool.read', subject: null, properties: {}, conditions: [] }]);
    const reader = await adminToken('leser@example.org', 'Lea', 'Leser', role.id);
    await request(app.server).get('/double-opt-in/outbox').set('Authorization', `Bearer ${reader}`).expect(200);
    await upload(Buffer.from('Vorname;Nachname;E-Mail\r\n'), '?dryRun=true', reader).expect(403);
    await request(app.server).get('/double-opt-in/import/unverified').set('Authorization', `Bearer ${reader}`).expect(403);
    await request(app.server).post('/double-opt-in/import').attach('file', Buffer.from('x'), 'x.csv').expect(401);
  });
});
