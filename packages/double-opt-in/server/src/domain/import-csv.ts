/**
 * Reading a list of people who asked to join by mail (a CSV file, as the office keeps it in a
 * spreadsheet) and deciding, row by row, what an import does with it. Pure: no Strapi, no
 * database; what the list already holds is given as an argument.
 *
 * Files come from Excel as often as not. A German Excel saves "CSV (Trennzeichen-getrennt)" with
 * semicolons, CRLF and in Windows-1252; "CSV UTF-8" adds a byte order mark; "Unicode-Text" is
 * UTF-16 with tabs. All of these are read, as is plain UTF-8 with commas.
 */
import { hasControlCharacters, isPlausibleEmail, normalizeEmail } from './email-address';
import { MAX_PERSON_NAME_LENGTH, linkInName } from './person-name';
import type { SubscriberStatus } from './subscription-state';

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le';

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five bytes it leaves undefined pass through.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = bytes.subarray(i, i + 4096);
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : byte)));
  }
  return text;
}

/**
 * The file's text. UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), UTF-16 when a UTF-16
 * BOM says so, else Windows-1252: a Latin-1 byte such as `ü` (0xFC) is never valid UTF-8 on its
 * own, so a German file saved by Excel is recognised by its umlauts.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

export type CsvSeparator = ';' | ',' | '\t';

/** The separator is the one of `;` `,` and tab that the header line (outside quotes) uses most; a tie goes to `;`, Excel-German's. */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as CsvSeparator] += 1;
  }
  return (Object.keys(counts) as CsvSeparator[]).reduce((best, candidate) => (counts[candidate] > counts[best] ? candidate : best), ';');
}

export interface CsvRecord {
  /** The line of the file the record starts on (1 = the header), as a spreadsheet or editor shows it. */
  line: number;
  cells: string[];
}

/**
 * The work of a large file comes in steps: each generator below yields after about `STEP_SIZE`
 * records or rows and returns its result at the end. Run to the end at once (`runSteps`), they are
 * ordinary functions; the service runs them with a turn of the event loop between steps, so that
 * a file of 100,000 rows does not keep a server from answering other requests.
 */
export const STEP_SIZE = 2000;

export type Steps<Result> = Generator<void, Result, void>;

/** Runs steps to the end without a pause. */
export function runSteps<Result>(steps: Steps<Result>): Result {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * RFC 4180 records: quoted fields may hold the separator, line breaks and doubled quotes; lines end
 * in CRLF, LF or CR. Returns null for the record list when a quote is never closed.
 */
export function parseCsv(text: string, separator: CsvSeparator): { records: CsvRecord[]; unclosedQuoteAt: number | null } {
  return runSteps(parseCsvInSteps(text, separator));
}

export function* parseCsvInSteps(text: string, separator: CsvSeparator): Steps<{ records: CsvRecord[]; unclosedQuoteAt: number | null }> {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteOpenedAt = 0;
  let nextStep = STEP_SIZE;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
      quoteOpenedAt = line;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
      if (records.length >= nextStep) {
        nextStep += STEP_SIZE;
        yield;
      }
    } else cell += char;
  }
  if (quoted) return { records, unclosedQuoteAt: quoteOpenedAt };
  if (cell !== '' || cells.length > 0) endRecord();
  return { records, unclosedQuoteAt: null };
}

