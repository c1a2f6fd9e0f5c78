import { readFileSync } from 'fs';
import type { Browser, Page } from 'playwright-core';
import { PARTICIPATION_FORMAT, PARTICIPATION_OPPORTUNITY, TOOLKIT_DOCUMENT } from '../../src/content-types';
import { isoWithOffset } from '../../src/domain/opportunities/zoned-time';
import { accessibilityViolations, launchBrowser, startSiteApp, watchForPageErrors, type AxeViolation, type SiteApp } from '../harness/browser';
import { loadIcalJs, parseCalendar } from '../harness/icalendar-parser';

let app: SiteApp;
let browser: Browser;
let page: Page;
let problems: string[];

const HOUR = 3_600_000;
/** An opportunity that starts in two hours, so its online link is public (24 hours ahead by default). */
const SOON = { de: 'test-hybrid-bald', en: 'test-hybrid-soon', link: 'https://meet.example.org/test-hybrid' };
let soonStart: string;

beforeAll(async () => {
  app = await startSiteApp('browser-opportunities');
  browser = await launchBrowser();
  const find = (uid: string, slug: string) =>
    app.strapi.documents(uid as never).findFirst({ locale: 'de', filters: { slug } } as never) as unknown as Promise<{ documentId: string }>;
  const relations = {
    format: (await find(PARTICIPATION_FORMAT, 'world-cafe')).documentId,
    toolkitDocuments: [(await find(TOOLKIT_DOCUMENT, 'ablaufplan-vorlage')).documentId],
  };
  soonStart = new Date(Math.ceil((Date.now() + 2 * HOUR) / 60_000) * 60_000).toISOString();
  const documents = app.strapi.documents(PARTICIPATION_OPPORTUNITY as never);
  const created = (await documents.create({
    locale: 'de',
    status: 'published',
    data: {
      title: 'Test: Hybride Werkstatt bald',
      slug: SOON.de,
      summary: 'Test-Inhalt: beginnt in zwei Stunden.',
      description: '**Test-Inhalt.**',
      topics: ['digitales'],
      districts: ['innenstadt_nord'],
      eventStatus: 'geplant',
      attendance: 'hybrid',
      dates: [{ start: soonStart, end: new Date(Date.parse(soonStart) + 2 * HOUR).toISOString(), timeZone: 'Europe/Berlin' }],
      place: { name: 'Test-Saal', address: 'Beispielstraße 1, 44135 Dortmund', district: 'hoerde', directions: 'Test: Bus 450.', accessibilityHints: 'Test: Rampe am Eingang.' },
      onlineLink: SOON.link,
      showOnlineLink: true,
      registration: 'extern',
      registrationUrl: 'https://example.org/test-anmeldung',
      capacity: 30,
      accessibilityServices: ['stufenlos', 'gebaerdensprache'],
      languages: ['de', 'en'],
      free: false,
      costNote: 'Test: 3 € Materialkosten',
      organiserOffice: 'Test-Stelle',
      contactEmail: 'test@example.org',
      contactPhone: '+49 231 000000',
      ...relations,
    },
  } as never)) as unknown as { documentId: string };
  await documents.update({
    documentId: created.documentId,
    locale: 'en',
    status: 'published',
    data: { title: 'Test: hybrid workshop soon', slug: SOON.en, summary: 'Test content: starts in two hours.', place: { name: 'Test hall', address: 'Beispielstraße 1, 44135 Dortmund', district: 'hoerde' }, ...relations },
  } as never);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'America/New_York', acceptDownloads: true });
  problems = watchForPageErrors(page);
});

afterEach(async () => {
  await page.close();
  expect(problems).toEqual([]);
});

