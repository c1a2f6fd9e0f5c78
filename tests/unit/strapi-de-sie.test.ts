import { readdirSync } from 'fs';
import path from 'path';
import { STRAPI_GAPS_DE } from '../../src/admin/translations/strapi-de-gaps';
import { STRAPI_SIE_DE } from '../../src/admin/translations/strapi-de-sie';
import { usesDuForm } from '../harness/du-form';

const STRAPI = path.join(__dirname, '..', '..', 'node_modules', '@strapi');

/** Strapi's catalogues as the admin merges them: the admin's own keys bare, a plugin's behind its id. */
const CATALOGUES: Array<{ dir: string; prefix: string }> = [
  { dir: 'admin/dist/admin/admin/src/translations', prefix: '' },
  { dir: 'content-manager/dist/admin/translations', prefix: 'content-manager.' },
  { dir: 'upload/dist/admin/translations', prefix: 'upload.' },
  { dir: 'i18n/dist/admin/translations', prefix: 'i18n.' },
  { dir: 'plugin-users-permissions/dist/admin/translations', prefix: 'users-permissions.' },
  { dir: 'email/dist/admin/translations', prefix: 'email.' },
  { dir: 'review-workflows/dist/admin/translations', prefix: 'review-workflows.' },
];
/** The content-type builder is only for development; production admins never see it. */
const NOT_IN_PRODUCTION = ['content-type-builder'];

function catalogue(locale: 'de' | 'en'): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const { dir, prefix } of CATALOGUES) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(path.join(STRAPI, dir, `${locale}.json.js`)) as { default?: Record<string, string> } & Record<string, string>;
    for (const [key, text] of Object.entries(loaded.default ?? loaded)) merged[prefix + key] = text;
  }
  return merged;
}

/**
 * What a translation must carry over: the ICU arguments, the selectors of plural and select
 * branches, rich-text tags, %PLACEHOLDERS% and the quoted literals; the wording between them is free.
 */
function structure(text: string): string[] {
  const parts: string[] = [];
  for (const match of text.matchAll(/\{\s*([\p{L}_][\w-]*)\s*(,\s*(plural|select|selectordinal|number|date|time)\s*)?[,}]/gu)) parts.push(`arg:${match[1]}${match[3] ? `:${match[3]}` : ''}`);
  for (const match of text.matchAll(/(=\d+|zero|one|two|few|many|other|[A-Z][A-Z_]+|true|false)\s*\{/g)) parts.push(`branch:${match[1]}`);
  for (const match of text.matchAll(/<(\/?[A-Za-z][\w-]*)>/g)) parts.push(`tag:${match[1]}`);
  for (const match of text.matchAll(/%[A-Z_]+%/g)) parts.push(`token:${match[0]}`);
  for (const match of text.matchAll(/'[^']*'/g)) parts.push(`quoted:${match[0]}`);
  return parts.sort();
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text.replace(/'[^']*'/g, '')) {
    if (char === '{') depth++;
    if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

const strapiDe = catalogue('de');
const strapiEn = catalogue('en');

describe("Strapi's German admin in the Sie form", () => {
  it('reads every German catalogue Strapi installs for the admin', () => {
    const found = readdirSync(STRAPI).filter((name) => {
      const dirs = [path.join(STRAPI, name, 'dist', 'admin', 'translations'), path.join(STRAPI, name, 'dist', 'admin', 'admin', 'src', 'translations')];
      return dirs.some((dir) => { try { return readdirSync(dir).includes('de.json.js'); } catch { return false; } });
    });
    const read = CATALOGUES.map(({ dir }) => dir.split('/')[0]);
    expect(found.filter((name) => !read.includes(name) && !NOT_IN_PRODUCTION.includes(name))).toEqual([]);
    expect(Object.keys(strapiDe).length).toBeGreaterThan(1000);
  });

  it('overrides every Du-form text of those catalogues', () => {
    const duTexts = Object.keys(strapiDe).filter((key) => usesDuForm(strapiDe[key]));
    // The detector itself: it finds the texts the issue names, and the catalogues have many.
    expect(duTexts).toEqual(expect.arrayContaining(['Auth.form.welcome.subtitle', 'app.components.EmptyStateLayout.content-permissions', 'upload.bulk.select.label']));
    expect(duTexts.length).toBeGreaterThan(200);
    expect(duTexts.filter((key) => !(key in STRAPI_SIE_DE))).toEqual([]);
  });

  it('writes each override in the Sie form, for a key Strapi has', () => {
    expect(Object.entries(STRAPI_SIE_DE).filter(([, text]) => usesDuForm(text))).toEqual([]);
    expect(Object.keys(STRAPI_SIE_DE).filter((key) => !(key in strapiDe))).toEqual([]);
  });

  it("keeps each original's placeholders, branches and tags", () => {
    const changed = Object.entries(STRAPI_SIE_DE).filter(([key, text]) => !balanced(text) || JSON.stringify(structure(text)) !== JSON.stringify(structure(strapiDe[key])));
    expect(changed).toEqual([]);
  });

  it('gives German texts where Strapi shows English, with the placeholders of its English text', () => {
    for (const [key, text] of Object.entries(STRAPI_GAPS_DE)) {
      expect(usesDuForm(text)).toBe(false);
      if (key in strapiEn) expect(structure(text)).toEqual(structure(strapiEn[key]));
    }
    expect(STRAPI_GAPS_DE['Auth.form.button.login']).not.toBe(strapiDe['Auth.form.button.login']);
    expect(STRAPI_GAPS_DE['content-manager.components.uid.regenerate']).not.toBe(strapiDe['content-manager.components.uid.regenerate']);
    for (const key of ['i18n.list-view.table.header.label', 'upload.header.search.placeholder', 'app.components.MediaLibraryBanner.intro', 'app.components.MediaLibraryBanner.button.enabled']) {
      expect(strapiDe[key]).toBeUndefined();
      expect(STRAPI_GAPS_DE[key]).toEqual(expect.any(String));
    }
  });

  it('keeps the structure check honest', () => {
    expect(structure('{count, plural, one {# Datei} other {# Dateien}} in {folder}')).toEqual(['arg:count:plural', 'arg:folder', 'branch:one', 'branch:other']);
    expect(usesDuForm('Bitte wähle eine Sprache')).toBe(true);
    expect(usesDuForm('Suche aktivieren')).toBe(false);
    expect(usesDuForm('Bitte wählen Sie eine Sprache.')).toBe(false);
  });
});
