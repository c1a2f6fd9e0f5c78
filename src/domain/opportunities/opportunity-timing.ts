/**
 * What the dates of an opportunity mean now: its next date, whether it is past, and from when its
 * online link may be shown. Pure; `now` is always passed in, so tests can stand on either side of
 * a boundary.
 */

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

export interface OpportunityDate {
  start: string;
  end?: string | null;
  timeZone?: string | null;
  key?: string | null;
}

export type StoredStatus = 'geplant' | 'verschoben' | 'abgesagt' | 'ausgebucht';
export type CurrentStatus = StoredStatus | 'vergangen';

/** A date without an end is taken to end when it starts (RFC 5545 reads a lone DTSTART the same way). */
export function endOf(date: OpportunityDate): number {
  return Date.parse(date.end || date.start);
}

export function sortedDates<T extends OpportunityDate>(dates: readonly T[]): T[] {
  return [...dates].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** The first date that has not ended yet (a running date counts), or null once all have ended. */
export function nextDate<T extends OpportunityDate>(dates: readonly T[], now: Date): T | null {
  return sortedDates(dates).find((date) => endOf(date) >= now.getTime()) ?? null;
}

/**
 * The status the public sees. A cancellation stays a cancellation after the date; anything else
 * becomes "vergangen" once every date has ended. An opportunity without dates is not past.
 */
export function currentStatus(stored: StoredStatus, dates: readonly OpportunityDate[], now: Date): CurrentStatus {
  if (stored === 'abgesagt' || dates.length === 0) return stored;
  return nextDate(dates, now) ? stored : 'vergangen';
}

export interface OnlineLinkFacts {
  onlineLink?: string | null;
  /** The editor's permission to show the link at all. */
  showOnlineLink?: boolean | null;
  attendance: string;
  eventStatus: StoredStatus;
  dates: readonly OpportunityDate[];
}

export interface OnlineLinkVisibility {
  /** The link when the public may see it now, else null. */
  link: string | null;
  /** From when the link will be (or was) shown for the next date; null when it will not be shown. */
  visibleFrom: string | null;
}

/**
 * The online link is shown only if the editor allows it, the opportunity takes place online or
 * hybrid and is not cancelled, and from `leadHours` before the start of its next date until that
 * date ends. Earlier, people who found the link elsewhere could fill the room before the date.
 */
export function onlineLinkVisibility(facts: OnlineLinkFacts, now: Date, leadHours: number): OnlineLinkVisibility {
  const hidden: OnlineLinkVisibility = { link: null, visibleFrom: null };
  const link = facts.onlineLink?.trim();
  if (!link || facts.showOnlineLink !== true || facts.attendance === 'praesenz' || facts.eventStatus === 'abgesagt') return hidden;
  const next = nextDate(facts.dates, now);
  if (!next) return hidden;
  const visibleFrom = Date.parse(next.start) - leadHours * 3_600_000;
  return { link: now.getTime() >= visibleFrom ? link : null, visibleFrom: new Date(visibleFrom).toISOString() };
}

/**
 * SEQUENCE of the calendar events (RFC 5545 3.8.7.4): it must grow with every published change, so
 * it is derived from the moment the version was published, which Strapi renews on every publish
 * and never moves back. Seconds since 2020 stay within the 31 bits calendar apps expect until 2088.
 */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
export function calendarSequence(publishedAt: string | Date): number {
  return Math.max(0, Math.floor((new Date(publishedAt).getTime() - SEQUENCE_EPOCH) / 1000));
}
