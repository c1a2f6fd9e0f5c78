import request from 'supertest';
import { PARTICIPATION_OPPORTUNITY } from '../../src/content-types';
import { loadIcalJs, parseCalendar } from '../harness/icalendar-parser';
import { startTestApp, type TestApp } from '../harness/strapi';

let app: TestApp;
const api = () => request(app.server);
const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

type Data = Record<string, unknown>;

async function publish(de: Data, en?: Data): Promise<string> {
  const documents = app.strapi.documents(PARTICIPATION_OPPORTUNITY as never);
  const created = (await documents.create({ data: de, locale: 'de', status: 'published' } as never)) as unknown as { documentId: string };
  if (en) await documents.update({ documentId: created.documentId, data: en, locale: 'en', status: 'published' } as never);
  return created.documentId;
}

const base = (slug: string, title: string, hoursAhead: number, extra: Data = {}): Data => ({
  title,
  slug,
  summary: `Demo: ${title}`,
  topics: ['umwelt_klima'],
  districts: ['innenstadt_nord'],
  attendance: 'praesenz',
  eventStatus: 'geplant',
  registration: 'keine',
  dates: [{ start: inHours(hoursAhead), end: inHours(hoursAhead + 2), timeZone: 'Europe/Berlin' }],
  ...extra,
});

const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp('participation-opportunities');
  ids.soon = await publish(
    base('online-soon', 'Online-Sprechstunde bald', 2, {
      attendance: 'online',
      onlineLink: 'https://meet.example.org/soon',
      showOnlineLink: true,
      topics: ['digitales'],
      districts: ['gesamtstadt'],
      accessibilityServices: ['schriftdolmetschung', 'leichte_sprache'],
    }),
    { title: 'Online consultation soon', slug: 'online-soon', summary: 'Demo: online consultation' },
  );
  ids.later = await publish(
    base('hybrid-later', 'Hybride Werkstatt später', 30, {
      attendance: 'hybrid',
      onlineLink: 'https://meet.example.org/later',
      showOnlineLink: true,
      place: { name: 'Demo-Bürgerhaus', address: 'Beispielstraße 1', district: 'hoerde' },
      accessibilityServices: ['stufenlos', 'gebaerdensprache', 'kinderbetreuung'],
    }),
  );
  ids.hidden = await publish(
    base('online-not-released', 'Online ohne Freigabe', 1, { attendance: 'online', onlineLink: 'https://meet.example.org/secret', showOnlineLink: false }),
  );
  ids.past = await publish(base('schon-vorbei', 'Schon vorbei', -48, { topics: ['mobilitaet'] }));
  ids.farAhead = await publish(base('weit-voraus', 'Weit voraus', 24 * 60, { topics: ['mobilitaet'], districts: ['eving'] }));
  await app.strapi.documents(PARTICIPATION_OPPORTUNITY as never).create({ data: base('nur-entwurf', 'Nur ein Entwurf', 5), locale: 'de' } as never);
});

afterAll(async () => {
  await app?.stop();
});

const slugsOf = (body: { data: Array<{ slug: string }> }) => body.data.map((entry) => entry.slug);

