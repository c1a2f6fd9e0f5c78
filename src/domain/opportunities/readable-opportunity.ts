/**
 * The write rules keep bad values out, but a row can still carry one: written by an older version,
 * by SQL, or by a path that skipped the rules before they covered it. Every public reading (list,
 * page, JSON-LD, .ics, digest) goes through this, so such a value degrades to something safe
 * instead of making a public page answer 500 or carrying a `javascript:` link to the public.
 */
import { isWebAddress } from '../web-address';
import type { StoredOpportunity } from './public-opportunity';
import { DEFAULT_TIME_ZONE, type OpportunityDate } from './opportunity-timing';
import { usableTimeZone } from './zoned-time';

const isInstant = (value: unknown): boolean =>
  (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value as string).getTime());

const asText = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));

/**
 * A date that can be shown: one without a valid start is left out (it cannot be placed anywhere),
 * an end that is not a time or lies before the start is dropped (the date then ends at its start),
 * an unknown time zone falls back to the default zone.
 */
function readableDate<T extends OpportunityDate>(date: T): T | null {
  if (!date || !isInstant(date.start)) return null;
  const start = asText(date.start);
  const end = isInstant(date.end) && new Date(date.end as string).getTime() >= new Date(start).getTime() ? asText(date.end) : null;
  return { ...date, start, end, timeZone: usableTimeZone(date.timeZone, DEFAULT_TIME_ZONE) };
}

export function readableOpportunity(record: StoredOpportunity): StoredOpportunity {
  const dates = Array.isArray(record.dates) ? record.dates.map(readableDate).filter((date): date is OpportunityDate => date !== null) : [];
  return {
    ...record,
    dates,
    onlineLink: isWebAddress(record.onlineLink) ? record.onlineLink : null,
    registrationUrl: isWebAddress(record.registrationUrl) ? record.registrationUrl : null,
    registrationDeadline: isInstant(record.registrationDeadline) ? asText(record.registrationDeadline) : null,
  };
}
