import { searchFromParams, searchToParams } from '../../public/site/finder-search.js';
import { parseInline, parseMarkdown } from '../../public/site/markdown.js';
import { renderPageShell } from '../../src/front/page-shell';
import { matchSitePath, preferredLanguage, sitePath } from '../../src/front/site-pages';
import { opportunityPagePath } from '../../src/domain/opportunities/public-opportunity';
import { SITE_TEXTS } from '../../src/front/site-texts';

describe('site addresses', () => {
  it('maps pages to addresses per language and back', () => {
    expect(sitePath('finder', 'de')).toBe('/de/');
    expect(sitePath('toolkit', 'en')).toBe('/en/toolkit');
    expect(sitePath('format', 'de', 'world-cafe')).toBe('/de/formate/world-cafe');
    expect(matchSitePath('/de/formate/world-cafe')).toEqual({ page: 'format', language: 'de', slug: 'world-cafe' });
    expect(matchSitePath('/en/municipalities')).toEqual({ page: 'municipalities', language: 'en' });
    expect(matchSitePath('/en')).toEqual({ page: 'finder', language: 'en' });
    // The list of opportunities and an opportunity's page share their segment.
    expect(sitePath('opportunities', 'de')).toBe('/de/angebote');
    expect(sitePath('opportunity', 'en', 'demo-walk')).toBe('/en/opportunities/demo-walk');
    expect(matchSitePath('/de/angebote')).toEqual({ page: 'opportunities', language: 'de' });
    expect(matchSitePath('/en/opportunities/demo-walk')).toEqual({ page: 'opportunity', language: 'en', slug: 'demo-walk' });
  });

  it('names an opportunity’s page as the API’s page links do', () => {
    for (const language of ['de', 'en'] as const) {
      expect(sitePath('opportunity', language, 'demo-walk')).toBe(opportunityPagePath(language, 'demo-walk'));
    }
  });

  it('answers nothing for addresses that are not pages', () => {
    for (const path of ['/fr/', '/de/formats/world-cafe', '/de/formate/', '/de/formate/World_Cafe', '/de/formate/a/b', '/de/werkzeugkiste/x', '/', '/de/opportunities/x', '/en/angebote', '/de/angebote/a/b', '/de/angebote/Gross']) {
      expect([path, matchSitePath(path)]).toEqual([path, null]);
    }
  });

  it('picks the first language the browser accepts, else German', () => {
    expect(preferredLanguage('en-GB,en;q=0.9,de;q=0.8')).toBe('en');
    expect(preferredLanguage('fr-FR, de;q=0.5, en;q=0.7')).toBe('en');
    expect(preferredLanguage('fr')).toBe('de');
    expect(preferredLanguage(undefined)).toBe('de');
    expect(preferredLanguage('en;q=0, de;q=0.1')).toBe('de');
  });
});

describe('site texts', () => {
  it('has every text in both languages', () => {
    expect(Object.keys(SITE_TEXTS.en).sort()).toEqual(Object.keys(SITE_TEXTS.de).sort());
    for (const language of ['de', 'en'] as const) {
      for (const [key, text] of Object.entries(SITE_TEXTS[language])) expect([language, key, text.trim().length > 0]).toEqual([language, key, true]);
    }
  });
});

