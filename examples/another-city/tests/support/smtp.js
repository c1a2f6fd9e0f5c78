'use strict';

const { Buffer } = require('node:buffer');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

/** An SMTP server in the test process that accepts every mail and keeps it, raw and parsed. */
class MailCatcher {
  constructor() {
    this.mails = [];
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Pooled client connections would otherwise hold close() for 30 s.
      closeTimeout: 100,
      onData: (stream, session, callback) => {
        const chunks = [];
        stream.on('data', (chunk) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw).then(
            (parsed) => {
              this.mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, parsed });
              callback();
            },
            (error) => callback(error),
          );
        });
      },
    });
  }

  /** Listens on a free port of 127.0.0.1 and returns it. */
  async start() {
    await new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server.removeListener('error', reject);
        this.server.on('error', () => undefined);
        resolve();
      });
    });
    return this.server.server.address().port;
  }

  stop() {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Waits (bounded) until `count` mails reached `address`; returns them in the order received. */
  async waitFor(address, count = 1, timeoutMs = 30_000) {
    const until = Date.now() + timeoutMs;
    const received = () => this.mails.filter((mail) => mail.to.includes(address));
    while (received().length < count) {
      if (Date.now() > until) throw new Error(`expected ${count} mail(s) to ${address} within ${timeoutMs} ms, got ${received().length}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return received();
  }
}

/** A header as sent (unfolded), or undefined. */
function headerOf(mail, name) {
  const head = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line === undefined ? undefined : line.slice(name.length + 1).trim();
}

/** The first link in the mail's text that contains `fragment`. */
function linkIn(mail, fragment) {
  const url = (mail.parsed.text || '').match(/https?:\/\/\S+/g)?.find((candidate) => candidate.includes(fragment));
  if (!url) throw new Error(`no link with ${fragment} in: ${mail.parsed.text}`);
  return url;
}

module.exports = { MailCatcher, headerOf, linkIn };
