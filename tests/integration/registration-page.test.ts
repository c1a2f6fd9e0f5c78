import request from 'supertest';
import { PARTICIPATION_OPPORTUNITY } from '../../src/content-types';
import { startTestApp, type TestApp } from '../harness/strapi';

/** The registrations plugin's page for an opportunity: server-rendered HTML whose form works without JavaScript. */
let app: TestApp;
const api = () => request(app.server);
const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

const documents = () => app.strapi.documents(PARTICIPATION_OPPORTUNITY as never);

async function publish(slug: string, extra: Record<string, unknown> = {}): Promise<string> {
  const data = {
    title: `Werkstatt ${slug}`,
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
  await documents().update({ documentId: created.documentId, data: { title: `Workshop ${slug}`, slug }, locale: 'en', status: 'published' } as never);
  return created.documentId;
}

const page = (event: string, locale?: string) => api().get(`/api/registrations/page?event=${event}${locale ? `&locale=${locale}` : ''}`);
const post = (form: Record<string, string>) => api().post('/api/registrations/register').type('form').send(form);
const person = (event: string, n: number, extra: Record<string, string> = {}) => ({ event, firstName: 'Erika', lastName: `Muster${n}`, email: `seite${n}@example.org`, consent: 'on', locale: 'de', ...extra });

beforeAll(async () => {
  app = await startTestApp('registration-page');
});

afterAll(async () => {
  await app?.stop();
});

describe('the registration page', () => {
  it('shows the opportunity’s title, places left and the form, in German by default and in English, without any script', async () => {
    const id = await publish('seite-mit-plaetzen', { capacity: 5, reservedPlaces: 1 });
    const german = await page(id).expect(200);
    expect(german.headers['content-type']).toMatch(/^text\/html/);
    expect(german.headers['cache-control']).toBe('no-store');
    // The app's CSP (strapi::security) applies and allows no inline script; the page has none.
    expect(german.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(german.text).not.toMatch(/<script/i);
    expect(german.text).toContain('<html lang="de">');
    expect(german.text).toContain('<h1>Anmeldung: Werkstatt seite-mit-plaetzen</h1>');
    expect(german.text).toContain('Noch 4 Plätze frei.');
    for (const field of ['given-name', 'family-name', 'email']) expect(german.text).toContain(`autocomplete="${field}" required`);
    expect(german.text).toMatch(/<input type="checkbox" id="consent" name="consent" value="on" required>/);
    expect(german.text).toContain(`<input type="hidden" name="event" value="${id}">`);
    expect(german.text).toContain('<form method="post" action="/api/registrations/register"');

    const english = await page(id, 'en').expect(200);
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('<h1>Register: Workshop seite-mit-plaetzen</h1>');
    expect(english.text).toContain('4 places left.');
  });

  it('says waitlist, closed and unknown', async () => {
    const waitlist = await publish('seite-warteliste', { capacity: 1, waitlist: true });
    await post(person(waitlist, 1)).expect(201);
    expect((await page(waitlist).expect(200)).text).toContain('Wenn Sie sich anmelden, kommen Sie auf die Warteliste.');

    const late = await publish('seite-frist-vorbei', { registrationDeadline: inHours(-1) });
    const closed = await page(late).expect(200);
    expect(closed.text).toContain('Keine Anmeldung möglich: Werkstatt seite-frist-vorbei');
    expect(closed.text).toMatch(/Der Anmeldeschluss ist vorbei/);
    expect(closed.text).not.toContain('<form');

    expect((await page('unbekannt000000000000000').expect(404)).text).toContain('Veranstaltung nicht gefunden');
    const missing = await api().get('/api/registrations/page').expect(400);
    expect(missing.body.error.details.errors[0].path).toEqual(['event']);
  });

  it('answers a form post without consent with the page again, the error at the field, and a 400', async () => {
    const id = await publish('seite-ohne-einwilligung', { capacity: 5 });
    const { consent: _left, ...withoutConsent } = person(id, 2);
    const answer = await post(withoutConsent).expect(400);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.text).toMatch(/<div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus/);
    expect(answer.text).toContain('<a href="#consent">Bitte willigen Sie ein, sonst können wir Sie nicht anmelden.</a>');
    expect(answer.text).toContain('<p class="field-error" id="consent-error">Bitte willigen Sie ein, sonst können wir Sie nicht anmelden.</p>');
    expect(answer.text).toMatch(/id="consent" name="consent" value="on" required aria-invalid="true" aria-describedby="consent-error"/);
    // What was typed is there again.
    expect(answer.text).toContain('value="seite2@example.org"');
    expect(await app.strapi.plugin('registrations').service('registrations').ofEvent(id)).toEqual([]);

    const english = await post({ ...withoutConsent, email: 'no-address', locale: 'en' }).expect(400);
    expect(english.text).toContain('<a href="#email">Please enter an e-mail address like name@example.org.</a>');
    expect(english.text).toContain('<a href="#consent">');

    // JSON callers still get the JSON answer.
    const json = await api().post('/api/registrations/register').send({ event: id, firstName: 'A', lastName: 'B', email: 'c@example.org' }).expect(400);
    expect(json.body.error.details.errors[0].path).toEqual(['consent']);
  });

  it('answers a good form post with the confirmation page; the waitlist with its position; a refusal with why', async () => {
    const id = await publish('seite-anmelden', { capacity: 1, waitlist: true });
    const registered = await post(person(id, 3)).expect(201);
    expect(registered.headers['content-type']).toMatch(/^text\/html/);
    expect(registered.text).toContain('<h1>Sie sind angemeldet</h1>');
    expect(registered.text).toContain('Sie sind angemeldet. Ihr Platz ist reserviert.');
    expect(registered.text).toContain('Werkstatt seite-anmelden');

    const waitlisted = await post(person(id, 4, { locale: 'en' })).expect(201);
    expect(waitlisted.text).toContain('<h1>You are on the waiting list</h1>');
    expect(waitlisted.text).toContain('position 1');
    expect(waitlisted.text).toContain('Workshop seite-anmelden');

    const again = await post(person(id, 3)).expect(400);
    expect(again.text).toContain('<a href="#email">Mit dieser E-Mail-Adresse besteht schon eine Anmeldung für diese Veranstaltung.</a>');

    const full = await publish('seite-ausgebucht', { capacity: 1 });
    await post(person(full, 5)).expect(201);
    const refused = await post(person(full, 6)).expect(400);
    expect(refused.text).toContain('<h1>Anmeldung nicht möglich</h1>');
    expect(refused.text).toContain('Die Veranstaltung ist ausgebucht, und es gibt keine Warteliste.');
    expect(refused.text).toContain(`href="/api/registrations/page?event=${full}&amp;locale=de"`);
  });

  it('is linked from the opportunity’s answer: registration here and open', async () => {
    const id = await publish('seite-verlinkt', { capacity: 3 });
    const answer = (await api().get('/api/participation-opportunities/seite-verlinkt').expect(200)).body.data;
    expect(answer).toMatchObject({ documentId: id, registration: 'hier', registrationOpen: true, placesLeft: 3 });
  });
});
