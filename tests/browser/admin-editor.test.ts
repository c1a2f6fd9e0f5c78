import { mkdirSync } from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { EDITOR_ROLE_CODE } from '../../src/bootstrap/admin-roles';
import { PARTICIPATION_FORMAT, PARTICIPATION_OPPORTUNITY } from '../../src/content-types';
import { CONFIGURED_CODE_LISTS_PATH, configuredCodeListsAnswer } from '../../src/domain/configured-code-lists';
import { launchBrowser, startSiteApp, type SiteApp } from '../harness/browser';
import { APP_DIR } from '../harness/strapi';

let app: SiteApp;
let browser: Browser;
const EDITOR = { email: 'presse@stadt.example', password: 'Redaktion-Dortmund-2026' };

beforeAll(async () => {
  app = await startSiteApp('browser-admin');
  const editorRole = (await app.strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE_CODE } })) as { id: number };
  await app.strapi.service('admin::user').create({ ...EDITOR, firstname: 'Paula', lastname: 'Presse', isActive: true, registrationToken: null, roles: [editorRole.id] });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/**
 * Script errors fail the test. Console noise of Strapi's own admin is not ours to fix: its German
 * catalogue misses some messages, and it asks for features this edition does not serve (404).
 */
function watchForAdminErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.includes('MISSING_TRANSLATION') && !text.startsWith('Failed to load resource')) problems.push(`console: ${text}`);
  });
  return problems;
}

/** Opens a select by its label and picks options by their labels, as a person with a mouse would. */
async function choose(page: Page, label: string, options: string[]): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  for (const option of options) await page.getByRole('option', { name: option, exact: true }).click();
  if (await page.getByRole('listbox').count()) await page.keyboard.press('Escape');
}

