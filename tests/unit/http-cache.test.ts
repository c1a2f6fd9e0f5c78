import { decide, entityTag, ifNoneMatchHits, minuteOf, normalizedQuery, withVary } from '../../src/domain/http-cache';

const get = (path: string, querystring = '', authorized = false) => decide({ method: 'GET', path, querystring, authorized });

describe('decide', () => {
  it.each([
    ['/api/participation-formats', 'content'],
    ['/api/toolkit-documents/abc', 'content'],
    ['/api/pilot-municipalities', 'content'],
    ['/api/participation-opportunities', 'opportunities'],
    ['/api/participation-opportunities/workshop', 'opportunities'],
    ['/api/participation-opportunities/calendar.ics', 'calendars'],
    ['/api/participation-opportunities/calendar/topic/umwelt_klima.ics', 'calendars'],
    ['/api/participation-opportunities/workshop/calendar.ics', 'calendars'],
    ['/api/double-opt-in/archive', 'archive'],
    ['/', 'pages'],
    ['/de/', 'pages'],
    ['/en/formats/world-cafe', 'pages'],
    ['/site/app.js', 'static'],
  ])('%s is cached as %s', (path, group) => {
    expect(get(path)).toEqual({ kind: 'cache', group });
  });

  it.each(['/api/double-opt-in/my-data', '/api/double-opt-in/confirm', '/api/double-opt-in/subscribe', '/admin', '/admin/init', '/content-manager/collection-types/x', '/api/users/me'])(
    '%s is personal',
    (path) => expect(get(path)).toEqual({ kind: 'personal' }),
  );

  it('treats credentials, tokens in the address and draft reads as personal', () => {
    expect(get('/api/participation-formats', '', true)).toEqual({ kind: 'personal' });
    expect(get('/api/format-finder/search', '', true)).toEqual({ kind: 'personal' });
    expect(get('/de/', 'token=abc')).toEqual({ kind: 'personal' });
    expect(get('/api/participation-formats', 'status=draft')).toEqual({ kind: 'personal' });
    expect(get('/api/participation-formats', 'status=published')).toEqual({ kind: 'cache', group: 'content' });
  });

  it('leaves the finder (it tags itself), writes and other routes alone', () => {
    expect(get('/api/format-finder/search')).toEqual({ kind: 'pass' });
    expect(get('/_health')).toEqual({ kind: 'pass' });
    expect(decide({ method: 'POST', path: '/api/participation-formats', querystring: '', authorized: false })).toEqual({ kind: 'pass' });
  });
});

describe('normalizedQuery', () => {
  it('sorts parameters by name and keeps the order of a repeated one', () => {
    expect(normalizedQuery('b=1&a=2&b=0')).toBe('a=2&b=1&b=0');
    expect(normalizedQuery('sort=slug:asc&pagination[pageSize]=5')).toBe(normalizedQuery('pagination%5BpageSize%5D=5&sort=slug%3Aasc'));
    expect(normalizedQuery('')).toBe('');
  });
});

describe('entity tags', () => {
  it('are strong, and differ with any part', () => {
    const tag = entityTag(['content', 'v1', '/api/x', 'a=1']);
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(entityTag(['content', 'v2', '/api/x', 'a=1'])).not.toBe(tag);
    // Parts are separated: shifting text between parts is another tag.
    expect(entityTag(['ab', 'c'])).not.toBe(entityTag(['a', 'bc']));
  });

  it('match If-None-Match lists, weak forms and *', () => {
    const tag = '"abc"';
    expect(ifNoneMatchHits('"abc"', tag)).toBe(true);
    expect(ifNoneMatchHits('"x", W/"abc"', tag)).toBe(true);
    expect(ifNoneMatchHits('*', tag)).toBe(true);
    expect(ifNoneMatchHits('"abd"', tag)).toBe(false);
    expect(ifNoneMatchHits(undefined, tag)).toBe(false);
  });
});

describe('minuteOf and withVary', () => {
  it('counts whole minutes', () => {
    expect(minuteOf(new Date('2026-01-01T10:00:59Z'))).toBe(minuteOf(new Date('2026-01-01T10:00:00Z')));
    expect(minuteOf(new Date('2026-01-01T10:01:00Z'))).toBe(minuteOf(new Date('2026-01-01T10:00:00Z')) + 1);
  });

  it('adds a field once', () => {
    expect(withVary(undefined, 'Accept-Language')).toBe('Accept-Language');
    expect(withVary('Origin', 'Accept-Language')).toBe('Origin, Accept-Language');
    expect(withVary('accept-language', 'Accept-Language')).toBe('accept-language');
  });
});
