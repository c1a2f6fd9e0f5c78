/**
 * An Author's upload must never run as the super admin. The media library refuses what would run
 * (script, HTML, SVG), and whatever is in the upload folder — left by an older version, say — is
 * served so that a browser does not run it on the app's origin: a sandboxed download. Checked with
 * Debian's Chromium as a super admin logged in through the admin's login form.
 */
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import path from 'path';
import { randomBytes } from 'crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../harness/browser';
import { HELPER_JS, IMAGE_SVG, PAGE_HTML, samplePdf, samplePng } from '../harness/upload-samples';
import { appDir, createAdminUser, proxyUrl, superAdmin, type AdminUser } from './support';

const SANDBOX = /^sandbox; default-src 'none';/;
const run = randomBytes(3).toString('hex');
const leftDir = path.join(appDir, 'public', 'uploads', `security-${run}`);
const leftUrl = (name: string) => `${proxyUrl}/uploads/security-${run}/${name}`;

let author: AdminUser;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request the browser made to /admin/users/me, and from which page. */
const whoAmI: string[] = [];

async function upload(files: Array<[string, Buffer | string, string]>, token = author.token): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const [name, content, type] of files) form.append('files', new Blob([Buffer.from(content)], { type }), name);
  const res = await fetch(`${proxyUrl}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: await res.json() };
}

/** Opens an address in the logged-in tab; a download is not a page and runs nothing. */
async function open(url: string): Promise<{ downloaded: boolean; title: string }> {
  const download = page.waitForEvent('download', { timeout: 5_000 }).then(() => true, () => false);
  const navigated = await page.goto(url).then(() => true, (error: Error) => {
    if (/Download is starting/.test(error.message)) return false;
    throw error;
  });
  const downloaded = navigated ? false : await download;
  // Time for a script to run and to ask who it is, had it run.
  await page.waitForTimeout(1_000);
  return { downloaded, title: navigated ? await page.title() : '' };
}

beforeAll(async () => {
  author = await createAdminUser('strapi-author');
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true, locale: 'de-DE' });
  context.on('request', (request) => {
    if (new URL(request.url()).pathname === '/admin/users/me') whoAmI.push(request.frame()?.url() ?? '?');
  });
  page = await context.newPage();
  await page.goto(`${proxyUrl}/admin`);
  await page.locator('input[name=email]').fill(superAdmin.email);
  await page.locator('input[name=password]').fill(superAdmin.password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
}, 120_000);

afterAll(async () => {
  rmSync(leftDir, { recursive: true, force: true });
  await browser?.close();
});

describe('an Author cannot upload what runs', () => {
  it.each([
    ['helper.js', 'text/javascript', HELPER_JS],
    ['page.html', 'text/html', PAGE_HTML],
    ['image.svg', 'image/svg+xml', IMAGE_SVG],
  ])('%s (%s) is refused through the proxy with a 400 naming the type and the allowed ones', async (name, type, content) => {
    const res = await upload([[name, content, type]]);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(`„${name}“ (.${name.split('.').pop()}, ${type})`);
    expect(res.body.error.message).toMatch(/Erlaubt sind: PDF \(\.pdf\).*PNG \(\.png\)/);
  });

  it("Strapi's content check refuses a program that calls itself a PDF", async () => {
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0')]);
    program.writeUInt32LE(64, 60);
    const res = await upload([['leitfaden.pdf', program, 'application/pdf']]);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/not allowed/);
  });
});

describe('what is in the upload folder does not run as the super admin', () => {
  beforeAll(() => {
    mkdirSync(leftDir, { recursive: true });
    writeFileSync(path.join(leftDir, 'helper.js'), HELPER_JS);
    writeFileSync(path.join(leftDir, 'page.html'), PAGE_HTML);
    writeFileSync(path.join(leftDir, 'image.svg'), IMAGE_SVG);
  });

  it('the attack works on this origin when its script does run (the control)', async () => {
    whoAmI.length = 0;
    await page.goto(`${proxyUrl}/admin`);
    await page.waitForLoadState('networkidle');
    whoAmI.length = 0;
    // The admin's own policy allows its own scripts; this is what helper.js would do in a page of the origin.
    const status = await page.evaluate(HELPER_JS);
    expect(status).toBe(200);
    expect(whoAmI).toHaveLength(1);
  });

  it.each(['page.html', 'image.svg', 'helper.js'])('%s opened in the logged-in browser: a sandboxed download, no script runs', async (name) => {
    await page.goto(`${proxyUrl}/admin`);
    await page.waitForLoadState('networkidle');
    whoAmI.length = 0;
    const opened = await open(leftUrl(name));
    expect(opened.title).not.toMatch(/pwned/);
    expect(opened.downloaded).toBe(true);
    expect(whoAmI).toEqual([]);

    const res = await fetch(leftUrl(name));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment');
    expect(res.headers.get('content-security-policy')).toMatch(SANDBOX);
    expect(res.headers.get('content-security-policy')).not.toMatch(/script-src|allow-scripts/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the same file reached by a path that resolves into the folder carries the same headers', async () => {
    const reached: string[] = [];
    for (const address of [`/site/..%2Fuploads/security-${run}/page.html`, `/site/%2e%2e/uploads/security-${run}/page.html`, `/UPLOADS/security-${run}/page.html`]) {
      const res = await fetch(`${proxyUrl}${address}`, { redirect: 'manual' });
      if (res.status !== 200) continue;
      reached.push(address);
      expect({ address, disposition: res.headers.get('content-disposition'), csp: res.headers.get('content-security-policy') }).toEqual({
        address,
        disposition: 'attachment',
        csp: expect.stringMatching(SANDBOX),
      });
    }
    // nginx resolves the dot segments itself; the encoded slash reaches the app's static server.
    expect(reached).toContain(`/site/..%2Fuploads/security-${run}/page.html`);
  });

  it('an SVG in an <img> of the admin shows nothing but itself: its script does not run', async () => {
    await page.goto(`${proxyUrl}/admin`);
    await page.waitForLoadState('networkidle');
    const titleBefore = await page.title();
    const loaded = await page.evaluate(async (src) => {
      const img = document.createElement('img');
      img.src = src;
      document.body.append(img);
      return new Promise<boolean>((resolve) => {
        img.onload = () => resolve(true);
        img.onerror = () => resolve(false);
      });
    }, leftUrl('image.svg'));
    expect(typeof loaded).toBe('boolean');
    expect(await page.title()).toBe(titleBefore);
  });
});

describe('the toolkit\'s files still upload and open', () => {
  let pdfUrl: string;
  let pngUrl: string;

  it('an Author uploads a PDF and a PNG', async () => {
    const res = await upload([
      ['leitfaden.pdf', samplePdf(), 'application/pdf'],
      ['foto.png', samplePng(), 'image/png'],
    ]);
    expect(res.status).toBe(201);
    pdfUrl = `${proxyUrl}${res.body.find((file: { ext: string }) => file.ext === '.pdf').url}`;
    pngUrl = `${proxyUrl}${res.body.find((file: { ext: string }) => file.ext === '.png').url}`;
    for (const url of [pdfUrl, pngUrl]) {
      const served = await fetch(url);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-disposition')).toBeNull();
      expect(served.headers.get('content-security-policy')).toMatch(SANDBOX);
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    }
    // nginx stores nothing from /uploads/: a second request goes to the app, headers and all.
    const again = await fetch(pngUrl);
    expect(again.headers.get('x-cache-status')).not.toBe('HIT');
    expect(again.headers.get('content-security-policy')).toMatch(SANDBOX);
  });

  it('the PNG displays in an <img> of the admin and opened on its own', async () => {
    await page.goto(`${proxyUrl}/admin`);
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(async (src) => {
      const img = document.createElement('img');
      img.src = src;
      document.body.append(img);
      await img.decode();
      return img.naturalWidth;
    }, pngUrl);
    expect(width).toBe(1);
    await page.goto(pngUrl);
    expect(await page.evaluate(() => document.querySelector('img')?.naturalWidth)).toBe(1);
  });

  it('the PDF opens in the browser\'s PDF viewer, not as a download', async () => {
    const opened = await open(pdfUrl);
    expect(opened.downloaded).toBe(false);
    expect(page.frames().some((frame) => frame.url().startsWith('chrome-extension://'))).toBe(true);
  });
});
