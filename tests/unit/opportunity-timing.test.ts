import { calendarSequence, currentStatus, nextDate, onlineLinkVisibility, type OnlineLinkFacts } from '../../src/domain/opportunities/opportunity-timing';
import { instantOfWallClock, offsetMinutes } from '../../src/domain/opportunities/zoned-time';

const at = (iso: string) => new Date(iso);
const dates = [
  { start: '2027-03-10T17:00:00.000Z', end: '2027-03-10T19:00:00.000Z' },
  { start: '2027-03-03T17:00:00.000Z', end: '2027-03-03T19:00:00.000Z' },
];

describe('next date and status', () => {
  it('takes the first date that has not ended, a running one included', () => {
    expect(nextDate(dates, at('2027-03-01T00:00:00Z'))?.start).toBe('2027-03-03T17:00:00.000Z');
    expect(nextDate(dates, at('2027-03-03T18:00:00Z'))?.start).toBe('2027-03-03T17:00:00.000Z');
    expect(nextDate(dates, at('2027-03-03T19:00:01Z'))?.start).toBe('2027-03-10T17:00:00.000Z');
    expect(nextDate(dates, at('2027-03-10T19:00:01Z'))).toBeNull();
  });

  it('reads a date without an end as ending at its start', () => {
    expect(nextDate([{ start: '2027-03-03T17:00:00.000Z' }], at('2027-03-03T17:00:01Z'))).toBeNull();
  });

  it('derives "vergangen" once every date has ended, but a cancellation stays one', () => {
    expect(currentStatus('geplant', dates, at('2027-03-05T00:00:00Z'))).toBe('geplant');
    expect(currentStatus('ausgebucht', dates, at('2027-03-11T00:00:00Z'))).toBe('vergangen');
    expect(currentStatus('abgesagt', dates, at('2027-03-11T00:00:00Z'))).toBe('abgesagt');
    expect(currentStatus('geplant', [], at('2027-03-11T00:00:00Z'))).toBe('geplant');
  });
});

describe('online link visibility', () => {
  const facts: OnlineLinkFacts = { onlineLink: 'https://meet.example.org/x', showOnlineLink: true, attendance: 'online', eventStatus: 'geplant', dates };

  it('is hidden until the lead time before the next start, then shown until that date ends', () => {
    expect(onlineLinkVisibility(facts, at('2027-03-02T16:59:59Z'), 24)).toEqual({ link: null, visibleFrom: '2027-03-02T17:00:00.000Z' });
    expect(onlineLinkVisibility(facts, at('2027-03-02T17:00:00Z'), 24).link).toBe('https://meet.example.org/x');
    expect(onlineLinkVisibility(facts, at('2027-03-03T18:59:00Z'), 24).link).toBe('https://meet.example.org/x');
  });

  it('is hidden again between two dates until the lead time before the next one', () => {
    expect(onlineLinkVisibility(facts, at('2027-03-05T12:00:00Z'), 24)).toEqual({ link: null, visibleFrom: '2027-03-09T17:00:00.000Z' });
    expect(onlineLinkVisibility(facts, at('2027-03-09T17:00:00Z'), 24).link).toBe('https://meet.example.org/x');
  });

  it('follows the configured lead time', () => {
    expect(onlineLinkVisibility(facts, at('2027-03-03T15:00:00Z'), 1).link).toBeNull();
    expect(onlineLinkVisibility(facts, at('2027-03-03T16:00:00Z'), 1).link).toBe('https://meet.example.org/x');
  });

  it.each([
    ['the editor does not allow it', { showOnlineLink: false }],
    ['there is no link', { onlineLink: '  ' }],
    ['it takes place in person only', { attendance: 'praesenz' }],
    ['it is cancelled', { eventStatus: 'abgesagt' as const }],
  ])('is never shown when %s', (_why, change) => {
    expect(onlineLinkVisibility({ ...facts, ...change }, at('2027-03-03T17:30:00Z'), 24)).toEqual({ link: null, visibleFrom: null });
  });

  it('is never shown after the last date', () => {
    expect(onlineLinkVisibility(facts, at('2027-03-11T00:00:00Z'), 24)).toEqual({ link: null, visibleFrom: null });
  });
});

describe('calendar sequence', () => {
  it('grows with every later publication and fits 31 bits for decades', () => {
    expect(calendarSequence('2027-03-03T17:00:01.000Z')).toBeGreaterThan(calendarSequence('2027-03-03T17:00:00.000Z'));
    expect(calendarSequence('2087-12-31T23:59:59.000Z')).toBeLessThan(2 ** 31);
    expect(calendarSequence('2019-01-01T00:00:00.000Z')).toBe(0);
  });
});

describe('time in Dortmund', () => {
  it('knows summer and winter time around the switch', () => {
    expect(offsetMinutes(at('2026-10-24T16:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(at('2026-10-26T17:00:00Z'), 'Europe/Berlin')).toBe(60);
  });

  it('turns a Dortmund clock time into the instant', () => {
    expect(instantOfWallClock({ year: 2026, month: 10, day: 24, hour: 0, minute: 0, second: 0 }, 'Europe/Berlin').toISOString()).toBe('2026-10-23T22:00:00.000Z');
    expect(instantOfWallClock({ year: 2026, month: 10, day: 26, hour: 0, minute: 0, second: 0 }, 'Europe/Berlin').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});
