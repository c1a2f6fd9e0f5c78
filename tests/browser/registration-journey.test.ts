import type { Browser, Page } from 'playwright-core';
import { PARTICIPATION_OPPORTUNITY } from '../../src/content-types';
import { accessibilityViolations, launchBrowser, startSiteApp, watchForPageErrors, type AxeViolation, type SiteApp } from '../harness/browser';

let app: SiteApp;
let browser: Browser;
let eventId: string;
const SLUG = 'test-anmeldung-hier';
const HOUR = 3_600_000;

beforeAll(async () => {
  app = await startSiteApp('browser-registration');
  browser = await launchBrowser();
  const start = new Date(Date.now() + 72 * HOUR).toISOString();
  const documents = app.strapi.documents(PARTICIPATION_OPPORTUNITY as never);
  const created = (await documents.create({
    locale: 'de',
    status: 'published',
    data: {
      title: 'Test: Werkstatt mit Anmeldung',
      slug: SLUG,
      summary: 'Test-Inhalt: Anmeldung hier auf der Seite.',
      topics: ['digitales'],
      districts: ['innenstadt_nord'],
      eventStatus: 'geplant',
      attendance: 'online',
      dates: [{ start, end: new Date(Date.parse(start) + 2 * HOUR).toISOString(), timeZone: 'Europe/Berlin' }],
      registration: 'hier',
      capacity: 12,
    },
  } as never)) as unknown as { documentId: string };
  eventId = created.documentId;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const described = (violations: AxeViolation[]) => violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);

describe('registering for an opportunity in a browser', () => {
  it('goes from the opportunity page to the registration page and registers with the keyboard alone, without JavaScript', async () => {
    // The opportunity page is the web front's (scripted); it links to the plugin's page.
    const front = await browser.newContext({ locale: 'de-DE' });
    const frontPage = await front.newPage();
    const frontProblems = watchForPageErrors(frontPage);
    await frontPage.goto(`${app.baseUrl}/de/angebote/${SLUG}`);
    const link = frontPage.getByRole('link', { name: 'Jetzt anmelden' });
    await link.waitFor();
    await expect(frontPage.locator('#register-here').evaluate((element) => element.parentElement?.textContent)).resolves.toContain('Noch 12 Plätze frei.');
    const href = (await link.getAttribute('href')) as string;
    expect(href).toBe(`/api/registrations/page?event=${eventId}&locale=de`);
    expect(frontProblems).toEqual([]);
    await front.close();

    // The registration page: no JavaScript at all.
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}${href}`);
    await page.getByRole('heading', { level: 1, name: 'Anmeldung: Test: Werkstatt mit Anmeldung' }).waitFor();
    await expect(page.locator('link[rel=stylesheet]').getAttribute('href')).resolves.toBe('/site/site.css');

    // The language switch first, then the fields in reading order.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('firstName');
    await page.keyboard.type('Kim');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('lastName');
    await page.keyboard.type('Keyboard');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('email');
    await page.keyboard.type('kim.registration@example.org');
    // Consent left out on purpose: the form comes back with the error at the field.
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('consent');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 2, name: 'Bitte prüfen Sie Ihre Angaben' }).waitFor();
    expect(await focusedId(page)).toBe('error-summary');
    await expect(page.locator('#email').inputValue()).resolves.toBe('kim.registration@example.org');
    await expect(page.locator('#consent').getAttribute('aria-describedby')).resolves.toBe('consent-error');

    // The summary's link leads to the field; Space ticks it, Tab reaches the button.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#consent');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('consent');
    await page.keyboard.press('Space');
    await expect(page.locator('#consent').isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('BUTTON');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Sie sind angemeldet' }).waitFor();
    await expect(page.getByText('Sie sind angemeldet. Ihr Platz ist reserviert.').isVisible()).resolves.toBe(true);
    await context.close();

    const rows: Array<{ email: string; state: string }> = await app.strapi.plugin('registrations').service('registrations').ofEvent(eventId);
    expect(rows.map((row) => [row.email, row.state])).toEqual([['kim.registration@example.org', 'registered']]);
  });

  it('has no axe violations on the registration page, its error page and its confirmation', async () => {
    // axe runs as a script: in a context with JavaScript on, on the same server-rendered pages.
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const problems = watchForPageErrors(page);
    await page.goto(`${app.baseUrl}/api/registrations/page?event=${eventId}&locale=de`);
    expect(described(await accessibilityViolations(page))).toEqual([]);
    await page.locator('#firstName').fill('Alex');
    await page.locator('#lastName').fill('Axe');
    await page.locator('#email').fill('alex.axe@example.org');
    await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bitte prüfen Sie Ihre Angaben' }).waitFor();
    expect(described(await accessibilityViolations(page))).toEqual([]);
    await page.locator('#consent').check();
    await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sie sind angemeldet' }).waitFor();
    expect(described(await accessibilityViolations(page))).toEqual([]);
    // The refused post answers 400 by design; Chromium logs it as a failed load.
    expect(problems.filter((problem) => !problem.includes('status of 400'))).toEqual([]);
    await context.close();
  });
});
