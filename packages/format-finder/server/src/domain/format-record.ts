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
}

const LIST_FIELDS = ['goals', 'levels', 'modes', 'targetGroups', 'phases'] as const;
const TEXT_FIELDS = ['slug', 'summary', 'durationClass', 'budgetBand', 'costLevel', 'leadTimeClass', 'conflictFit'] as const;
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
  return record;
}
