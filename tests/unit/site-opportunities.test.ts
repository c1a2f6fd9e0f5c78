import { formatDateRange, formatMoment, hasEnded } from '../../public/site/opportunity-dates.js';
import { calendarDay, calendarFeeds, datesOutOfOrder, searchFromParams, searchToParams } from '../../public/site/opportunity-search.js';

const known = {
  topic: ['mobilitaet', 'umwelt_klima', 'wohnen'],
  district: ['gesamtstadt', 'eving'],
  attendance: ['praesenz', 'online', 'hybrid'],
  accessibility: ['stufenlos', 'gebaerdensprache'],
};

describe('opportunity filters in the address', () => {
  it('reads what the site knows and drops the rest, so an old link still opens', () => {
    const params = new URLSearchParams('topic=mobilitaet,weg&topic=wohnen&district=eving&attendance=online&accessibility=stufenlos,laut&from=2026-10-01&to=2026-02-30&page=3&evil=1');
    expect(searchFromParams(params, known)).toEqual({
      topic: ['mobilitaet', 'wohnen'],
      district: ['eving'],
      attendance: ['online'],
      accessibility: ['stufenlos'],
      from: '2026-10-01',
      page: 3,
    });
    // A "to" before "from" would be refused by the API: an old link opens without it.
    expect(searchFromParams(new URLSearchParams('from=2026-10-10&to=2026-10-01'), known)).toEqual({ from: '2026-10-10' });
  });

  it('writes the API’s own parameters in a fixed order, and reads back what it wrote', () => {
    const search = { to: '2026-12-31', accessibility: ['stufenlos', 'gebaerdensprache'], topic: ['umwelt_klima'], page: 2 };
    const params = searchToParams({ ...search, locale: 'en', pageSize: 20 });
    expect(params.toString()).toBe('topic=umwelt_klima&accessibility=stufenlos%2Cgebaerdensprache&to=2026-12-31&page=2&locale=en&pageSize=20');
    expect(searchFromParams(searchToParams(search), known)).toEqual(search);
    expect(searchToParams({ page: 1, topic: [] }).toString()).toBe('');
  });

  it('knows calendar days and a period that ends before it starts', () => {
    expect(calendarDay('2028-02-29')).toBe('2028-02-29');
    expect(calendarDay('2026-02-29')).toBeNull();
    expect(calendarDay('24.10.2026')).toBeNull();
    expect(datesOutOfOrder({ from: '2026-10-10', to: '2026-10-09' })).toBe(true);
    expect(datesOutOfOrder({ from: '2026-10-10', to: '2026-10-10' })).toBe(false);
    expect(datesOutOfOrder({ to: '2026-10-09' })).toBe(false);
  });

  it('offers the calendar of everything, and one filter’s own calendar when the search comes down to one code', () => {
    expect(calendarFeeds({}, 'de')).toEqual([{ kind: 'all', href: '/api/participation-opportunities/calendar.ics' }]);
    expect(calendarFeeds({ topic: ['umwelt_klima'], from: '2026-10-01' }, 'en')).toEqual([
      { kind: 'all', href: '/api/participation-opportunities/calendar.ics?locale=en' },
      { kind: 'topic', code: 'umwelt_klima', href: '/api/participation-opportunities/calendar/topic/umwelt_klima.ics?locale=en' },
    ]);
    expect(calendarFeeds({ district: ['eving'] }, 'de')[1]?.href).toBe('/api/participation-opportunities/calendar/district/eving.ics');
    // Combinations have no calendar of their own.
    expect(calendarFeeds({ topic: ['umwelt_klima', 'wohnen'] }, 'de')).toHaveLength(1);
    expect(calendarFeeds({ topic: ['umwelt_klima'], attendance: ['online'] }, 'de')).toHaveLength(1);
    expect(calendarFeeds({ attendance: ['online'], accessibility: ['stufenlos'] }, 'de')).toHaveLength(1);
  });
});

describe('dates as people read them', () => {
  const evening = { start: '2026-10-24T16:00:00.000Z', end: '2026-10-24T18:30:00.000Z', timeZone: 'Europe/Berlin' };

  it('shows the day once, the hours in Dortmund and the zone’s name, in German and English', () => {
    expect(formatDateRange(evening, 'de')).toBe('Samstag, 24. Oktober 2026, 18:00–20:30 Uhr MESZ');
    expect(formatDateRange(evening, 'en')).toBe('Saturday, 24 October 2026, 18:00–20:30 CEST');
  });

  it('names the zone on each side when a date runs across the switch to winter time', () => {
    const overnight = { start: '2026-10-24T20:00:00.000Z', end: '2026-10-25T08:00:00.000Z', timeZone: 'Europe/Berlin' };
    expect(formatDateRange(overnight, 'de')).toMatch(/^Samstag, 24\. Oktober 2026 um 22:00 MESZ\s–\sSonntag, 25\. Oktober 2026 um 09:00 MEZ$/);
  });

  it('reads a date without an end, and a date in another zone, in that zone', () => {
    expect(formatDateRange({ start: evening.start, end: null, timeZone: 'Europe/Berlin' }, 'de')).toBe('Samstag, 24. Oktober 2026 um 18:00 MESZ');
    expect(formatMoment('2026-10-24T16:00:00.000Z', 'en', 'Europe/London')).toBe('Saturday, 24 October 2026 at 17:00 BST');
    expect(formatDateRange({ start: evening.start, end: null, timeZone: null }, 'en')).toBe('Saturday, 24 October 2026 at 18:00 CEST');
  });

  it('knows when a date is over', () => {
    expect(hasEnded(evening, new Date('2026-10-24T18:29:00Z'))).toBe(false);
    expect(hasEnded(evening, new Date('2026-10-24T18:31:00Z'))).toBe(true);
  });
});
