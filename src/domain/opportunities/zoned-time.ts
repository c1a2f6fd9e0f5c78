/**
 * Wall-clock time in an IANA time zone, computed with the platform's Intl data (no library):
 * what a date reads on a clock in Dortmund, and which instant a Dortmund clock time names.
 */

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

let ianaZones: ReadonlySet<string> | null = null;

/**
 * An IANA time zone: a canonical name of the platform's tz database (Europe/Berlin), or an alias
 * the platform resolves to one (UTC, Etc/UTC, Europe/Kyiv, US/Eastern). Intl alone would also take
 * misspelt case ("europe/berlin"), which other readers of the stored value (calendar apps) do not.
 */
export function isTimeZone(value: string): boolean {
  ianaZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (ianaZones.has(value)) return true;
  let resolved: string;
  try {
    resolved = formatterFor(value).resolvedOptions().timeZone;
  } catch {
    return false;
  }
  const known = ianaZones.has(resolved) || resolved === 'UTC' || /^Etc\/GMT[+-]\d{1,2}$/.test(resolved);
  const caseOnly = resolved !== value && resolved.toLowerCase() === value.toLowerCase();
  return known && !caseOnly;
}

/** The zone to compute with: the stored one if it is a real zone, else the fallback. */
export function usableTimeZone(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' && isTimeZone(value) ? value : fallback;
}

export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** Minutes the zone is ahead of UTC at that instant (Dortmund: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant a clock in the zone shows the given time. Twice a year a clock time is ambiguous or
 * skipped; the guess from the offset a moment earlier settles both the way calendar apps do.
 */
export function instantOfWallClock(clock: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  const firstGuess = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60000;
  return new Date(asUtc - offsetMinutes(new Date(firstGuess), timeZone) * 60000);
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/**
 * An instant as the zone's clock reads it, with the zone's offset (ISO 8601, to the second):
 * 2026-10-24T18:00:00+02:00. Readers that ignore time zones still get the right instant.
 */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const clock = wallClock(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}` +
    `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}
