import type { Browser, Page } from 'playwright-core';
import { EDITOR_ROLE_CODE } from '../../src/bootstrap/admin-roles';
import { PARTICIPATION_OPPORTUNITY } from '../../src/content-types';
import { launchBrowser, startSiteApp, type SiteApp } from '../harness/browser';
import { usesDuForm } from '../harness/du-form';

let app: SiteApp;
let browser: Browser;
const EDITOR = { email: 'sie-form@stadt.example', password: 'Redaktion-Dortmund-2026' };

beforeAll(async () => {
  app = await startSiteApp('browser-admin-sie');
  const editorRole = (await app.strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE_CODE } })) as { id: number };
  await app.strapi.service('admin::user').create({ ...EDITOR, firstname: 'Sabine', lastname: 'Sie', isActive: true, registrationToken: null, roles: [editorRole.id] });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The page's visible text, line by line, once the admin has rendered its main content. */
async function visibleLines(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

describe("Strapi's own messages in the German admin", () => {
  it('speak Sie on the login page, and German where the catalogue had English', async () => {
    // The browser asks for English; the admin starts in German all the same.
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/admin`);
    await page.getByRole('heading', { name: 'Willkommen!' }).waitFor();

    await expect(page.getByText('Melden Sie sich mit Ihrem Konto an.', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Anmelden', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Login', exact: true }).count()).resolves.toBe(0);
    const lines = await visibleLines(page);
    expect(lines.filter((line) => /Logge dich|Strapi Account/.test(line))).toEqual([]);
    expect(lines.filter(usesDuForm)).toEqual([]);
    await context.close();
  });

  it("tell an Editor in the Sie form what she may not see, and show Strapi's banner and list column in German", async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/admin`);
    await page.getByRole('textbox', { name: 'E-Mail' }).fill(EDITOR.email);
    await page.locator('input[name=password]').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByRole('navigation').first().getByRole('link', { name: 'Inhalts-Manager' }).waitFor();

    // The banner Strapi puts above every page after the media library's renewal.
    await page.getByText('Die Medienbibliothek ist neu gestaltet.').waitFor();
    await expect(page.getByRole('link', { name: 'Blogbeitrag lesen (englisch)' }).count()).resolves.toBe(1);
    await expect(page.getByText(/Introducing the new Media Library|Read blog post/).count()).resolves.toBe(0);
    expect((await visibleLines(page)).filter(usesDuForm)).toEqual([]);

    // An opportunity's list: the localized type's column and the search.
    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/${PARTICIPATION_OPPORTUNITY}?plugins[i18n][locale]=de`);
    const table = page.getByRole('grid').or(page.getByRole('table'));
    await table.getByText('Verfügbar in', { exact: true }).waitFor();
    await expect(page.getByText(/Available in|Learn more on our documentation/i).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Mehr dazu in der Dokumentation (englisch)' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Suchen', exact: true }).count()).resolves.toBeGreaterThan(0);
    expect((await visibleLines(page)).filter(usesDuForm)).toEqual([]);

    // The API tokens are the administrators' business: Strapi says so, in the Sie form.
    await page.goto(`${app.baseUrl}/admin/settings/api-tokens`);
    await page.getByText('Sie haben keine ausreichenden Berechtigungen, um diesen Inhalt aufzurufen.', { exact: true }).waitFor();
    const lines = await visibleLines(page);
    expect(lines.filter((line) => /Du hast|ausreichenden Berechtigungen/.test(line) && !line.startsWith('Sie haben'))).toEqual([]);
    expect(lines.filter(usesDuForm)).toEqual([]);
    await context.close();
  });
});
