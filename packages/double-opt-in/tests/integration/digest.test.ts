import { CONSENT_EVENT, MAILING, OUTBOX_MESSAGE, SUBSCRIBER } from '../../server/src/uids';
import { createDataAccessToken } from '../../server/src/domain/tokens';
import { SmtpSink, headerOf, useSmtpSink, type ReceivedMail, type TestApp } from '@mitwirken/strapi-testing';
import { startHostApp } from '../harness/host-app';
import request from 'supertest';

/**
 * The digest against a real SMTP server: 320 people in every state, with mixed topics, districts
 * and languages; the host's digest source (tests/host-app/src/api/notice) offers the items.
 */
const sink = new SmtpSink();
let app: TestApp;

beforeAll(async () => {
  await sink.start();
  useSmtpSink(sink);
  process.env.OUTBOX_ENABLED = 'false';
  process.env.POOL_RATE_LIMIT = 'false';
  app = await startHostApp('digest');
});

afterAll(async () => {
  await app?.stop();
  await sink.stop();
});

const db = (uid: string) => app.strapi.db.query(uid as never);
const service = (name: string) => app.strapi.plugin('double-opt-in').service(name);
const source = () => app.strapi.service('api::notice.digest-source' as never) as unknown as { setItems(items: unknown[]): void };

async function drain() {
  for (let i = 0; i < 40; i++) {
    await service('outbox').idle();
    const report = await service('outbox').processBatch();
    if (report.claimed === 0) break;
  }
}

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

interface Item {
  id: string;
  title: { de: string; en: string };
  summary: { de: string; en: string };
  url: { de: string; en: string };
  facets: { interests: string[]; districts: string[] };
  startsAt: string;
  publishedAt: string;
}

const item = (id: string, interests: string[], districts: string[], startsInDays: number, publishedDaysAgo = 1): Item => ({
  id,
  title: { de: `Angebot ${id}`, en: `Opportunity ${id}` },
  summary: { de: `Worum es bei ${id} geht.`, en: `What ${id} is about.` },
  url: { de: `https://stadt.example/de/angebote/${id}`, en: `https://stadt.example/en/opportunities/${id}` },
  facets: { interests, districts },
  startsAt: inDays(startsInDays),
  publishedAt: inDays(-publishedDaysAgo),
});

const ITEMS = [
  item('radwege-nord', ['mobilitaet'], ['nord'], 10),
  item('park-sued', ['umwelt_klima'], ['sued'], 12),
  item('klimaplan', ['umwelt_klima'], ['gesamt'], 20),
  item('busse-ost', ['mobilitaet', 'umwelt_klima'], ['ost'], 5),
];
const PAST = item('vorbei', ['mobilitaet'], ['nord'], -3, 30);

const INTERESTS = [[], ['mobilitaet'], ['umwelt_klima'], ['mobilitaet', 'umwelt_klima']];
const DISTRICTS = [[], ['nord'], ['sued'], ['ost'], ['nord', 'ost']];

interface Person {
  email: string;
  status: 'pending' | 'confirmed' | 'unsubscribed';
  language: 'de' | 'en';
  interests: string[];
  districts: string[];
}

/** 320 people: 260 confirmed, 30 pending, 30 unsubscribed; every combination of topics and districts in both languages. */
function people(): Person[] {
  return Array.from({ length: 320 }, (_, i) => ({
    email: `p${i}@example.org`,
    status: i < 260 ? 'confirmed' : i < 290 ? 'pending' : 'unsubscribed',
    language: i % 3 === 0 ? 'en' : 'de',
    interests: INTERESTS[i % INTERESTS.length],
    districts: DISTRICTS[Math.floor(i / INTERESTS.length) % DISTRICTS.length],
  }));
}

