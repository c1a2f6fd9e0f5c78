import request from 'supertest';
import { SmtpSink, headerOf, useSmtpSink, type ReceivedMail } from '@mitwirken/strapi-testing';
import { PARTICIPATION_OPPORTUNITY } from '../../src/content-types';
import { startTestApp, type TestApp } from '../harness/strapi';

/**
 * "Neue Mitmach-Angebote" in the app: the pool's digest over the real participation opportunities
 * (config/plugins.ts wires the plugin's digest source to them), 300 people in every state,
 * mixed topics, districts and languages, against a real SMTP server.
 */
const SUBSCRIBER = 'plugin::double-opt-in.subscriber';
const MAILING = 'plugin::double-opt-in.mailing';
const sink = new SmtpSink();
let app: TestApp;
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const service = (name: string) => app.strapi.plugin('double-opt-in').service(name);
const db = (uid: string) => app.strapi.db.query(uid as never);

type Data = Record<string, unknown>;

interface Offer {
  slug: string;
  title: { de: string; en?: string };
  topics: string[];
  /** The opportunity's districts and its place's district together. */
  districts: string[];
  startsInDays: number;
}

const OFFERS: Offer[] = [
  { slug: 'radwege-eving', title: { de: 'Demo: Radwege in Eving', en: 'Demo: cycle lanes in Eving' }, topics: ['mobilitaet'], districts: ['eving'], startsInDays: 5 },
  { slug: 'klimaplan', title: { de: 'Demo: Klimaplan für die Stadt', en: 'Demo: climate plan for the city' }, topics: ['umwelt_klima'], districts: ['gesamtstadt'], startsInDays: 10 },
  // Only in German, and its place lies in Hörde: the place's district counts.
  { slug: 'nachbarschaft-hoerde', title: { de: 'Demo: Nachbarschaftstreff' }, topics: ['soziales'], districts: ['innenstadt_nord', 'hoerde'], startsInDays: 3 },
];

async function publish(offer: Offer, extra: Data = {}): Promise<string> {
  const documents = app.strapi.documents(PARTICIPATION_OPPORTUNITY as never);
  const de: Data = {
    title: offer.title.de,
    slug: offer.slug,
    summary: `Demo-Inhalt: ${offer.title.de}`,
    topics: offer.topics,
    districts: offer.districts.filter((district) => district !== 'hoerde'),
    ...(offer.districts.includes('hoerde') ? { place: { name: 'Demo-Haus', address: 'Beispielweg 1', district: 'hoerde' } } : {}),
    attendance: 'praesenz',
    eventStatus: 'geplant',
    registration: 'keine',
    dates: [{ start: inDays(offer.startsInDays), end: inDays(offer.startsInDays + 0.1), timeZone: 'Europe/Berlin' }],
    ...extra,
  };
  const created = (await documents.create({ data: de, locale: 'de', status: 'published' } as never)) as unknown as { documentId: string };
  if (offer.title.en) {
    await documents.update({ documentId: created.documentId, data: { ...de, title: offer.title.en, summary: `Demo content: ${offer.title.en}` }, locale: 'en', status: 'published' } as never);
  }
  return created.documentId;
}

const INTERESTS = [[], ['mobilitaet'], ['umwelt_klima'], ['soziales', 'digitales'], ['wohnen']];
const DISTRICTS = [[], ['eving'], ['hoerde'], ['brackel'], ['eving', 'innenstadt_nord']];

interface Person {
  email: string;
  status: 'pending' | 'confirmed' | 'unsubscribed';
  language: 'de' | 'en';
  interests: string[];
  districts: string[];
}

const pool: Person[] = Array.from({ length: 300 }, (_, i) => ({
  email: `mitglied-${i}@example.org`,
  status: i < 250 ? 'confirmed' : i < 275 ? 'pending' : 'unsubscribed',
  language: i % 2 === 0 ? 'de' : 'en',
  interests: INTERESTS[i % INTERESTS.length],
  districts: DISTRICTS[Math.floor(i / INTERESTS.length) % DISTRICTS.length],
}));

/** Topics meet (or none chosen), and districts meet (or none chosen, or the whole city). */
const expectedOffers = (person: Person) =>
  OFFERS.filter((offer) => person.interests.length === 0 || offer.topics.some((topic) => person.interests.includes(topic)))
    .filter((offer) => person.districts.length === 0 || offer.districts.some((district) => district === 'gesamtstadt' || person.districts.includes(district)))
    .sort((a, b) => a.startsInDays - b.startsInDays);