const describeViolations = (violations: AxeViolation[]) =>
  violations.map((violation) => `${violation.impact}: ${violation.id} – ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);

async function expectAccessible(target: Page = page): Promise<void> {
  const violations = await accessibilityViolations(target);
  expect({ url: target.url(), violations: describeViolations(violations) }).toEqual({ url: target.url(), violations: [] });
}

const settled = (target: Page = page) => target.waitForFunction(() => document.body.dataset.searching === 'false');
const status = (target: Page = page) => target.locator('#results-status').textContent();
const resultTitles = (target: Page = page) => target.locator('#results-list ol.results > li h3').allTextContents();

interface ApiOpportunity {
  title: string;
  slug: string;
  documentId: string;
  dates: Array<{ start: string; end: string | null }>;
  onlineLink: string | null;
}

async function apiList(query: string): Promise<ApiOpportunity[]> {
  return ((await (await fetch(`${app.baseUrl}/api/participation-opportunities?${query}`)).json()) as { data: ApiOpportunity[] }).data;
}

async function apiOne(slug: string, locale: 'de' | 'en'): Promise<ApiOpportunity> {
  return ((await (await fetch(`${app.baseUrl}/api/participation-opportunities/${slug}?locale=${locale}`)).json()) as { data: ApiOpportunity }).data;
}

/** A day in Dortmund, as the date fields and the API's from/to take it. */
const berlinDay = (daysAhead: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + daysAhead * 24 * HOUR));

/** Presses Tab (or Shift+Tab) until the element with that id has the focus: proof it is reachable by keyboard. */
async function tabTo(id: string, key: 'Tab' | 'Shift+Tab' = 'Tab', target: Page = page): Promise<void> {
  for (let presses = 0; presses < 120; presses++) {
    if ((await target.evaluate(() => document.activeElement?.id)) === id) return;
    await target.keyboard.press(key);
  }
  throw new Error(`#${id} was not reached with the Tab key`);
}

type JsonLd = Record<string, unknown>;

/** The schema.org data as a crawler reads it: from the HTML the server sent, no script run. */
function jsonLdOf(html: string): JsonLd[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]) as JsonLd | JsonLd[]);
  expect(blocks).toHaveLength(1);
  return ([] as JsonLd[]).concat(blocks[0]);
}

async function jsonLdInPage(target: Page = page): Promise<JsonLd[]> {
  const texts = await target.locator('script[type="application/ld+json"]').allTextContents();
  expect(texts).toHaveLength(1);
  return ([] as JsonLd[]).concat(JSON.parse(texts[0]) as JsonLd | JsonLd[]);
}

async function downloadCalendar(linkName: string, expectedFile: string) {
  const ical = loadIcalJs();
  if (!ical) throw new Error('ical.js is missing: it is a devDependency (npm install)');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  expect(download.suggestedFilename()).toBe(expectedFile);
  return parseCalendar(ical, readFileSync((await download.path()) as string, 'utf8'));
}