describe('page shell', () => {
  it('names the page, its language and the other language’s address, keeping a finder search', () => {
    const html = renderPageShell({ page: 'finder', language: 'de' }, '?goals=ideen_vorschlaege&must=goals');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<a href="/de/" aria-current="page">Format-Finder</a>');
    expect(html).toContain('href="/en/?goals=ideen_vorschlaege&amp;must=goals" hreflang="en" lang="en">English</a>');
    expect(html).toContain('<a href="/api/double-opt-in/subscribe?lang=de">Mitmach-Pool</a>');
  });

  it('hands the scripts texts, page addresses and code labels, without closing their script element', () => {
    const html = renderPageShell({ page: 'format', language: 'en', slug: 'world-cafe' });
    const json = /<script type="application\/json" id="site-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(json).not.toContain('<');
    const data = JSON.parse(json);
    expect(data.texts.siteName).toBe(SITE_TEXTS.en.siteName);
    // The scripts build links from the same table as the server's routes.
    expect(data.paths).toEqual({
      finder: '/en/',
      format: '/en/formats/',
      toolkit: '/en/toolkit',
      municipalities: '/en/municipalities',
      opportunities: '/en/opportunities',
      opportunity: '/en/opportunities/',
    });
    expect(data.federalStates.nordrhein_westfalen).toBe('North Rhine-Westphalia');
    expect(data.opportunityCodes.accessibility.gebaerdensprache).toBe('Sign language interpreting');
    expect(Object.keys(data.opportunityCodes.district)[0]).toBe('gesamtstadt');
    expect(data.opportunityCodes.status.vergangen).toBe('Past');
    expect(html).toContain('data-slug="world-cafe"');
    expect(html).toContain('href="/de/formate/world-cafe" hreflang="de"');
  });

  it('lists the opportunities in the header, and keeps their filters across the language switch', () => {
    const html = renderPageShell({ page: 'opportunities', language: 'de' }, '?topic=mobilitaet');
    expect(html).toContain('<a href="/de/angebote" aria-current="page">Mitmach-Angebote</a>');
    expect(html).toContain('href="/en/opportunities?topic=mobilitaet" hreflang="en" lang="en">English</a>');
  });

  it('takes a city’s own districts for the filters', () => {
    const html = renderPageShell({ page: 'opportunities', language: 'en' }, '', 'ok', {
      districts: { codes: ['nord', 'sued'], labels: { nord: { de: 'Nord', en: 'North' }, sued: { de: 'Süd', en: 'South' } } },
    });
    const data = JSON.parse(/<script type="application\/json" id="site-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}');
    expect(data.opportunityCodes.district).toEqual({ nord: 'North', sued: 'South' });
  });

  it('puts an opportunity’s title, its schema.org data and its translation’s address into the HTML', () => {
    const html = renderPageShell({ page: 'opportunity', language: 'de', slug: 'demo-walk' }, '', 'ok', {
      title: 'Demo: <Spaziergang>',
      structuredData: { '@context': 'https://schema.org', '@type': 'Event', name: 'Demo: </script><b>' },
      otherLanguagePath: '/en/opportunities/demo-walk-en',
    });
    expect(html).toContain('<title>Demo: &lt;Spaziergang&gt; – Mitwirken in Dortmund</title>');
    expect(html).toContain('<h1>Demo: &lt;Spaziergang&gt;</h1>');
    expect(html).toContain('href="/en/opportunities/demo-walk-en" hreflang="en"');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('Demo: </script><b>');
  });

  it('says an opportunity is not there, with the way back to the list', () => {
    const html = renderPageShell({ page: 'opportunity', language: 'en', slug: 'gone' }, '', 'not-found');
    expect(html).toContain('<h1>Page not found</h1>');
    expect(html).toContain('<a href="/en/opportunities">All opportunities to take part</a>');
    expect(html).not.toContain('application/ld+json');
  });

  it('says "not found" without marking a navigation entry as current', () => {
    const html = renderPageShell({ page: 'finder', language: 'de' }, '', 'not-found');
    expect(html).toContain('<h1>Seite nicht gefunden</h1>');
    expect(html).not.toContain('aria-current');
  });
});

describe('finder search in the address', () => {
  const known = {
    goals: { kind: 'multiple', options: [{ code: 'ideen_vorschlaege' }, { code: 'konflikte_abbauen' }] },
    modes: { kind: 'multiple', options: [{ code: 'online' }, { code: 'praesenz' }] },
    duration: { kind: 'single', options: [{ code: 'stunden' }, { code: 'tag' }] },
    participants: { kind: 'number', options: [] },
  };

  it('reads what the finder knows and drops the rest, so an old link still opens', () => {
    const params = new URLSearchParams('goals=ideen_vorschlaege,weg&modes=online&modes=praesenz&duration=nie&participants=-3&must=goals,duration,level&page=2&evil=1');
    expect(searchFromParams(params, known)).toEqual({ goals: ['ideen_vorschlaege'], modes: ['online', 'praesenz'], must: ['goals'], page: 2 });
  });

  it('writes the API’s query syntax in a fixed order, and reads back what it wrote', () => {
    const search = { modes: ['online'], goals: ['ideen_vorschlaege', 'konflikte_abbauen'], participants: 40, duration: 'stunden', must: ['modes'] };
    const params = searchToParams(search);
    expect(params.toString()).toBe('goals=ideen_vorschlaege%2Ckonflikte_abbauen&modes=online&participants=40&duration=stunden&must=modes');
    expect(searchFromParams(params, known)).toEqual(search);
    expect(searchToParams({ page: 1, goals: [] }).toString()).toBe('');
  });
});

describe('Markdown of the rich-text fields', () => {
  it('reads paragraphs, headings, lists and inline emphasis into a tree', () => {
    expect(parseMarkdown('## Ablauf\n\nErst **reden**, dann *wählen*.\n\n- eins\n- zwei\n  weiter\n\n1. a\n2. b')).toEqual([
      { type: 'h3', children: ['Ablauf'] },
      { type: 'p', children: ['Erst ', { type: 'strong', children: ['reden'] }, ', dann ', { type: 'em', children: ['wählen'] }, '.'] },
      { type: 'ul', items: [['eins'], ['zwei', ' ', 'weiter']] },
      { type: 'ol', items: [['a'], ['b']] },
    ]);
  });

  it('keeps links to the web, mail and the site, and leaves any other scheme as plain text', () => {
    expect(parseInline('[Stadt](https://www.dortmund.de) [x](javascript:alert(1)) [Seite](/de/)')).toEqual([
      { type: 'a', href: 'https://www.dortmund.de', children: ['Stadt'] },
      ' ',
      '[x](javascript:alert(1)',
      ') ',
      { type: 'a', href: '/de/', children: ['Seite'] },
    ]);
  });

  it('treats markup in the text as text', () => {
    expect(parseMarkdown('<script>alert(1)</script>')).toEqual([{ type: 'p', children: ['<script>alert(1)</script>'] }]);
    expect(parseMarkdown(null)).toEqual([]);
  });
});
