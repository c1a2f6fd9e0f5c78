/**
 * Participation opportunities as calendar events: one VEVENT per date, with the page link and,
 * once visible, the online link in DESCRIPTION (many calendar apps show no URL property) and as
 * CONFERENCE. Cancelled dates stay in the feed as CANCELLED, so subscribed calendars strike them.
 */
import { opportunityTopics, type LocaleCode } from '../code-lists';
import { BERLIN, renderCalendar, type CalendarEvent, type EventStatus } from './icalendar';
import { opportunityPagePath, type PublicContext, type StoredOpportunity } from './public-opportunity';
import { calendarSequence, onlineLinkVisibility, type StoredStatus } from './opportunity-timing';

const TEXTS = {
  de: {
    calendarName: 'Beteiligungsangebote',
    calendarDescription: 'Termine, bei denen Bürger*innen mitwirken können',
    more: 'Mehr Informationen',
    online: 'Online-Teilnahme',
    onlineLater: (from: string) => `Der Link zur Online-Teilnahme steht ab ${from} auf der Seite des Angebots.`,
    registration: 'Anmeldung',
    status: { abgesagt: 'Abgesagt', verschoben: 'Verschoben', ausgebucht: 'Ausgebucht' } as Partial<Record<StoredStatus, string>>,
  },
  en: {
    calendarName: 'Participation opportunities',
    calendarDescription: 'Dates at which residents can take part',
    more: 'More information',
    online: 'Join online',
    onlineLater: (from: string) => `The link to join online is on the opportunity's page from ${from}.`,
    registration: 'Registration',
    status: { abgesagt: 'Cancelled', verschoben: 'Postponed', ausgebucht: 'Fully booked' } as Partial<Record<StoredStatus, string>>,
  },
} as const;

export const CALENDAR_PRODUCT_ID = '-//Mitwirken CMS//Beteiligungsangebote//DE';
/** Subscribed calendars ask again every hour, so a cancellation reaches them the same day. */
const REFRESH_MINUTES = 60;

/** Postponed dates are kept but marked tentative: the new date may not be known yet. */
const EVENT_STATUS: Record<StoredStatus, EventStatus> = { geplant: 'CONFIRMED', ausgebucht: 'CONFIRMED', verschoben: 'TENTATIVE', abgesagt: 'CANCELLED' };

/** The same UID in every language and every feed, and for as long as the date exists. */
export function eventUid(documentId: string, dateKey: string): string {
  return `${documentId}-${dateKey}@mitwirken-cms`;
}

function formatMoment(instant: string, locale: LocaleCode): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: BERLIN }).format(new Date(instant));
}

function location(record: StoredOpportunity): string | undefined {
  const place = record.place;
  const parts = [place?.name, place?.address].filter((part): part is string => Boolean(part && part.trim()));
  if (parts.length > 0) return parts.join(', ');
  return record.attendance === 'online' ? 'Online' : undefined;
}

export function opportunityEvents(record: StoredOpportunity, context: PublicContext, window?: { from: Date | null }): CalendarEvent[] {
  const locale: LocaleCode = record.locale === 'en' ? 'en' : 'de';
  const text = TEXTS[locale];
  const page = `${context.publicUrl}${opportunityPagePath(locale, record.slug)}`;
  const online = onlineLinkVisibility(record, context.now, context.onlineLinkLeadHours);
  const statusWord = text.status[record.eventStatus];
  const description = [
    record.summary ?? '',
    online.link ? `${text.online}: ${online.link}` : online.visibleFrom ? text.onlineLater(formatMoment(online.visibleFrom, locale)) : '',
    record.registration !== 'keine' && record.registrationUrl ? `${text.registration}: ${record.registrationUrl}` : '',
    `${text.more}: ${page}`,
  ].filter(Boolean);

  return (record.dates ?? [])
    .filter((date) => date.key && (!window?.from || Date.parse(date.end || date.start) >= window.from.getTime()))
    .map((date) => ({
      uid: eventUid(record.documentId, date.key as string),
      sequence: calendarSequence(record.publishedAt),
      stamp: new Date(record.publishedAt),
      start: new Date(date.start),
      end: date.end ? new Date(date.end) : null,
      timeZone: date.timeZone || BERLIN,
      summary: statusWord ? `${statusWord}: ${record.title}` : record.title,
      description: description.join('\n\n'),
      url: page,
      location: location(record),
      ...(online.link ? { conference: { uri: online.link, label: text.online } } : {}),
      status: EVENT_STATUS[record.eventStatus],
      categories: (record.topics ?? []).map((code) => opportunityTopics.labels[code as keyof typeof opportunityTopics.labels]?.[locale] ?? code),
    }))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
}

export function renderOpportunityCalendar(
  records: readonly StoredOpportunity[],
  context: PublicContext,
  options: { locale: LocaleCode; title?: string; from?: Date | null },
): string {
  const text = TEXTS[options.locale];
  return renderCalendar({
    productId: CALENDAR_PRODUCT_ID,
    name: options.title ? `${text.calendarName}: ${options.title}` : text.calendarName,
    description: text.calendarDescription,
    refreshMinutes: REFRESH_MINUTES,
    events: records.flatMap((record) => opportunityEvents(record, context, { from: options.from ?? null })),
  });
}
