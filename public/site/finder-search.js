/**
 * A finder search ⇄ the query string of the page and of GET /api/format-finder/search (the same
 * syntax, so the page's address is the API's). Lists are comma-separated. Pure: unit-tested.
 */

const LIST_KEYS = ['goals', 'modes', 'targetGroups', 'accessibility', 'must'];
const ORDER = ['goals', 'level', 'modes', 'participants', 'duration', 'budget', 'leadTime', 'targetGroups', 'conflict', 'phase', 'accessibility', 'must', 'page', 'locale', 'pageSize'];

/**
 * Reads a search from a query string, keeping only criteria and options the finder knows
 * (a hand-edited or outdated link still opens, minus what no longer exists).
 */
export function searchFromParams(params, known) {
  const search = {};
  for (const [criterion, definition] of Object.entries(known)) {
    const raw = params.getAll(criterion).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
    if (!raw.length) continue;
    if (definition.kind === 'number') {
      if (/^[1-9]\d{0,6}$/.test(raw[0])) search[criterion] = Number(raw[0]);
      continue;
    }
    const codes = new Set(definition.options.map((option) => option.code));
    const values = [...new Set(raw.filter((value) => codes.has(value)))];
    if (!values.length) continue;
    search[criterion] = definition.kind === 'multiple' ? values : values[0];
  }
  const must = params.getAll('must').flatMap((value) => value.split(',')).filter((criterion) => search[criterion] !== undefined);
  if (must.length) search.must = [...new Set(must)];
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
    params.set(key, LIST_KEYS.includes(key) ? [].concat(value).join(',') : String(value));
  }
  return params;
}
