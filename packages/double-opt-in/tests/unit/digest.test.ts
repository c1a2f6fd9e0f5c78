import { defaultSelection, digestAudience, itemMatches, itemsFor, parseDigestItems, renderDigestMail, type DigestItem, type MatchDimension } from '../../server/src/domain/digest';
import { checkFacets, describePreferenceChange, normalizeChoice } from '../../server/src/domain/facets';
import { buildSignupSchema, problemsOf, signupFromForm } from '../../server/src/domain/signup-schema';
import { de } from '../../server/src/messages/de';
import { en } from '../../server/src/messages/en';

const DIMENSIONS: MatchDimension[] = [
  { name: 'interests', concernsAll: [] },
  { name: 'districts', concernsAll: ['city'] },
];

const item = (id: string, interests: string[], districts: string[], startsAt = '2030-05-01T16:00:00Z', publishedAt = '2030-04-01T08:00:00Z'): DigestItem => ({
  id,
  title: { de: `Titel ${id}`, en: `Title ${id}` },
  summary: { de: `Worum es geht: ${id}`, en: `What it is about: ${id}` },
  url: { de: `https://example.org/de/${id}`, en: `https://example.org/en/${id}` },
  facets: { interests, districts },
  startsAt,
  publishedAt,
});

describe('which items concern a member', () => {
  const bikeLanes = item('bike', ['mobility'], ['north']);
  const park = item('park', ['climate'], ['south']);
  const budget = item('budget', ['finance'], ['city']);

  it('matches when the topics meet and the districts meet, each "nothing chosen" meaning everything', () => {
    expect(itemMatches(bikeLanes, { interests: ['mobility'], districts: ['north'] }, DIMENSIONS)).toBe(true);
    expect(itemMatches(bikeLanes, { interests: ['mobility'], districts: ['south'] }, DIMENSIONS)).toBe(false);
    expect(itemMatches(bikeLanes, { interests: ['climate'], districts: [] }, DIMENSIONS)).toBe(false);
    expect(itemMatches(bikeLanes, { interests: [], districts: [] }, DIMENSIONS)).toBe(true);
    expect(itemMatches(bikeLanes, {}, DIMENSIONS)).toBe(true);
    expect(itemMatches(bikeLanes, { interests: ['climate', 'mobility'] }, DIMENSIONS)).toBe(true);
  });

  it('lets a code that concerns everyone (the whole city) match any district', () => {
    expect(itemMatches(budget, { districts: ['south'] }, DIMENSIONS)).toBe(true);
    expect(itemMatches(budget, { interests: ['mobility'], districts: ['south'] }, DIMENSIONS)).toBe(false);
  });

  it('does not match an item without codes in a dimension the member narrowed', () => {
    expect(itemMatches(item('x', [], []), { districts: ['north'] }, DIMENSIONS)).toBe(false);
    expect(itemMatches(item('x', [], []), {}, DIMENSIONS)).toBe(true);
  });

  it('lists a member’s items soonest first, at most the maximum; none means no mail', () => {
    const late = item('late', ['mobility'], ['north'], '2030-09-01T10:00:00Z');
    const early = item('early', ['mobility'], ['north'], '2030-02-01T10:00:00Z');
    const undated = { ...item('undated', ['mobility'], ['north']), startsAt: null };
    expect(itemsFor({ interests: ['mobility'] }, [undated, late, park, early], DIMENSIONS).map((found) => found.id)).toEqual(['early', 'late', 'undated']);
    expect(itemsFor({ interests: ['mobility'] }, [late, early], DIMENSIONS, 1).map((found) => found.id)).toEqual(['early']);
    expect(itemsFor({ interests: ['housing'] }, [late, early], DIMENSIONS)).toEqual([]);
  });

  it('counts who gets a mail, per language, and who none of the items concerns', () => {
    const audience = digestAudience(
      [
        { id: 1, language: 'de', preferences: { interests: ['mobility'] } },
        { id: 2, language: 'en', preferences: {} },
        { id: 3, language: 'de', preferences: { interests: ['housing'] } },
        { id: 4, language: 'en', preferences: { districts: ['south'] } },
      ],
      [bikeLanes, park],
      DIMENSIONS,
    );
    expect(audience.recipients).toEqual([
      { id: 1, language: 'de', itemCount: 1 },
      { id: 2, language: 'en', itemCount: 2 },
      { id: 4, language: 'en', itemCount: 1 },
    ]);
    expect(audience.perLanguage).toEqual({ de: 1, en: 2 });
    expect(audience.withoutMatch).toBe(1);
  });
});

describe('the default selection', () => {
  const items = [item('old', [], [], undefined, '2030-01-01T00:00:00Z'), item('new', [], [], undefined, '2030-03-01T00:00:00Z')];
  it('is everything before the first digest, else what was published since the last one started', () => {
    expect(defaultSelection(items, null)).toEqual(['old', 'new']);
    expect(defaultSelection(items, new Date('2030-02-01T00:00:00Z'))).toEqual(['new']);
  });
  it('leaves out what an earlier digest listed, even when it was published again since', () => {
    expect(defaultSelection(items, new Date('2030-02-01T00:00:00Z'), new Set(['new']))).toEqual([]);
    expect(defaultSelection(items, null, new Set(['old']))).toEqual(['new']);
  });
});

