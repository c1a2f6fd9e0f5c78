import { simpleParser, type AddressObject } from 'mailparser';
import nodemailer from 'nodemailer';
import { composeMime, createMimeComposer, MIME_BOUNDARY, quotedPrintable, type MimeMail } from '../../server/src/domain/mime-message';

const UNSUBSCRIBE = `<https://mitwirken.example.org/api/double-opt-in/unsubscribe?token=17.${'x'.repeat(43)}>`;

function mail(overrides: Partial<MimeMail> = {}): MimeMail {
  return {
    from: 'Mitmach-Pool Nordstadt <mitmachen@example.org>',
    to: 'jurgen.mueller@example.org',
    replyTo: 'buero@example.org',
    subject: 'Neues zum Mitwirken, Jürgen',
    text: 'Hallo Jürgen,\n\nam Montag laden wir ein.\n',
    html: '<p>Hallo Jürgen, <a href="https://example.org/a?b=c&amp;d=e">zum Workshop</a></p>',
    headers: { 'List-Unsubscribe': UNSUBSCRIBE, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    messageId: '<mailing-4.17@mitwirken.example.org>',
    date: new Date('2026-10-25T01:30:00Z'),
    ...overrides,
  };
}

function compose(overrides: Partial<MimeMail> = {}) {
  const composed = composeMime(mail(overrides));
  if (!composed) throw new Error('expected a composed message');
  return composed;
}

/** The mailboxes of an address header as a parser reads them, one header or several. */
function addresses(field: AddressObject | AddressObject[] | undefined) {
  return [field ?? []].flat().flatMap((header) => header.value);
}

/** What nodemailer's own composer makes of the same mail, for comparison. */
async function nodemailerMessage(input: MimeMail) {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await transport.sendMail({ from: input.from, to: input.to, replyTo: input.replyTo, subject: input.subject, text: input.text, html: input.html, headers: input.headers, messageId: input.messageId, date: input.date });
  return simpleParser(info.message as Buffer);
}

describe('composeMime', () => {
  it('says what nodemailer would say: same headers, text and HTML as read by a mail client', async () => {
    const input = mail();
    const ours = await simpleParser(compose().raw);
    const theirs = await nodemailerMessage(input);
    for (const field of ['subject', 'messageId', 'text', 'html'] as const) expect(ours[field]).toEqual(theirs[field]);
    expect(ours.date?.toISOString()).toBe(theirs.date?.toISOString());
    for (const field of ['from', 'to', 'replyTo'] as const) expect(addresses(ours[field])).toEqual(addresses(theirs[field]));
    for (const header of ['list-unsubscribe', 'list-unsubscribe-post', 'mime-version']) expect(ours.headers.get(header)).toEqual(theirs.headers.get(header));
    expect(ours.from?.value).toEqual([{ name: 'Mitmach-Pool Nordstadt', address: 'mitmachen@example.org' }]);
  });

  it('names the bare addresses in the envelope', () => {
    expect(compose().envelope).toEqual({ from: 'mitmachen@example.org', to: ['jurgen.mueller@example.org'] });
  });

  it('encodes umlauts, dashes and emoji in the subject and the sender name, and folds long subjects', async () => {
    const subject = 'Neue Mitmach-Angebote – Öffentlichkeitsbeteiligung im Stadtbezirk Innenstadt-Nord und überall sonst 🌳';
    const { raw } = compose({ subject, from: 'Koordinierungsstelle „nordwärts“ <nordwaerts@example.org>' });
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe(subject);
    expect(parsed.from?.value).toEqual([{ name: 'Koordinierungsstelle „nordwärts“', address: 'nordwaerts@example.org' }]);
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect([...head].every((character) => character.charCodeAt(0) < 0x80)).toBe(true);
    for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78 + UNSUBSCRIBE.length);
  });

  it('keeps every body line within 76 characters and reads back text with "=", trailing spaces and long lines unchanged', async () => {
    const text = `Ein Satz mit = Zeichen und Leerzeichen am Ende   \n${'Lange Zeile über die Beteiligung '.repeat(12)}\n\tTab\r\nZweite Zeile mit Windows-Zeilenende\n.Punkt am Anfang\n`;
    const html = `<p style="color:red">${'Bürgerbeteiligung '.repeat(30)}</p>`;
    const { raw } = compose({ text, html });
    const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
    for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    const parsed = await simpleParser(raw);
    expect(parsed.text).toBe(text.replace(/\r\n/g, '\n'));
    expect(parsed.html).toBe(html);
  });

  it('uses one boundary that quoted-printable parts can never contain', () => {
    const { raw } = compose({ text: `--${MIME_BOUNDARY}\n=_mitwirken`, html: `<p>--${MIME_BOUNDARY}--</p>` });
    const delimiterLines = raw.split('\r\n').filter((line) => line.startsWith(`--${MIME_BOUNDARY}`));
    expect(delimiterLines).toEqual([`--${MIME_BOUNDARY}`, `--${MIME_BOUNDARY}`, `--${MIME_BOUNDARY}--`]);
  });

  it('sends a mail with only a text (or only an HTML) body as a single part', async () => {
    const textOnly = await simpleParser(compose({ html: '' }).raw);
    expect(textOnly.text).toBe('Hallo Jürgen,\n\nam Montag laden wir ein.\n');
    expect(textOnly.html).toBe(false);
    const htmlOnly = compose({ text: '' }).raw;
    expect(htmlOnly).toMatch(/^Content-Type: text\/html; charset=utf-8$/m);
    expect((await simpleParser(htmlOnly)).html).toContain('Jürgen');
  });

  it('encodes a header value that would otherwise read as an encoded word', async () => {
    const subject = 'Was heißt =?UTF-8?Q?x?= in einer Mail?';
    expect((await simpleParser(compose({ subject }).raw)).subject).toBe(subject);
  });

  it('leaves to nodemailer what it cannot write in ASCII or must not write', () => {
    expect(composeMime(mail({ to: 'jürgen@beispiel.de' }))).toBeNull();
    expect(composeMime(mail({ from: 'Pool <pool@bücher.example>' }))).toBeNull();
    expect(composeMime(mail({ subject: 'Hallo\r\nBcc: alle@example.org' }))).toBeNull();
    expect(composeMime(mail({ headers: { 'X-Note': 'a\nb' } }))).toBeNull();
    expect(composeMime(mail({ headers: { 'Reply-To': 'other@example.org' } }))).toBeNull();
    expect(composeMime(mail({ headers: { 'Bad Name': 'x' } }))).toBeNull();
    expect(composeMime(mail({ subject: 'halb \ud83c' }))).toBeNull();
  });
});

