import { federalStates } from '../domain/code-lists';
import { SITE_LANGUAGES, SITE_PAGES, poolSignupPath, sitePath, type SiteLanguage, type SitePage, type SiteRoute } from './site-pages';
import { SITE_TEXTS } from './site-texts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => ESCAPES[character]);

/** Keeps a JSON text from closing the script element it sits in. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export const SITE_ASSETS = { stylesheet: '/site/site.css', script: '/site/app.js' } as const;

const PAGE_TITLES: Record<SitePage, 'finderTitle' | 'formatBack' | 'toolkitTitle' | 'municipalitiesTitle'> = {
  finder: 'finderTitle',
  format: 'formatBack',
  toolkit: 'toolkitTitle',
  municipalities: 'municipalitiesTitle',
};

/** What the public API offers instead, for people without JavaScript. */
const API_FOR_PAGE: Record<SitePage, (route: SiteRoute) => string> = {
  finder: (route) => `/api/format-finder/search?locale=${route.language}`,
  format: (route) => `/api/participation-formats?locale=${route.language}&filters[slug][$eq]=${encodeURIComponent(route.slug ?? '')}`,
  toolkit: (route) => `/api/toolkit-documents?locale=${route.language}&populate=files`,
  municipalities: (route) => `/api/pilot-municipalities?locale=${route.language}`,
};

/**
 * What the page's scripts need from the server, in one language: the texts, the addresses of the
 * pages (so links are made from the same table as the routes) and the labels of stored codes the
 * public API hands out bare.
 */
export function siteData(language: SiteLanguage) {
  return {
    texts: SITE_TEXTS[language],
    paths: Object.fromEntries((Object.keys(SITE_PAGES) as SitePage[]).map((page) => [page, sitePath(page, language, '')])),
    federalStates: Object.fromEntries(federalStates.codes.map((code) => [code, federalStates.labels[code][language]])),
  };
}

/** The header links of the site, per language; the double-opt-in plugin's pages show the same. */
export function siteNavigation(language: SiteLanguage): Array<{ key: string; href: string; label: string }> {
  const text = SITE_TEXTS[language];
  return [
    { key: 'finder', href: sitePath('finder', language), label: text.nav_finder },
    { key: 'toolkit', href: sitePath('toolkit', language), label: text.nav_toolkit },
    { key: 'municipalities', href: sitePath('municipalities', language), label: text.nav_municipalities },
    { key: 'pool', href: poolSignupPath(language), label: text.nav_pool },
  ];
}

/**
 * The HTML every page of the front starts as: header, navigation, language switch, an empty main
 * area the page's script fills from the public API, and that script's texts. `search` is the
 * query string (with its `?`), kept by the language switch so a shared search survives it.
 */
export function renderPageShell(route: SiteRoute, search = '', status: 'ok' | 'not-found' = 'ok', assets: { stylesheet: string; script: string } = SITE_ASSETS): string {
  const { language } = route;
  const text = SITE_TEXTS[language];
  const other = SITE_LANGUAGES.find((candidate) => candidate !== language) as SiteLanguage;
  const title = status === 'not-found' ? text.notFoundTitle : text[PAGE_TITLES[route.page]];
  const navigation = siteNavigation(language)
    .map((link) => `<li><a href="${escapeHtml(link.href)}"${status === 'ok' && link.key === route.page ? ' aria-current="page"' : ''}>${escapeHtml(link.label)}</a></li>`)
    .join('');
  const switchHref = sitePath(route.page, other, route.slug) + (route.page === 'finder' ? search : '');
  const main =
    status === 'not-found'
      ? `<h1>${escapeHtml(text.notFoundTitle)}</h1><p>${escapeHtml(text.notFoundLead)}</p><p><a href="${sitePath('finder', language)}">${escapeHtml(text.nav_finder)}</a></p>`
      : [
          `<div id="page" data-page="${route.page}"${route.slug ? ` data-slug="${escapeHtml(route.slug)}"` : ''}>`,
          `<h1>${escapeHtml(title)}</h1>`,
          `<p class="loading" role="status">${escapeHtml(text.loading)}</p>`,
          `<noscript><p>${escapeHtml(text.noScript)} <a href="${escapeHtml(API_FOR_PAGE[route.page](route))}">${escapeHtml(API_FOR_PAGE[route.page](route))}</a></p></noscript>`,
          '</div>',
        ].join('');

  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} – ${escapeHtml(text.siteName)}</title>`,
    `<link rel="stylesheet" href="${escapeHtml(assets.stylesheet)}">`,
    `<link rel="alternate" hreflang="${other}" href="${escapeHtml(switchHref)}">`,
    `<script type="application/json" id="site-data">${scriptJson(siteData(language))}</script>`,
    `<script type="module" src="${escapeHtml(assets.script)}"></script>`,
    '</head>',
    '<body>',
    `<a class="skip-link" href="#main">${escapeHtml(text.skipLink)}</a>`,
    '<header class="site-header">',
    `<p class="site-name"><a href="${sitePath('finder', language)}">${escapeHtml(text.siteName)}</a></p>`,
    `<nav aria-label="${escapeHtml(text.mainNavigation)}"><ul>${navigation}` +
      `<li><a href="${escapeHtml(switchHref)}" hreflang="${other}" lang="${other}">${escapeHtml(text.languageSwitch)}</a></li></ul></nav>`,
    '</header>',
    `<main id="main" tabindex="-1">${main}</main>`,
    `<footer class="site-footer"><p>${escapeHtml(text.footer)}</p></footer>`,
    '</body>',
    '</html>',
  ].join('\n');
}