/** The rule, stated independently of the plugin's module: topics meet (or none chosen), districts meet (or none chosen, or the whole city). */
const expectedItems = (person: Person, items: Item[]) =>
  items
    .filter((offer) => person.interests.length === 0 || offer.facets.interests.some((code) => person.interests.includes(code)))
    .filter((offer) => person.districts.length === 0 || offer.facets.districts.some((code) => code === 'gesamt' || person.districts.includes(code)))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));

/** The titles a digest mail lists (lines `* Title` of its text). */
const listedTitles = (mail: ReceivedMail) => (mail.parsed.text ?? '').split('\n').filter((line) => line.startsWith('* ')).map((line) => line.slice(2));

describe('the digest of new opportunities', () => {
  const pool = people();

  beforeAll(async () => {
    await db(SUBSCRIBER).createMany({
      data: pool.map((person, i) => ({
        firstName: `Person${i}`,
        lastName: 'Test',
        email: person.email,
        emailNormalized: person.email,
        status: person.status,
        language: person.language,
        interests: person.interests,
        facets: { districts: person.districts },
        ...(person.status === 'confirmed' ? { confirmedAt: new Date() } : {}),
      })),
    });
    source().setItems([...ITEMS, PAST]);
  });

  it('mails each confirmed member once, only the matching items, in their language; nobody else gets anything', async () => {
    const candidates = await service('digest').candidates();
    // Published and still to come: the past one is not offered; before the first digest, all are ticked.
    expect(candidates.items.map((offer: { id: string }) => offer.id)).toEqual(['busse-ost', 'radwege-nord', 'park-sued', 'klimaplan']);
    expect(candidates.items.every((offer: { selected: boolean }) => offer.selected)).toBe(true);

    const { documentId } = await service('digest').create({ title: 'Neue Angebote, Woche 1' });
    const confirmed = pool.filter((person) => person.status === 'confirmed');
    const receiving = confirmed.filter((person) => expectedItems(person, ITEMS).length > 0);
    const withoutMatch = confirmed.length - receiving.length;
    expect(withoutMatch).toBeGreaterThan(10);

    // The preview before the start: how many get it, per language, and one example per language.
    const preview = await service('digest').preview(documentId);
    expect(preview).toMatchObject({
      items: 4,
      recipients: receiving.length,
      withoutMatch,
      perLanguage: { de: receiving.filter((person) => person.language === 'de').length, en: receiving.filter((person) => person.language === 'en').length },
    });
    expect(preview.examples.map((example: { language: string }) => example.language)).toEqual(['de', 'en']);
    expect(preview.examples[0].subject).toBe('Neue Möglichkeiten zum Mitwirken');
    expect(preview.examples[0].text).toContain('Guten Tag Erika Mustermann');
    expect(preview.examples[1].subject).toBe('New ways to take part');
    expect(preview.examples[1].html).toContain('<html lang="en">');
    expect(sink.mails).toHaveLength(0);

    const started = await service('mailings').start(documentId);
    expect(started.recipients).toBe(receiving.length);
    // One delivery row per member who gets a mail; none for those without a match.
    const mailing = (await db(MAILING).findOne({ where: { documentId } })) as { id: number };
    expect(await db(OUTBOX_MESSAGE).count({ where: { mailingId: mailing.id } })).toBe(receiving.length);

    await drain();

    const byAddress = new Map<string, ReceivedMail[]>();
    for (const mail of sink.mails) byAddress.set(mail.to[0], [...(byAddress.get(mail.to[0]) ?? []), mail]);
    expect([...byAddress.keys()].sort()).toEqual(receiving.map((person) => person.email).sort());
    for (const person of receiving) {
      const mails = byAddress.get(person.email)!;
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      const titles = expectedItems(person, ITEMS).map((offer) => offer.title[person.language]);
      expect({ email: person.email, titles: listedTitles(mail) }).toEqual({ email: person.email, titles });
      expect(mail.parsed.subject).toBe(person.language === 'de' ? 'Neue Möglichkeiten zum Mitwirken' : 'New ways to take part');
      expect(mail.parsed.html).toContain(`<html lang="${person.language}">`);
      expect(headerOf(mail, 'List-Unsubscribe')).toMatch(/\/api\/double-opt-in\/unsubscribe\?token=/);
      expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(mail.parsed.messageId).toMatch(new RegExp(`^<digest-${mailing.id}\\.\\d+@localhost>$`));
    }
    expect(await service('mailings').progress(documentId)).toMatchObject({ status: 'sent', recipients: receiving.length, sent: receiving.length, failed: 0 });

    // Starting again adds nothing; it is refused.
    await expect(service('mailings').start(documentId)).rejects.toMatchObject({ name: 'ApplicationError' });
  });

  it('offers next time only what was published since the last digest started, and skips who left or narrowed their choice after the start', async () => {
    const fresh = { ...item('neu', ['mobilitaet'], ['nord'], 8), publishedAt: new Date(Date.now() + 1000).toISOString() };
    // Corrected and published again after the first digest listed it: not offered a second time.
    const republished = ITEMS.map((offer) => (offer.id === 'busse-ost' ? { ...offer, publishedAt: new Date(Date.now() + 1000).toISOString() } : offer));
    source().setItems([...republished, fresh]);
    const candidates = await service('digest').candidates();
    expect(candidates.items.filter((offer: { selected: boolean }) => offer.selected).map((offer: { id: string }) => offer.id)).toEqual(['neu']);

    const { documentId, itemIds } = await service('digest').create({ title: 'Woche 2' });
    expect(itemIds).toEqual(['neu']);
    const before = sink.mails.length;
    const started = await service('mailings').start(documentId);
    const receiving = pool.filter((person) => person.status === 'confirmed' && expectedItems(person, [fresh]).length > 0);
    expect(started.recipients).toBe(receiving.length);

    // After the start, one leaves and one narrows their topics to something the item does not touch.
    const [leaving, narrowing] = receiving;
    const leaver = (await db(SUBSCRIBER).findOne({ where: { emailNormalized: leaving.email } })) as Record<string, any>;
    const unsubscribe = new URL(service('mail-composer').unsubscribeUrl({ ...leaver, language: leaver.language }));
    await request(app.server).post(unsubscribe.pathname + unsubscribe.search).type('form').send('List-Unsubscribe=One-Click').expect(200);
    await db(SUBSCRIBER).update({ where: { emailNormalized: narrowing.email }, data: { interests: ['umwelt_klima'], facets: { districts: ['sued'] } } });

    await drain();
    const received = sink.mails.slice(before).map((mail) => mail.to[0]);
    expect(received.sort()).toEqual(receiving.slice(2).map((person) => person.email).sort());
    expect(await service('mailings').progress(documentId)).toMatchObject({ status: 'sent', sent: receiving.length - 2, cancelled: 2 });
  });

  it('pauses, resumes and cancels a digest like any mailing', async () => {
    source().setItems(ITEMS);
    const { documentId } = await service('digest').create({ title: 'Pause', itemIds: ['klimaplan'] });
    const before = sink.mails.length;
    const started = await service('mailings').start(documentId);
    expect(started.recipients).toBeGreaterThan(0);
    expect(await service('mailings').pause(documentId)).toMatchObject({ status: 'paused', held: started.recipients });
    await drain();
    expect(sink.mails.length).toBe(before);
    await service('mailings').resume(documentId);
    await drain();
    expect(sink.mails.length - before).toBe(started.recipients);

    const other = await service('digest').create({ title: 'Abbruch', itemIds: ['klimaplan'] });
    await service('mailings').start(other.documentId);
    expect((await service('mailings').cancel(other.documentId)).status).toBe('cancelled');
    await drain();
    expect(sink.mails.length - before).toBe(started.recipients);
  });

  it('refuses items the source does not offer, naming them, and guards its admin routes', async () => {
    source().setItems(ITEMS);
    await expect(service('digest').create({ title: 'Falsch', itemIds: ['vorbei'] })).rejects.toMatchObject({ name: 'ValidationError', message: 'itemIds: vorbei is not published and upcoming' });
    await expect(service('digest').create({ title: '' })).rejects.toMatchObject({ message: expect.stringContaining('title') });
    await request(app.server).get('/double-opt-in/digest/candidates').expect(401);
    await request(app.server).post('/double-opt-in/digest/preview').send({ itemIds: ['klimaplan'] }).expect(401);
  });
});