describe('public list', () => {
  it('lists published upcoming opportunities, soonest first, without drafts or past ones', async () => {
    const res = await api().get('/api/participation-opportunities').expect(200);
    expect(slugsOf(res.body)).toEqual(['online-not-released', 'online-soon', 'hybrid-later', 'weit-voraus']);
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 4 });
  });

  it('filters by topic, district (the place counts), attendance, accessibility and date range', async () => {
    const get = async (query: Record<string, string | string[]>) => slugsOf((await api().get('/api/participation-opportunities').query(query).expect(200)).body);
    expect(await get({ topic: 'mobilitaet' })).toEqual(['weit-voraus']);
    expect(await get({ topic: 'digitales,mobilitaet' })).toEqual(['online-soon', 'weit-voraus']);
    expect(await get({ district: 'hoerde' })).toEqual(['hybrid-later']);
    expect(await get({ attendance: ['online', 'hybrid'] })).toEqual(['online-not-released', 'online-soon', 'hybrid-later']);
    expect(await get({ accessibility: 'stufenlos,gebaerdensprache' })).toEqual(['hybrid-later']);
    expect(await get({ accessibility: ['stufenlos', 'leichte_sprache'] })).toEqual([]);
    expect(await get({ from: inHours(-72), to: inHours(-24) })).toEqual(['schon-vorbei']);
    expect(await get({ to: inHours(10) })).toEqual(['online-not-released', 'online-soon']);
  });

  it('pages', async () => {
    const res = await api().get('/api/participation-opportunities').query({ page: 2, pageSize: 3 }).expect(200);
    expect(slugsOf(res.body)).toEqual(['weit-voraus']);
    expect(res.body.meta.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 2, total: 4 });
  });

  it.each([
    [{ colour: 'red' }, 'colour', /unknown query parameter colour; allowed: topic, district/],
    [{ topic: 'wetter' }, 'topic', /topic must be one of stadtentwicklung/],
    [{ district: 'berlin_mitte' }, 'district', /district must be one of gesamtstadt/],
    [{ attendance: 'telefon' }, 'attendance', /attendance must be one of praesenz, online, hybrid/],
    [{ accessibility: 'aufzug' }, 'accessibility', /accessibility must be one of stufenlos/],
    [{ from: 'morgen' }, 'from', /from must be a day/],
    [{ from: '2027-02-30' }, 'from', /not a calendar day/],
    [{ pageSize: '500' }, 'pageSize', /at most 100/],
    [{ locale: 'fr' }, 'locale', /locale must be one of de, en/],
    [{ status: 'draft' }, 'status', /unknown query parameter status/],
    [{ from: '2027-01-10', to: '2027-01-01' }, 'to', /to must not be before from/],
  ])('answers %j with 400 naming %s', async (query, path, message) => {
    const res = await api().get('/api/participation-opportunities').query(query).expect(400);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.details.errors[0].path).toEqual([path]);
  });
});

describe('online link', () => {
  it('is public only from 24 hours before the start, and only when the editor allows it', async () => {
    const list = await api().get('/api/participation-opportunities').expect(200);
    const bySlug = Object.fromEntries(list.body.data.map((entry: { slug: string }) => [entry.slug, entry]));
    expect(bySlug['online-soon']).toMatchObject({ onlineLink: 'https://meet.example.org/soon' });
    expect(bySlug['hybrid-later'].onlineLink).toBeNull();
    expect(Date.parse(bySlug['hybrid-later'].onlineLinkVisibleFrom)).toBeGreaterThan(Date.now() + 5 * HOUR);
    expect(bySlug['online-not-released']).toMatchObject({ onlineLink: null, onlineLinkVisibleFrom: null });
    expect(JSON.stringify(list.body)).not.toContain('meet.example.org/later');
    expect(JSON.stringify(list.body)).not.toContain('secret');
  });

  it('follows the configured lead time', async () => {
    const config = app.strapi.config.get('opportunities') as Record<string, unknown>;
    app.strapi.config.set('opportunities', { ...config, onlineLinkLeadHours: 48 });
    // The service reads its configuration when it is made; a fresh one stands for a restart.
    const make = (await import('../../src/api/participation-opportunity/services/participation-opportunity')).default;
    try {
      const answer = await make({ strapi: app.strapi }).findOne('hybrid-later', 'de');
      expect(answer.onlineLink).toBe('https://meet.example.org/later');
    } finally {
      app.strapi.config.set('opportunities', config);
    }
  });

  it('never leaks through other types’ populate or the generated GraphQL type', async () => {
    const one = await api().get('/api/participation-opportunities/hybrid-later').expect(200);
    expect(one.body.data.onlineLink).toBeNull();
    const gql = await api()
      .post('/graphql')
      .send({ query: '{ participationOpportunities(sort: "title") { slug onlineLink currentStatus eventStatus } }' })
      .expect(200);
    expect(gql.body.errors).toBeUndefined();
    const bySlug = Object.fromEntries(gql.body.data.participationOpportunities.map((entry: { slug: string }) => [entry.slug, entry]));
    expect(bySlug['online-soon'].onlineLink).toBe('https://meet.example.org/soon');
    expect(bySlug['hybrid-later'].onlineLink).toBeNull();
    expect(bySlug['online-not-released'].onlineLink).toBeNull();
    expect(bySlug['schon-vorbei']).toMatchObject({ currentStatus: 'vergangen', eventStatus: 'geplant' });
  });
});