describe('an Editor in the German admin', () => {
  it('creates and publishes a format with the widgets alone, and the public finder ranks it with reasons', async () => {
    // The browser asks for English: the admin is German all the same, from the login page on.
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const problems = watchForAdminErrors(page);

    await page.goto(`${app.baseUrl}/admin`);
    await page.getByRole('heading', { name: 'Willkommen!' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await page.getByRole('textbox', { name: 'E-Mail' }).fill(EDITOR.email);
    await page.locator('input[name=password]').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();

    // Her menu: the content manager and the finder preview, no Mitmach-Pool.
    const menu = page.getByRole('navigation').first();
    await menu.getByRole('link', { name: 'Inhalts-Manager' }).waitFor();
    // Plugin links join the menu once the admin has the user's permissions, after the core links.
    await menu.getByRole('link', { name: 'Format-Finder' }).waitFor();
    await expect(menu.getByRole('link', { name: 'Format-Finder' }).count()).resolves.toBe(1);
    await expect(menu.getByRole('link', { name: 'Mitmach-Pool' }).count()).resolves.toBe(0);

    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/${PARTICIPATION_FORMAT}/create?plugins[i18n][locale]=de`);
    await page.getByRole('heading', { name: 'Eintrag erstellen' }).waitFor();
    // The content manager's list of types: her work, and none of the pool's personal data.
    const types = page.getByRole('navigation', { name: /Inhalt/ });
    await types.getByRole('link', { name: 'Beteiligungsformat' }).waitFor();
    for (const hidden of ['Pool-Mitglied', 'Einwilligungsnachweis', 'Postausgang', 'Protokolleintrag', 'E-Mail-Vorlage']) {
      await expect(types.getByRole('link', { name: hidden, exact: true }).count()).resolves.toBe(0);
    }
    await expect(types.getByRole('link', { name: 'Rundmail', exact: true }).count()).resolves.toBe(1);

    // German labels with their help texts, not attribute names.
    await expect(page.getByText('Wählen Sie alle Ziele, die das Format erreichen kann.').count()).resolves.toBe(1);
    await expect(page.getByText('Teilnehmende höchstens', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText('participantsMax', { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByText('iap2Levels', { exact: true }).count()).resolves.toBe(0);

    await page.getByRole('textbox', { name: 'Name des Formats' }).fill('Quartiersgespräch am Küchentisch');
    await choose(page, 'Art des Formats', ['Methode']);
    await choose(page, 'Hauptstufe der Beteiligung', ['Konsultation']);
    await choose(page, 'Ziele', ['Ideen und Vorschläge sammeln', 'Rückmeldung zu Vorhaben einholen', 'Konflikte abbauen']);
    // A wrong choice is taken back with the chip's own button.
    await page.getByRole('button', { name: 'Konflikte abbauen entfernen' }).click();
    await choose(page, 'Durchführungsformen', ['Online']);
    await choose(page, 'Zielgruppen', ['Allgemeine Öffentlichkeit']);
    await choose(page, 'Dauer (Einordnung)', ['Wenige Stunden']);
    await page.getByLabel('Teilnehmende mindestens').fill('10');
    await page.getByLabel('Teilnehmende höchstens').fill('60');
    await expect(page.getByRole('button', { name: /entfernen$/ }).allTextContents()).resolves.toHaveLength(4);

    const screenshot = process.env.README_ADMIN_SCREENSHOT ?? path.join(APP_DIR, '.tmp', 'admin-format-edit.png');
    mkdirSync(path.dirname(screenshot), { recursive: true });
    // Strapi's own announcement banner is not part of our product's picture.
    const banner = page.getByRole('button', { name: 'Hinweis schließen' });
    if (await banner.count()) await banner.click();
    await page.getByRole('combobox', { name: 'Ziele', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshot });

    // "Veröffentlicht" is also the name of a tab: the publish request's answer is the sign it is done.
    const saved = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes(`/content-manager/collection-types/${PARTICIPATION_FORMAT}`));
    await page.getByRole('button', { name: 'Speichern' }).click();
    expect((await saved).status()).toBe(201);
    const published = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/actions/publish'));
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    expect((await published).status()).toBe(200);

    // Stored as codes, as the API has always spoken them.
    const stored = (await app.strapi.documents(PARTICIPATION_FORMAT as never).findFirst({ filters: { name: 'Quartiersgespräch am Küchentisch' }, status: 'published', locale: 'de' } as never)) as unknown as Record<string, unknown>;
    expect(stored).toMatchObject({ kind: 'methode', primaryLevel: 'konsultation', goals: ['ideen_vorschlaege', 'feedback_massnahmen'], modes: ['online'], targetGroups: ['allgemeine_oeffentlichkeit'], durationClass: 'stunden', participantsMin: 10, participantsMax: 60 });

    // The public finder ranks it (its index catches up within its freshness bound).
    let found: { criteria: Array<{ criterion: string; status: string; reason: string }> } | undefined;
    for (let attempt = 0; attempt < 40 && !found; attempt++) {
      const answer = await fetch(`${app.baseUrl}/api/format-finder/search?goals=ideen_vorschlaege&modes=online&participants=40&duration=stunden&pageSize=10`).then((response) => response.json());
      found = answer.data.find((format: { slug: string }) => format.slug === 'quartiersgespraech-am-kuechentisch');
      if (!found) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(found).toBeDefined();
    expect(found!.criteria.find((criterion) => criterion.criterion === 'goals')).toMatchObject({ status: 'matched', reason: expect.stringContaining('Ideen und Vorschläge sammeln') });

    expect(problems).toEqual([]);
    await context.close();
  });
});

async function logIn(page: Page): Promise<void> {
  await page.goto(`${app.baseUrl}/admin`);
  await page.getByRole('textbox', { name: 'E-Mail' }).fill(EDITOR.email);
  await page.locator('input[name=password]').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.getByRole('navigation').first().getByRole('link', { name: 'Inhalts-Manager' }).waitFor();
}

describe('the district widgets', () => {
  // What the server answers for a city with districts of its own; that it does is tested in
  // tests/integration/configured-districts.test.ts, so the browser test need not boot a second city.
  const cityDistricts = {
    codes: ['altstadt', 'hafen'],
    labels: { altstadt: { de: 'Altstadt', en: 'Old town' }, hafen: { de: 'Hafenviertel', en: 'Harbour quarter' } },
  };

  it('offer the districts the server names, and the built-in ones when it cannot answer', async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const problems = watchForAdminErrors(page);
    let serverAnswers = true;
    await page.route(`**${CONFIGURED_CODE_LISTS_PATH}`, (route) =>
      serverAnswers ? route.fulfill({ json: configuredCodeListsAnswer({ districts: cityDistricts }) }) : route.fulfill({ status: 500, json: { error: { status: 500 } } }),
    );
    await logIn(page);

    const createOpportunity = async () => {
      await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/${PARTICIPATION_OPPORTUNITY}/create?plugins[i18n][locale]=de`);
      await page.getByRole('heading', { name: 'Eintrag erstellen' }).waitFor();
    };
    /** The options once `expected` is among them: the answer may come after the list opened. */
    const districtOptions = async (expected: string) => {
      await page.getByRole('combobox', { name: 'Stadtbezirke', exact: true }).click();
      await page.getByRole('option', { name: expected, exact: true }).waitFor();
      const names = await page.getByRole('option').allTextContents();
      await page.keyboard.press('Escape');
      return names;
    };

    await createOpportunity();
    await expect(districtOptions('Altstadt')).resolves.toEqual(['Altstadt', 'Hafenviertel']);
    await choose(page, 'Stadtbezirke', ['Hafenviertel']);
    await page.getByRole('button', { name: 'Hafenviertel entfernen' }).waitFor();

    serverAnswers = false;
    await page.reload();
    await createOpportunity();
    const builtIn = await districtOptions('Eving');
    expect(builtIn).toHaveLength(13);

    expect(problems).toEqual([]);
    await context.close();
  });
});
