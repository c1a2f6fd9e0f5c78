import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

export type SinkMode = 'accept' | 'temporary-failure' | 'permanent-failure';

/**
 * A real SMTP server in the test process. It can refuse connections (stopped), answer 421
 * (temporary) or 550 (permanent), and keeps every accepted mail, parsed.
 */
export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  mode: SinkMode = 'accept';
  private server: SMTPServer | null = null;
  port = 0;

  private create(): SMTPServer {
    return new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Pooled client connections would otherwise hold `stop()` for 30 s.
      closeTimeout: 100,
      onRcptTo: (_address, _session, callback) => {
        if (this.mode === 'temporary-failure') return callback(Object.assign(new Error('Try again later'), { responseCode: 421 }));
        if (this.mode === 'permanent-failure') return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          this.mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, parsed: await simpleParser(raw) });
          callback();
        });
      },
    });
  }

  async start(port = this.port): Promise<number> {
    this.server = this.create();
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => {
        // Once listening, a client's reset connection is the client's business, not a test failure.
        this.server!.removeListener('error', reject);
        this.server!.on('error', () => undefined);
        resolve();
      });
    });
    this.port = (this.server.server.address() as { port: number }).port;
    return this.port;
  }

  /** Closes the port: connections are refused until `start()` again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  mailsTo(address: string): ReceivedMail[] {
    return this.mails.filter((mail) => mail.to.includes(address));
  }

  /** Waits (bounded) until `count` mails reached `address`. */
  async waitFor(address: string, count = 1, timeoutMs = 10_000): Promise<ReceivedMail[]> {
    const until = Date.now() + timeoutMs;
    while (this.mailsTo(address).length < count) {
      if (Date.now() > until) throw new Error(`expected ${count} mail(s) to ${address}, got ${this.mailsTo(address).length}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return this.mailsTo(address);
  }
}

/** A header of a received mail as sent (unfolded), or undefined. */
export function headerOf(mail: ReceivedMail, name: string): string | undefined {
  const head = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

/** The first link in a mail's text that contains `fragment`. */
export function urlInMail(mail: ReceivedMail, fragment: string): string {
  const url = (mail.parsed.text ?? '').match(/https?:\/\/\S+/g)?.find((candidate) => candidate.includes(fragment));
  if (!url) throw new Error(`no ${fragment} link in: ${mail.parsed.text}`);
  return url;
}

/** Points the app's mail config at the sink; call before the app boots. */
export function useSmtpSink(sink: SmtpSink): void {
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(sink.port);
  process.env.SMTP_IGNORE_TLS = 'true';
  process.env.SMTP_CONNECTION_TIMEOUT_MS = '2000';
  process.env.MAIL_FROM = 'Test list <pool@example.org>';
}
