/**
 * Dates of opportunities as people read them: in the date's own time zone (Europe/Berlin unless
 * the editor chose another), always with the zone's name, so nobody elsewhere misreads the hour.
 * Pure (Intl only): unit-tested in tests/unit/site-opportunities.test.ts.
 */

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';
const LOCALES = { de: 'de-DE', en: 'en-GB' };

const formatters = new Map();
function formatter(language, timeZone, withWeekday) {
  const key = `${language}|${timeZone}|${withWeekday}`;
  if (!formatters.has(key)) {
    formatters.set(
      key,
      new Intl.DateTimeFormat(LOCALES[language] ?? LOCALES.de, {
        ...(withWeekday ? { weekday: 'long' } : {}),
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      }),
    );
  }
  return formatters.get(key);
}

/** One moment: "Samstag, 24. Oktober 2026 um 18:00 MESZ". */
export function formatMoment(iso, language, timeZone = DEFAULT_TIME_ZONE) {
  return formatter(language, timeZone || DEFAULT_TIME_ZONE, true).format(new Date(iso));
}

/** A date from start to end: "Samstag, 24. Oktober 2026, 18:00–20:30 Uhr MESZ"; the day once when both are on it. */
export function formatDateRange(date, language) {
  const timeZone = date.timeZone || DEFAULT_TIME_ZONE;
  const start = new Date(date.start);
  if (!date.end) return formatMoment(date.start, language, timeZone);
  return formatter(language, timeZone, true).formatRange(start, new Date(date.end));
}

/** Whether a date has ended (a date without an end ends when it starts, as in the API). */
export const hasEnded = (date, now = new Date()) => Date.parse(date.end || date.start) < now.getTime();
