/**
 * The plugin packages are installed by other cities: their server and admin code must not carry this
 * app's or this city's names, nor the app's content-type UIDs or code values. The app gives those
 * in its config (config/plugins.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as codeLists from '../../src/domain/code-lists';
import { OPPORTUNITY_DIGEST_SOURCE, PUBLIC_CONTENT_TYPES } from '../../src/content-types';

const ROOT = join(__dirname, '..', '..');
const PACKAGES = join(ROOT, 'packages');

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sources = readdirSync(PACKAGES)
  .flatMap((name) => ['server/src', 'admin/src'].map((part) => join(PACKAGES, name, part)))
  .filter((directory) => statSync(directory, { throwIfNoEntry: false })?.isDirectory())
  .flatMap(filesUnder);

/**
 * Names, case-insensitive. "Mitwirken" is also an ordinary German word ("Möglichkeiten zum
 * Mitwirken"), which a German default text may use; as a name, and in the npm scope `@mitwirken/`,
 * it is the product.
 */
const NAMES: ReadonlyArray<readonly [string, RegExp]> = [
  ['Mitmach (Mitmach-Pool, Mitmach-Angebote)', /mitmach/i],
  ['Mitwirken as a name', /(?<!@|zum )mitwirken(?!\/)/i],
  ['Dortmund', /dortmund/i],
  ['nordwärts', /nordw(ä|ae)rts/i],
];

const APP_UIDS = [...PUBLIC_CONTENT_TYPES, OPPORTUNITY_DIGEST_SOURCE];

/** Codes of the app's vocabularies, and the finder's accessibility needs it names in its config. */
const APP_CODES = new Set<string>([
  ...Object.values(codeLists).flatMap((value) => (value && typeof value === 'object' && 'codes' in value ? (value.codes as readonly string[]) : [])),
  'ohne_internet',
  'ohne_anreise',
  'kurze_teilnahme',
]);
/** Codes that are also ordinary words a package uses for itself. */
const GENERIC = new Set(['de', 'en', 'fr', 'geplant']);
const isLanguageTag = (code: string) => /^[a-z]{2}$/.test(code);
const bannedCodes = [...APP_CODES].filter((code) => !GENERIC.has(code) && !isLanguageTag(code));

it('reads the plugin packages (server and admin sources)', () => {
  expect(sources.length).toBeGreaterThan(50);
  expect(sources.some((path) => path.includes(join('double-opt-in', 'admin', 'src')))).toBe(true);
  expect(sources.some((path) => path.includes(join('format-finder', 'server', 'src')))).toBe(true);
  expect(bannedCodes).toEqual(expect.arrayContaining(['praesenz', 'aufsuchend', 'keine_verhaerteten', 'bis_1000']));
});

it("names neither the app nor the city in the packages' server and admin sources", () => {
  const found = sources.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return NAMES.filter(([, pattern]) => pattern.test(text)).map(([name]) => `${relative(ROOT, path)}: ${name}`);
  });
  expect(found).toEqual([]);
});

it("names none of the app's content types or codes there", () => {
  const found = sources.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const uids = APP_UIDS.filter((uid) => text.includes(uid.split('.')[0]));
    const codes = bannedCodes.filter((code) => new RegExp(`['"\`]${code}['"\`]`).test(text));
    return [...uids, ...codes].map((word) => `${relative(ROOT, path)}: ${word}`);
  });
  expect(found).toEqual([]);
});

it('lets ordinary German and the npm scope through, and catches the names', () => {
  const named = (text: string) => NAMES.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  expect(named('Informationen über Möglichkeiten zum Mitwirken')).toEqual([]);
  expect(named("import type { X } from '@mitwirken/strapi-plugin-double-opt-in';")).toEqual([]);
  expect(named('Im Mitmach-Pool anmelden')).toEqual(['Mitmach (Mitmach-Pool, Mitmach-Angebote)']);
  expect(named('Mitwirken in Dortmund')).toEqual(['Mitwirken as a name', 'Dortmund']);
  expect(named('Nordwärts')).toEqual(['nordwärts']);
});
