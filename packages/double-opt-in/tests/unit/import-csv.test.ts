import {
  consentRecordText,
  countDecisions,
  decideImport,
  decideImportInSteps,
  decodeCsvBytes,
  detectSeparator,
  parseCsv,
  parseEvidenceDate,
  readImportFile,
  readImportFileInSteps,
  STEP_SIZE,
  type ExistingAddress,
  type ImportDecision,
  type ImportOptions,
} from '../../server/src/domain/import-csv';
import { GERMAN_EXCEL_LINES, germanExcelCsv, windows1252 } from '../fixtures/import-files';

const options = (existing: Array<[string, ExistingAddress]> = []): ImportOptions => ({
  locales: ['de', 'en'],
  interests: [
    { code: 'mobilitaet', label: { de: 'Mobilität', en: 'Mobility' } },
    { code: 'umwelt_klima', label: { de: 'Umwelt und Klima', en: 'Environment and climate' } },
  ],
  today: '2026-06-01',
  existing: new Map(existing),
});

const byLine = (decisions: ImportDecision[]) => Object.fromEntries(decisions.map((decision) => [decision.line, decision]));
const codesOf = (decision: ImportDecision | undefined) => (decision?.outcome === 'refused' ? decision.reasons.map((reason) => reason.code) : []);

describe('decoding', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeCsvBytes(Buffer.from('Vorname\r\nJürgen', 'utf8'))).toEqual({ text: 'Vorname\r\nJürgen', encoding: 'utf-8' });
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Jürgen', 'utf8')]))).toEqual({ text: 'Jürgen', encoding: 'utf-8' });
  });

  it('recognises Windows-1252 by bytes that are not UTF-8, and keeps umlauts, ß and the euro sign', () => {
    const bytes = windows1252('Größe;Grüße;Äöü ÄÖÜ ß € „x“ –');
    expect(bytes[2]).toBe(0xf6);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Größe;Grüße;Äöü ÄÖÜ ß € „x“ –', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with its byte order mark (Excel\'s "Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Vorname\tNachname\r\nJürgen\tMüller', 'utf16le')]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Vorname\tNachname\r\nJürgen\tMüller', encoding: 'utf-16le' });
  });
});

describe('CSV', () => {
  it('takes the separator the header line uses', () => {
    expect(detectSeparator('Vorname;Nachname;E-Mail\r\na,b;c')).toBe(';');
    expect(detectSeparator('firstName,lastName,email\na;b,c')).toBe(',');
    expect(detectSeparator('"a;b",c,d\n')).toBe(',');
    expect(detectSeparator('Vorname\tNachname')).toBe('\t');
  });

  it('parses quoted fields with doubled quotes, separators and line breaks, and counts lines as an editor does', () => {
    const { records, unclosedQuoteAt } = parseCsv('a;b\r\n"x ""y""";"1;2"\r\n"line\r\nbreak";z\rlast;one', ';');
    expect(unclosedQuoteAt).toBeNull();
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x "y"', '1;2'] },
      { line: 3, cells: ['line\r\nbreak', 'z'] },
      { line: 5, cells: ['last', 'one'] },
    ]);
  });

  it('reports a quote that is never closed', () => {
    expect(parseCsv('a;b\n"open;x\n', ';').unclosedQuoteAt).toBe(2);
    expect(readImportFile('Vorname;Nachname;E-Mail\n"open;x;y\n').problems).toEqual(['a quote opened on line 2 is never closed']);
  });

  it('accepts German and English column names in any order and case, and names unknown or missing ones', () => {
    const english = readImportFile('email,FIRST_NAME,last name,consentDate,evidence\nx@example.org,A,B,2025-01-01,ref\n');
    expect(english.problems).toEqual([]);
    expect(english.rows[0]).toMatchObject({ line: 2, email: 'x@example.org', firstName: 'A', lastName: 'B', consentDate: '2025-01-01', evidence: 'ref' });

    const wrong = readImportFile('Vorname;E-Mail;Geburtstag;E-Mail\n');
    expect(wrong.problems).toEqual([
      expect.stringMatching(/^unknown column "Geburtstag"; known columns: Vorname, Nachname, E-Mail, Sprache, Interessen, Einwilligung vom, Nachweis/),
      'column E-Mail (email) appears 2 times',
      'column Nachname (lastName) is missing',
    ]);
    expect(readImportFile('').problems).toEqual(['the file is empty; the first line must name the columns']);
  });

  it('lets rows end in blank extra cells but refuses rows with values beyond the header', () => {
    const file = readImportFile('Vorname;Nachname;E-Mail\nA;B;a@example.org;;\nC;D;c@example.org;oops\n');
    expect(file.rows.map((row) => row.email)).toEqual(['a@example.org']);
    const refused = decideImport(file, options()).find((decision) => decision.line === 3);
    expect(refused).toMatchObject({ line: 3, outcome: 'refused', reasons: [{ code: 'wrong-cell-count' }] });
  });
});