/** The columns an import reads. */
export const IMPORT_COLUMNS = ['firstName', 'lastName', 'email', 'language', 'interests', 'consentDate', 'evidence'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['firstName', 'lastName', 'email'];

/** Header names per column, compared without case, spaces, hyphens, underscores and dots. */
export const IMPORT_COLUMN_NAMES: Readonly<Record<ImportColumn, readonly string[]>> = {
  firstName: ['Vorname', 'firstName', 'first name'],
  lastName: ['Nachname', 'Familienname', 'lastName', 'last name'],
  email: ['E-Mail', 'E-Mail-Adresse', 'email', 'email address'],
  language: ['Sprache', 'language'],
  interests: ['Interessen', 'interests'],
  consentDate: ['Einwilligung vom', 'Einwilligungsdatum', 'consentDate', 'consent date'],
  evidence: ['Nachweis', 'evidence'],
};

const headerKey = (name: string) => name.replace(/^\uFEFF/, '').replace(/[\s_.-]+/g, '').toLowerCase();

const COLUMN_BY_HEADER = new Map<string, ImportColumn>(
  (Object.entries(IMPORT_COLUMN_NAMES) as Array<[ImportColumn, readonly string[]]>).flatMap(([column, names]) => names.map((name) => [headerKey(name), column] as const)),
);

export interface ImportPersonRow {
  line: number;
  firstName: string;
  lastName: string;
  email: string;
  language: string;
  interests: string;
  consentDate: string;
  evidence: string;
}

export interface ImportFile {
  encoding: CsvEncoding;
  separator: CsvSeparator;
  rows: ImportPersonRow[];
  /** What makes the whole file unreadable (a missing column, an unclosed quote); the file is refused when there is any. */
  problems: string[];
  /** Rows whose cell count does not fit the header (an unquoted separator in a value, say). */
  misshapen: Array<{ line: number; cells: number; expected: number }>;
}

/** The file's rows by column; empty lines are skipped. */
export function readImportFile(input: Uint8Array | string): ImportFile {
  return runSteps(readImportFileInSteps(input));
}

export function* readImportFileInSteps(input: Uint8Array | string): Steps<ImportFile> {
  const { text, encoding } = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' as const } : decodeCsvBytes(input);
  const separator = detectSeparator(text);
  const { records, unclosedQuoteAt } = yield* parseCsvInSteps(text, separator);
  const file: ImportFile = { encoding, separator, rows: [], problems: [], misshapen: [] };
  if (unclosedQuoteAt !== null) {
    file.problems.push(`a quote opened on line ${unclosedQuoteAt} is never closed`);
    return file;
  }
  const nonEmpty = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = nonEmpty;
  if (!header) {
    file.problems.push('the file is empty; the first line must name the columns');
    return file;
  }
  const columns = header.cells.map((name) => COLUMN_BY_HEADER.get(headerKey(name)));
  const allowed = (Object.values(IMPORT_COLUMN_NAMES) as Array<readonly string[]>).map((names) => names[0]).join(', ');
  header.cells.forEach((name, index) => {
    if (!columns[index] && name.trim() !== '') file.problems.push(`unknown column "${name.trim()}"; known columns: ${allowed} (or their English names)`);
  });
  for (const column of IMPORT_COLUMNS) {
    const count = columns.filter((candidate) => candidate === column).length;
    if (count > 1) file.problems.push(`column ${IMPORT_COLUMN_NAMES[column][0]} (${column}) appears ${count} times`);
  }
  for (const column of REQUIRED_IMPORT_COLUMNS) {
    if (!columns.includes(column)) file.problems.push(`column ${IMPORT_COLUMN_NAMES[column][0]} (${column}) is missing`);
  }
  if (file.problems.length > 0) return file;
  // Excel ends rows with empty cells when a column to the right was once used; those may be blank.
  const width = columns.length;
  let done = 0;
  for (const record of body) {
    if (++done % STEP_SIZE === 0) yield;
    const extra = record.cells.slice(width);
    if (extra.some((cell) => cell.trim() !== '')) {
      file.misshapen.push({ line: record.line, cells: record.cells.length, expected: width });
      continue;
    }
    const row: ImportPersonRow = { line: record.line, firstName: '', lastName: '', email: '', language: '', interests: '', consentDate: '', evidence: '' };
    columns.forEach((column, index) => {
      if (column) row[column] = (record.cells[index] ?? '').trim();
    });
    file.rows.push(row);
  }
  return file;
}

/** `DD.MM.YYYY` (a time after it is ignored) or ISO `YYYY-MM-DD[THH:MM…]` → `YYYY-MM-DD`; null when it is no calendar date. */
export function parseEvidenceDate(input: string): string | null {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(input.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(input.trim());
  const [year, month, day] = german ? [german[3], german[2], german[1]].map(Number) : iso ? [iso[1], iso[2], iso[3]].map(Number) : [NaN, NaN, NaN];
  if (!Number.isInteger(year)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Today as `YYYY-MM-DD` in the server's time zone: a mail from today is not from the future. */
export const localDate = (now: Date) => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export type RefusalCode =
  | 'invalid-email'
  | 'duplicate-in-file'
  | 'already-in-list'
  | 'missing-first-name'
  | 'missing-last-name'
  | 'invalid-name'
  | 'name-with-link'
  | 'unknown-language'
  | 'unknown-interest'
  | 'date-unparsable'
  | 'date-in-future'
  | 'evidence-incomplete'
  | 'evidence-too-long'
  | 'wrong-cell-count';

export interface Refusal {
  code: RefusalCode;
  /** What the reason refers to: the state, the line of the first occurrence, the unknown value. */
  detail?: string;
  /** In English, for logs and API clients; the admin shows its own translation of `code`. */
  message: string;
}

/** What the list holds for an address already in it. */
export interface ExistingAddress {
  status: SubscriberStatus;
  suppressed: boolean;
  /** It came in through an earlier import (it has an `import` consent event). */
  imported: boolean;
}

export interface Evidence {
  /** `YYYY-MM-DD` */
  date: string;
  reference: string;
}

export interface PersonToImport {
  firstName: string;
  lastName: string;
  email: string;
  emailNormalized: string;
  language: string;
  interests: string[];
}

export type ImportDecision =
  /** Confirmed with its evidence; `replacesUnverified` when the address was held without proof until now. */
  | { line: number; outcome: 'import'; person: PersonToImport; evidence: Evidence; replacesUnverified: boolean }
  /** Kept apart, without proof, and sent nothing. */
  | { line: number; outcome: 'no-proof'; person: PersonToImport }
  /** Imported before (or held without proof before, and still without proof): nothing to do. */
  | { line: number; outcome: 'unchanged'; person: PersonToImport; status: SubscriberStatus }
  | { line: number; outcome: 'refused'; email: string; firstName: string; lastName: string; reasons: Refusal[] };

export interface ImportOptions {
  /** The configured locales; the first is the default language. */
  locales: readonly string[];
  /** The configured interests: a cell may name them by code or by any label. */
  interests: ReadonlyArray<{ code: string; label?: Readonly<Record<string, string>> }>;
  /** `YYYY-MM-DD`: later evidence dates are refused. */
  today: string;
  /** What the list holds, by normalised address. */
  existing: ReadonlyMap<string, ExistingAddress>;
}

export const MAX_NAME_LENGTH = MAX_PERSON_NAME_LENGTH;
export const MAX_EVIDENCE_LENGTH = 200;

const STATE_NAMES: Record<string, string> = { pending: 'awaiting confirmation', confirmed: 'confirmed', unsubscribed: 'unsubscribed', unverified: 'no proof', suppressed: 'blocked after a bounce' };

function matchLanguage(value: string, locales: readonly string[]): string | undefined {
  if (value === '') return locales[0];
  const wanted = value.toLowerCase();
  return locales.find((locale) => locale.toLowerCase() === wanted) ?? locales.find((locale) => locale.toLowerCase() === wanted.split('-')[0]);
}

/** Interests by code or label, separated by `,` `;` or `|` (or by spaces when every word is a code, as the export writes them). */
function matchInterests(value: string, interests: ImportOptions['interests']): { codes: string[]; unknown: string[] } {
  const byName = new Map<string, string>();
  for (const interest of interests) {
    byName.set(interest.code.toLowerCase(), interest.code);
    for (const label of Object.values(interest.label ?? {})) byName.set(label.trim().toLowerCase(), interest.code);
  }
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of value.split(/[,;|]/).map((item) => item.trim()).filter(Boolean)) {
    const code = byName.get(part.toLowerCase());
    if (code) codes.push(code);
    else {
      const words = part.split(/\s+/);
      if (words.length > 1 && words.every((word) => byName.has(word.toLowerCase()))) codes.push(...words.map((word) => byName.get(word.toLowerCase())!));
      else unknown.push(part);
    }
  }
  return { codes: [...new Set(codes)], unknown };
}

function checkName(value: string, missing: 'missing-first-name' | 'missing-last-name', label: string, into: Refusal[]): void {
  if (value === '') into.push({ code: missing, message: `${label} is missing` });
  else if (value.length > MAX_NAME_LENGTH || hasControlCharacters(value)) {
    into.push({ code: 'invalid-name', detail: label, message: `${label} must be at most ${MAX_NAME_LENGTH} characters on one line` });
  } else if (linkInName(value) !== null) {
    // The list's mails greet people by name: a name with a link would send it on in the sender's name.
    into.push({ code: 'name-with-link', detail: label, message: `${label} may not contain a web address or an e-mail address` });
  }
}

/**
 * What an import does with each row, in the file's order. A row is refused for every problem it
 * has at once, so the office corrects it in one go. The first row of an address counts; later
 * ones are duplicates. Evidence is a date and a reference together: neither makes a row
 * "no proof", one without the other is refused as incomplete.
 */
export function decideImport(file: Pick<ImportFile, 'rows' | 'misshapen'>, options: ImportOptions): ImportDecision[] {
  return runSteps(decideImportInSteps(file, options));
}

export function* decideImportInSteps(file: Pick<ImportFile, 'rows' | 'misshapen'>, options: ImportOptions): Steps<ImportDecision[]> {
  const firstLineOf = new Map<string, number>();
  const decisions: ImportDecision[] = file.misshapen.map(({ line, cells, expected }) => ({
    line,
    outcome: 'refused' as const,
    email: '',
    firstName: '',
    lastName: '',
    reasons: [{ code: 'wrong-cell-count' as const, detail: String(cells), message: `the row has ${cells} cells, the header ${expected}; a value with the separator in it needs quotes` }],
  }));

  let done = 0;
  for (const row of file.rows) {
    if (++done % STEP_SIZE === 0) yield;
    const reasons: Refusal[] = [];
    const emailNormalized = normalizeEmail(row.email);
    if (!isPlausibleEmail(row.email)) reasons.push({ code: 'invalid-email', detail: row.email, message: row.email === '' ? 'the e-mail address is missing' : `"${row.email}" is not an e-mail address` });
    else if (firstLineOf.has(emailNormalized)) {
      reasons.push({ code: 'duplicate-in-file', detail: String(firstLineOf.get(emailNormalized)), message: `the address is already on line ${firstLineOf.get(emailNormalized)}` });
    } else firstLineOf.set(emailNormalized, row.line);
    checkName(row.firstName, 'missing-first-name', 'first name', reasons);
    checkName(row.lastName, 'missing-last-name', 'last name', reasons);

    const language = matchLanguage(row.language, options.locales);
    if (!language) reasons.push({ code: 'unknown-language', detail: row.language, message: `language "${row.language}" is not offered; use one of ${options.locales.join(', ')}` });
    const interests = matchInterests(row.interests, options.interests);
    if (interests.unknown.length > 0) {
      reasons.push({ code: 'unknown-interest', detail: interests.unknown.join(', '), message: `unknown interest(s): ${interests.unknown.join(', ')}; known: ${options.interests.map((interest) => interest.code).join(', ') || 'none'}` });
    }

    let evidence: Evidence | null = null;
    if (row.consentDate !== '' || row.evidence !== '') {
      const date = row.consentDate === '' ? null : parseEvidenceDate(row.consentDate);
      if (row.consentDate !== '' && !date) reasons.push({ code: 'date-unparsable', detail: row.consentDate, message: `"${row.consentDate}" is no date; write DD.MM.YYYY or YYYY-MM-DD` });
      else if (date && date > options.today) reasons.push({ code: 'date-in-future', detail: row.consentDate, message: `${row.consentDate} lies in the future` });
      if (row.consentDate === '' || row.evidence === '') {
        reasons.push({ code: 'evidence-incomplete', detail: row.consentDate === '' ? 'consentDate' : 'evidence', message: 'evidence needs both the date of the mail and a reference; leave both empty to keep the row without proof' });
      }
      if (row.evidence.length > MAX_EVIDENCE_LENGTH || hasControlCharacters(row.evidence)) {
        reasons.push({ code: 'evidence-too-long', message: `the reference must be at most ${MAX_EVIDENCE_LENGTH} characters on one line` });
      }
      if (date) evidence = { date, reference: row.evidence };
    }

    const person: PersonToImport = { firstName: row.firstName, lastName: row.lastName, email: row.email, emailNormalized, language: language ?? options.locales[0], interests: interests.codes };
    const existing = reasons.length === 0 ? options.existing.get(emailNormalized) : undefined;
    if (existing) {
      const state = existing.suppressed ? 'suppressed' : existing.status;
      if (existing.status === 'unverified' && !existing.suppressed) {
        decisions.push(evidence ? { line: row.line, outcome: 'import', person, evidence, replacesUnverified: true } : { line: row.line, outcome: 'unchanged', person, status: existing.status });
        continue;
      }
      if (existing.status === 'confirmed' && existing.imported && !existing.suppressed) {
        decisions.push({ line: row.line, outcome: 'unchanged', person, status: existing.status });
        continue;
      }
      reasons.push({ code: 'already-in-list', detail: state, message: `the address is already in the list (${STATE_NAMES[state] ?? state})` });
    }
    if (reasons.length > 0) decisions.push({ line: row.line, outcome: 'refused', email: row.email, firstName: row.firstName, lastName: row.lastName, reasons });
    else if (evidence) decisions.push({ line: row.line, outcome: 'import', person, evidence, replacesUnverified: false });
    else decisions.push({ line: row.line, outcome: 'no-proof', person });
  }
  return decisions.sort((a, b) => a.line - b.line);
}

export interface ImportCounts {
  imported: number;
  unchanged: number;
  noProof: number;
  refused: number;
}

export function countDecisions(decisions: readonly ImportDecision[]): ImportCounts {
  const counts: ImportCounts = { imported: 0, unchanged: 0, noProof: 0, refused: 0 };
  for (const decision of decisions) {
    if (decision.outcome === 'import') counts.imported += 1;
    else if (decision.outcome === 'unchanged') counts.unchanged += 1;
    else if (decision.outcome === 'no-proof') counts.noProof += 1;
    else counts.refused += 1;
  }
  return counts;
}

/** The consent record's text: the catalogue's `imports.consentRecord` with the evidence and the importer filled in. */
export function consentRecordText(template: string, values: { date: string; reference: string; importedBy: string }): string {
  return template.replace(/\{\{(date|reference|importedBy)\}\}/g, (_, name: keyof typeof values) => values[name]);
}