describe('the digest in the admin', () => {
  async function adminToken(): Promise<string> {
    const email = 'redaktion-digest@example.org';
    const password = 'Sicheres-Passwort-2026';
    const role = await app.strapi.service('admin::role').getSuperAdmin();
    await app.strapi.service('admin::user').create({ email, firstname: 'Rita', lastname: 'Redaktion', password, registrationToken: null, isActive: true, roles: [role.id] });
    const res = await request(app.server).post('/admin/login').send({ email, password }).expect(200);
    return res.body.data.token ?? res.body.data.accessToken;
  }

  it('lists the items to pick, previews and saves a draft over the admin routes', async () => {
    source().setItems(ITEMS);
    const bearer = `Bearer ${await adminToken()}`;
    const candidates = await request(app.server).get('/double-opt-in/digest/candidates').set('Authorization', bearer).expect(200);
    expect(candidates.body.enabled).toBe(true);
    expect(candidates.body.items.map((offer: { id: string }) => offer.id)).toEqual(['busse-ost', 'radwege-nord', 'park-sued', 'klimaplan']);

    const preview = await request(app.server).post('/double-opt-in/digest/preview').set('Authorization', bearer).send({ itemIds: ['radwege-nord'] }).expect(200);
    expect(preview.body.items).toBe(1);
    expect(preview.body.examples.map((example: { language: string }) => example.language)).toEqual(['de', 'en']);
    expect(preview.body.examples[1].text).toContain('* Opportunity radwege-nord');

    const refused = await request(app.server).post('/double-opt-in/digests').set('Authorization', bearer).send({ title: 'X', itemIds: ['radwege-nord'], colour: 'red' }).expect(400);
    expect(refused.body.error.message).toBe('unknown field colour; allowed: title, itemIds');
    const created = await request(app.server).post('/double-opt-in/digests').set('Authorization', bearer).send({ title: 'Über die Admin-Seite', itemIds: ['radwege-nord'] }).expect(200);
    const stored = await request(app.server).get(`/double-opt-in/mailings/${created.body.data.documentId}/digest-preview`).set('Authorization', bearer).expect(200);
    expect(stored.body).toMatchObject({ items: 1, recipients: preview.body.recipients });
    const listed = await request(app.server).get('/double-opt-in/mailings').set('Authorization', bearer).expect(200);
    expect(listed.body.data.find((entry: { documentId: string }) => entry.documentId === created.body.data.documentId)).toMatchObject({ kind: 'digest', progress: { status: 'draft' } });
  });
});

