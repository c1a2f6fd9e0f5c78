/**
 * A pool mail as one MIME message (RFC 5322, RFC 2045–2047), composed in one pass of string work.
 *
 * The outbox hands nodemailer this text instead of the mail's fields: nodemailer then only speaks
 * SMTP, and the message leaves as one write instead of a dozen (building the MIME tree and writing
 * it in pieces was half of a mailing's CPU time). The message says what nodemailer's composer
 * would say: the same headers, multipart/alternative with a quoted-printable text and HTML part.
 *
 * What it cannot say in plain ASCII (an address with non-ASCII characters, which needs SMTPUTF8 or
 * punycode) or must not say (a header name it does not know how to write, a line break in a value)
 * makes `composeMime` return null, and the caller leaves the mail to nodemailer's composer.
 */

export interface MimeMail {
  /** `Name <address>` or `address`. */
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers such as List-Unsubscribe; none may repeat a header set here. */
  headers: Readonly<Record<string, string>>;
  messageId: string;
  date: Date;
}

export interface ComposedMime {
  /** The whole message, CRLF line ends. */
  raw: string;
  /** The SMTP envelope: the bare addresses of From and To. */
  envelope: { from: string; to: string[] };
}

const CRLF = '\r\n';
const ENCODED_WORD_MAX = 75;
const QP_LINE_MAX = 76;
const HEADER_LINE_MAX = 78;
const LINE_HARD_MAX = 998;

/**
 * Quoted-printable never lets "=_" through ("=" itself becomes "=3D", a soft break is "=" and a line
 * end), so a boundary that starts with it cannot occur in a part: one boundary serves every message.
 */
export const MIME_BOUNDARY = '=_doi-part';

const OWN_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'reply-to', 'subject', 'message-id', 'date', 'mime-version', 'content-type', 'content-transfer-encoding']);
const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const ASCII_ADDRESS = /^[\x21-\x7e]+@[\x21-\x7e]+$/;
const MAILBOX = /^\s*(?:"?([^"<>]*?)"?\s*)?<([^<>\s]+)>\s*$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const LINE_BREAK = /[\r\n]/;
// Characters an encoded word may carry as they are (RFC 2047 5(3), the safe subset).
const Q_LITERAL = /[A-Za-z0-9!*+\-/]/;

interface Mailbox {
  name: string;
  address: string;
}

function parseMailbox(value: string): Mailbox | null {
  const trimmed = value.trim();
  const match = MAILBOX.exec(trimmed);
  const mailbox = match ? { name: (match[1] ?? '').trim(), address: match[2] } : { name: '', address: trimmed };
  return ASCII_ADDRESS.test(mailbox.address) && !mailbox.address.includes('"') ? mailbox : null;
}