describe('single opportunity', () => {
  it('is found by slug or documentId, in German or English', async () => {
    const bySlug = await api().get('/api/participation-opportunities/online-soon').expect(200);
    expect(bySlug.body.data).toMatchObject({ documentId: ids.soon, title: 'Online-Sprechstunde bald', currentStatus: 'geplant', locale: 'de' });
    expect(bySlug.body.data.links.page).toMatch(/\/de\/angebote\/online-soon$/);
    const english = await api().get(`/api/participation-opportunities/${ids.soon}`).query({ locale: 'en' }).expect(200);
    expect(english.body.data).toMatchObject({ title: 'Online consultation soon', slug: 'online-soon', locale: 'en' });
    expect(english.body.data.dates).toHaveLength(1);
    expect(english.body.data.dates[0].key).toMatch(/^[a-z0-9-]+$/);
    expect(english.body.data.dates[0].key).toBe(bySlug.body.data.dates[0].key);
  });

  it('derives "vergangen" from the dates', async () => {
    const res = await api().get('/api/participation-opportunities/schon-vorbei').expect(200);
    expect(res.body.data).toMatchObject({ eventStatus: 'geplant', currentStatus: 'vergangen', nextDate: null });
  });

  it('answers 404 for drafts and unknown entries', async () => {
    await api().get('/api/participation-opportunities/nur-entwurf').expect(404);
    await api().get('/api/participation-opportunities/gibt-es-nicht').expect(404);
  });
});

describe('GraphQL search', () => {
  it('filters and orders as REST does', async () => {
    const res = await api()
      .post('/graphql')
      .send({ query: '{ participationOpportunitySearch(attendance: ["online", "hybrid"], pageSize: 2) { data { slug onlineLink currentStatus dates { start timeZone } } pagination { total pageCount } } }' })
      .expect(200);
    expect(res.body.errors).toBeUndefined();
    const { data, pagination } = res.body.data.participationOpportunitySearch;
    expect(data.map((entry: { slug: string }) => entry.slug)).toEqual(['online-not-released', 'online-soon']);
    expect(data[1].onlineLink).toBe('https://meet.example.org/soon');
    expect(pagination).toEqual({ total: 3, pageCount: 2 });
  });

  it('names a wrong value', async () => {
    const res = await api().post('/graphql').send({ query: '{ participationOpportunitySearch(topic: ["wetter"]) { pagination { total } } }' }).expect(200);
    expect(res.body.errors[0].message).toMatch(/topic must be one of/);
  });
});