describe('choosing topics and districts', () => {
  const base = { firstName: 'Dora', lastName: 'Distrikt', consent: true };

  it('takes them at sign-up (REST and form) and refuses unknown codes naming the field and the codes allowed', async () => {
    await request(app.server).post('/api/double-opt-in/subscribe').send({ ...base, email: 'dora@example.org', interests: ['mobilitaet'], districts: ['nord', 'ost'] }).expect(202);
    expect(await db(SUBSCRIBER).findOne({ where: { emailNormalized: 'dora@example.org' } })).toMatchObject({ interests: ['mobilitaet'], facets: { districts: ['nord', 'ost'] } });

    const wrong = await request(app.server).post('/api/double-opt-in/subscribe').send({ ...base, email: 'dora2@example.org', districts: ['mitte'] }).expect(400);
    expect(wrong.body.error.message).toBe('districts may only name nord, sued, ost, gesamt');
    expect(wrong.body.error.details.errors[0].path).toEqual(['districts', '0']);

    const page = await request(app.server).get('/api/double-opt-in/subscribe?lang=en').expect(200);
    expect(page.text).toContain('<legend>Which districts?</legend>');
    expect(page.text).toContain('id="districts-sued" name="districts" value="sued"');

    await request(app.server).post('/api/double-opt-in/subscribe').type('form').send({ ...base, consent: 'on', email: 'dora3@example.org', districts: 'sued', startedAt: '1' }).expect(202);
    expect(await db(SUBSCRIBER).findOne({ where: { emailNormalized: 'dora3@example.org' } })).toMatchObject({ facets: { districts: ['sued'] } });
  });

  it('changes them on the my-data page without a new opt-in, noting old → new in the consent record', async () => {
    const email = 'maria@example.org';
    const member = (await db(SUBSCRIBER).create({
      data: { firstName: 'Maria', lastName: 'Meine', email, emailNormalized: email, status: 'confirmed', language: 'de', interests: ['mobilitaet'], facets: { districts: [] } },
    })) as { id: number };
    const token = createDataAccessToken(service('settings').secret(), member.id, email, Date.now() + 3_600_000);

    const page = await request(app.server).get('/api/double-opt-in/my-data').query({ token }).expect(200);
    expect(page.text).toContain('Worüber möchten Sie informiert werden?');
    expect(page.text).toContain('id="interests-mobilitaet" name="interests" value="mobilitaet" checked');
    expect(page.text).toContain('id="districts-nord" name="districts" value="nord">');

    const mailsBefore = sink.mails.length;
    const saved = await request(app.server).post('/api/double-opt-in/my-data/preferences?lang=de').type('form').send(`token=${encodeURIComponent(token)}&interests=umwelt_klima&interests=mobilitaet&districts=sued`).expect(200);
    expect(saved.text).toContain('Ihre Auswahl ist gespeichert');
    expect(await db(SUBSCRIBER).findOne({ where: { id: member.id } })).toMatchObject({ status: 'confirmed', interests: ['mobilitaet', 'umwelt_klima'], facets: { districts: ['sued'] } });

    // The same again changes nothing and records nothing; JSON clients get the choice back.
    const again = await request(app.server).post('/api/double-opt-in/my-data/preferences').send({ token, interests: ['umwelt_klima', 'mobilitaet'], districts: ['sued'] }).expect(200);
    expect(again.body.data).toEqual({ status: 'unchanged', preferences: { interests: ['mobilitaet', 'umwelt_klima'], districts: ['sued'] } });
    const refused = await request(app.server).post('/api/double-opt-in/my-data/preferences').send({ token, districts: ['mitte'] }).expect(400);
    expect(refused.body.error.message).toBe('districts may only name nord, sued, ost, gesamt');

    const events = (await db(CONSENT_EVENT).findMany({ where: { subscriber: { id: member.id } } })) as Array<{ type: string; details: string | null; consentVersion: string | null }>;
    expect(events).toEqual([expect.objectContaining({ type: 'preferences', details: 'interests: mobilitaet → mobilitaet, umwelt_klima; districts: – → sued', consentVersion: null })]);
    await service('outbox').idle();
    expect(sink.mails.length).toBe(mailsBefore);

    const exported = await request(app.server).get('/api/double-opt-in/my-data/export').query({ token }).expect(200);
    expect(exported.body.subscriber.facets).toEqual({ districts: ['sued'] });
    expect(exported.body.consentEvents[0].details).toContain('districts: – → sued');
    // The consent record stays append-only: editors cannot change it.
    await expect(app.strapi.documents(CONSENT_EVENT as never).create({ data: { type: 'preferences', occurredAt: new Date() } } as never)).rejects.toMatchObject({ name: 'ForbiddenError' });
  });
});
