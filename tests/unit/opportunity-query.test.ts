import { districts } from '../../src/domain/code-lists';
import { parseCalendarFilter, parseListQuery } from '../../src/domain/opportunities/opportunity-query';
import { findOpportunityProblems, withDateKeys } from '../../src/domain/opportunities/opportunity-rules';
import { resolveOpportunityConfig } from '../../src/domain/opportunities/opportunity-config';

const now = new Date('2027-01-15T12:00:00Z');
const codes = districts.codes;

describe('list query', () => {
  it('defaults to what is ahead, in German, 25 a page', () => {
    const parsed = parseListQuery({}, codes, now);
    expect(parsed).toEqual({
      ok: true,
      value: { filter: { topics: [], districts: [], attendance: [], accessibility: [], from: now, to: null, format: null }, locale: 'de', page: 1, pageSize: 25 },
    });
  });

  it('takes repeated parameters and comma lists, and reads days in Dortmund time', () => {
    const parsed = parseListQuery({ topic: ['mobilitaet', 'wohnen,digitales'], from: '2027-07-01', to: '2027-07-31' }, codes, now);
    if (!parsed.ok) throw new Error('expected ok');
    expect(parsed.value.filter.topics).toEqual(['mobilitaet', 'wohnen', 'digitales']);
    expect(parsed.value.filter.from?.toISOString()).toBe('2027-06-30T22:00:00.000Z');
    expect(parsed.value.filter.to?.toISOString()).toBe('2027-07-31T21:59:59.999Z');
  });

  it('names unknown parameters and values with what is allowed', () => {
    const parsed = parseListQuery({ colour: 'red', district: 'kreuzberg' }, codes, now);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'colour', message: expect.stringMatching(/^unknown query parameter colour; allowed: topic, district/) }),
        expect.objectContaining({ path: 'district', allowed: codes }),
      ]),
    );
  });

  it('checks districts against the city’s own list', () => {
    expect(parseListQuery({ district: 'altstadt' }, ['altstadt', 'neustadt'], now).ok).toBe(true);
    expect(parseListQuery({ district: 'eving' }, ['altstadt', 'neustadt'], now).ok).toBe(false);
  });
});

describe('calendar addresses', () => {
  it('take a kind and a code with .ics', () => {
    expect(parseCalendarFilter('topic', 'mobilitaet.ics', codes)).toEqual({ ok: true, value: { kind: 'topic', code: 'mobilitaet' } });
    expect(parseCalendarFilter('topic', 'mobilitaet', codes).ok).toBe(false);
    expect(parseCalendarFilter('weather', 'sun.ics', codes).ok).toBe(false);
  });
});

describe('write rules', () => {
  const context = { districtCodes: codes };

  it('pass a complete opportunity and partial updates', () => {
    expect(
      findOpportunityProblems(
        {
          topics: ['mobilitaet'],
          districts: ['eving'],
          dates: [{ start: '2027-05-02T16:00:00.000Z', end: '2027-05-02T18:00:00.000Z', timeZone: 'Europe/Berlin' }],
          place: { district: 'eving' },
          onlineLink: 'https://meet.example.org/x',
          showOnlineLink: true,
          registration: 'extern',
          registrationUrl: 'https://example.org/anmelden',
        },
        context,
      ),
    ).toEqual([]);
    expect(findOpportunityProblems({ title: 'Nur der Titel' }, context)).toEqual([]);
  });

  it('name each field that is wrong', () => {
    const problems = findOpportunityProblems(
      {
        accessibilityServices: ['aufzug'],
        languages: ['xx'],
        dates: [{ end: '2027-05-02T18:00:00.000Z' }],
        registrationUrl: 'ftp://example.org',
      },
      context,
    );
    expect(problems.map((problem) => problem.path)).toEqual(['accessibilityServices[0]', 'languages[0]', 'dates[0].start', 'registrationUrl']);
  });

  it('keep existing date keys and add missing ones', () => {
    let next = 0;
    expect(withDateKeys([{ start: 'a', key: 'kept' }, { start: 'b' }, { start: 'c', key: '' }], () => `new${(next += 1)}`)).toEqual([
      { start: 'a', key: 'kept' },
      { start: 'b', key: 'new1' },
      { start: 'c', key: 'new2' },
    ]);
  });
});

describe('configuration', () => {
  it('defaults to Dortmund’s districts, 24 hours and the server’s address', () => {
    const config = resolveOpportunityConfig(undefined, 'https://example.org/');
    expect(config.districts.codes).toHaveLength(13);
    expect(config.districts.labels.hoerde.de).toBe('Hörde');
    expect(config).toMatchObject({ onlineLinkLeadHours: 24, calendarPastDays: 30, publicUrl: 'https://example.org' });
  });

  it('takes a city’s own districts and refuses a wrong setting with its path', () => {
    const config = resolveOpportunityConfig({ districts: [{ code: 'altstadt', label: { de: 'Altstadt', en: 'Old town' } }] }, 'https://example.org');
    expect(config.districts.codes).toEqual(['altstadt']);
    expect(() => resolveOpportunityConfig({ onlineLinkLeadHours: -1 }, 'https://example.org')).toThrow(/onlineLinkLeadHours/);
    expect(() => resolveOpportunityConfig({ districts: [{ code: 'Alt Stadt', label: { de: 'A', en: 'A' } }] }, 'https://example.org')).toThrow(/districts/);
  });
});
