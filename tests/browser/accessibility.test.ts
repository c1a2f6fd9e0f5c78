import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, startSiteApp, type AxeViolation, type SiteApp } from '../harness/browser';

let app: SiteApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startSiteApp('browser-accessibility');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const describeViolations = (violations: AxeViolation[]) =>
  violations.map((violation) => `${violation.impact}: ${violation.id} – ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);

/** axe-core (WCAG 2.1 A and AA rules) finds nothing serious or critical; lesser findings are listed too. */
async function expectAccessible(path: string, ready: (page: Page) => Promise<unknown>): Promise<void> {
  await page.goto(`${app.baseUrl}${path}`);
  await ready(page);
  const violations = await accessibilityViolations(page);
  expect({ path, violations: describeViolations(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')) }).toEqual({ path, violations: [] });
  expect({ path, minor: describeViolations(violations) }).toEqual({ path, minor: [] });
}

const searched = (target: Page) => target.waitForFunction(() => document.body.dataset.searching === 'false');
const cards = (target: Page) => target.locator('#page .cards').first().waitFor();

describe('accessibility (axe-core, WCAG 2.1 AA) of every page a citizen sees', () => {
  it.each([
    ['/de/', searched],
    ['/de/?goals=ideen_vorschlaege&modes=online&participants=40&must=modes', searched],
    ['/de/?goals=entscheidung_abgeben&modes=online&must=goals,modes', searched],
    ['/en/?goals=ideen_vorschlaege', searched],
    ['/de/formate/digitaler-buergerdialog', cards],
    ['/en/formats/world-cafe', (target: Page) => target.getByRole('heading', { level: 2 }).first().waitFor()],
    ['/de/werkzeugkiste', cards],
    ['/en/municipalities', cards],
    ['/de/nirgendwo', (target: Page) => target.getByRole('heading', { level: 1 }).waitFor()],
    ['/api/double-opt-in/subscribe?lang=de', (target: Page) => target.getByRole('button').waitFor()],
    ['/api/double-opt-in/subscribe?lang=en', (target: Page) => target.getByRole('button').waitFor()],
    ['/api/double-opt-in/my-data/request?lang=de', (target: Page) => target.getByRole('button').waitFor()],
    ['/api/double-opt-in/confirm?token=abgelaufen&lang=de', (target: Page) => target.getByRole('heading', { level: 1 }).waitFor()],
  ])('%s', async (path, ready) => {
    await expectAccessible(path, ready);
  });

  it('the check itself catches a field without a label and text without contrast', async () => {
    await page.goto(`${app.baseUrl}/de/werkzeugkiste`);
    await page.evaluate(() => {
      const main = document.getElementById('main') as HTMLElement;
      main.insertAdjacentHTML('beforeend', '<input type="text" name="unlabelled"><p style="color:#ddd;background:#fff">blass</p>');
    });
    const found = (await accessibilityViolations(page)).map((violation) => violation.id).sort();
    expect(found).toEqual(['color-contrast', 'label']);
  });

  it('the sign-up form with its errors', async () => {
    await page.goto(`${app.baseUrl}/api/double-opt-in/subscribe?lang=de`);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Anmelden' }).click()]);
    await page.getByRole('alert').waitFor();
    const violations = await accessibilityViolations(page);
    expect(describeViolations(violations)).toEqual([]);
  });
});
