import { mkdirSync, readFileSync } from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { APP_DIR } from '../harness/strapi';
import { launchBrowser, startSiteApp, watchForPageErrors, type SiteApp } from '../harness/browser';

let app: SiteApp;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  app = await startSiteApp('browser-finder');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', acceptDownloads: true });
  problems = watchForPageErrors(page);
});

afterEach(async () => {
  await page.close();
  expect(problems).toEqual([]);
});

const resultNames = (target: Page = page) => target.locator('#results-list > ol.results > li h3').allTextContents();
const status = (target: Page = page) => target.locator('#results-status');

/** Waits until the results show what the form says (the finder answers 250 ms after the last change). */
async function settled(target: Page = page): Promise<void> {
  await target.waitForFunction(() => document.body.dataset.searching === 'false');
}

describe('the format finder in a browser', () => {
  it('finds online formats for "ideas, about 40 people, online, one evening, low budget", explains them, and keeps the search in the address', async () => {
    await page.goto(`${app.baseUrl}/`);
    expect(await page.title()).toBe('Format-Finder – Mitwirken in Dortmund');
    await settled();
    expect(new URL(page.url()).pathname).toBe('/de/');
    await expect(status().textContent()).resolves.toBe('46 Formate, geordnet danach, wie gut sie zu Ihren Angaben passen.');

    await page.getByRole('checkbox', { name: /^Ideen und Vorschläge sammeln/ }).check();
    await page.getByRole('checkbox', { name: /^Online/ }).check();
    await page.getByLabel('Ungefähr wie viele Menschen sollen teilnehmen?').fill('40');
    await page.getByRole('radio', { name: /^Wenige Stunden/ }).check();
    await page.getByRole('radio', { name: /^0 – 1\.000 €/ }).check();
    await page.getByRole('checkbox', { name: /^Allgemeine Öffentlichkeit/ }).check();
    await page.waitForURL((address) => address.searchParams.get('targetGroups') === 'allgemeine_oeffentlichkeit');
    await settled();

    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      goals: 'ideen_vorschlaege',
      modes: 'online',
      participants: '40',
      duration: 'stunden',
      budget: 'bis_1000',
      targetGroups: 'allgemeine_oeffentlichkeit',
    });
    const top = (await resultNames()).slice(0, 3);
    expect(top).toContain('Digitaler Bürger*innendialog');

    // Every option shows how many formats it would give; the count is part of its label.
    await expect(page.getByRole('checkbox', { name: /^Präsenz \(\d+ Formate?\)/ }).count()).resolves.toBe(1);

    const dialogue = page.locator('#results-list li.result', { has: page.getByRole('link', { name: 'Digitaler Bürger*innendialog' }) });
    await dialogue.getByText('Warum? Ihre Angaben im Einzelnen').click();
    const reasons = await dialogue.locator('.reasons li').allTextContents();
    expect(reasons.some((reason) => /^✓Durchführung: erfüllt – /.test(reason))).toBe(true);
    expect(reasons).toHaveLength(6);

    // README screenshot: `npm run screenshot` sets README_SCREENSHOT; otherwise it goes to .tmp/.
    const target = process.env.README_SCREENSHOT ?? path.join(APP_DIR, '.tmp', 'format-finder.png');
    mkdirSync(path.dirname(target), { recursive: true });
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: target });

    // The address is the search: opened anew, it shows the same form and ranking.
    const shared = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await shared.goto(page.url());
    await settled(shared);
    await expect(shared.getByRole('checkbox', { name: /^Online/ }).isChecked()).resolves.toBe(true);
    await expect(shared.getByLabel('Ungefähr wie viele Menschen sollen teilnehmen?').inputValue()).resolves.toBe('40');
    expect(await resultNames(shared)).toEqual(await resultNames());

    // The English switch keeps the search.
    await shared.getByRole('link', { name: 'English' }).click();
    await shared.waitForURL(/\/en\/\?goals=ideen_vorschlaege/);
    await settled(shared);
    await expect(shared.locator('h1').textContent()).resolves.toBe('Format finder');
    await expect(status(shared).textContent()).resolves.toMatch(/^\d+ formats, ordered by how well they fit your answers\.$/);
    await shared.close();
  });

  it('offers to drop a must when too few formats meet them all, with the counts the API gives', async () => {
    await page.goto(`${app.baseUrl}/de/?goals=entscheidung_abgeben&modes=online&must=goals,modes`);
    await settled();
    await expect(page.locator('#must-goals').isChecked()).resolves.toBe(true);
    await expect(status().textContent()).resolves.toBe('1 Format passt zu Ihren Muss-Kriterien.');
    const box = page.locator('.relaxation');
    await expect(box.getByRole('heading').textContent()).resolves.toBe('Zu wenige Formate erfüllen alle Muss-Kriterien');
    const api = (await (await fetch(`${app.baseUrl}/api/format-finder/search?goals=entscheidung_abgeben&modes=online&must=goals,modes`)).json()) as { meta: { relaxation: { suggestions: Array<{ drop: string; count: number }> } } };
    for (const suggestion of api.meta.relaxation.suggestions) {
      const name = suggestion.drop === 'goals' ? 'Ziele' : 'Durchführung';
      await expect(box.getByRole('button', { name: `„${name}“ nicht als Muss: ${suggestion.count} Formate` }).count()).resolves.toBe(1);
    }
    await expect(page.getByRole('heading', { name: 'Knapp daneben' }).count()).resolves.toBe(1);

    await box.getByRole('button', { name: /^„Ziele“ nicht als Muss/ }).click();
    await page.waitForURL((url) => url.searchParams.get('must') === 'modes');
    await settled();
    const dropped = api.meta.relaxation.suggestions.find((suggestion) => suggestion.drop === 'goals')?.count;
    await expect(status().textContent()).resolves.toBe(`${dropped} Formate passen zu Ihren Muss-Kriterien.`);
    // Focus moves to the results, so a screen-reader user hears what changed.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('results-heading');
  });

  it('prints the results without the form and with every reason', async () => {
    await page.goto(`${app.baseUrl}/de/?goals=ideen_vorschlaege&modes=online`);
    await settled();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('form.finder-form').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('#results-list li.result').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('#results-list li.result .reasons').first().isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('opens a format with its toolkit documents and pilot municipalities, and downloads a toolkit file', async () => {
    await page.goto(`${app.baseUrl}/de/?modes=online&goals=ideen_vorschlaege`);
    await settled();
    await page.getByRole('link', { name: 'Digitaler Bürger*innendialog' }).click();
    await page.waitForURL(/\/de\/formate\/digitaler-buergerdialog$/);
    await page.getByRole('heading', { level: 1, name: 'Digitaler Bürger*innendialog' }).waitFor();
    expect(await page.title()).toBe('Digitaler Bürger*innendialog – Mitwirken in Dortmund');
    await expect(page.getByRole('heading', { name: 'Dokumente aus der Werkzeugkiste' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Dortmund', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'Stärken' }).count()).resolves.toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^ablaufplan-vorlage\.csv herunterladen/ }).click()]);
    expect(download.suggestedFilename()).toBe('ablaufplan-vorlage.csv');
    const saved = readFileSync((await download.path()) as string);
    expect(saved.equals(readFileSync(path.join(APP_DIR, 'database', 'seed', 'toolkit', 'ablaufplan-vorlage.csv')))).toBe(true);
  });

  it('lists the toolkit and the pilot municipalities, in German and English', async () => {
    await page.goto(`${app.baseUrl}/de/werkzeugkiste`);
    await page.locator('#page .cards').waitFor();
    await expect(page.locator('#page .cards > li').count()).resolves.toBe(4);
    await expect(page.locator('a.download').count()).resolves.toBeGreaterThanOrEqual(4);

    await page.goto(`${app.baseUrl}/en/municipalities`);
    await page.locator('#page .cards').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('#page .cards > li').count()).resolves.toBe(6);
    await expect(page.getByRole('heading', { level: 2, name: 'Dortmund' }).count()).resolves.toBe(1);

    const missing = await page.goto(`${app.baseUrl}/de/formate/gibt-es-nicht`);
    expect(missing?.status()).toBe(200);
    await page.getByText('Dieses Format gibt es nicht oder nicht in dieser Sprache.').waitFor();
    const unknown = await page.goto(`${app.baseUrl}/de/nirgendwo`);
    expect(unknown?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
    problems.splice(0); // the browser logs the 404 this test asked for
  });
});