describe('write rules', () => {
  const documents = () => app.strapi.documents(PARTICIPATION_OPPORTUNITY as never);
  const attempt = (data: Data) => documents().create({ data: { ...base('regel', 'Regelprüfung', 10), ...data }, locale: 'de' } as never);

  it.each([
    [{ topics: ['wetter'] }, 'topics', /topics\[0\] is "wetter"/],
    [{ districts: ['berlin_mitte'] }, 'districts', /districts\[0\] is "berlin_mitte"/],
    [{ place: { name: 'Ort', district: 'berlin_mitte' } }, 'place', /place.district is "berlin_mitte"/],
    [{ dates: [{ start: '2027-05-02T18:00:00.000Z', end: '2027-05-02T16:00:00.000Z' }] }, 'dates', /dates\[0\].end must not be before dates\[0\].start/],
    [{ dates: [{ start: '2027-05-02T18:00:00.000Z', timeZone: 'Mars/Olympus' }] }, 'dates', /dates\[0\].timeZone must be an IANA time zone/],
    [{ onlineLink: 'javascript:alert(1)' }, 'onlineLink', /onlineLink must be a web address/],
    [{ showOnlineLink: true, onlineLink: '' }, 'onlineLink', /onlineLink is needed when showOnlineLink is on/],
    [{ registration: 'extern', registrationUrl: null }, 'registrationUrl', /registrationUrl is needed when registration is extern/],
  ])('refuses %j with a 400 naming %s', async (data, field, message) => {
    await expect(attempt(data)).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(message) });
    const error = await attempt(data).catch((caught: { details: { errors: Array<{ path: string[] }> } }) => caught);
    expect((error as { details: { errors: Array<{ path: string[] }> } }).details.errors[0].path[0]).toBe(field);
  });

  it('makes the slug from the title and gives every date a key that survives edits', async () => {
    const created = (await documents().create({
      data: { ...base('', 'Bürgerforum Übermorgen', 50), slug: undefined },
      locale: 'de',
      populate: ['dates'],
    } as never)) as unknown as { documentId: string; slug: string; dates: Array<{ key: string; start: string }> };
    expect(created.slug).toBe('buergerforum-uebermorgen');
    const key = created.dates[0].key;
    expect(key).toMatch(/^[a-z0-9]{8}$/);
    const moved = (await documents().update({
      documentId: created.documentId,
      locale: 'de',
      data: { dates: [{ ...created.dates[0], start: inHours(70), end: inHours(72) }, { start: inHours(100) }] },
      populate: ['dates'],
    } as never)) as unknown as { dates: Array<{ key: string }> };
    expect(moved.dates[0].key).toBe(key);
    expect(moved.dates[1].key).toMatch(/^[a-z0-9]{8}$/);
    expect(moved.dates[1].key).not.toBe(key);
  });
});

describe('OpenAPI description', () => {
  it('describes the list with its filter parameters and the calendars', async () => {
    const res = await api().get('/api/openapi.json').expect(200);
    const list = res.body.paths['/participation-opportunities'].get;
    expect(list.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
      expect.arrayContaining(['topic', 'district', 'attendance', 'accessibility', 'from', 'to', 'format', 'locale', 'page', 'pageSize']),
    );
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/participation-opportunities/calendar.ics', '/participation-opportunities/calendar/{kind}/{file}', '/participation-opportunities/{id}/calendar.ics']),
    );
  });
});

const ical = loadIcalJs();
const describeWithParser = ical ? describe : describe.skip;
if (!ical) console.warn('ical.js is not installed: the calendar feed tests are skipped (add the devDependency ical.js@2.2.1)');