describe('items from the host', () => {
  it('keeps valid items (ids as text) and names what is wrong with the others', () => {
    const { items, problems } = parseDigestItems([{ ...item('a', [], []), id: 7 }, { id: 'b', title: 'not localized' }]);
    expect(items.map((found) => found.id)).toEqual(['7']);
    expect(problems[0]).toMatch(/^item 1: title/);
    expect(parseDigestItems(null).problems).toEqual(['the digest source must return an array of items']);
  });
});

describe('the digest mail', () => {
  const values = { firstName: 'Ada', lastName: '<Lovelace>', unsubscribeUrl: 'https://x.example/api/double-opt-in/unsubscribe?token=1.abc', dataRequestUrl: 'https://x.example/api/double-opt-in/my-data/request?lang=en' };
  const base = { fallbackLanguage: 'de', values, dateLocale: 'en-GB', timeZone: 'Europe/Berlin' };

  it('lists the items in the member’s language with their start in the configured time zone, escaped, with the footer', () => {
    const mail = renderDigestMail({ ...base, texts: en.digest, language: 'en', items: [{ ...item('a', [], []), title: { de: 'A', en: 'Cycling <b>plan</b>' } }], footer: en.unsubscribeFooter });
    expect(mail.subject).toBe(en.digest.subject);
    expect(mail.text).toContain('Hello Ada <Lovelace>,');
    expect(mail.text).toContain('* Cycling <b>plan</b>');
    expect(mail.text).toMatch(/When: Wednesday,? 1 May 2030 at 18:00/);
    expect(mail.text).toContain('Read more: https://example.org/en/a');
    expect(mail.text).toMatch(/-- \n[\s\S]*unsubscribe\?token=1\.abc/);
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.html).toContain('<a href="https://example.org/en/a">Cycling &lt;b&gt;plan&lt;/b&gt;</a>');
    expect(mail.html).toContain('Hello Ada &lt;Lovelace&gt;,');
    expect(mail.html).not.toContain('<b>plan');
  });

  it('falls back to the default language for an item without the member’s, and writes German dates in German', () => {
    const mail = renderDigestMail({ ...base, texts: de.digest, language: 'de', dateLocale: 'de-DE', items: [{ ...item('a', [], []), title: { en: 'Only English' } }], footer: de.unsubscribeFooter });
    expect(mail.text).toContain('* Only English');
    expect(mail.text).toMatch(/Wann: Mittwoch, 1. Mai 2030 um 18:00/);
    expect(mail.text).toContain('Guten Tag Ada <Lovelace>,');
  });

  it('links no item address that is not http(s)', () => {
    const mail = renderDigestMail({ ...base, texts: en.digest, language: 'en', items: [{ ...item('a', [], []), url: { en: 'javascript:alert(1)' } }], footer: en.unsubscribeFooter });
    expect(mail.html).not.toContain('href="javascript');
  });
});

describe('choices', () => {
  it('notes a change old → new per dimension, and nothing when nothing changed', () => {
    expect(describePreferenceChange({ interests: ['a'], districts: [] }, { interests: ['a', 'b'], districts: ['north'] }, ['interests', 'districts'])).toBe('interests: a → a, b; districts: – → north');
    expect(describePreferenceChange({ interests: ['b', 'a'] }, { interests: ['a', 'b'], districts: [] }, ['interests', 'districts'])).toBeNull();
  });

  it('keeps chosen codes in config order, without codes no longer offered', () => {
    expect(normalizeChoice(['c', 'a', 'gone', 'a'], ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(normalizeChoice(null, ['a'])).toEqual([]);
  });

  it('refuses facet names the forms use, twice named facets and unknown "concerns all" codes', () => {
    const option = [{ code: 'north' }];
    expect(checkFacets([{ name: 'districts', legend: { de: 'Bezirke' }, options: option, concernsAll: ['north'] }])).toEqual([]);
    expect(checkFacets([{ name: 'email', legend: {}, options: option }])[0]).toMatch(/the name email is taken/);
    expect(checkFacets([{ name: 'districts', legend: {}, options: option }, { name: 'districts', legend: {}, options: option }])[0]).toMatch(/names a facet twice/);
    expect(checkFacets([{ name: 'districts', legend: {}, options: option, concernsAll: ['city'] }])[0]).toMatch(/concernsAll: city is not one of its options/);
  });

  it('takes the facets at sign-up by name, refusing unknown codes with the codes allowed; a form’s single value becomes a list', () => {
    const schema = buildSignupSchema({ locales: ['de'], interests: ['mobility'], honeypotField: 'website', facets: [{ name: 'districts', legend: {}, options: [{ code: 'north' }, { code: 'south' }] }] });
    const valid = { firstName: 'A', lastName: 'B', email: 'a@example.org', consent: true };
    expect(schema.safeParse({ ...valid, districts: ['north'] }).success).toBe(true);
    const wrong = schema.safeParse({ ...valid, districts: ['east'] });
    expect(wrong.success).toBe(false);
    if (!wrong.success) expect(problemsOf(wrong.error)[0]).toMatchObject({ path: 'districts.0', message: 'districts may only name north, south' });
    expect(signupFromForm({ ...valid, consent: 'on', districts: 'south' }, ['districts'])).toMatchObject({ districts: ['south'] });
  });
});
