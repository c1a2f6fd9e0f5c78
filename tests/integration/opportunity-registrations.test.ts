import request from 'supertest';
import { PARTICIPATION_OPPORTUNITY } from '../../src/content-types';
import { startTestApp, type TestApp } from '../harness/strapi';

/** Registration here on the platform for the city's opportunities, through the registrations plugin. */
let app: TestApp;
const api = () => request(app.server);
const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
type Data = Record<string, unknown>;

const documents = () => app.strapi.documents(PARTICIPATION_OPPORTUNITY as never);

async function publish(slug: string, extra: Data = {}): Promise<string> {
  const data = {
    title: `Demo: ${slug}`,
    slug,
    topics: ['umwelt_klima'],
    districts: ['innenstadt_nord'],
    attendance: 'online',
    eventStatus: 'geplant',
    registration: 'hier',
    dates: [{ start: inHours(48), end: inHours(50), timeZone: 'Europe/Berlin' }],
    ...extra,
  };
  const created = (await documents().create({ data, locale: 'de', status: 'published' } as never)) as unknown as { documentId: string };
  await documents().update({ documentId: created.documentId, data: { title: `Demo (en): ${slug}`, slug }, locale: 'en', status: 'published' } as never);
  return created.documentId;
}

const person = (event: string, n: number, extra: Data = {}) => ({ event, firstName: 'Erika', lastName: `Muster${n}`, email: `erika${n}@example.org`, consent: true, ...extra });
const register = (body: Data) => api().post('/api/registrations/register').send(body);

beforeAll(async () => {
  app = await startTestApp('opportunity-registrations');
});

afterAll(async () => {
  await app?.stop();
});

describe('registration here on the platform', () => {
  it('takes registrations, keeps the reserved places, puts the next on the waitlist, and the public answers show places left only', async () => {
    const id = await publish('werkstatt-mit-warteliste', { capacity: 3, reservedPlaces: 1, waitlist: true, registrationDeadline: inHours(24) });
    const first = await register(person(id, 1)).expect(201);
    expect(first.body).toEqual({ data: { state: 'registered', waitlistPosition: null }, meta: { message: 'Sie sind angemeldet. Ihr Platz ist reserviert.' } });
    await register(person(id, 2, { locale: 'en' })).expect(201);
    const third = await register(person(id, 3)).expect(201);
    expect(third.body.data).toEqual({ state: 'waitlisted', waitlistPosition: 1 });

    const one = await api().get('/api/participation-opportunities/werkstatt-mit-warteliste').expect(200);
    expect(one.body.data).toMatchObject({ registration: 'hier', capacity: 3, waitlist: true, placesLeft: 0, registrationOpen: true });
    const text = JSON.stringify(one.body);
    expect(text).not.toMatch(/erika|Muster|reservedPlaces/i);

    const english = await api().get('/api/participation-opportunities/werkstatt-mit-warteliste?locale=en').expect(200);
    expect(english.body.data).toMatchObject({ placesLeft: 0, registrationOpen: true });
    const list = await api().get('/api/participation-opportunities').expect(200);
    expect(list.body.data.find((entry: { slug: string }) => entry.slug === 'werkstatt-mit-warteliste')).toMatchObject({ placesLeft: 0, registrationOpen: true });

    const graphql = await api()
      .post('/graphql')
      .send({ query: '{ participationOpportunitySearch { data { slug placesLeft registrationOpen waitlist } } participationOpportunities { slug placesLeft registrationOpen } }' })
      .expect(200);
    expect(graphql.body.errors).toBeUndefined();
    expect(graphql.body.data.participationOpportunitySearch.data.find((entry: { slug: string }) => entry.slug === 'werkstatt-mit-warteliste')).toEqual({
      slug: 'werkstatt-mit-warteliste',
      placesLeft: 0,
      registrationOpen: true,
      waitlist: true,
    });
    expect(graphql.body.data.participationOpportunities.find((entry: { slug: string }) => entry.slug === 'werkstatt-mit-warteliste')).toMatchObject({ placesLeft: 0, registrationOpen: true });

    // The schema.org data carries the places left.
    const page = await api().get('/de/angebote/werkstatt-mit-warteliste').expect(200);
    expect(page.text).toContain('"remainingAttendeeCapacity":0');
  });

  it('gives no GraphQL access to registrations nor to the reserved places', async () => {
    const res = await api().post('/graphql').send({ query: '{ __schema { types { name } } }' }).expect(200);
    expect(res.body.data.__schema.types.map((type: { name: string }) => type.name).filter((name: string) => /^Registration|RateLimitCounter/i.test(name))).toEqual([]);
    await api().get('/api/registrations/registrations').expect(404);
    // The places the office holds back are its own business: not in the generated type either.
    const reserved = await api().post('/graphql').send({ query: '{ participationOpportunities { reservedPlaces } }' });
    expect(reserved.status).toBe(400);
    expect(JSON.stringify(reserved.body.errors)).toMatch(/reservedPlaces/);
  });

  it('refuses with a 400 that says why: fully booked, deadline passed, cancelled, registration elsewhere', async () => {
    const full = await publish('ohne-warteliste', { capacity: 1 });
    await register(person(full, 10)).expect(201);
    const refused = await register(person(full, 11)).expect(400);
    expect(refused.body.error.message).toBe('Die Veranstaltung ist ausgebucht, und es gibt keine Warteliste.');
    expect((await api().get('/api/participation-opportunities/ohne-warteliste').expect(200)).body.data).toMatchObject({ placesLeft: 0, registrationOpen: false, waitlist: false });

    const late = await publish('frist-vorbei', { registrationDeadline: inHours(-1) });
    expect((await register(person(late, 12)).expect(400)).body.error.message).toMatch(/^Der Anmeldeschluss ist vorbei/);

    const cancelled = await publish('abgesagt', { eventStatus: 'abgesagt' });
    expect((await register(person(cancelled, 13)).expect(400)).body.error.details.reason).toBe('closed');

    const elsewhere = await publish('extern', { registration: 'extern', registrationUrl: 'https://example.org/anmeldung' });
    expect((await register(person(elsewhere, 14)).expect(400)).body.error.details.reason).toBe('not-here');
    const answer = (await api().get('/api/participation-opportunities/extern').expect(200)).body.data;
    expect(answer).toMatchObject({ placesLeft: null, registrationOpen: null, waitlist: false });

    const unlimited = await publish('ohne-grenze', {});
    await register(person(unlimited, 15)).expect(201);
    expect((await api().get('/api/participation-opportunities/ohne-grenze').expect(200)).body.data).toMatchObject({ placesLeft: null, registrationOpen: true });
  });

  it('answers bad input with a 400 naming the field', async () => {
    const id = await publish('falsche-eingaben', { capacity: 10 });
    const fieldOf = async (body: Data) => (await register(body).expect(400)).body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'));
    expect(await fieldOf(person(id, 20, { consent: false }))).toEqual(['consent']);
    expect(await fieldOf(person(id, 21, { email: 'keine-adresse' }))).toEqual(['email']);
    expect(await fieldOf(person('unbekannt00000000000000', 22))).toEqual(['event']);
    expect(await fieldOf(person(id, 23, { frage: 'Gebärdensprache' }))).toEqual(['frage']);
  });

  it('keeps the write rules: no link needed for here, reserved places not above the places', async () => {
    await expect(publish('hier-ohne-link', { capacity: 5, reservedPlaces: 5 })).resolves.toEqual(expect.any(String));
    await expect(publish('zu-viel-reserviert', { capacity: 5, reservedPlaces: 6 })).rejects.toThrow(/reservedPlaces/);
  });
});
