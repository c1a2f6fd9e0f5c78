/**
 * An opportunity as the public reads it, made from the stored record: the derived status, the
 * next date, the online link only when its time has come, and the addresses of its page and
 * calendar file. Also the list's matching and order. Pure: `now` comes in from outside.
 */
import type { LocaleCode } from '../code-lists';
import type { OpportunityFilter } from './opportunity-query';
import {
  currentStatus,
  endOf,
  nextDate,
  onlineLinkVisibility,
  sortedDates,
  type CurrentStatus,
  type OpportunityDate,
  type StoredStatus,
} from './opportunity-timing';

export interface StoredPlace {
  name?: string | null;
  address?: string | null;
  district?: string | null;
  directions?: string | null;
  accessibilityHints?: string | null;
}

/** What the repository hands over: the published version of one language, relations reduced. */
export interface StoredOpportunity {
  id: number;
  documentId: string;
  locale: string;
  title: string;
  slug: string;
  summary?: string | null;
  description?: string | null;
  topics?: string[] | null;
  districts?: string[] | null;
  eventStatus: StoredStatus;
  attendance: string;
  dates: OpportunityDate[];
  place?: StoredPlace | null;
  onlineLink?: string | null;
  showOnlineLink?: boolean | null;
  registration: string;
  registrationUrl?: string | null;
  registrationDeadline?: string | null;
  capacity?: number | null;
  waitlist?: boolean | null;
  accessibilityServices?: string[] | null;
  languages?: string[] | null;
  free?: boolean | null;
  costNote?: string | null;
  organiserOffice?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  format?: { documentId: string; slug: string; name: string } | null;
  toolkitDocuments?: Array<{ documentId: string; slug: string; title: string }> | null;
  publishedAt: string;
  updatedAt: string;
}

export interface PublicContext {
  now: Date;
  onlineLinkLeadHours: number;
  /** The web front's origin, without a trailing slash. */
  publicUrl: string;
}

/** The web front's page of an opportunity, in the language of the answer. */
export function opportunityPagePath(locale: string, slug: string): string {
  return locale === 'en' ? `/en/opportunities/${encodeURIComponent(slug)}` : `/de/angebote/${encodeURIComponent(slug)}`;
}

export function opportunityCalendarPath(documentId: string, locale: string): string {
  return `/api/participation-opportunities/${encodeURIComponent(documentId)}/calendar.ics${locale === 'de' ? '' : `?locale=${locale}`}`;
}

export interface PublicOpportunity {
  id: number;
  documentId: string;
  locale: string;
  title: string;
  slug: string;
  summary: string | null;
  description: string | null;
  topics: string[];
  districts: string[];
  /** What the editor set: geplant, verschoben, abgesagt or ausgebucht. */
  eventStatus: StoredStatus;
  /** The status now: the stored one, or vergangen once every date has ended (never stored). */
  currentStatus: CurrentStatus;
  attendance: string;
  dates: Array<{ start: string; end: string | null; timeZone: string; key: string | null }>;
  nextDate: { start: string; end: string | null; timeZone: string } | null;
  place: StoredPlace | null;
  onlineLink: string | null;
  onlineLinkVisibleFrom: string | null;
  registration: string;
  registrationUrl: string | null;
  registrationDeadline: string | null;
  capacity: number | null;
  /** With registration here: whether a full opportunity keeps a waitlist. */
  waitlist: boolean;
  /** With registration here: places still free (`null`: no upper bound); otherwise `null`. Never who registered. */
  placesLeft: number | null;
  /** With registration here: whether one can register now (a place or a waitlist spot); otherwise `null`. */
  registrationOpen: boolean | null;
  accessibilityServices: string[];
  languages: string[];
  free: boolean;
  costNote: string | null;
  organiserOffice: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  format: { documentId: string; slug: string; name: string } | null;
  toolkitDocuments: Array<{ documentId: string; slug: string; title: string }>;
  links: { page: string; calendar: string };
  publishedAt: string;
  updatedAt: string;
}

const publicDate = (date: OpportunityDate) => ({ start: date.start, end: date.end ?? null, timeZone: date.timeZone || 'Europe/Berlin' });

/** What the registrations say of an opportunity that takes registrations here (counted by the registrations plugin). */
export interface OpportunityAvailability {
  placesLeft: number | null;
  registrationOpen: boolean;
}

