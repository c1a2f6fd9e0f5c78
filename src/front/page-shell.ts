import {
  accessibilityServices,
  attendanceModes,
  districts as defaultDistricts,
  federalStates,
  opportunityCurrentStatuses,
  opportunityTopics,
  registrationKinds,
  spokenLanguages,
  type Label,
} from '../domain/code-lists';
import { SITE_LANGUAGES, SITE_PAGES, poolSignupPath, sitePath, type SiteLanguage, type SitePage, type SiteRoute } from './site-pages';
import { SITE_TEXTS } from './site-texts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => ESCAPES[character]);

/** Keeps a JSON text from closing the script element it sits in. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export const SITE_ASSETS = { stylesheet: '/site/site.css', script: '/site/app.js' } as const;

const PAGE_TITLES: Record<SitePage, 'finderTitle' | 'formatBack' | 'toolkitTitle' | 'municipalitiesTitle' | 'opportunitiesTitle'> = {
  finder: 'finderTitle',
  format: 'formatBack',
  toolkit: 'toolkitTitle',
  municipalities: 'municipalitiesTitle',
  opportunities: 'opportunitiesTitle',
  opportunity: 'opportunitiesTitle',
};

/** What the public API offers instead, for people without JavaScript. */
const API_FOR_PAGE: Record<SitePage, (route: SiteRoute) => string> = {
  finder: (route) => `/api/format-finder/search?locale=${route.language}`,
  format: (route) => `/api/participation-formats?locale=${route.language}&filters[slug][$eq]=${encodeURIComponent(route.slug ?? '')}`,
  toolkit: (route) => `/api/toolkit-documents?locale=${route.language}&populate=files`,
  municipalities: (route) => `/api/pilot-municipalities?locale=${route.language}`,
  opportunities: (route) => `/api/participation-opportunities?locale=${route.language}`,
  opportunity: (route) => `/api/participation-opportunities/${encodeURIComponent(route.slug ?? '')}?locale=${route.language}`,
};

interface CodeListLike {
  readonly codes: readonly string[];
  readonly labels: Readonly<Record<string, Label>>;
}

/** Code → label in one language, in the list's order (the order the filters show). */
const labelsOf = (list: CodeListLike, language: SiteLanguage) => Object.fromEntries(list.codes.map((code) => [code, list.labels[code][language]]));

/** What the server knows about a page beyond its address. */
export interface ShellDetails {
  /** The page's own title (an opportunity's), for the title bar, the heading and search engines. */
  title?: string;
  /** schema.org data, delivered in the HTML so crawlers read it without running the scripts. */
  structuredData?: unknown;
  /** The same page in the other language, when its address differs (a translated slug). */
  otherLanguagePath?: string;
  /** The city's districts (config/opportunities.ts); Dortmund's by default. */
  districts?: CodeListLike;
}

/**
 * What the page's scripts need from the server, in one language: the texts, the addresses of the
 * pages (so links are made from the same table as the routes) and the labels of stored codes the
 * public API hands out bare.
 */
export function siteData(language: SiteLanguage, districts: CodeListLike = defaultDistricts) {
  return {
    texts: SITE_TEXTS[language],
    paths: Object.fromEntries((Object.keys(SITE_PAGES) as SitePage[]).map((page) => [page, sitePath(page, language, '')])),
    federalStates: labelsOf(federalStates, language),
    opportunityCodes: {
      topic: labelsOf(opportunityTopics, language),
      district: labelsOf(districts, language),
      attendance: labelsOf(attendanceModes, language),
      accessibility: labelsOf(accessibilityServices, language),
      status: labelsOf(opportunityCurrentStatuses, language),
      registration: labelsOf(registrationKinds, language),
      language: labelsOf(spokenLanguages, language),
    },
  };
}

/** The header links of the site, per language; the double-opt-in plugin's pages show the same. */
export function siteNavigation(language: SiteLanguage): Array<{ key: string; href: string; label: string }> {
  const text = SITE_TEXTS[language];
  return [
    { key: 'finder', href: sitePath('finder', language), label: text.nav_finder },
    { key: 'opportunities', href: sitePath('opportunities', language), label: text.nav_opportunities },
    { key: 'toolkit', href: sitePath('toolkit', language), label: text.nav_toolkit },
    { key: 'municipalities', href: sitePath('municipalities', language), label: text.nav_municipalities },
    { key: 'pool', href: poolSignupPath(language), label: text.nav_pool },
  ];
}

/** Pages whose address holds a search, which the language switch keeps. */
const KEEPS_SEARCH: ReadonlySet<SitePage> = new Set(['finder', 'opportunities']);

function notFoundMain(route: SiteRoute): string {
  const text = SITE_TEXTS[route.language];
  const [lead, page, label] =
    route.page === 'opportunity' ? [text.opportunityNotFound, 'opportunities' as const, text.opportunitiesBack] : [text.notFoundLead, 'finder' as const, text.nav_finder];
  return `<h1>${escapeHtml(text.notFoundTitle)}</h1><p>${escapeHtml(lead)}</p><p><a href="${sitePath(page, route.language)}">${escapeHtml(label)}</a></p>`;
}

/**
 * The HTML every page of the front starts as: header, navigation, language switch, an empty main
 * area the page's script fills from the public API, and that script's texts. `search` is the
 * query string (with its `?`), kept by the language switch so a shared search survives it.
 */
export function renderPageShell(
  route: SiteRoute,
  search = '',
  status: 'ok' | 'not-found' = 'ok',
  details: ShellDetails = {},
  assets: { stylesheet: string; script: string } = SITE_ASSETS,
): string {
  const { language } = route;
  const text = SITE_TEXTS[language];
  const other = SITE_LANGUAGES.find((candidate) => candidate !== language) as SiteLanguage;
  const title = status === 'not-found' ? text.notFoundTitle : details.title ?? text[PAGE_TITLES[route.page]];
  const navigation = siteNavigation(language)
    .map((link) => `<li><a href="${escapeHtml(link.href)}"${status === 'ok' && link.key === route.page ? ' aria-current="page"' : ''}>${escapeHtml(link.label)}</a></li>`)
    .join('');
  const switchHref = details.otherLanguagePath ?? sitePath(route.page, other, route.slug) + (KEEPS_SEARCH.has(route.page) ? search : '');
  const main =
    status === 'not-found'
      ? notFoundMain(route)
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
    `<script type="application/json" id="site-data">${scriptJson(siteData(language, details.districts))}</script>`,
    details.structuredData === undefined ? '' : `<script type="application/ld+json">${scriptJson(details.structuredData)}</script>`,
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
  ]
    .filter(Boolean)
    .join('\n');
}