describeWithParser('calendar feeds, read by ical.js', () => {
  const feed = async (path: string) => {
    const res = await api().get(path).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    return parseCalendar(ical!, res.text);
  };

  it('the feed of all upcoming opportunities: stable UIDs, time zone, online link once visible', async () => {
    const { calendar, events } = await feed('/api/participation-opportunities/calendar.ics');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    expect(events.map((event) => event.summary)).toEqual(
      expect.arrayContaining(['Online-Sprechstunde bald', 'Hybride Werkstatt später', 'Weit voraus', 'Schon vorbei']),
    );
    const soon = events.find((event) => event.summary === 'Online-Sprechstunde bald')!;
    expect(soon.uid).toMatch(new RegExp(`^${ids.soon}-[a-z0-9]{8}@mitwirken-cms$`));
    expect(soon.description).toContain('https://meet.example.org/soon');
    expect(soon.description).toMatch(/\/de\/angebote\/online-soon/);
    expect(soon.startDate.zone?.tzid).toBe('Europe/Berlin');
    const soonComponent = calendar.getAllSubcomponents('vevent').find((component) => component.getFirstPropertyValue('uid') === soon.uid)!;
    expect(soonComponent.getFirstPropertyValue('conference')).toBe('https://meet.example.org/soon');
    const later = events.find((event) => event.summary === 'Hybride Werkstatt später')!;
    expect(later.description).not.toContain('meet.example.org');
    expect(later.location).toBe('Demo-Bürgerhaus, Beispielstraße 1');
    expect(events.some((event) => event.summary === 'Nur ein Entwurf')).toBe(false);

    const again = await feed('/api/participation-opportunities/calendar.ics');
    expect(again.events.map((event) => event.uid).sort()).toEqual(events.map((event) => event.uid).sort());
  });

  it('feeds per topic, district and attendance at stable addresses; unknown codes are a 400', async () => {
    const topic = await feed('/api/participation-opportunities/calendar/topic/mobilitaet.ics');
    expect(topic.events.map((event) => event.summary).sort()).toEqual(['Schon vorbei', 'Weit voraus']);
    const district = await feed('/api/participation-opportunities/calendar/district/hoerde.ics');
    expect(district.events.map((event) => event.summary)).toEqual(['Hybride Werkstatt später']);
    const online = await feed('/api/participation-opportunities/calendar/attendance/online.ics?locale=en');
    // Only what has an English version is in the English feed.
    expect(online.events.map((event) => event.summary)).toEqual(['Online consultation soon']);
    const wrong = await api().get('/api/participation-opportunities/calendar/topic/wetter.ics').expect(400);
    expect(wrong.body.error.message).toMatch(/topic must be one of/);
    await api().get('/api/participation-opportunities/calendar/colour/red.ics').expect(400);
  });

  it('keeps a cancelled date in the feed as CANCELLED with a higher SEQUENCE', async () => {
    const before = (await feed('/api/participation-opportunities/calendar.ics')).events.find((event) => event.summary === 'Weit voraus')!;
    // SEQUENCE counts seconds of the publication time: the next publication is at least a second later.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await app.strapi.documents(PARTICIPATION_OPPORTUNITY as never).update({ documentId: ids.farAhead, locale: 'de', data: { eventStatus: 'abgesagt' }, status: 'published' } as never);
    const { calendar, events } = await feed('/api/participation-opportunities/calendar.ics');
    const after = events.find((event) => event.uid === before.uid)!;
    expect(after).toBeDefined();
    expect(after.summary).toBe('Abgesagt: Weit voraus');
    expect(after.sequence).toBeGreaterThan(before.sequence);
    const component = calendar.getAllSubcomponents('vevent').find((candidate) => candidate.getFirstPropertyValue('uid') === before.uid)!;
    expect(component.getFirstPropertyValue('status')).toBe('CANCELLED');
    const answer = await api().get('/api/participation-opportunities/weit-voraus').expect(200);
    expect(answer.body.data.currentStatus).toBe('abgesagt');
  });

  it('downloads one opportunity, keeping its dates in Dortmund time across the switch to winter time', async () => {
    const documentId = await publish(
      base('herbstwerkstatt', 'Herbstwerkstatt', 0, {
        dates: [
          { start: '2026-10-24T16:00:00.000Z', end: '2026-10-24T18:00:00.000Z', timeZone: 'Europe/Berlin' },
          { start: '2026-10-26T17:00:00.000Z', end: '2026-10-26T19:00:00.000Z', timeZone: 'Europe/Berlin' },
        ],
      }),
    );
    const res = await api().get(`/api/participation-opportunities/${documentId}/calendar.ics`).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="herbstwerkstatt.ics"');
    expect(res.text).toContain('DTSTART;TZID=Europe/Berlin:20261024T180000');
    expect(res.text).toContain('DTSTART;TZID=Europe/Berlin:20261026T180000');
    const { events } = parseCalendar(ical!, res.text);
    const [summer, winter] = events.sort((a, b) => a.startDate.toJSDate().getTime() - b.startDate.toJSDate().getTime());
    expect(summer.startDate.utcOffset()).toBe(2 * 3600);
    expect(winter.startDate.utcOffset()).toBe(1 * 3600);
    expect(summer.startDate.toJSDate().toISOString()).toBe('2026-10-24T16:00:00.000Z');
    expect(winter.startDate.toJSDate().toISOString()).toBe('2026-10-26T17:00:00.000Z');
    expect(winter.endDate.toJSDate().toISOString()).toBe('2026-10-26T19:00:00.000Z');
  });
});
