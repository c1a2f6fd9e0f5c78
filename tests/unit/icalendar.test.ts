import { opportunityEvents, renderOpportunityCalendar } from '../../src/domain/opportunities/opportunity-calendar';
import { CRLF, escapeText, foldLine, formatLocal, paramValue, renderCalendar, type CalendarEvent } from '../../src/domain/opportunities/icalendar';
import type { StoredOpportunity } from '../../src/domain/opportunities/public-opportunity';
import { offsetMinutes } from '../../src/domain/opportunities/zoned-time';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('escaping (RFC 5545 3.3.11)', () => {
  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('quotes parameter values with separators and drops double quotes', () => {
    expect(paramValue('Online-Teilnahme')).toBe('Online-Teilnahme');
    expect(paramValue('Teilnahme: online, "jetzt"')).toBe('"Teilnahme: online, jetzt"');
  });
});

describe('folding (RFC 5545 3.1)', () => {
  it('leaves lines of 75 octets alone and folds longer ones with CRLF and a space', () => {
    const exact = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(exact)).toBe(exact);
    const folded = foldLine(`DESCRIPTION:${'y'.repeat(200)}`);
    const lines = folded.split(CRLF);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(`DESCRIPTION:${'y'.repeat(200)}`);
  });

  it('counts octets, not characters, and never splits a character', () => {
    const text = `SUMMARY:${'Bürgerbeteiligung für Übermorgen – schön '.repeat(5)}`;
    const folded = foldLine(text);
    for (const line of folded.split(CRLF)) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(unfold(folded)).toBe(text);
    const emoji = foldLine(`SUMMARY:${'🙂'.repeat(40)}`);
    expect(unfold(emoji)).toBe(`SUMMARY:${'🙂'.repeat(40)}`);
  });
});

describe('the calendar file', () => {
  const event: CalendarEvent = {
    uid: 'abc-1@mitwirken-cms',
    sequence: 7,
    stamp: new Date('2026-09-01T10:00:00Z'),
    start: new Date('2026-10-24T16:00:00Z'),
    end: new Date('2026-10-24T18:00:00Z'),
    timeZone: 'Europe/Berlin',
    summary: 'Werkstatt; Teil 1, Demo',
    description: 'Zeile eins\nZeile zwei',
    url: 'https://example.org/de/angebote/werkstatt',
    status: 'CONFIRMED',
  };

  it('has CRLF line ends, a VTIMEZONE for Europe/Berlin and local times with TZID', () => {
    const text = renderCalendar({ productId: '-//Test//DE', name: 'Test', refreshMinutes: 60, events: [event, { ...event, uid: 'abc-2@mitwirken-cms', start: new Date('2026-10-26T17:00:00Z'), end: null }] });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261024T180000');
    expect(text).toContain('DTEND;TZID=Europe/Berlin:20261024T200000');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261026T180000');
    expect(text).toContain('SUMMARY:Werkstatt\\; Teil 1\\, Demo');
    expect(text).toContain('DESCRIPTION:Zeile eins\\nZeile zwei');
    expect(text).toContain('SEQUENCE:7');
    expect(text).toContain('DTSTAMP:20260901T100000Z');
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT60M');
  });

  it('writes dates of other zones in UTC and then needs no VTIMEZONE', () => {
    const text = renderCalendar({ productId: '-//Test//DE', name: 'Test', refreshMinutes: 60, events: [{ ...event, timeZone: 'America/New_York' }] });
    expect(text).toContain('DTSTART:20261024T160000Z');
    expect(text).not.toContain('VTIMEZONE');
  });

  it('describes Europe/Berlin with the rules the platform’s zone data follows', () => {
    // The VTIMEZONE says: summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00.
    for (let year = 2024; year <= 2040; year += 1) {
      const lastSunday = (month: number) => {
        const day = new Date(Date.UTC(year, month + 1, 0));
        return day.getUTCDate() - day.getUTCDay();
      };
      const march = lastSunday(2);
      const october = lastSunday(9);
      expect(offsetMinutes(new Date(Date.UTC(year, 2, march, 0, 59)), 'Europe/Berlin')).toBe(60);
      expect(offsetMinutes(new Date(Date.UTC(year, 2, march, 1, 0)), 'Europe/Berlin')).toBe(120);
      expect(offsetMinutes(new Date(Date.UTC(year, 9, october, 0, 59)), 'Europe/Berlin')).toBe(120);
      expect(offsetMinutes(new Date(Date.UTC(year, 9, october, 1, 0)), 'Europe/Berlin')).toBe(60);
    }
    expect(formatLocal(new Date('2027-03-28T01:00:00Z'), 'Europe/Berlin')).toBe('20270328T030000');
  });
});

