import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, startSiteApp, watchForPageErrors, type AxeViolation, type SiteApp } from '../harness/browser';

/** The planner's tools on the front: shortlist in the address, compare, print view, phase plan — by keyboard. */
let app: SiteApp;
let browser: Browser;

beforeAll(async () => {
  app = await startSiteApp('browser-finder-planner');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const settled = (target: Page) => target.waitForFunction(() => document.body.dataset.searching === 'false');

/** Presses Tab until the focused element matches, as a keyboard user would (bounded). */
async function tabTo(page: Page, matches: (element: Element) => boolean, limit = 400): Promise<void> {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((source) => {
      const test = new Function('element', `return (${source})(element);`) as (element: Element) => boolean;
      return document.activeElement ? test(document.activeElement) : false;
    }, matches.toString());
    if (found) return;
  }
  throw new Error('Tab never reached the element');
}

async function expectAccessible(page: Page): Promise<void> {
  const violations: AxeViolation[] = await accessibilityViolations(page);
  expect(violations.map((violation) => `${violation.impact}: ${violation.id} – ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
}

const kept = (target: Page) => target.locator('#shortlist .shortlist-items li a').allTextContents();

describe('the finder as a planner’s tool in a browser', () => {
  it('keeps three formats by keyboard, shares the shortlist as a link, compares them, prints them and plans a process', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const page = await context.newPage();
    const problems = watchForPageErrors(page);
    await page.goto(`${app.baseUrl}/de/?goals=ideen_vorschlaege&modes=online&participants=40`);
    await settled(page);
    await expect(page.locator('#shortlist-status').textContent()).resolves.toBe('Noch nichts gemerkt. Mit „Merken“ bei einem Format kommt es auf die Liste.');

    // Keyboard alone: from the results heading, Tab to each "Merken" button and press Enter.
    const wanted = (await page.locator('#results-list > ol.results > li button.keep').evaluateAll((buttons) => buttons.slice(0, 3).map((button) => (button as HTMLElement).dataset.slug as string)));
    await page.locator('#results-heading').focus();
    for (const slug of wanted) {
      await tabTo(page, new Function('element', `return element.matches('button.keep[data-slug="${slug}"]');`) as (element: Element) => boolean);
      await page.keyboard.press('Enter');
      await expect(page.locator(`button.keep[data-slug="${slug}"]`).getAttribute('aria-pressed')).resolves.toBe('true');
    }
    await page.waitForURL((url) => url.searchParams.get('shortlist') === wanted.join(','));
    await expect(page.locator('#shortlist-status').textContent()).resolves.toMatch(/^3 Formate gemerkt\./);
    const names = await kept(page);
    expect(names).toHaveLength(3);

    // A colleague opens the link in a browser of their own: same shortlist, same search.
    const colleague = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const shared = await colleague.newPage();
    const sharedProblems = watchForPageErrors(shared);
    await shared.goto(page.url());
    await settled(shared);
    expect(await kept(shared)).toEqual(names);
    await expect(shared.getByRole('checkbox', { name: /^Online/ }).isChecked()).resolves.toBe(true);

    // Compare, by keyboard: the comparison opens below the shortlist, focus on its heading.
    await shared.locator('#shortlist-heading').scrollIntoViewIfNeeded();
    await shared.locator('#results-heading').focus();
    await tabTo(shared, (element) => element.textContent === 'Vergleichen');
    await shared.keyboard.press('Enter');
    await shared.waitForURL((url) => url.searchParams.get('view') === 'compare');
    await shared.locator('table.compare-table').waitFor();
    await expect(shared.evaluate(() => document.activeElement?.id)).resolves.toBe('compare-heading');
    const columns = await shared.locator('table.compare-table thead th').allTextContents();
    expect(columns).toHaveLength(4);
    const groupSize = await shared.locator('table.compare-table tbody tr', { has: shared.getByRole('rowheader', { name: /^Gruppengröße/ }) }).locator('td').allTextContents();
    expect(groupSize).toHaveLength(3);
    // Marked by symbol and word, never colour alone.
    for (const cell of groupSize) expect(cell).toMatch(/^(✓ passt|◐ teilweise|✗ passt nicht|\? keine Angabe): /);

    // A phase plan, by keyboard: tick the phases with Space, send with Enter.
    await shared.locator('#plan-heading').focus();
    for (const phase of ['Informieren', 'Beraten', 'Mitentscheiden', 'Rückmelden']) {
      await tabTo(shared, new Function('element', `return element.labels?.[0]?.textContent === '${phase}';`) as (element: Element) => boolean);
      await shared.keyboard.press('Space');
    }
    await tabTo(shared, (element) => element.textContent === 'Ablauf planen');
    await shared.keyboard.press('Enter');
    await shared.locator('#plan-result .plan-phase').first().waitFor();
    await expect(shared.locator('#plan-result .plan-phase h3').allTextContents()).resolves.toEqual(['Informieren', 'Beraten', 'Mitentscheiden', 'Rückmelden']);
    await expect(shared.locator('#plan-result .plan-combined').first().textContent()).resolves.toMatch(/^Längster Vorlauf der ersten Vorschläge: /);
    await shared.waitForURL((url) => url.searchParams.get('phases') === 'inform,consult,co-decide,report-back');
    await expectAccessible(shared);

    // The print view of the shortlist: the search, each format with reasons and sources.
    await shared.getByRole('link', { name: 'Druckansicht öffnen' }).click();
    await shared.waitForURL(/\/api\/format-finder\/shortlist\/print\?/);
    await expect(shared.locator('h1').textContent()).resolves.toBe('Auswahl von Beteiligungsformaten');
    await expect(shared.locator('h2').allTextContents()).resolves.toEqual(expect.arrayContaining(names.map((name) => expect.stringContaining(name))));
    await expect(shared.getByText(/^Suche:/).count()).resolves.toBe(1);
    await expectAccessible(shared);
    const pdf = await shared.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

    expect(problems).toEqual([]);
    expect(sharedProblems).toEqual([]);
    await colleague.close();
    await context.close();
  });

  it('shows a shared shortlist, its comparison and plan in English', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const problems = watchForPageErrors(page);
    await page.goto(`${app.baseUrl}/en/?goals=ideen_vorschlaege&participants=40&shortlist=digitaler-buergerdialog,world-cafe&view=compare&phases=inform,report-back`);
    await settled(page);
    await page.locator('table.compare-table').waitFor();
    await expect(page.locator('#compare-heading').textContent()).resolves.toBe('Comparison');
    await expect(page.locator('#shortlist-status').textContent()).resolves.toMatch(/^2 formats kept\./);
    const goals = await page.locator('table.compare-table tbody tr', { has: page.getByRole('rowheader', { name: /^Goals/ }) }).locator('td').allTextContents();
    expect(goals[0]).toMatch(/^✓ fits: /);
    await page.locator('#plan-result .plan-phase').first().waitFor();
    await expect(page.locator('#plan-result .plan-phase h3').allTextContents()).resolves.toEqual(['Inform', 'Report back']);
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
