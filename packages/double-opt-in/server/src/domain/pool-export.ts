/**
 * The table of the pool's CSV export. Pure: no Strapi.
 *
 * Each configured facet gets a column named as the config names it (the field of the sign-up and
 * the key in the subscriber's `facets`), so whatever lists a host offers reach the spreadsheet
 * without the plugin knowing them. The facets' `legend` is the question the form asks, too long
 * for a column head. Facet columns come after the fixed ones, so a reader that goes by position
 * keeps working when a host adds a list.
 */
import type { FacetConfig } from './facets';

export interface ExportedMember {
  firstName: string;
  lastName: string;
  email: string;
  language: string | null;
  interests: string[] | null;
  /** As stored: an editor may have written anything into the JSON. */
  facets?: Record<string, unknown> | null;
  confirmedAt: string | Date | null;
  createdAt: string | Date;
}

export const FIXED_EXPORT_COLUMNS = ['first_name', 'last_name', 'email', 'language', 'interests', 'confirmed_at', 'signed_up_at'] as const;

const iso = (value: string | Date | null) => (value ? new Date(value).toISOString() : '');

/** Codes separated by spaces, as the interests always were; empty: nothing chosen, which means all. */
const codes = (value: unknown) => (Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string').join(' ') : '');

/**
 * A facet's column head. Its name cannot clash with most fixed columns (they hold an underscore,
 * or are reserved names), but `language` is a valid facet name: that one is told apart.
 */
function facetColumn(name: string): string {
  return (FIXED_EXPORT_COLUMNS as readonly string[]).includes(name) ? `facets.${name}` : name;
}

export function poolExportTable(
  members: readonly ExportedMember[],
  facets: readonly Pick<FacetConfig, 'name'>[],
): { header: string[]; rows: string[][] } {
  return {
    header: [...FIXED_EXPORT_COLUMNS, ...facets.map((facet) => facetColumn(facet.name))],
    rows: members.map((member) => [
      member.firstName,
      member.lastName,
      member.email,
      member.language ?? '',
      codes(member.interests),
      iso(member.confirmedAt),
      iso(member.createdAt),
      ...facets.map((facet) => codes(member.facets?.[facet.name])),
    ]),
  };
}
