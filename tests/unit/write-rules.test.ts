import { merge } from 'lodash/fp';
import { mergeLikeClone } from '../../src/domain/clone-merge';
import { findOpportunityProblems } from '../../src/domain/opportunities/opportunity-rules';
import type { StoredOpportunity } from '../../src/domain/opportunities/public-opportunity';
import { toPublicOpportunity } from '../../src/domain/opportunities/public-opportunity';
import { readableOpportunity } from '../../src/domain/opportunities/readable-opportunity';
import { isTimeZone, usableTimeZone } from '../../src/domain/opportunities/zoned-time';
import { opportunityJsonLd } from '../../src/front/opportunity-json-ld';
import { renderOpportunityCalendar } from '../../src/domain/opportunities/opportunity-calendar';
import { isWebAddress } from '../../src/domain/web-address';

describe('isTimeZone', () => {
  it('takes IANA names and the aliases the platform resolves', () => {
    for (const zone of ['Europe/Berlin', 'UTC', 'Etc/UTC', 'GMT', 'Etc/GMT+1', 'America/New_York', 'Europe/Kyiv', 'Europe/Kiev', 'US/Eastern']) {
      expect({ zone, ok: isTimeZone(zone) }).toEqual({ zone, ok: true });
    }
  });

  it('refuses invented zones, offsets and names in the wrong case', () => {
    for (const zone of ['Mars/Olympus', '+01:00', 'Z', 'europe/berlin', 'utc', '', 'Europe/Berlin ']) {
      expect({ zone, ok: isTimeZone(zone) }).toEqual({ zone, ok: false });
    }
  });

  it('falls back when the stored zone is missing or unknown', () => {
    expect(usableTimeZone('Mars/Olympus', 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(usableTimeZone(null, 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(usableTimeZone('UTC', 'Europe/Berlin')).toBe('UTC');
  });
});

describe('isWebAddress', () => {
  it('takes absolute http(s) addresses only', () => {
    expect(isWebAddress('https://meet.example.org/x')).toBe(true);
    expect(isWebAddress('http://example.org')).toBe(true);
    for (const link of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', '/relative', 'meet.example.org', 42, null]) {
      expect({ link, ok: isWebAddress(link) }).toEqual({ link, ok: false });
    }
  });
});

describe('mergeLikeClone', () => {
  const cases: Array<[Record<string, unknown>, Record<string, unknown>]> = [
    [{ topics: ['a', 'b', 'c'], title: 'Quelle' }, { topics: ['x'] }],
    [{ dates: [{ start: 's1', key: 'k1', id: 1 }, { start: 's2', key: 'k2' }] }, { dates: [{ start: 'n1' }] }],
    [{ place: { name: 'Haus', district: 'eving' }, link: 'https://a' }, { place: { district: null }, link: undefined }],
    [{ goals: null, n: 1 }, { goals: ['x'], n: null }],
    [{ when: new Date(0) }, { when: '2026-01-01T00:00:00Z' }],
  ];

  it.each(cases)('stores what Strapi’s lodash merge stores (%#)', (source, data) => {
    expect(mergeLikeClone(source, data)).toEqual(merge(source, data));
  });

  it('leaves both inputs untouched', () => {
    const source = { topics: ['a', 'b'] };
    const data = { topics: ['x'] };
    mergeLikeClone(source, data);
    expect(source).toEqual({ topics: ['a', 'b'] });
    expect(data).toEqual({ topics: ['x'] });
  });

  it('lets a source’s bad value reach the rules even when the clone’s data is clean', () => {
    const merged = mergeLikeClone({ onlineLink: 'javascript:alert(1)', dates: [{ start: '2027-01-01T10:00:00Z', timeZone: 'Mars/Olympus' }] }, { title: 'Kopie' });
    expect(findOpportunityProblems(merged, { districtCodes: [] }).map((problem) => problem.path)).toEqual(['dates[0].timeZone', 'onlineLink']);
  });
});

describe('readableOpportunity', () => {
  const stored: StoredOpportunity = {
    id: 1,
    documentId: 'abcdefghijklmnopqrstuvwx',
    locale: 'de',
    title: 'Altlast',
    slug: 'altlast',
    eventStatus: 'geplant',
    attendance: 'hybrid',
    registration: 'extern',
    registrationUrl: 'javascript:alert(2)',
    registrationDeadline: 'nicht einmal ein Datum',
    onlineLink: 'javascript:alert(1)',
    showOnlineLink: true,
    dates: [
      { start: '2027-05-01T10:00:00.000Z', end: '2027-05-01T08:00:00.000Z', timeZone: 'Mars/Olympus', key: 'a' },
      { start: 'kaputt', end: null, timeZone: 'Europe/Berlin', key: 'b' },
    ],
    publishedAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
  };

  it('drops non-http(s) links, unusable dates and ends, and falls back to the default zone', () => {
    expect(readableOpportunity(stored)).toMatchObject({
      onlineLink: null,
      registrationUrl: null,
      registrationDeadline: null,
      dates: [{ start: '2027-05-01T10:00:00.000Z', end: null, timeZone: 'Europe/Berlin', key: 'a' }],
    });
  });

  it('keeps good values as they are', () => {
    const good = { ...stored, onlineLink: 'https://meet.example.org/x', registrationUrl: 'https://a.example.org', registrationDeadline: '2027-04-30T10:00:00.000Z', dates: [{ start: '2027-05-01T10:00:00.000Z', end: '2027-05-01T12:00:00.000Z', timeZone: 'UTC', key: 'a' }] };
    expect(readableOpportunity(good)).toEqual(good);
  });

  it('makes the public answer, the JSON-LD and the calendar renderable', () => {
    const context = { now: new Date('2027-05-01T09:00:00Z'), onlineLinkLeadHours: 24, publicUrl: 'https://example.org' };
    const readable = readableOpportunity(stored);
    expect(() => opportunityJsonLd(toPublicOpportunity(stored, context))).toThrow(RangeError);
    expect(JSON.stringify(opportunityJsonLd(toPublicOpportunity(readable, context)))).not.toContain('javascript:');
    const calendar = renderOpportunityCalendar([readable], context, { locale: 'de' });
    expect(calendar).toContain('DTSTART;TZID=Europe/Berlin:20270501T120000');
    expect(calendar).not.toContain('javascript:');
  });
});