const listedTitles = (mail: ReceivedMail) => (mail.parsed.text ?? '').split('\n').filter((line) => line.startsWith('* ')).map((line) => line.slice(2));

beforeAll(async () => {
  await sink.start();
  useSmtpSink(sink);
  process.env.OUTBOX_ENABLED = 'false';
  app = await startTestApp('opportunity-digest');
  for (const offer of OFFERS) await publish(offer);
  // Not announced: cancelled, past, and a draft.
  await publish({ slug: 'abgesagt', title: { de: 'Demo: Abgesagt' }, topics: ['mobilitaet'], districts: ['eving'], startsInDays: 4 }, { eventStatus: 'abgesagt' });
  await publish({ slug: 'vorbei', title: { de: 'Demo: Vorbei' }, topics: ['mobilitaet'], districts: ['eving'], startsInDays: -4 });
  await app.strapi.documents(PARTICIPATION_OPPORTUNITY as never).create({ data: { title: 'Demo: Entwurf', slug: 'entwurf', topics: ['mobilitaet'], attendance: 'praesenz', eventStatus: 'geplant', registration: 'keine', dates: [{ start: inDays(2) }] }, locale: 'de' } as never);
  await db(SUBSCRIBER).createMany({
    data: pool.map((person, i) => ({
      firstName: `Mitglied${i}`,
      lastName: 'Demo',
      email: person.email,
      emailNormalized: person.email,
      status: person.status,
      language: person.language,
      interests: person.interests,
      facets: { districts: person.districts },
    })),
  });
});

afterAll(async () => {
  await app?.stop();
  await sink.stop();
});

async function drain() {
  for (let i = 0; i < 40; i++) {
    await service('outbox').idle();
    const report = await service('outbox').processBatch();
    if (report.claimed === 0) break;
  }
}

describe('Neue Mitmach-Angebote', () => {
  it('offers the published upcoming opportunities and mails every confirmed member exactly the matching ones, once, in their language', async () => {
    const candidates = await service('digest').candidates();
    expect(candidates.items.map((item: { title: { de: string } }) => item.title.de)).toEqual(['Demo: Nachbarschaftstreff', 'Demo: Radwege in Eving', 'Demo: Klimaplan für die Stadt']);
    expect(candidates.items.every((item: { selected: boolean }) => item.selected)).toBe(true);

    const { documentId } = await service('digest').create({ title: 'Neue Mitmach-Angebote, Demo' });
    const receiving = pool.filter((person) => person.status === 'confirmed' && expectedOffers(person).length > 0);
    const preview = await service('digest').preview(documentId);
    expect(preview).toMatchObject({ items: 3, recipients: receiving.length, withoutMatch: 250 - receiving.length });
    expect(preview.withoutMatch).toBeGreaterThan(0);
    expect(preview.examples.map((example: { subject: string }) => example.subject)).toEqual(['Neue Mitmach-Angebote', 'New opportunities to take part in Dortmund']);

    await service('mailings').start(documentId);
    await drain();

    expect(sink.mails.map((mail) => mail.to[0]).sort()).toEqual(receiving.map((person) => person.email).sort());
    for (const person of receiving) {
      const mails = sink.mailsTo(person.email);
      expect(mails).toHaveLength(1);
      const titles = expectedOffers(person).map((offer) => (person.language === 'en' ? offer.title.en ?? offer.title.de : offer.title.de));
      expect({ email: person.email, titles: listedTitles(mails[0]) }).toEqual({ email: person.email, titles });
      const text = mails[0].parsed.text ?? '';
      expect(text).toContain(person.language === 'de' ? 'Mehr erfahren: http' : 'Read more: http');
      for (const offer of expectedOffers(person)) expect(text).toContain(person.language === 'de' || !offer.title.en ? `/de/angebote/${offer.slug}` : `/en/opportunities/${offer.slug}`);
      expect(headerOf(mails[0], 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    }
    const mailing = (await db(MAILING).findOne({ where: { documentId } })) as { status: string; recipientCount: number };
    expect(mailing).toMatchObject({ status: 'sent', recipientCount: receiving.length });
  });

  it('lets people choose topics and districts on the sign-up page, in German and English', async () => {
    const de = await request(app.server).get('/api/double-opt-in/subscribe?lang=de').expect(200);
    expect(de.text).toContain('Welche Stadtbezirke interessieren Sie?');
    expect(de.text).toContain('value="luetgendortmund"');
    expect(de.text).toContain('value="wohnen"');
    const en = await request(app.server).get('/api/double-opt-in/subscribe?lang=en').expect(200);
    expect(en.text).toContain('Which districts are you interested in?');
  });
});
