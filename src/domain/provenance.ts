/**
 * Reads a format's provenance for people: which facts come from which source, and which are the
 * editors' estimates or derived from other facts.
 *
 * `provenance` maps a field to a source id, several ids joined by "+", `estimate`, `derived` or
 * `derived/estimate`; `sources` lists `{ id, ref }` where `ref` holds one or more references
 * separated by " ; ". Anything else is shown as it is rather than dropped.
 */
export type ProvenanceKind = 'sourced' | 'estimate' | 'derived' | 'derived-estimate' | 'other';

export interface SourceReference {
  id: string;
  /** The references of the source; empty when the id is not listed in `sources`. */
  references: string[];
}

export interface ProvenanceRow {
  field: string;
  kind: ProvenanceKind;
  sources: SourceReference[];
  /** The stored value, for anything the kinds above do not cover. */
  raw: string;
}

const KIND_OF: Readonly<Record<string, ProvenanceKind>> = {
  estimate: 'estimate',
  derived: 'derived',
  'derived/estimate': 'derived-estimate',
};

function referencesById(sources: unknown): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  if (!Array.isArray(sources)) return byId;
  for (const source of sources) {
    if (!source || typeof source !== 'object') continue;
    const { id, ref } = source as { id?: unknown; ref?: unknown };
    if (typeof id !== 'string') continue;
    const references = typeof ref === 'string' ? ref.split(/\s+;\s+/).map((part) => part.trim()).filter(Boolean) : [];
    byId.set(id, references);
  }
  return byId;
}

/** One row per field in the order of `fieldOrder` (fields not named there follow alphabetically). */
export function describeProvenance(provenance: unknown, sources: unknown, fieldOrder: readonly string[] = []): ProvenanceRow[] {
  if (!provenance || typeof provenance !== 'object' || Array.isArray(provenance)) return [];
  const references = referencesById(sources);
  const rows = Object.entries(provenance as Record<string, unknown>).map(([field, value]): ProvenanceRow => {
    const raw = typeof value === 'string' ? value.trim() : JSON.stringify(value);
    const kind = KIND_OF[raw];
    if (kind) return { field, kind, sources: [], raw };
    const ids = typeof value === 'string' ? raw.split('+').map((id) => id.trim()).filter(Boolean) : [];
    if (ids.length === 0) return { field, kind: 'other', sources: [], raw };
    return { field, kind: 'sourced', sources: ids.map((id) => ({ id, references: references.get(id) ?? [] })), raw };
  });
  const position = (field: string) => {
    const index = fieldOrder.indexOf(field);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return rows.sort((a, b) => position(a.field) - position(b.field) || a.field.localeCompare(b.field));
}

/** How many facts are sourced and how many are estimates or derived: the editor's overview line. */
export function summariseProvenance(rows: readonly ProvenanceRow[]): Record<ProvenanceKind, number> {
  const counts: Record<ProvenanceKind, number> = { sourced: 0, estimate: 0, derived: 0, 'derived-estimate': 0, other: 0 };
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}
