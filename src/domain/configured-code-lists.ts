/**
 * The code lists a city configures instead of taking the built-in ones (today its districts,
 * config/opportunities.ts), as the admin panel reads them from the server. The admin bundle has no
 * access to the server's config, so its widgets would otherwise offer Dortmund's districts to
 * every city. Pure: the server builds the answer, the admin reads it with the same shapes.
 */
import { z } from 'zod';
import type { Label } from './code-lists';
import type { CodeListLike } from './opportunities/opportunity-config';

/** Lists named here come from the server; every other `options.codeList` from code-lists.ts. */
export const CONFIGURABLE_CODE_LISTS = ['districts'] as const;
export type ConfigurableCodeList = (typeof CONFIGURABLE_CODE_LISTS)[number];

/** Admin route (type `admin`, any signed-in administrator): the configured lists. */
export const CONFIGURED_CODE_LISTS_PATH = '/mitwirken/code-lists';

export type ConfiguredCodeLists = Readonly<Record<ConfigurableCodeList, CodeListLike>>;

/** Each list as config/opportunities.ts writes it: options in their order, each with both labels. */
export interface ConfiguredCodeListsAnswer {
  data: Record<ConfigurableCodeList, Array<{ code: string; label: Label }>>;
}

export function isConfigurableCodeList(name: string): name is ConfigurableCodeList {
  return (CONFIGURABLE_CODE_LISTS as readonly string[]).includes(name);
}

export function configuredCodeListsAnswer(lists: ConfiguredCodeLists): ConfiguredCodeListsAnswer {
  const options = (list: CodeListLike) => list.codes.map((code) => ({ code, label: { de: list.labels[code]?.de ?? code, en: list.labels[code]?.en ?? code } }));
  return { data: Object.fromEntries(CONFIGURABLE_CODE_LISTS.map((name) => [name, options(lists[name])])) as ConfiguredCodeListsAnswer['data'] };
}

const listSchema = z.array(z.object({ code: z.string().min(1), label: z.object({ de: z.string().min(1), en: z.string().min(1) }) })).min(1);

/**
 * The configurable lists in an answer, keyed by list name; lists it lacks or that are malformed are
 * left out, so the widget keeps the built-in list for them rather than offering nothing.
 */
export function readConfiguredCodeLists(body: unknown): Partial<Record<ConfigurableCodeList, CodeListLike>> {
  const data = (body as { data?: unknown } | null)?.data;
  if (typeof data !== 'object' || data === null) return {};
  const lists: Partial<Record<ConfigurableCodeList, CodeListLike>> = {};
  for (const name of CONFIGURABLE_CODE_LISTS) {
    const parsed = listSchema.safeParse((data as Record<string, unknown>)[name]);
    if (parsed.success) lists[name] = { codes: parsed.data.map((option) => option.code), labels: Object.fromEntries(parsed.data.map((option) => [option.code, option.label])) };
  }
  return lists;
}
