import type { Browser, Page } from 'playwright-core';
import { MAILING, SUBSCRIBER } from '@mitwirken/strapi-plugin-double-opt-in/strapi-server';
import { launchBrowser, startSiteApp, watchForPageErrors, type SiteApp } from '../harness/browser';
import { SmtpSink, headerOf, urlInMail, useSmtpSink, type ReceivedMail } from '@mitwirken/strapi-testing';

const sink = new SmtpSink();
let app: SiteApp;
let browser: Browser;

beforeAll(async () => {
  await sink.start();
  useSmtpSink(sink);
  process.env.OUTBOX_CRON = '0 0 0 1 1 *'; // the test drives the worker itself
  app = await startSiteApp('browser-pool');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await sink.stop();
});

const service = (name: string) => app.strapi.plugin('double-opt-in').service(name);
const statusOf = async (email: string) =>
  ((await app.strapi.db.query(SUBSCRIBER as never).findOne({ where: { emailNormalized: email } })) as { status: string } | null)?.status;

async function deliverMails(): Promise<void> {
  await service('outbox').idle();
  await service('outbox').processBatch();
  await service('outbox').idle();
}

function mailTo(address: string, subject: RegExp): ReceivedMail {
  const mail = [...sink.mails].reverse().find((candidate) => candidate.to.includes(address) && subject.test(candidate.parsed.subject ?? ''));
  if (!mail) throw new Error(`no mail "${subject}" to ${address}; the sink has ${sink.mails.length}`);
  return mail;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusIsVisible = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return Boolean(element && element !== document.body && getComputedStyle(element).outlineStyle !== 'none');
  });

describe('the Mitmach-Pool in a browser', () => {
  it('signs up with the keyboard alone and without JavaScript, confirms by button, and unsubscribes with one click from a mail', async () => {
    const email = 'kim.keyboard@example.org';
    // No JavaScript at all: the sign-up form and the confirm button are plain HTML forms.
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
    const page = await context.newPage();
    const problems = watchForPageErrors(page);

    await page.goto(`${app.baseUrl}/de/werkzeugkiste`);
    await page.getByRole('navigation').getByRole('link', { name: 'Mitmach-Pool' }).click();
    await page.getByRole('heading', { level: 1, name: 'Im Mitmach-Pool anmelden' }).waitFor();
    const shownAt = Date.now();
    await expect(page.getByRole('link', { name: 'Mitmach-Pool' }).getAttribute('aria-current')).resolves.toBe('page');
    await expect(page.locator('link[rel=stylesheet]').getAttribute('href')).resolves.toBe('/site/site.css');

    // Skip link first, then the fields in reading order; focus is visible at every step.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('firstName');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type('Kim');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('lastName');
    await page.keyboard.type('Keyboard');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('email');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('interest-stadtentwicklung');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('interest-mobilitaet');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    // On through the other topics to the districts; she picks Innenstadt-Nord, then goes on to the consent.
    const tabTo = async (id: string) => {
      for (let step = 0; step < 40 && (await focusedId(page)) !== id; step += 1) await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe(id);
    };
    await tabTo('districts-innenstadt_nord');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await tabTo('consent');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Anmelden');
    expect(await focusIsVisible(page)).toBe(true);
    // The server drops sign-ups sent faster than a person types (2 s); a real person is slower than this test.
    await page.waitForTimeout(Math.max(0, 2100 - (Date.now() - shownAt)));
    const [signedUp] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(signedUp?.status()).toBe(202);
    await page.getByRole('heading', { level: 1, name: 'Fast geschafft' }).waitFor();
    expect(await statusOf(email)).toBe('pending');
    const chosen = (await app.strapi.db.query(SUBSCRIBER as never).findOne({ where: { emailNormalized: email } })) as { interests: string[]; facets: Record<string, string[]> };
    expect(chosen).toMatchObject({ interests: ['mobilitaet'], facets: { districts: ['innenstadt_nord'] } });

    await deliverMails();
    const confirmation = mailTo(email, /bestätigen/);
    const confirmUrl = urlInMail(confirmation, '/confirm');
    expect(confirmUrl.startsWith(`${app.baseUrl}/api/double-opt-in/confirm?token=`)).toBe(true);

    // Opening the link changes nothing yet (mail scanners open links too).
    await page.goto(confirmUrl);
    await page.getByRole('heading', { level: 1, name: 'Anmeldung bestätigen' }).waitFor();
    expect(await statusOf(email)).toBe('pending');
    await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmeldung bestätigt' }).waitFor();
    expect(await statusOf(email)).toBe('confirmed');

    // An info mail to the pool carries the personal unsubscribe link.
    const mailing = (await app.strapi.documents(MAILING as never).create({
      data: { title: 'Browser-Test', subject: 'Neues zum Mitwirken', body: 'Am **Montag** gibt es einen Workshop.', language: 'de' },
    } as never)) as unknown as { documentId: string };
    await service('mailings').start(mailing.documentId);
    await deliverMails();
    const info = mailTo(email, /Neues zum Mitwirken/);
    expect(headerOf(info, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribeUrl = urlInMail(info, '/unsubscribe');
    expect(headerOf(info, 'List-Unsubscribe')).toBe(`<${unsubscribeUrl}>`);

    await page.goto(unsubscribeUrl);
    await page.getByRole('heading', { level: 1, name: 'Abmelden' }).waitFor();
    expect(await statusOf(email)).toBe('confirmed');
    await page.getByRole('button', { name: 'Jetzt abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Abgemeldet' }).waitFor();
    expect(await statusOf(email)).toBe('unsubscribed');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows every problem of a wrong sign-up at its field, keeps what was typed, and links the summary to the fields', async () => {
    const page = await browser.newPage({ locale: 'de-DE' });
    await page.goto(`${app.baseUrl}/api/double-opt-in/subscribe?lang=de`);
    await page.getByLabel('Vorname').fill('Ada');
    await page.getByLabel('E-Mail-Adresse').fill('ada-at-example');
    const [answer] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Anmelden' }).click()]);
    expect(answer?.status()).toBe(400);

    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading').textContent()).resolves.toBe('Bitte prüfen Sie Ihre Angaben');
    await expect(summary.getByRole('link').allTextContents()).resolves.toEqual([
      'Bitte geben Sie Ihren Nachnamen ein (höchstens 100 Zeichen, ohne < und >).',
      'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org.',
      'Ohne Ihre Einwilligung können wir Sie nicht aufnehmen. Bitte setzen Sie das Häkchen.',
    ]);
    await expect(page.getByLabel('Vorname').inputValue()).resolves.toBe('Ada');
    await expect(page.getByLabel('E-Mail-Adresse').inputValue()).resolves.toBe('ada-at-example');
    await expect(page.getByLabel('E-Mail-Adresse').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Vorname').getAttribute('aria-invalid')).resolves.toBeNull();

    await summary.getByRole('link', { name: /gültige E-Mail-Adresse/ }).click();
    expect(await focusedId(page)).toBe('email');
    await page.close();
  });

  it('speaks English when asked, with the site around it', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await page.goto(`${app.baseUrl}/en/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Mitmach-Pool' }).click();
    await page.getByRole('heading', { level: 1, name: 'Join the Mitmach-Pool' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Im Mitmach-Pool anmelden' }).waitFor();
    await page.close();
  });
});