describe('the list of opportunities', () => {
  it('lists upcoming opportunities soonest first, in German, and filters with the keyboard alone', async () => {
    await page.goto(`${app.baseUrl}/de/angebote`);
    await settled();
    expect(await page.title()).toBe('Mitmach-Angebote – Mitwirken in Dortmund');
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mitmach-Angebote' }).getAttribute('aria-current')).resolves.toBe('page');
    await expect(status()).resolves.toBe('5 Angebote gefunden.');
    const api = await apiList('locale=de');
    expect(await resultTitles()).toEqual(api.map((entry) => entry.title));
    expect((await resultTitles())[0]).toBe('Test: Hybride Werkstatt bald');
    // Cancelled and full opportunities say so in words.
    const cancelled = page.locator('#results-list li', { hasText: 'Demo: Stadtteilspaziergang' });
    await expect(cancelled.locator('.status-tag').textContent()).resolves.toBe('Abgesagt');
    await expect(page.locator('#results-list li', { hasText: 'Demo: Jugendforum' }).locator('.status-tag').textContent()).resolves.toBe('Ausgebucht');
    await expectAccessible();

    // Keyboard only: Tab to "Online", Space ticks it; the live region announces the new count.
    await tabTo('attendance-online');
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('attendance') === 'online');
    await settled();
    await expect(status()).resolves.toBe('1 Angebot gefunden.');
    expect(await resultTitles()).toEqual(['Demo: Online-Sprechstunde zu Radwegen']);

    // The district as a selection, changed with the arrow keys.
    await page.keyboard.press('Space'); // untick "Online" again
    await tabTo('district', 'Shift+Tab');
    const districts = await page.locator('#district option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    for (let step = 0; step < districts.indexOf('hoerde'); step++) await page.keyboard.press('ArrowDown');
    await page.waitForURL((url) => url.searchParams.get('district') === 'hoerde' && !url.searchParams.has('attendance'));
    await settled();
    expect(await resultTitles()).toEqual(['Test: Hybride Werkstatt bald']);

    // Enter on "show" moves the focus to the results, so a screen reader reads them next.
    await tabTo('show-opportunities');
    await page.keyboard.press('Enter');
    await settled();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('results-heading');
    await expect(page.getByRole('link', { name: 'Nur „Hörde“ (iCalendar)' }).getAttribute('href')).resolves.toBe('/api/participation-opportunities/calendar/district/hoerde.ics');
    await expectAccessible();
  });

  it('filters by topic, accessibility and period; says when the period is the wrong way round', async () => {
    await page.goto(`${app.baseUrl}/de/angebote?topic=kinder_jugend,umwelt_klima&accessibility=stufenlos`);
    await settled();
    await expect(page.getByRole('checkbox', { name: 'Kinder und Jugend' }).isChecked()).resolves.toBe(true);
    expect(await resultTitles()).toEqual(['Demo: Werkstatt „Grüne Innenhöfe“', 'Demo: Jugendforum, vor Ort und online']);
    await page.getByRole('checkbox', { name: 'Gebärdensprachdolmetschung' }).check();
    await settled();
    expect(await resultTitles()).toEqual(['Demo: Jugendforum, vor Ort und online']);

    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await settled();
    await expect(status()).resolves.toBe('5 Angebote gefunden.');
    expect(new URL(page.url()).search).toBe('');

    // Days 20 to 30 from now: only the youth forum's first date (28 days ahead) falls in.
    await page.getByLabel('Von (Tag)').fill(berlinDay(20));
    await page.getByLabel('Bis (Tag)').fill(berlinDay(30));
    await page.waitForURL((url) => url.searchParams.get('to') === berlinDay(30));
    await settled();
    expect(await resultTitles()).toEqual(['Demo: Jugendforum, vor Ort und online']);

    await page.getByLabel('Bis (Tag)').fill(berlinDay(10));
    await settled();
    await expect(status()).resolves.toBe('Der Tag „Bis“ darf nicht vor dem Tag „Von“ liegen.');
    await expect(page.getByLabel('Bis (Tag)').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#dates-error').isVisible()).resolves.toBe(true);
    await expectAccessible();
  });

  it('speaks English, and the language switch keeps the filters', async () => {
    await page.goto(`${app.baseUrl}/en/opportunities?topic=mobilitaet`);
    await settled();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Opportunities to take part');
    await expect(page.getByRole('checkbox', { name: 'Mobility' }).isChecked()).resolves.toBe(true);
    await expect(status()).resolves.toBe('1 opportunity found.');
    expect(await resultTitles()).toEqual(['Demo: online consultation on cycle lanes']);
    await expect(page.getByRole('link', { name: 'Only "Mobility" (iCalendar)' }).getAttribute('href')).resolves.toBe(
      '/api/participation-opportunities/calendar/topic/mobilitaet.ics?locale=en',
    );
    await expect(page.getByRole('link', { name: 'Deutsch' }).getAttribute('href')).resolves.toBe('/de/angebote?topic=mobilitaet');
    await expectAccessible();

    await page.getByRole('checkbox', { name: 'Mobility' }).uncheck();
    await settled();
    await expect(status()).resolves.toBe('5 opportunities found.');
    expect(await resultTitles()).toEqual((await apiList('locale=en')).map((entry) => entry.title));
  });
});

describe('the page of an opportunity', () => {
  it('shows a hybrid opportunity whose link is public, with its schema.org Event in the delivered HTML and an .ics file', async () => {
    const api = await apiOne(SOON.de, 'de');
    expect(api.onlineLink).toBe(SOON.link);

    const html = await (await fetch(`${app.baseUrl}/de/angebote/${SOON.de}`)).text();
    const [event] = jsonLdOf(html);
    expect(event).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Test: Hybride Werkstatt bald',
      description: 'Test-Inhalt: beginnt in zwei Stunden.',
      url: `${app.baseUrl}/de/angebote/${SOON.de}`,
      startDate: isoWithOffset(new Date(soonStart), 'Europe/Berlin'),
      endDate: isoWithOffset(new Date(Date.parse(soonStart) + 2 * HOUR), 'Europe/Berlin'),
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: [
        {
          '@type': 'Place',
          name: 'Test-Saal',
          address: { '@type': 'PostalAddress', streetAddress: 'Beispielstraße 1', postalCode: '44135', addressLocality: 'Dortmund' },
        },
        { '@type': 'VirtualLocation', url: SOON.link },
      ],
      organizer: { '@type': 'Organization', name: 'Test-Stelle', email: 'test@example.org', telephone: '+49 231 000000' },
      maximumAttendeeCapacity: 30,
      inLanguage: ['de', 'en'],
      isAccessibleForFree: false,
      offers: { '@type': 'Offer', url: 'https://example.org/test-anmeldung', description: 'Test: 3 € Materialkosten' },
    });
    expect(Date.parse(event.startDate as string)).toBe(Date.parse(api.dates[0].start));
    expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);

    await page.goto(`${app.baseUrl}/de/angebote/${SOON.de}`);
    await page.getByRole('heading', { name: 'Auf einen Blick' }).waitFor();
    expect(await jsonLdInPage()).toEqual([event]);
    expect(await page.title()).toBe('Test: Hybride Werkstatt bald – Mitwirken in Dortmund');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Test: Hybride Werkstatt bald');
    // Shown in Dortmund's time with its zone, although this browser runs on New York time.
    const when = page.locator('.facts time').first();
    await expect(when.getAttribute('datetime')).resolves.toBe(api.dates[0].start);
    const clock = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(new Date(soonStart));
    await expect(when.textContent()).resolves.toMatch(new RegExp(`${clock}.*(MEZ|MESZ)$`));
    await expect(page.getByRole('link', { name: 'Zur Online-Veranstaltung' }).getAttribute('href')).resolves.toBe(SOON.link);
    await expect(page.getByText('Test: Rampe am Eingang.').count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Zur Anmeldung' }).getAttribute('href')).resolves.toBe('https://example.org/test-anmeldung');
    await expect(page.getByText('30 Plätze').count()).resolves.toBe(1);
    await expect(page.getByRole('listitem').filter({ hasText: 'Gebärdensprachdolmetschung' }).count()).resolves.toBe(1);
    await expect(page.getByText('Kostenpflichtig – Test: 3 € Materialkosten').count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'test@example.org' }).getAttribute('href')).resolves.toBe('mailto:test@example.org');
    await expect(page.getByRole('link', { name: 'World Café' }).getAttribute('href')).resolves.toBe('/de/formate/world-cafe');
    await expect(page.getByRole('link', { name: 'Digitales' }).getAttribute('href')).resolves.toBe('/de/angebote?topic=digitales');
    // The translation has its own slug; the language switch goes there.
    await expect(page.getByRole('link', { name: 'English' }).getAttribute('href')).resolves.toBe(`/en/opportunities/${SOON.en}`);
    await expectAccessible();

    const { calendar, events } = await downloadCalendar('Zum Kalender hinzufügen (.ics-Datei)', `${SOON.de}.ics`);
    expect(events).toHaveLength(1);
    expect(events[0].summary).toBe('Test: Hybride Werkstatt bald');
    expect(events[0].startDate.toJSDate().toISOString()).toBe(api.dates[0].start);
    expect(events[0].startDate.zone?.tzid ?? events[0].startDate.timezone).toBe('Europe/Berlin');
    expect(events[0].description).toContain(SOON.link);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);

    // The English page, found by its own slug.
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'At a glance' }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Test: hybrid workshop soon');
    const [english] = await jsonLdInPage();
    expect(english.url).toBe(`${app.baseUrl}/en/opportunities/${SOON.en}`);
    expect(english.name).toBe('Test: hybrid workshop soon');
  });

  it('shows a full hybrid opportunity with two dates in English; its link is not public yet', async () => {
    const slug = 'demo-jugendforum-hybrid';
    const api = await apiOne(slug, 'en');
    await page.goto(`${app.baseUrl}/en/opportunities/${slug}`);
    await page.getByRole('heading', { name: 'At a glance' }).waitFor();
    const events = await jsonLdInPage();
    expect(events).toHaveLength(2);
    expect(events.map((event) => Date.parse(event.startDate as string))).toEqual(api.dates.map((date) => Date.parse(date.start)));
    for (const event of events) {
      expect(event).toMatchObject({
        '@type': 'Event',
        name: 'Demo: youth forum, in person and online',
        eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
        eventStatus: 'https://schema.org/EventScheduled',
        location: { '@type': 'Place', name: 'Demo youth club (invented place)' },
        maximumAttendeeCapacity: 25,
        remainingAttendeeCapacity: 0,
        inLanguage: ['de', 'tr', 'uk'],
        isAccessibleForFree: false,
        offers: { '@type': 'Offer', availability: 'https://schema.org/SoldOut' },
      });
      expect(JSON.stringify(event)).not.toContain('meet.example.org');
    }
    await expect(page.getByText('Fully booked: all places are taken.').count()).resolves.toBe(1);
    await expect(page.getByText(/^The link to join will be here from .*(CET|CEST)\.$/).count()).resolves.toBe(1);
    await expect(page.locator('.facts .dates li').count()).resolves.toBe(2);
    await expect(page.getByRole('link', { name: 'Barcamp' }).getAttribute('href')).resolves.toBe('/en/formats/barcamp');
    await expectAccessible();

    const { events: calendarEvents } = await downloadCalendar('Add to calendar (.ics file)', `${slug}.ics`);
    expect(calendarEvents.map((event) => event.startDate.toJSDate().toISOString())).toEqual(api.dates.map((date) => date.start));
    expect(calendarEvents.every((event) => !event.description.includes('meet.example.org'))).toBe(true);
  });

  it('says a cancelled opportunity is cancelled, on the page and in its data', async () => {
    await page.goto(`${app.baseUrl}/de/angebote/demo-abgesagter-stadtteilspaziergang`);
    await page.getByRole('heading', { name: 'Auf einen Blick' }).waitFor();
    await expect(page.locator('.status-notice').textContent()).resolves.toBe('Abgesagt: Dieses Angebot findet nicht statt.');
    const [event] = await jsonLdInPage();
    expect(event.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(event.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(event.isAccessibleForFree).toBe(true);
    expect(event).not.toHaveProperty('offers');
    await expectAccessible();
  });

  it('answers 404 for an opportunity that does not exist, with the way back to the list', async () => {
    const missing = await page.goto(`${app.baseUrl}/de/angebote/gibt-es-nicht`);
    expect(missing?.status()).toBe(404);
    await page.getByText('Dieses Angebot gibt es nicht (mehr) oder nicht in dieser Sprache.').waitFor();
    await page.getByRole('link', { name: 'Alle Mitmach-Angebote' }).first().click();
    await settled();
    expect(new URL(page.url()).pathname).toBe('/de/angebote');
    problems.splice(0); // the browser logs the 404 this test asked for
  });
});

describe('the page of a format', () => {
  it('lists the format’s upcoming opportunities', async () => {
    await page.goto(`${app.baseUrl}/de/formate/world-cafe`);
    const section = page.locator('ul.upcoming');
    await section.waitFor();
    await expect(section.getByRole('link').allTextContents()).resolves.toEqual(['Test: Hybride Werkstatt bald', 'Demo: Werkstatt „Grüne Innenhöfe“']);
    await expect(section.getByRole('link', { name: 'Demo: Werkstatt „Grüne Innenhöfe“' }).getAttribute('href')).resolves.toBe('/de/angebote/demo-werkstatt-gruene-innenhoefe');
    await expectAccessible();

    await page.goto(`${app.baseUrl}/en/formats/stadtteilspaziergang`);
    await page.locator('ul.upcoming').waitFor();
    await expect(page.locator('ul.upcoming li').textContent()).resolves.toMatch(/^Demo: neighbourhood walk – .+ Cancelled$/);
  });
});
