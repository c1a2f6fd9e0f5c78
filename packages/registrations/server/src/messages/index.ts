import { deepMerge, type DeepPartial } from '@mitwirken/strapi-plugin-kit';
import { de, type Catalogue } from './de';
import { en } from './en';

export type { Catalogue };
export type CatalogueOverride = DeepPartial<Catalogue>;

const SHIPPED: Record<string, Catalogue> = { de, en };

/**
 * The catalogue of a locale: the host's texts over the shipped ones of that locale or of its
 * language (`de-CH` starts from `de`), English where nothing is shipped.
 */
export function catalogueFor(locale: string, overrides: Record<string, unknown>): Catalogue {
  const base = SHIPPED[locale] ?? SHIPPED[locale.split('-')[0].toLowerCase()] ?? en;
  const override = overrides[locale];
  return override ? (deepMerge(base, override as CatalogueOverride) as Catalogue) : base;
}

/** `{name}` placeholders filled from `values`; a missing value leaves the placeholder visible. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