describe('opportunities as events', () => {
  const record: StoredOpportunity = {
    id: 1,
    documentId: 'doc1',
    locale: 'de',
    title: 'Demo-Werkstatt',
    slug: 'demo-werkstatt',
    summary: 'Eine erfundene Werkstatt.',
    topics: ['mobilitaet'],
    eventStatus: 'abgesagt',
    attendance: 'hybrid',
    dates: [
      { start: '2027-05-02T16:00:00.000Z', end: '2027-05-02T18:00:00.000Z', timeZone: 'Europe/Berlin', key: 'k1' },
      { start: '2027-05-09T16:00:00.000Z', timeZone: 'Europe/Berlin', key: 'k2' },
    ],
    place: { name: 'Demo-Saal', address: 'Beispielweg 2' },
    onlineLink: 'https://meet.example.org/demo',
    showOnlineLink: true,
    registration: 'keine',
    publishedAt: '2027-04-01T08:00:00.000Z',
    updatedAt: '2027-04-01T08:00:00.000Z',
  };
  const context = { now: new Date('2027-05-02T15:00:00Z'), onlineLinkLeadHours: 24, publicUrl: 'https://mitwirken.example.org' };

  it('makes one event per date with a UID from the document and the date key', () => {
    const events = opportunityEvents({ ...record, eventStatus: 'geplant' }, context);
    expect(events.map((event) => event.uid)).toEqual(['doc1-k1@mitwirken-cms', 'doc1-k2@mitwirken-cms']);
    expect(events[0]).toMatchObject({ status: 'CONFIRMED', summary: 'Demo-Werkstatt', url: 'https://mitwirken.example.org/de/angebote/demo-werkstatt', location: 'Demo-Saal, Beispielweg 2' });
    expect(events[0].description).toContain('Online-Teilnahme: https://meet.example.org/demo');
    expect(events[0].conference).toEqual({ uri: 'https://meet.example.org/demo', label: 'Online-Teilnahme' });
    expect(events[0].categories).toEqual(['Mobilität']);
  });

  it('tells when the link will come, before it is visible', () => {
    const [event] = opportunityEvents({ ...record, eventStatus: 'geplant' }, { ...context, now: new Date('2027-04-20T00:00:00Z') });
    expect(event.conference).toBeUndefined();
    expect(event.description).not.toContain('meet.example.org');
    expect(event.description).toMatch(/steht ab 1\. Mai 2027 um 18:00 auf der Seite/);
  });

  it('marks a cancelled opportunity, shows no link for it, and keeps its dates', () => {
    const events = opportunityEvents(record, context);
    expect(events).toHaveLength(2);
    expect(events.every((event) => event.status === 'CANCELLED' && event.summary === 'Abgesagt: Demo-Werkstatt' && !event.conference)).toBe(true);
    const text = renderOpportunityCalendar([record], context, { locale: 'de' });
    expect(text.match(/STATUS:CANCELLED/g)).toHaveLength(2);
    expect(text).toContain(`SEQUENCE:${Math.floor((Date.parse(record.publishedAt) - Date.UTC(2020, 0, 1)) / 1000)}`);
  });

  it('speaks English in the English feed', () => {
    const [event] = opportunityEvents({ ...record, locale: 'en', eventStatus: 'verschoben' }, context);
    expect(event).toMatchObject({ status: 'TENTATIVE', summary: 'Postponed: Demo-Werkstatt', url: 'https://mitwirken.example.org/en/opportunities/demo-werkstatt' });
    expect(event.description).toContain('Join online: https://meet.example.org/demo');
  });
});
