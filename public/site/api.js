/** The public API as the web front uses it: plain fetch, JSON, errors with the server's message. */

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

export async function getJson(path, params) {
  const query = params ? `?${params.toString()}` : '';
  const response = await fetch(`${path}${query}`, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/**
 * GETs where only the newest request counts (a search changed again while the older one is under
 * way): `get` resolves to `{ current: false }` for an answer or error a newer request overtook.
 */
export function newestOnly() {
  let latest = 0;
  return {
    /** Makes a request under way stale, as when the search became invalid before it returned. */
    supersede() {
      latest += 1;
    },
    async get(path, params) {
      const mine = ++latest;
      try {
        const answer = await getJson(path, params);
        return mine === latest ? { current: true, answer } : { current: false };
      } catch (error) {
        if (mine !== latest) return { current: false };
        throw error;
      }
    },
  };
}

/** Query parameters in Strapi's bracket syntax: { 'filters[slug][$eq]': 'x', … }. */
export function strapiQuery(entries) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value !== undefined && value !== null) params.append(key, String(value));
  return params;
}

/** Labels of the finder's options per criterion, for showing stored codes as words. */
export async function optionLabels(language) {
  const answer = await getJson('/api/format-finder/criteria', strapiQuery({ locale: language }));
  const labels = {};
  for (const criterion of answer.criteria) labels[criterion.criterion] = Object.fromEntries(criterion.options.map((option) => [option.code, option.label]));
  return labels;
}