describe('dates of evidence', () => {
  it('reads DD.MM.YYYY and ISO dates and rejects what is no calendar date', () => {
    expect(parseEvidenceDate('03.02.2025')).toBe('2025-02-03');
    expect(parseEvidenceDate('3.2.2025')).toBe('2025-02-03');
    expect(parseEvidenceDate('03.02.2025 14:30')).toBe('2025-02-03');
    expect(parseEvidenceDate('2025-02-03')).toBe('2025-02-03');
    expect(parseEvidenceDate('2025-02-03T10:00:00Z')).toBe('2025-02-03');
    for (const wrong of ['29.02.2025', '32.01.2025', '2025-13-01', '02/03/2025', 'gestern', '03.02.25']) expect(parseEvidenceDate(wrong)).toBeNull();
  });
});

describe('deciding the rows of a German Excel file', () => {
  const file = readImportFile(germanExcelCsv());

  it('is read as Windows-1252 with semicolons, umlauts intact', () => {
    expect(file).toMatchObject({ encoding: 'windows-1252', separator: ';', problems: [] });
    expect(file.rows[0]).toMatchObject({ line: 2, firstName: 'Jürgen', lastName: 'Müller-Lüdenscheidt', interests: 'Mobilität', evidence: 'Mail „Aufnahme in den Pool“, Az. 12/2025' });
    expect(file.rows[1]).toMatchObject({ line: 3, firstName: 'Anna-Lena', lastName: 'Weiß', evidence: 'Betreff: "Bitte aufnehmen"; Büro' });
    expect(file.rows.find((row) => row.line === 5)?.lastName).toBe('Groß\r\nvon Straße');
    // The line of `;;;;;;` is empty and skipped.
    expect(file.rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13]);
    expect(GERMAN_EXCEL_LINES).toHaveLength(13);
  });

  it('imports rows with evidence, keeps rows without apart, and refuses each faulty row with all its reasons', () => {
    const decisions = byLine(decideImport(file, options()));
    expect(decisions[2]).toMatchObject({
      outcome: 'import',
      person: { firstName: 'Jürgen', emailNormalized: 'juergen.mueller@example.org', language: 'de', interests: ['mobilitaet'] },
      evidence: { date: '2025-02-03', reference: 'Mail „Aufnahme in den Pool“, Az. 12/2025' },
      replacesUnverified: false,
    });
    expect(decisions[3]).toMatchObject({ outcome: 'import', person: { language: 'en', interests: ['mobilitaet', 'umwelt_klima'] }, evidence: { date: '2025-01-15' } });
    expect(decisions[4]).toMatchObject({ outcome: 'no-proof', person: { firstName: 'Özlem', lastName: 'Öztürk', language: 'de', interests: [] } });
    expect(codesOf(decisions[5])).toEqual(['invalid-name']);
    expect(codesOf(decisions[7])).toEqual(['invalid-email']);
    expect(decisions[8]).toMatchObject({ outcome: 'refused', reasons: [{ code: 'duplicate-in-file', detail: '2' }] });
    expect(codesOf(decisions[9])).toEqual(['missing-first-name']);
    expect(codesOf(decisions[10])).toEqual(['date-in-future']);
    expect(decisions[11]).toMatchObject({ reasons: [{ code: 'unknown-language', detail: 'tlh' }, { code: 'unknown-interest', detail: 'Raumfahrt' }] });
    expect(decisions[12]).toMatchObject({ reasons: [{ code: 'evidence-incomplete', detail: 'evidence' }] });
    expect(codesOf(decisions[13])).toEqual(['date-unparsable']);
    expect(countDecisions(Object.values(decisions))).toEqual({ imported: 2, unchanged: 0, noProof: 1, refused: 8 });
  });

  it('changes nothing for addresses an earlier import brought in, and says in which state other known addresses are', () => {
    const decisions = byLine(
      decideImport(
        file,
        options([
          ['juergen.mueller@example.org', { status: 'confirmed', suppressed: false, imported: true }],
          ['anna.weiss@example.org', { status: 'unsubscribed', suppressed: false, imported: true }],
          ['oezlem@example.org', { status: 'unverified', suppressed: false, imported: false }],
        ]),
      ),
    );
    expect(decisions[2]).toMatchObject({ outcome: 'unchanged', status: 'confirmed' });
    expect(decisions[3]).toMatchObject({ outcome: 'refused', reasons: [{ code: 'already-in-list', detail: 'unsubscribed', message: 'the address is already in the list (unsubscribed)' }] });
    expect(decisions[4]).toMatchObject({ outcome: 'unchanged', status: 'unverified' });
  });

  it('refuses addresses that signed up themselves or bounced, and confirms a no-proof address once evidence comes', () => {
    const csv = 'firstName,lastName,email,consentDate,evidence\nA,B,a@example.org,2025-01-01,ref\nC,D,c@example.org,,\nE,F,e@example.org,2025-01-01,ref\n';
    const decisions = byLine(
      decideImport(
        readImportFile(csv),
        options([
          ['a@example.org', { status: 'pending', suppressed: false, imported: false }],
          ['c@example.org', { status: 'confirmed', suppressed: true, imported: true }],
          ['e@example.org', { status: 'unverified', suppressed: false, imported: false }],
        ]),
      ),
    );
    expect(decisions[2]).toMatchObject({ reasons: [{ code: 'already-in-list', detail: 'pending' }] });
    expect(decisions[3]).toMatchObject({ reasons: [{ code: 'already-in-list', detail: 'suppressed' }] });
    expect(decisions[4]).toMatchObject({ outcome: 'import', replacesUnverified: true });
  });
});

