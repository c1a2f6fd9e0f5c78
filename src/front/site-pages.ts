/**
 * The pages of the reference web front and their addresses in each language. Pure: the server
 * routes, the page shell, the language switch and the plugin's header links all read this table.
 */
export const SITE_LANGUAGES = ['de', 'en'] as const;
export type SiteLanguage = (typeof SITE_LANGUAGES)[number];

export const SITE_PAGES = {
  finder: { de: '', en: '' },
  format: { de: 'formate', en: 'formats' },
  toolkit: { de: 'werkzeugkiste', en: 'toolkit' },
  municipalities: { de: 'kommunen', en: 'municipalities' },
  opportunities: { de: 'angebote', en: 'opportunities' },
  opportunity: { de: 'angebote', en: 'opportunities' },
} as const;
export type SitePage = keyof typeof SITE_PAGES;

/** Pages that need a slug (a format's or an opportunity's page); the list of opportunities shares its segment. */
const WITH_SLUG: ReadonlySet<SitePage> = new Set(['format', 'opportunity']);

/** The Mitmach-Pool's sign-up is a page of the double-opt-in plugin, in the same look. */
export const poolSignupPath = (language: SiteLanguage) => `/api/double-opt-in/subscribe?lang=${language}`;

export function sitePath(page: SitePage, language: SiteLanguage, slug?: string): string {
  const segment = SITE_PAGES[page][language];
  if (WITH_SLUG.has(page)) return `/${language}/${segment}/${encodeURIComponent(slug ?? '')}`;
  return segment ? `/${language}/${segment}` : `/${language}/`;
}

export interface SiteRoute {
  page: SitePage;
  language: SiteLanguage;
  slug?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The page an address names, or null (then the server answers 404). */
export function matchSitePath(pathname: string): SiteRoute | null {
  const parts = pathname.split('/').filter(Boolean);
  const language = parts[0] as SiteLanguage;
  if (!SITE_LANGUAGES.includes(language)) return null;
  if (parts.length === 1) return { page: 'finder', language };
  for (const page of Object.keys(SITE_PAGES) as SitePage[]) {
    if (SITE_PAGES[page][language] !== parts[1]) continue;
    if (WITH_SLUG.has(page) && parts.length === 3) return SLUG.test(parts[2]) ? { page, language, slug: parts[2] } : null;
    if (!WITH_SLUG.has(page) && parts.length === 2) return { page, language };
  }
  return null;
}

/** The first of the languages a browser accepts that the site speaks, else German. */
export function preferredLanguage(acceptLanguage: string | undefined): SiteLanguage {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const quality = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      return { tag, q: quality ? Number(quality.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0] as SiteLanguage;
    if (SITE_LANGUAGES.includes(base)) return base;
  }
  return 'de';
}