export function toPublicOpportunity(record: StoredOpportunity, context: PublicContext, availability?: OpportunityAvailability): PublicOpportunity {
  const here = record.registration === 'hier';
  const dates = sortedDates(record.dates ?? []);
  const next = nextDate(dates, context.now);
  const online = onlineLinkVisibility(record, context.now, context.onlineLinkLeadHours);
  return {
    id: record.id,
    documentId: record.documentId,
    locale: record.locale,
    title: record.title,
    slug: record.slug,
    summary: record.summary ?? null,
    description: record.description ?? null,
    topics: record.topics ?? [],
    districts: record.districts ?? [],
    eventStatus: record.eventStatus,
    currentStatus: currentStatus(record.eventStatus, dates, context.now),
    attendance: record.attendance,
    dates: dates.map((date) => ({ ...publicDate(date), key: date.key ?? null })),
    nextDate: next ? publicDate(next) : null,
    place: record.place ?? null,
    onlineLink: online.link,
    onlineLinkVisibleFrom: online.visibleFrom,
    registration: record.registration,
    registrationUrl: record.registrationUrl ?? null,
    registrationDeadline: record.registrationDeadline ?? null,
    capacity: record.capacity ?? null,
    waitlist: here && record.waitlist === true,
    placesLeft: here ? (availability?.placesLeft ?? null) : null,
    // An unpublished or unreadable opportunity has no availability: closed rather than guessed open.
    registrationOpen: here ? (availability?.registrationOpen ?? false) : null,
    accessibilityServices: record.accessibilityServices ?? [],
    languages: record.languages ?? [],
    free: record.free ?? true,
    costNote: record.costNote ?? null,
    organiserOffice: record.organiserOffice ?? null,
    contactEmail: record.contactEmail ?? null,
    contactPhone: record.contactPhone ?? null,
    format: record.format ?? null,
    toolkitDocuments: record.toolkitDocuments ?? [],
    links: {
      page: `${context.publicUrl}${opportunityPagePath(record.locale, record.slug)}`,
      calendar: `${context.publicUrl}${opportunityCalendarPath(record.documentId, record.locale)}`,
    },
    publishedAt: record.publishedAt,
    updatedAt: record.updatedAt,
  };
}

/** The dates of an opportunity that fall into the filter's time window. */
export function datesInWindow<T extends OpportunityDate>(dates: readonly T[], filter: Pick<OpportunityFilter, 'from' | 'to'>): T[] {
  return sortedDates(dates).filter(
    (date) => (!filter.from || endOf(date) >= filter.from.getTime()) && (!filter.to || Date.parse(date.start) <= filter.to.getTime()),
  );
}

const anyOf = (wanted: readonly string[], offered: readonly string[]) => wanted.length === 0 || wanted.some((code) => offered.includes(code));

/**
 * Within one parameter any of the codes matches (topic=a,b: about a or b); accessibility needs all
 * (someone who needs sign language and step-free access needs both). The place's district counts
 * as one of the opportunity's districts.
 */
export function matchesFilter(record: StoredOpportunity, filter: OpportunityFilter): boolean {
  const districts = [...(record.districts ?? []), ...(record.place?.district ? [record.place.district] : [])];
  const services = record.accessibilityServices ?? [];
  return (
    anyOf(filter.topics, record.topics ?? []) &&
    anyOf(filter.districts, districts) &&
    anyOf(filter.attendance, [record.attendance]) &&
    filter.accessibility.every((code) => services.includes(code)) &&
    (!filter.format || record.format?.slug === filter.format) &&
    datesInWindow(record.dates ?? [], filter).length > 0
  );
}

/** Soonest first by the first date in the window; equal starts by title, so paging is stable. */
export function upcomingFirst(records: readonly StoredOpportunity[], filter: Pick<OpportunityFilter, 'from' | 'to'>, locale: LocaleCode): StoredOpportunity[] {
  const firstStart = (record: StoredOpportunity) => Date.parse(datesInWindow(record.dates ?? [], filter)[0]?.start ?? '9999-12-31T00:00:00Z');
  return [...records].sort((a, b) => firstStart(a) - firstStart(b) || a.title.localeCompare(b.title, locale) || a.documentId.localeCompare(b.documentId));
}