describe('quotedPrintable', () => {
  it('reads back unchanged whatever the text, with no line over 76 characters (300 random texts)', async () => {
    const pieces = ['a', 'Z', '0', ' ', '  ', '\t', '=', '==', '.', 'ü', 'ß', '–', '„', '🌳', '\n', '\r\n', '<a href="x?y=z">', 'Beteiligung ', 'x'.repeat(80)];
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 1 + random(60) }, () => pieces[random(pieces.length)]).join('');
      const encoded = quotedPrintable(text);
      for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
      const parsed = await simpleParser(compose({ text, html: '' }).raw);
      expect(parsed.text).toBe(text.replace(/\r\n/g, '\n'));
    }
  });

  it('encodes "=" and non-ASCII bytes and marks soft breaks', () => {
    expect(quotedPrintable('a=b ü')).toBe('a=3Db =C3=BC');
    expect(quotedPrintable('x '.repeat(50))).toMatch(/=\r\n/);
    expect(quotedPrintable('Ende ')).toBe('Ende=20');
  });
});

describe('createMimeComposer', () => {
  it('composes what composeMime composes, byte for byte, message after message (2,500 mails of 5 mailings)', () => {
    const composer = createMimeComposer();
    const long = 'Sehr geehrte Damen und Herren, am Montag laden wir zu einem Workshop über den Stadtteilpark ein = "gleich". ';
    let seed = 11;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const names = ['Jürgen', 'Ana <b>', 'Zoë & Co', 'X', 'Ünal-Öztürk', 'Chloé 😀', 'trailing ', 'a=b'];
    for (let index = 0; index < 2500; index++) {
      const mailing = index % 5;
      const name = `${names[random(names.length)]}${random(1000)}`;
      const message = mail({
        to: `person-${index}@example.org`,
        subject: `Mailing ${mailing}, ${name}`,
        text: `Hallo ${name},\n\n${long.repeat(mailing + 1)}\n-- \nAbmelden: https://example.org/u?token=${index}.${'x'.repeat(43)}`,
        html: `<p>Hallo ${name},</p>\n<p style="font-size: 14px">${long.repeat(mailing + 2)}</p>\n<a href="https://example.org/u?token=${index}">x</a>`,
        messageId: `<mailing-${mailing}.${index}@example.org>`,
        from: index % 2 ? 'Verteiler <pool@example.org>' : 'pool@example.org',
      });
      expect(composer(message)).toEqual(composeMime(message));
    }
  });

  it('refuses what composeMime refuses, also after composing others', () => {
    const composer = createMimeComposer();
    expect(composer(mail())).toEqual(composeMime(mail()));
    expect(composer(mail({ from: 'Jürgen <jürgen@example.org>' }))).toBeNull();
    expect(composer(mail({ text: 'cut \ud800 here', html: '' }))).toBeNull();
    expect(composer(mail())).toEqual(composeMime(mail()));
  });
});
