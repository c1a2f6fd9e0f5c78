/**
 * schema.org Event data (JSON-LD) for the page of a participation opportunity, so search engines
 * and calendar tools read its dates, place and status from the page itself. Built from the public
 * answer only: what the API hides (an online link before its time) never appears here either.
 * Pure: unit-tested in tests/unit/opportunity-json-ld.test.ts.
 */
import { DEFAULT_TIME_ZONE, type StoredStatus } from '../domain/opportunities/opportunity-timing';
import type { PublicOpportunity } from '../domain/opportunities/public-opportunity';
import { isoWithOffset } from '../domain/opportunities/zoned-time';

const SCHEMA = 'https://schema.org';

const ATTENDANCE_MODES: Record<string, string> = {
  praesenz: `${SCHEMA}/OfflineEventAttendanceMode`,
  online: `${SCHEMA}/OnlineEventAttendanceMode`,
  hybrid: `${SCHEMA}/MixedEventAttendanceMode`,
};

/**
 * A full event still takes place; "past" is no schema.org status (the dates say it). The data
 * holds no "moved online" fact, so EventMovedOnline is never claimed.
 */
const EVENT_STATUSES: Record<StoredStatus, string> = {
  geplant: `${SCHEMA}/EventScheduled`,
  ausgebucht: `${SCHEMA}/EventScheduled`,
  verschoben: `${SCHEMA}/EventPostponed`,
  abgesagt: `${SCHEMA}/EventCancelled`,
};

type JsonObject = Record<string, unknown>;

/** Leaves out empty values, so the data claims nothing the editor did not say. */
function compact(object: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
}

/**
 * The place's address is one free text. "Street 1, 44135 Dortmund" (German, Austrian or Swiss
 * post code) is split into its parts; anything else stays whole as the street address.
 */
export function postalAddress(address: string): JsonObject {
  const text = address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(', ');
  const parts = /^(.+?),\s*(\d{4,5})\s+([^,]+)$/.exec(text);
  if (!parts) return { '@type': 'PostalAddress', streetAddress: text };
  return { '@type': 'PostalAddress', streetAddress: parts[1], postalCode: parts[2], addressLocality: parts[3].trim() };
}

function place(opportunity: PublicOpportunity): JsonObject | null {
  const { place: stored } = opportunity;
  if (!stored || (!stored.name && !stored.address)) return null;
  return compact({ '@type': 'Place', name: stored.name ?? undefined, address: stored.address ? postalAddress(stored.address) : undefined });
}

/** Where people go: the place, the online room once its link is public, or both for hybrid. */
function locations(opportunity: PublicOpportunity): JsonObject[] {
  const found: JsonObject[] = [];
  if (opportunity.attendance !== 'online') {
    const physical = place(opportunity);
    if (physical) found.push(physical);
  }
  if (opportunity.attendance !== 'praesenz' && opportunity.onlineLink) found.push({ '@type': 'VirtualLocation', url: opportunity.onlineLink });
  return found;
}

function organizer(opportunity: PublicOpportunity): JsonObject | undefined {
  if (!opportunity.organiserOffice && !opportunity.contactEmail && !opportunity.contactPhone) return undefined;
  return compact({
    '@type': 'Organization',
    name: opportunity.organiserOffice ?? undefined,
    email: opportunity.contactEmail ?? undefined,
    telephone: opportunity.contactPhone ?? undefined,
  });
}

/** An offer only when taking part costs something; the price is free text, so none is invented. */
function offers(opportunity: PublicOpportunity, timeZone: string): JsonObject | undefined {
  if (opportunity.free) return undefined;
  return compact({
    '@type': 'Offer',
    url: opportunity.registration !== 'keine' && opportunity.registrationUrl ? opportunity.registrationUrl : opportunity.links.page,
    description: opportunity.costNote ?? undefined,
    availability: opportunity.eventStatus === 'ausgebucht' ? `${SCHEMA}/SoldOut` : undefined,
    validThrough: opportunity.registrationDeadline ? isoWithOffset(new Date(opportunity.registrationDeadline), timeZone) : undefined,
  });
}

/**
 * One Event per date (search engines want a separate event for each date of a series): a single
 * object for one date, a list for several. Times carry the offset of the date's time zone.
 */
export function opportunityJsonLd(opportunity: PublicOpportunity): JsonObject | JsonObject[] {
  const location = locations(opportunity);
  const languages = opportunity.languages;
  const events = opportunity.dates.map((date, index) => {
    const timeZone = date.timeZone || DEFAULT_TIME_ZONE;
    return compact({
      '@context': SCHEMA,
      '@type': 'Event',
      '@id': opportunity.dates.length > 1 ? `${opportunity.links.page}#${date.key ?? `date-${index + 1}`}` : undefined,
      name: opportunity.title,
      description: opportunity.summary ?? undefined,
      url: opportunity.links.page,
      startDate: isoWithOffset(new Date(date.start), timeZone),
      endDate: date.end ? isoWithOffset(new Date(date.end), timeZone) : undefined,
      eventAttendanceMode: ATTENDANCE_MODES[opportunity.attendance],
      eventStatus: EVENT_STATUSES[opportunity.eventStatus],
      location: location.length > 1 ? location : location[0],
      organizer: organizer(opportunity),
      maximumAttendeeCapacity: opportunity.capacity ?? undefined,
      remainingAttendeeCapacity: opportunity.eventStatus === 'ausgebucht' ? 0 : (opportunity.placesLeft ?? undefined),
      inLanguage: languages.length > 1 ? languages : languages[0],
      isAccessibleForFree: opportunity.free,
      offers: offers(opportunity, timeZone),
    });
  });
  return events.length === 1 ? events[0] : events;
}