/** A character as "=XX" per UTF-8 byte, the escape of both Q words and quoted-printable: "ü" is "=C3=BC". */
function encodedBytes(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x80) return `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
  return encodeURIComponent(character).replace(/%/g, '=');
}

/** RFC 2047 encoded words of at most 75 characters, never splitting a character's bytes. */
function encodedWords(value: string): string[] {
  const prefix = '=?UTF-8?Q?';
  const room = ENCODED_WORD_MAX - prefix.length - 2;
  const words: string[] = [];
  let word = '';
  for (const character of value) {
    let token: string;
    if (character === ' ') token = '_';
    else if (Q_LITERAL.test(character)) token = character;
    else token = encodedBytes(character);
    if (word.length + token.length > room) {
      words.push(`${prefix}${word}?=`);
      word = '';
    }
    word += token;
  }
  if (word || words.length === 0) words.push(`${prefix}${word}?=`);
  return words;
}

/** Folds a header at spaces so lines stay near 78 characters; a word longer than that keeps its line. */
function foldHeader(name: string, value: string): string {
  const line = `${name}: ${value}`;
  if (line.length <= HEADER_LINE_MAX) return line;
  const parts = line.split(' ');
  const lines: string[] = [];
  let current = parts[0];
  for (let index = 1; index < parts.length; index++) {
    const part = parts[index];
    if (part && current.length + 1 + part.length > HEADER_LINE_MAX) {
      lines.push(current);
      current = part;
    } else {
      current += ` ${part}`;
    }
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

/** An unstructured header value: as it is when it is printable ASCII, else encoded words. */
function headerText(value: string): string {
  // Printable text that looks like an encoded word would be decoded by the reader: encode it too.
  if (PRINTABLE_ASCII.test(value) && !value.includes('=?')) return value;
  return encodedWords(value).join(' ');
}

function mailboxText({ name, address }: Mailbox): string {
  if (!name) return address;
  const display = PRINTABLE_ASCII.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : encodedWords(name).join(' ');
  return `${display} <${address}>`;
}

// Bytes quoted-printable may carry as they are: printable ASCII except "=", and space and tab
// unless they end a line.
const QP_UNSAFE = /[^\x21-\x3c\x3e-\x7e \t]/;
const QP_SAFE_RUN = /[\x21-\x3c\x3e-\x7e \t]+/y;
const QP_ROOM = QP_LINE_MAX - 1; // a soft break ("=") must fit on the line too

/** A line quoted-printable may carry as it is. */
const plainLine = (line: string) => line.length <= QP_LINE_MAX && !QP_UNSAFE.test(line) && !/[ \t]$/.test(line);

/** One line (without its end) as quoted-printable lines of at most 76 characters. */
function quotedPrintableLine(line: string, out: string[]): void {
  if (plainLine(line)) {
    out.push(line);
    return;
  }
  encodeLine(line, out);
}

function encodeLine(line: string, out: string[]): void {
  let current = '';
  let index = 0;
  while (index < line.length) {
    QP_SAFE_RUN.lastIndex = index;
    const safe = QP_SAFE_RUN.exec(line);
    let token: string;
    if (safe) {
      let run = safe[0];
      index += run.length;
      // Whitespace that ends the line would be taken for padding and dropped: it is encoded.
      const last = run.charCodeAt(run.length - 1);
      const trailing = index === line.length && (last === 0x20 || last === 0x09);
      if (trailing) run = run.slice(0, -1);
      while (run.length > QP_ROOM - current.length) {
        const room = QP_ROOM - current.length;
        out.push(`${current}${run.slice(0, room)}=`);
        current = '';
        run = run.slice(room);
      }
      current += run;
      if (!trailing) continue;
      token = last === 0x20 ? '=20' : '=09';
    } else {
      const character = String.fromCodePoint(line.codePointAt(index) as number);
      index += character.length;
      token = encodedBytes(character);
    }
    if (current.length + token.length > QP_ROOM) {
      out.push(`${current}=`);
      current = '';
    }
    current += token;
  }
  out.push(current);
}

export function quotedPrintable(body: string): string {
  return encodeBody(body);
}

function encodeBody(body: string, memo?: Memo): string {
  const out: string[] = [];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (!memo || plainLine(line)) quotedPrintableLine(line, out);
    else out.push(remember(memo.lines, line, () => encodedLine(line)));
  }
  return out.join(CRLF);
}

function encodedLine(line: string): string {
  const out: string[] = [];
  encodeLine(line, out);
  return out.join(CRLF);
}

function part(contentType: string, body: string, memo?: Memo): string {
  return `Content-Type: ${contentType}; charset=utf-8${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}${encodeBody(body, memo)}`;
}

/**
 * What a composer keeps from one message to the next (see `createMimeComposer`): lines already
 * encoded, and parsed sender addresses. Every line is encoded on its own, so a kept line is
 * exactly what encoding it again would give.
 */
interface Memo {
  lines: Map<string, string>;
  mailboxes: Map<string, Mailbox | null>;
}

// Each recipient's own lines (name, link) are kept too, since nothing says which lines those are:
// the memo starts again after this many, which costs the shared lines one more encoding each.
const MEMO_ENTRIES = 1000;

function remember<Value>(map: Map<string, Value>, key: string, make: () => Value): Value {
  const kept = map.get(key);
  if (kept !== undefined || map.has(key)) return kept as Value;
  const made = make();
  if (map.size >= MEMO_ENTRIES) map.clear();
  map.set(key, made);
  return made;
}

/** RFC 5322 date in UTC: "Thu, 03 Dec 2026 09:13:17 +0000". */
function mailDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

export function composeMime(mail: MimeMail): ComposedMime | null {
  return composeWith(mail);
}

/**
 * `composeMime` for a sender of many similar messages (the outbox): the same messages, byte for
 * byte, but a line that every recipient's mail shares (all of a mailing's text but the lines with
 * their name or link) is encoded once, and the sender's addresses are parsed once.
 */
export function createMimeComposer(): (mail: MimeMail) => ComposedMime | null {
  const memo: Memo = { lines: new Map(), mailboxes: new Map() };
  return (mail) => composeWith(mail, memo);
}

function composeWith(mail: MimeMail, memo?: Memo): ComposedMime | null {
  try {
    return compose(mail, memo);
  } catch (error) {
    // A lone surrogate (text cut in the middle of a character) cannot be encoded as UTF-8.
    if (error instanceof URIError) return null;
    throw error;
  }
}

function compose(mail: MimeMail, memo?: Memo): ComposedMime | null {
  const sender = (value: string) => (memo ? remember(memo.mailboxes, value, () => parseMailbox(value)) : parseMailbox(value));
  const from = sender(mail.from);
  const to = parseMailbox(mail.to);
  const replyTo = mail.replyTo ? sender(mail.replyTo) : undefined;
  if (!from || !to || replyTo === null) return null;
  if (!PRINTABLE_ASCII.test(mail.messageId) || mail.messageId.length > LINE_HARD_MAX - 12) return null;

  const headers = [foldHeader('From', mailboxText(from)), foldHeader('To', mailboxText(to))];
  if (replyTo) headers.push(foldHeader('Reply-To', mailboxText(replyTo)));
  if (LINE_BREAK.test(mail.subject)) return null;
  headers.push(foldHeader('Subject', headerText(mail.subject)), `Message-ID: ${mail.messageId}`, `Date: ${mailDate(mail.date)}`, 'MIME-Version: 1.0');
  for (const [name, value] of Object.entries(mail.headers)) {
    if (!HEADER_NAME.test(name) || OWN_HEADERS.has(name.toLowerCase()) || LINE_BREAK.test(value)) return null;
    const folded = foldHeader(name, headerText(value));
    if (folded.split(CRLF).some((line) => line.length > LINE_HARD_MAX)) return null;
    headers.push(folded);
  }

  let body: string;
  if (mail.text && mail.html) {
    headers.push(`Content-Type: multipart/alternative;${CRLF} boundary="${MIME_BOUNDARY}"`);
    body = [`--${MIME_BOUNDARY}`, part('text/plain', mail.text, memo), `--${MIME_BOUNDARY}`, part('text/html', mail.html, memo), `--${MIME_BOUNDARY}--`, ''].join(CRLF);
  } else {
    const single = part(mail.html ? 'text/html' : 'text/plain', mail.html || mail.text, memo);
    const split = single.indexOf(CRLF + CRLF);
    headers.push(single.slice(0, split));
    body = single.slice(split + 4);
  }
  return { raw: `${headers.join(CRLF)}${CRLF}${CRLF}${body}`, envelope: { from: from.address, to: [to.address] } };
}
