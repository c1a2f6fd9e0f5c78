import { toCsv } from '../../server/src/domain/csv';
import { hasControlCharacters, isPlausibleEmail, normalizeEmail } from '../../server/src/domain/email-address';
import { ipForRecord } from '../../server/src/domain/ip-address';
import { poolExportTable, type ExportedMember } from '../../server/src/domain/pool-export';
import { renderPage } from '../../server/src/domain/pages';
import { buildSignupSchema, problemsOf, signupFromForm } from '../../server/src/domain/signup-schema';

describe('e-mail addresses', () => {
  it('are normalised for case-insensitive uniqueness', () => {
    expect(normalizeEmail('  Erika.Muster@Example.ORG ')).toBe('erika.muster@example.org');
  });

  it.each(['a@example.org', 'first.last+tag@sub.example.de', 'ü@exämple.de'])('%s is plausible', (address) => {
    expect(isPlausibleEmail(address)).toBe(true);
  });

  it.each(['', 'no-at-sign', 'a@b', 'a b@example.org', 'a@example.org\r\nBcc: x@y.org', `${'a'.repeat(250)}@example.org`])('%j is refused', (address) => {
    expect(isPlausibleEmail(address)).toBe(false);
  });

  it('finds control characters', () => {
    expect(hasControlCharacters('a\nb')).toBe(true);
    expect(hasControlCharacters('a\u007fb')).toBe(true);
    expect(hasControlCharacters('Jürgen Groß')).toBe(false);
  });
});

describe('IP addresses in consent records', () => {
  it.each([
    ['203.0.113.77', 'none', null],
    ['203.0.113.77', 'truncated', '203.0.113.0'],
    ['::ffff:203.0.113.77', 'truncated', '203.0.113.0'],
    ['2001:db8:abcd:12:1:2:3:4', 'truncated', '2001:db8:abcd::'],
    ['203.0.113.77', 'full', '203.0.113.77'],
    [undefined, 'full', null],
  ] as const)('%s stored as %s → %s', (ip, storage, expected) => {
    expect(ipForRecord(ip, storage)).toBe(expected);
  });
});

describe('sign-up schema', () => {
  const schema = buildSignupSchema({ locales: ['de', 'en'], interests: ['mobilitaet'], honeypotField: 'website' });
  const valid = { firstName: 'Erika', lastName: 'Muster', email: 'e@example.org', consent: true };

  it('accepts a complete sign-up and trims names', () => {
    expect(schema.parse({ ...valid, firstName: '  Erika ' }).firstName).toBe('Erika');
  });

  it('reads a plain form post', () => {
    const parsed = schema.safeParse(signupFromForm({ ...valid, consent: 'on', interests: 'mobilitaet', startedAt: '1800000000000' }));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ consent: true, interests: ['mobilitaet'], startedAt: 1_800_000_000_000 });
  });

  it('names every problem by field', () => {
    const result = schema.safeParse({ ...valid, consent: 'no', email: 'x', extra: 1 });
    expect(result.success).toBe(false);
    const paths = problemsOf(result.error!).map((problem) => problem.path).sort();
    expect(paths).toEqual(['consent', 'email', 'extra']);
  });
});

describe('CSV export', () => {
  it('quotes as RFC 4180 and defuses formulas', () => {
    expect(toCsv(['a', 'b'], [['x,y', '=HYPERLINK("evil")'], ['"quoted"', null]])).toBe('a,b\r\n"x,y","\'=HYPERLINK(""evil"")"\r\n"""quoted""",\r\n');
  });

  const member: ExportedMember = {
    firstName: 'Erika',
    lastName: 'Muster',
    email: 'erika@example.org',
    language: 'de',
    interests: ['mobility', 'climate'],
    facets: { districts: ['north', 'east'], ageGroups: [] },
    confirmedAt: '2026-03-02T10:00:00.000Z',
    createdAt: new Date('2026-03-01T09:00:00.000Z'),
  };

  it('gives each configured facet a column after the fixed ones, by its name', () => {
    const { header, rows } = poolExportTable([member], [{ name: 'districts' }, { name: 'ageGroups' }]);
    expect(header).toEqual(['first_name', 'last_name', 'email', 'language', 'interests', 'confirmed_at', 'signed_up_at', 'districts', 'ageGroups']);
    expect(rows).toEqual([
      ['Erika', 'Muster', 'erika@example.org', 'de', 'mobility climate', '2026-03-02T10:00:00.000Z', '2026-03-01T09:00:00.000Z', 'north east', ''],
    ]);
  });

  it('leaves a facet empty that a member never chose or whose stored value is not a list, and exports no facet the config does not name', () => {
    const older: ExportedMember = { ...member, interests: null, facets: null };
    const edited: ExportedMember = { ...member, facets: { districts: 'north', retired: ['x'] } };
    const { header, rows } = poolExportTable([older, edited], [{ name: 'districts' }]);
    expect(header).not.toContain('retired');
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    expect(rows.map((row) => [cell(row, 'interests'), cell(row, 'districts')])).toEqual([
      ['', ''],
      ['mobility climate', ''],
    ]);
  });

  it('tells a facet named like a fixed column apart', () => {
    expect(poolExportTable([], [{ name: 'language' }]).header.slice(-2)).toEqual(['signed_up_at', 'facets.language']);
  });

  it('defuses formulas in facet codes as in every other cell', () => {
    const { header, rows } = poolExportTable([{ ...member, facets: { districts: ['=HYPERLINK("evil")', 'north'] } }], [{ name: 'districts' }]);
    expect(toCsv(header, rows).split('\r\n')[1].endsWith(',"\'=HYPERLINK(""evil"") north"')).toBe(true);
  });
});

describe('pages', () => {
  it('escape every value and declare the language', () => {
    const html = renderPage({ title: '<script>x</script>', form: { action: '/api/x', hidden: { token: '"><img>' }, button: 'OK' } }, 'de');
    expect(html).toContain('<html lang="de">');
    expect(html).not.toContain('<script>x');
    expect(html).toContain('value="&quot;&gt;&lt;img&gt;"');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});
