/**
 * The admin widgets the app registers as Strapi custom fields, named once for the server, the admin
 * panel, the schemas and the tests. Storage stays what it was: a code-select is an enumeration
 * column, a code-multi-select and the provenance are JSON; only the editor's widget changes.
 */
import * as codeLists from './code-lists';

export const CODE_SELECT = 'code-select';
export const CODE_MULTI_SELECT = 'code-multi-select';
export const PROVENANCE = 'provenance';
/**
 * One code stored as text, for lists a city configures (districts): an enumeration column would
 * fix the codes in the schema.
 */
export const CODE_SELECT_TEXT = 'code-select-text';

/** Custom fields registered without a plugin live in Strapi's `global` namespace. */
export const customFieldUid = (name: string) => `global::${name}`;

type CodeListExport = { readonly codes: readonly string[]; readonly labels: Readonly<Record<string, codeLists.Label>> };

/** The code lists by the name a schema names them with (`options.codeList`). */
export const CODE_LISTS: Readonly<Record<string, CodeListExport>> = Object.fromEntries(
  (Object.entries(codeLists) as Array<[string, unknown]>).filter(
    (entry): entry is [string, CodeListExport] => typeof entry[1] === 'object' && entry[1] !== null && 'codes' in entry[1] && 'labels' in entry[1],
  ),
);

export interface CodeOption {
  value: string;
  label: string;
}

/**
 * The options of a code list in the editor's language, in the list's own order. `configured`
 * holds the lists the city configured (src/domain/configured-code-lists.ts); they win over the
 * built-in list of the same name.
 */
export function codeOptions(listName: string, locale: string, configured: Readonly<Record<string, CodeListExport | undefined>> = {}): CodeOption[] {
  const list = configured[listName] ?? CODE_LISTS[listName];
  if (!list) return [];
  const language: codeLists.LocaleCode = locale.startsWith('de') ? 'de' : 'en';
  return list.codes.map((code) => ({ value: code, label: list.labels[code]?.[language] ?? code }));
}

/** The export name of a code list object, for tests and the schema writer. */
export function codeListName(list: { readonly codes: readonly string[] }): string | undefined {
  return Object.entries(CODE_LISTS).find(([, candidate]) => candidate === list)?.[0];
}
