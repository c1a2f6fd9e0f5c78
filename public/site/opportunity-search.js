/**
 * The filters of the opportunity list ⇄ the query string of the page and of
 * GET /api/participation-opportunities (the same names, so the page's address is the API's).
 * Lists are comma-separated. Pure: unit-tested in tests/unit/site-opportunities.test.ts.
 */

export const LIST_FILTERS = ['topic', 'district', 'attendance', 'accessibility'];
const ORDER = [...LIST_FILTERS, 'from', 'to', 'page', 'locale', 'pageSize'];
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as `2026-10-24`, or null for anything else (also 2026-02-30). */
export function calendarDay(value) {
  const parts = DAY.exec(String(value ?? '').trim());
  if (!parts) return null;
  const [, year, month, day] = parts.map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? parts[0] : null;
}

/**
 * Reads the filters from a query string, keeping only codes the site knows (`known`: filter →
 * list of codes), so a hand-edited or outdated link still opens, minus what no longer exists.
 */
export function searchFromParams(params, known) {
  const search = {};
  for (const filter of LIST_FILTERS) {
    const codes = new Set(known[filter] ?? []);
    const values = [...new Set(params.getAll(filter).flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => codes.has(value)))];
    if (values.length) search[filter] = values;
  }
  for (const edge of ['from', 'to']) {
    const day = calendarDay(params.get(edge));
    if (day) search[edge] = day;
  }
  if (search.from && search.to && search.to < search.from) delete search.to;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}

export function searchToParams(search) {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = search[key];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'page' && value === 1) continue;
    params.set(key, [].concat(value).join(','));
  }
  return params;
}

/** A "to" day before the "from" day: the API would refuse it, so the form says so first. */
export const datesOutOfOrder = (search) => Boolean(search.from && search.to && search.to < search.from);

const FEED_BASE = '/api/participation-opportunities/calendar';

/**
 * The calendars to subscribe to for a search: always the one with everything; and when the
 * filters come down to exactly one topic, district or way of attending, that one's own feed
 * (the feeds have stable addresses per code; combinations have none).
 */
export function calendarFeeds(search, language) {
  const query = language === 'de' ? '' : `?locale=${language}`;
  const feeds = [{ kind: 'all', href: `${FEED_BASE}.ics${query}` }];
  const chosen = ['topic', 'district', 'attendance'].filter((filter) => (search[filter] ?? []).length > 0);
  if (chosen.length === 1 && search[chosen[0]].length === 1 && !(search.accessibility ?? []).length) {
    const [kind] = chosen;
    const [code] = search[kind];
    feeds.push({ kind, code, href: `${FEED_BASE}/${kind}/${encodeURIComponent(code)}.ics${query}` });
  }
  return feeds;
}
