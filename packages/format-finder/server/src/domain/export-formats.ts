import type { PlannerCatalogue } from '../messages/planner';
import { CRITERIA, type Criterion, type MatchStatus } from './criteria';

/** What an export shows of one format (the finder's match with its facts and sources). */
export interface ExportRow {
  rank: number;
  name: string;
  slug: string | null;
  score: number;
  facts: Record<Criterion, string>;
  criteria: Array<{ criterion: Criterion; status: MatchStatus; must: boolean; reason: string }>;
  order: Array<{ step: string; reason: string }>;
  sources: string[];
}

export interface ExportDocument {
  locale: string;
  searchText: string;
  /** Criteria the search asked about: only these facts get a column of their own besides the usual ones. */
  rows: ExportRow[];
  text: PlannerCatalogue;
}

const MARK: Record<MatchStatus, string> = { matched: '✓', partly: '◐', not_matched: '✗', unknown: '?' };

/**
 * A cell as RFC 4180 wants it: quoted when it holds a separator, quote or line break. A cell that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a leading apostrophe.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const reasonText = (criterion: { status: MatchStatus; must: boolean; reason: string }, text: PlannerCatalogue) =>
  `${MARK[criterion.status]} ${text.marks[criterion.status]}${criterion.must ? ` (${text.export.must})` : ''}: ${criterion.reason}`;

/** The shortlist as CSV: a header row, then one row per format; a BOM so spreadsheets read it as UTF-8. */
export function toCsv(document: ExportDocument): string {
  const { text } = document;
  const columns = text.export.columns;
  const header = [columns.rank, columns.name, columns.slug, columns.score, ...CRITERIA.map((criterion) => text.facts[criterion]), columns.reasons, columns.order, columns.sources, columns.search];
  const lines = [header.map(csvCell).join(',')];
  for (const row of document.rows) {
    lines.push(
      [
        row.rank || '',
        row.name,
        row.slug ?? '',
        row.score,
        ...CRITERIA.map((criterion) => row.facts[criterion]),
        row.criteria.map((criterion) => reasonText(criterion, text)).join(' | '),
        row.order.map((step) => step.reason).join(' | '),
        row.sources.join(' | '),
        document.searchText,
      ]
        .map((cell) => csvCell(cell))
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const escapeHtml = (value: string | number) =>
  String(value).replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] as string);

/** The shortlist as a page to print or save as PDF: the search, then per format its facts, reasons and sources. */
export function toPrintHtml(document: ExportDocument): string {
  const { text } = document;
  const columns = text.export.columns;
  const formats = document.rows
    .map((row) => {
      const facts = CRITERIA.map((criterion) => `<dt>${escapeHtml(text.facts[criterion])}</dt><dd>${escapeHtml(row.facts[criterion])}</dd>`).join('');
      const reasons = row.criteria.map((criterion) => `<li>${escapeHtml(reasonText(criterion, text))}</li>`).join('');
      const order = row.order.map((step) => `<li>${escapeHtml(step.reason)}</li>`).join('');
      const sources = row.sources.map((source) => `<li>${escapeHtml(source)}</li>`).join('');
      return (
        `<section class="format"><h2>${row.rank ? `${escapeHtml(row.rank)}. ` : ''}${escapeHtml(row.name)}</h2>` +
        `<p>${escapeHtml(columns.score)}: ${escapeHtml(row.score)}</p><dl>${facts}</dl>` +
        (reasons ? `<h3>${escapeHtml(columns.reasons)}</h3><ul>${reasons}</ul>` : '') +
        `<h3>${escapeHtml(columns.order)}</h3><ul>${order}</ul>` +
        `<h3>${escapeHtml(columns.sources)}</h3>${sources ? `<ul>${sources}</ul>` : `<p>${escapeHtml(text.compare.noValue)}</p>`}</section>`
      );
    })
    .join('');
  return (
    `<!doctype html><html lang="${escapeHtml(document.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(text.export.title)}</title>` +
    '<style>body{font:11pt/1.4 system-ui,sans-serif;margin:2rem;color:#111}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}.format{break-inside:avoid;border-top:1px solid #999;padding-top:.5rem}@media print{body{margin:0}}</style>' +
    `</head><body><main><h1>${escapeHtml(text.export.title)}</h1><p><strong>${escapeHtml(columns.search)}:</strong> ${escapeHtml(document.searchText)}</p>${formats}</main></body></html>`
  );
}
