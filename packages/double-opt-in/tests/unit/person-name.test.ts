import { linkInName } from '../../server/src/domain/person-name';

describe('names that hold a link or a mail address', () => {
  it.each([
    'Anne-Marie',
    "O'Brien",
    'O’Brien',
    'Dr. Müller',
    'Jürgen Müßig',
    'José',
    'J. R. R.',
    'J.R.R.',
    'J.R.R. Tolkien',
    'Prof. Dr.-Ing. habil. Schmidt',
    'Dr.med. Weber',
    'St.Pauli',
    'Anne.Marie',
    'Maria-Magdalena von und zu Lüdenscheidt-Hohenstein',
    'Ayşe Yılmaz',
    'Çağrı Öztürk',
    'محمد عبد الله',
    'Фёдор Достоевский',
    'Nguyễn Văn An',
    '李小龍',
    'Smith Jr.',
    'Müller (geb. Schulz)',
    'Mary-Kate & Ashley',
    'Louis XIV.',
    'Henry 8.',
  ])('%s is a name', (value) => {
    expect(linkInName(value)).toBeNull();
  });

  it.each([
    ['http://example.com', 'url'],
    ['Anne https://gewinn.example/x', 'url'],
    ['HTTPS://EXAMPLE.ORG', 'url'],
    ['ftp://files.example', 'url'],
    ['//evil.example/path', 'url'],
    ['www.gewinn.de', 'url'],
    ['Besuchen Sie WWW.Gewinn.DE', 'url'],
    ['Gewinn auf example.xyz/abc', 'url'],
    ['bit.ly/3abc', 'url'],
    ['gewinn.com', 'url'],
    ['Hallo, klicken Sie gewinn.de jetzt', 'url'],
    ['casino-bonus.online', 'url'],
    ['host.example:8080', 'url'],
    ['shop.example?ref=1', 'url'],
    ['xn--mller-kva.de', 'url'],
    ['xn--mller-kva.xn--p1ai', 'url'],
    ['192.168.10.1', 'url'],
    ['Max 10.0.0.1', 'url'],
    ['mail@example.org', 'email'],
    ['Schreiben Sie an info@gewinn.de', 'email'],
  ])('%s holds a %s', (value, kind) => {
    expect(linkInName(value)).toBe(kind);
  });
});