describe('the consent record', () => {
  it('names the evidence and who imported it', () => {
    expect(consentRecordText('importiert, Nachweis: {{date}} {{reference}}, importiert von {{importedBy}}', { date: '03.02.2025', reference: 'Az. 12', importedBy: 'Rita Redaktion' })).toBe(
      'importiert, Nachweis: 03.02.2025 Az. 12, importiert von Rita Redaktion',
    );
  });
});

describe('a large file in steps', () => {
  const lines = ['Vorname;Nachname;E-Mail;Einwilligung vom;Nachweis'];
  for (let i = 1; i <= 3 * STEP_SIZE + 7; i++) lines.push(i % 5 === 0 ? `E;www.spam${i}.de;p${i}@example.org;;` : `E;M;p${i}@example.org;01.02.2025;A${i}`);
  const csv = windows1252(lines.join('\r\n'));

  /** Runs the steps to the end, counting the pauses they offer. */
  function stepped<Result>(steps: Generator<void, Result, void>): { result: Result; pauses: number } {
    let pauses = 0;
    for (;;) {
      const next = steps.next();
      if (next.done) return { result: next.value, pauses };
      pauses += 1;
    }
  }

  it('is read and decided as at once, pausing every few thousand rows', () => {
    const read = stepped(readImportFileInSteps(csv));
    expect(read.result).toEqual(readImportFile(csv));
    expect(read.pauses).toBeGreaterThanOrEqual(6);
    const decided = stepped(decideImportInSteps(read.result, options()));
    expect(decided.result).toEqual(decideImport(read.result, options()));
    expect(decided.pauses).toBe(3);
    expect(countDecisions(decided.result)).toEqual({ imported: 4806, unchanged: 0, noProof: 0, refused: 1201 });
    expect(decided.result.find((decision) => decision.line === 6)).toMatchObject({ outcome: 'refused', reasons: [{ code: 'name-with-link', detail: 'last name' }] });
  });
});
