/**
 * An iCalendar (RFC 5545) writer for published events, with the RFC 7986 properties for a
 * calendar's name, refresh interval and online meeting link. Knows nothing of opportunities.
 */
import { wallClock } from './zoned-time';

export const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** The one zone the writer describes with a VTIMEZONE; dates in any other zone are written in UTC. */
export const BERLIN = 'Europe/Berlin';

// Central European Time since 1996: summer time from the last Sunday of March 02:00 to the last
// Sunday of October 03:00. A unit test holds these rules against the platform's zone data.
const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${BERLIN}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export type EventStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export interface CalendarEvent {
  uid: string;
  sequence: number;
  /** When this version of the event was published (DTSTAMP and LAST-MODIFIED). */
  stamp: Date;
  start: Date;
  end: Date | null;
  timeZone: string;
  summary: string;
  description: string;
  url?: string;
  location?: string;
  conference?: { uri: string; label: string };
  status: EventStatus;
  categories?: string[];
}

export interface Calendar {
  /** PRODID: who made the file. */
  productId: string;
  name: string;
  description?: string;
  /** How often subscribed calendars should fetch the feed again, in minutes. */
  refreshMinutes: number;
  events: readonly CalendarEvent[];
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Parameter values (3.2): no double quotes or control characters; quoted if they hold ; : or ,. */
export function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, '');
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

/** A URI value must not hold line breaks or spaces that would end or fold the line. */
function uriValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\s\u0000-\u001f]/g, (character) => encodeURIComponent(character));
}

/**
 * Folds a content line after at most 75 octets (3.1): continuation lines start with one space,
 * which counts towards their 75. A multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const two = (value: number) => String(value).padStart(2, '0');

export function formatUtc(instant: Date): string {
  return `${instant.getUTCFullYear()}${two(instant.getUTCMonth() + 1)}${two(instant.getUTCDate())}T${two(instant.getUTCHours())}${two(instant.getUTCMinutes())}${two(instant.getUTCSeconds())}Z`;
}

export function formatLocal(instant: Date, timeZone: string): string {
  const clock = wallClock(instant, timeZone);
  return `${clock.year}${two(clock.month)}${two(clock.day)}T${two(clock.hour)}${two(clock.minute)}${two(clock.second)}`;
}

/** DTSTART/DTEND: Dortmund's local time with its zone, anything else in UTC (valid without a VTIMEZONE). */
function dateTimeProperty(name: 'DTSTART' | 'DTEND', instant: Date, timeZone: string): string {
  return timeZone === BERLIN ? `${name};TZID=${BERLIN}:${formatLocal(instant, BERLIN)}` : `${name}:${formatUtc(instant)}`;
}

function eventLines(event: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    `LAST-MODIFIED:${formatUtc(event.stamp)}`,
    dateTimeProperty('DTSTART', event.start, event.timeZone),
    ...(event.end ? [dateTimeProperty('DTEND', event.end, event.timeZone)] : []),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${uriValue(event.url)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.conference ? [`CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=${paramValue(event.conference.label)}:${uriValue(event.conference.uri)}`] : []),
    ...(event.categories && event.categories.length > 0 ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    `STATUS:${event.status}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

export function renderCalendar(calendar: Calendar): string {
  const usesBerlin = calendar.events.some((event) => event.timeZone === BERLIN);
  const refresh = `PT${Math.max(1, Math.round(calendar.refreshMinutes))}M`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`DESCRIPTION:${escapeText(calendar.description)}`, `X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...(usesBerlin ? BERLIN_VTIMEZONE : []),
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
