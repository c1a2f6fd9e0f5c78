import type { FormatField } from '../config';

/** A published format as the finder sees it: finder field names, arrays never null. */
export interface FormatRecord {
  documentId: string;
  locale: string;
  name: string;
  slug: string | null;
  summary: string | null;
  goals: string[];
  levels: string[];
  modes: string[];
  participantsMin: number | null;
  participantsMax: number | null;
  durationClass: string | null;
  budgetBand: string | null;
  costLevel: string | null;
  leadTimeClass: string | null;
  targetGroups: string[];
  conflictFit: string | null;
  phases: string[];
  /** The level the format mainly serves, when the host records one. */
  primaryLevel?: string | null;
  /** Per finder field, where its value comes from (a source id or an estimate marker), when the host records it. */
  provenance?: Partial<Record<FormatField, string>>;
  /** The format's sources as readable references ("id: reference"). */
  sources?: string[];
}

const LIST_FIELDS = ['goals', 'levels', 'modes', 'targetGroups', 'phases'] as const;
const TEXT_FIELDS = ['slug', 'summary', 'durationClass', 'budgetBand', 'costLevel', 'leadTimeClass', 'conflictFit', 'primaryLevel'] as const;
const NUMBER_FIELDS = ['participantsMin', 'participantsMax'] as const;

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function asText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The provenance map (keys: attribute names) under finder field names; other keys are left out. */
function asProvenance(value: unknown, fields: Record<FormatField, string>): Partial<Record<FormatField, string>> {
  const result: Partial<Record<FormatField, string>> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return result;
  const map = value as Record<string, unknown>;
  for (const [field, attribute] of Object.entries(fields) as Array<[FormatField, string]>) {
    const entry = map[attribute];
    if (typeof entry === 'string' && entry.trim() !== '') result[field] = entry.trim();
  }
  return result;
}

/** Sources as text: a string as it is, an object as "id: ref" (or its url, title or name). */
function asSources(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): string[] => {
    if (typeof item === 'string') return item.trim() ? [item.trim()] : [];
    if (!item || typeof item !== 'object') return [];
    const { id, ref, url, title, name } = item as Record<string, unknown>;
    const text = [ref, url, title, name].find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '');
    if (!text) return typeof id === 'string' ? [id] : [];
    return [typeof id === 'string' && id !== text ? `${id}: ${text}` : text];
  });
}

/** Maps a database row (content-type attribute names) to a record, via the configured field map. */
export function toFormatRecord(row: Record<string, unknown>, fields: Record<FormatField, string>): FormatRecord {
  const record = {
    documentId: String(row.documentId),
    locale: String(row.locale ?? ''),
    name: asText(row[fields.name]) ?? '',
  } as FormatRecord;
  for (const field of LIST_FIELDS) record[field] = asList(row[fields[field]]);
  for (const field of TEXT_FIELDS) record[field] = asText(row[fields[field]]);
  for (const field of NUMBER_FIELDS) record[field] = asNumber(row[fields[field]]);
  record.provenance = asProvenance(row[fields.provenance], fields);
  record.sources = asSources(row[fields.sources]);
  return record;
}
