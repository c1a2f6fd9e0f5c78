import request from 'supertest';
import type { TestApp } from '@mitwirken/strapi-testing';
import { startHostApp } from '../harness/host-app';

/** Registrations for a host's own type (api::event.event) whose attributes are named differently. */
const EVENT = 'api::event.event';
let app: TestApp;

const events = () => app.strapi.documents(EVENT as never);
const service = () => app.strapi.plugin('registrations').service('registrations');
const register = (body: Record<string, unknown>) => request(app.server).post('/api/registrations/register').send(body);
const person = (event: string, n: number, extra: Record<string, unknown> = {}) => ({ event, firstName: `Vorname${n}`, lastName: `Nachname${n}`, email: `person${n}@example.org`, consent: true, ...extra });

async function createEvent(data: Record<string, unknown>, publish = true): Promise<string> {
  const created = (await events().create({ data: { title: 'Workshop', signupMode: 'onsite', ...data } } as never)) as { documentId: string };
  if (publish) await events().publish({ documentId: created.documentId } as never);
  return created.documentId;
}

beforeAll(async () => {
  app = await startHostApp('registrations');
});

afterAll(async () => {
  await app?.stop();
});

describe('registering for a host’s event', () => {
  it('300 simultaneous registrations for 30 places: exactly 30 registered, 270 waitlisted in arrival order', async () => {
    const event = await createEvent({ seats: 30, queue: true });
    const answers = await Promise.all(Array.from({ length: 300 }, (_, n) => register(person(event, n))));
    expect(answers.map((answer) => answer.status).filter((status) => status !== 201)).toEqual([]);
    expect(answers.filter((answer) => answer.body.data.state === 'registered')).toHaveLength(30);
    expect(answers.filter((answer) => answer.body.data.state === 'waitlisted')).toHaveLength(270);

    const rows: Array<{ id: number; documentId: string; state: string; waitlistPosition: number | null }> = await service().ofEvent(event);
    expect(rows).toHaveLength(300);
    // Arrival order is the order the lock let them in: the row ids.
    expect(rows.slice(0, 30).every((row) => row.state === 'registered' && row.waitlistPosition === null)).toBe(true);
    expect(rows.slice(30).map((row) => row.waitlistPosition)).toEqual(Array.from({ length: 270 }, (_, index) => index + 1));
    const positions = answers.filter((answer) => answer.body.data.state === 'waitlisted').map((answer) => answer.body.data.waitlistPosition);
    expect([...positions].sort((a, b) => a - b)).toEqual(Array.from({ length: 270 }, (_, index) => index + 1));
    expect(answers.find((answer) => answer.body.data.state === 'waitlisted')?.body.meta.message).toMatch(/Warteliste an Position \d+/);

    const availability = await service().availability([event]);
    expect(availability.get(event)).toEqual({ placesLeft: 0, registrationOpen: true, waitlist: true });

    // A cancellation of a place moves up exactly one, the first in line; the others move forward.
    const first = rows[0];
    const cancelled = await service().cancel(first.documentId, 'person');
    expect(cancelled.changed).toBe(true);
    expect(cancelled.movedUp.map((row: { id: number }) => row.id)).toEqual([rows[30].id]);
    const after: Array<{ id: number; documentId: string; state: string; waitlistPosition: number | null }> = await service().ofEvent(event);
    expect(after.filter((row) => row.state === 'registered')).toHaveLength(30);
    expect(after.find((row) => row.id === rows[0].id)?.state).toBe('cancelled_by_person');
    expect(after.find((row) => row.id === rows[30].id)).toMatchObject({ state: 'registered', waitlistPosition: null });
    expect(after.filter((row) => row.state === 'waitlisted').map((row) => row.waitlistPosition)).toEqual(Array.from({ length: 269 }, (_, index) => index + 1));

    // Cancelling again changes nothing and moves no one.
    expect((await service().cancel(first.documentId, 'person')).movedUp).toEqual([]);
    // A waitlisted person who cancels closes the gap behind them.
    const third = after.find((row) => row.waitlistPosition === 3)!;
    expect((await service().cancel(third.documentId, 'office')).movedUp).toEqual([]);
    const waiting = ((await service().ofEvent(event)) as Array<{ state: string; waitlistPosition: number }>).filter((row) => row.state === 'waitlisted');
    expect(waiting.map((row) => row.waitlistPosition)).toEqual(Array.from({ length: 268 }, (_, index) => index + 1));
  });

  it('simultaneous cancellations move up exactly one each', async () => {
    const event = await createEvent({ seats: 5, queue: true });
    for (let n = 0; n < 10; n++) await register(person(event, 1000 + n)).expect(201);
    const rows: Array<{ documentId: string; state: string }> = await service().ofEvent(event);
    const outcomes = await Promise.all(rows.slice(0, 3).map((row) => service().cancel(row.documentId, 'person')));
    expect(outcomes.map((outcome: { movedUp: unknown[] }) => outcome.movedUp.length)).toEqual([1, 1, 1]);
    const after: Array<{ state: string; waitlistPosition: number | null }> = await service().ofEvent(event);
    expect(after.filter((row) => row.state === 'registered')).toHaveLength(5);
    expect(after.filter((row) => row.state === 'waitlisted').map((row) => row.waitlistPosition)).toEqual([1, 2]);
  });

  it('keeps the reserved places and refuses a full event without waitlist with a 4xx saying why, in German by default', async () => {
    const event = await createEvent({ seats: 3, heldBack: 1, queue: false });
    await register(person(event, 2000)).expect(201);
    await register(person(event, 2001)).expect(201);
    const full = await register(person(event, 2002)).expect(400);
    expect(full.body.error.message).toBe('Die Veranstaltung ist ausgebucht, und es gibt keine Warteliste.');
    expect(full.body.error.details).toMatchObject({ reason: 'full', field: 'event' });
    const english = await register(person(event, 2003, { locale: 'en' })).expect(400);
    expect(english.body.error.message).toBe('The event is fully booked and has no waiting list.');
    expect((await service().availability([event])).get(event)).toEqual({ placesLeft: 0, registrationOpen: false, waitlist: false });
  });

  it('refuses after the deadline, for a closed event, and for an event that takes no registrations here', async () => {
    const past = await createEvent({ seats: 10, closesAt: '2020-01-01T12:00:00.000Z' });
    const late = await register(person(past, 3000)).expect(400);
    expect(late.body.error.message).toMatch(/^Der Anmeldeschluss ist vorbei: Anmeldungen waren bis 1\. Januar 2020 um 13:00 möglich\.$/);
    expect(late.body.error.details.reason).toBe('deadline-passed');

    const calledOff = await createEvent({ seats: 10, status: 'called_off' });
    expect((await register(person(calledOff, 3001)).expect(400)).body.error.details.reason).toBe('closed');

    const elsewhere = await createEvent({ signupMode: 'elsewhere' });
    expect((await register(person(elsewhere, 3002)).expect(400)).body.error.details.reason).toBe('not-here');
    expect((await service().availability([past, calledOff, elsewhere])).get(past)).toEqual({ placesLeft: 10, registrationOpen: false, waitlist: false });
    expect((await service().availability([elsewhere])).has(elsewhere)).toBe(false);
  });

  it('answers bad input with a 400 naming the field, never a 5xx', async () => {
    const event = await createEvent({});
    const fieldOf = async (body: unknown) => {
      const answer = await request(app.server).post('/api/registrations/register').send(body as object);
      expect(answer.status).toBe(400);
      return answer.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'));
    };
    expect(await fieldOf(person(event, 4000, { consent: false }))).toEqual(['consent']);
    expect(await fieldOf({ ...person(event, 4001), consent: undefined })).toEqual(['consent']);
    expect(await fieldOf(person(event, 4002, { email: 'nope' }))).toEqual(['email']);
    expect(await fieldOf(person(event, 4003, { question: 'x' }))).toEqual(['question']);
    expect(await fieldOf(person('doesnotexist000000000000', 4004))).toEqual(['event']);
    expect(await fieldOf(person(event, 4005, { event: { $ne: null } }))).toEqual(['event']);
    expect(await fieldOf(person(event, 4006, { firstName: 'x'.repeat(5000) }))).toEqual(['firstName']);
    expect(await fieldOf([1, 2])).toEqual(['(body)']);
    // The unpublished draft of an event is unknown to the public.
    expect(await fieldOf(person(await createEvent({}, false), 4007))).toEqual(['event']);
    // One address registers once per event, whatever its case.
    await register(person(event, 4008)).expect(201);
    expect(await fieldOf(person(event, 4008, { email: 'PERSON4008@example.org' }))).toEqual(['email']);
    // A plain HTML form's post works too.
    await request(app.server).post('/api/registrations/register').type('form').send({ ...person(event, 4009), consent: 'on' }).expect(201);
  });

  it('shows no registration through REST or GraphQL', async () => {
    await request(app.server).get('/api/registrations/registrations').expect(404);
    await request(app.server).get('/api/registrations').expect(404);
    const answer = await request(app.server).post('/graphql').send({ query: '{ __schema { queryType { fields { name } } } }' }).expect(200);
    const names = answer.body.data.__schema.queryType.fields.map((field: { name: string }) => field.name);
    expect(names.filter((name: string) => /registration|rateLimit/i.test(name))).toEqual([]);
  });
});

