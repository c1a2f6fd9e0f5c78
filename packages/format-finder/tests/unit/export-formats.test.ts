import { csvCell, toCsv, toPrintHtml } from '../../server/src/domain/export-formats';
import { CRITERIA, type Criterion } from '../../server/src/domain/criteria';
import { plannerDe } from '../../server/src/messages/planner';

const facts = Object.fromEntries(CRITERIA.map((criterion) => [criterion, '–'])) as Record<Criterion, string>;
const row = {
  rank: 1,
  name: 'Welt-Café, "offen"',
  slug: 'world-cafe',
  score: 100,
  facts: { ...facts, participants: '12–1200 Personen' },
  criteria: [{ criterion: 'participants' as const, status: 'matched' as const, must: true, reason: 'Für 40 Personen geeignet.' }],
  order: [{ step: 'groupSize', reason: 'Passt: 40 Personen liegen im Bereich 12–1200.' }],
  sources: ['=HYPERLINK("x")', 'PAT_WC: https://partizipation.at/methoden/world-cafe/'],
};

describe('exports', () => {
  it('quote cells as RFC 4180 wants and defuse formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\nthere')).toBe('"say ""hi""\nthere"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(-3)).toBe('-3');
  });

  it('write a header and one line per format, with marks as words', () => {
    const csv = toCsv({ locale: 'de', searchText: 'Gruppengröße: 40', rows: [row], text: plannerDe });
    expect(csv.startsWith('\uFEFFRang,Format,Kennung,Punkte,Ziele,')).toBe(true);
    const line = csv.split('\r\n')[1];
    expect(line).toContain('"Welt-Café, ""offen"""');
    expect(line).toContain('✓ passt (Muss): Für 40 Personen geeignet.');
    expect(line).toContain(`"'=HYPERLINK(""x"") | PAT_WC: https://partizipation.at/methoden/world-cafe/"`);
  });

  it('escape the print view', () => {
    const html = toPrintHtml({ locale: 'de', searchText: '<b>40</b>', rows: [row], text: plannerDe });
    expect(html).toContain('&lt;b&gt;40&lt;/b&gt;');
    expect(html).toContain('<h2>1. Welt-Café, &quot;offen&quot;</h2>');
    expect(html).not.toContain('<b>40</b>');
  });
});