describe('the registration page for a host’s event', () => {
  it('shows the event’s title and the form, and answers a form post with a page', async () => {
    const event = await createEvent({ title: 'Nachbarschaftsabend', seats: 2 });
    const page = await request(app.server).get(`/api/registrations/page?event=${event}`).expect(200);
    expect(page.text).toContain('<h1>Anmeldung: Nachbarschaftsabend</h1>');
    expect(page.text).toContain('Noch 2 Plätze frei.');
    expect(page.text).not.toMatch(/<script/i);
    const form = { event, firstName: 'Vorname', lastName: 'Nachname', email: 'seite@example.org', locale: 'en' };
    const refused = await request(app.server).post('/api/registrations/register').type('form').send(form).expect(400);
    expect(refused.text).toContain('<p class="field-error" id="consent-error">Please give your consent, otherwise we cannot register you.</p>');
    const taken = await request(app.server).post('/api/registrations/register').type('form').send({ ...form, consent: 'on' }).expect(201);
    expect(taken.text).toContain('<h1>You are registered</h1>');
    expect(taken.text).toContain('Nachbarschaftsabend');
  });
});

describe('the rate limit', () => {
  it('answers 429 past the limit per client IP, in German', async () => {
    // A second boot with a low limit; the file's afterAll stops it.
    await app.stop();
    const limited = await startHostApp('registrations-limit', {
      configure: (strapi) => {
        strapi.config.set('plugin::registrations', { ...(strapi.config.get('plugin::registrations') as object), rateLimit: { perIp: 3 } });
      },
    });
    const answers = [];
    for (let n = 0; n < 4; n++) answers.push(await request(limited.server).post('/api/registrations/register').send({ event: 'x' }));
    expect(answers.slice(0, 3).map((answer) => answer.status)).toEqual([400, 400, 400]);
    expect(answers[3].status).toBe(429);
    expect(answers[3].body.error.message).toMatch(/^Zu viele Anfragen/);
    app = limited;
  });
});
