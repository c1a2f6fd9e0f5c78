import { fork, type ChildProcess } from 'child_process';
import { rmSync } from 'fs';
import path from 'path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { headerOf, prepareAppDatabase } from '@mitwirken/strapi-testing';
import { HOST_APP_DIR } from '../harness/host-app';
import { SURVEY_URL } from '../fixtures/survey-invitation-kind';

/**
 * A mail kind the plugin does not know (tests/fixtures/survey-invitation-kind.ts: a survey
 * invitation to the members who chose one interest), registered by the host app, sent through
 * the unchanged pipeline to 200 recipients over real SMTP. The sending instance (a child process)
 * is killed with SIGKILL once mid-send and started again on the same database: every recipient
 * gets the invitation exactly once.
 *
 * Where the kill lands: while the SMTP server holds a mail's DATA unanswered (the moment a
 * sending instance spends most of its time in). Every mail answered before was recorded by the
 * instance's delivery journal in the tick its answer arrived, so the restart marks them sent; the
 * unanswered one was never accepted and goes out once after the restart. A kill in the instant
 * between an answer leaving the server and the instance reading it can still repeat that one mail
 * (the at-most-one-per-kill case of the app's fault test, npm run test:faults, which kills at
 * random moments).
 */

const KIND_MODULE = path.resolve(__dirname, '..', 'fixtures', 'survey-invitation-kind.ts');
const RECIPIENTS = 200;
const KILL_AFTER = 60;
// Each SMTP answer waits this long, so the sending takes seconds and the kill lands mid-send.
const ANSWER_DELAY_MS = 10;
const TIMEOUT_MS = 80_000;

type Message = { type: string; [key: string]: unknown };

interface Instance {
  child: ChildProcess;
  ask<Answer extends Message>(message: Message, answer: string): Promise<Answer>;
}

const received = new Map<string, number>();
const samples: Array<{ to: string; raw: string }> = [];
let accepted = 0;
let onHeld: (() => void) | null = null;
let held = false;
const children = new Set<ChildProcess>();
let sink: SMTPServer;
let sinkPort = 0;
let cleanup: () => void = () => undefined;
const journalDir = path.join(HOST_APP_DIR, '.tmp', `journal-kind-crash-${process.pid}`);

function nextMessage<Answer extends Message>(child: ChildProcess, type: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => done(() => reject(new Error(`instance exited (${code}) while waiting for ${type}`)));
    const onMessage = (message: Message) => {
      if (message.type === 'error') done(() => reject(new Error(String(message.message))));
      else if (message.type === type) done(() => resolve(message as Answer));
    };
    const done = (then: () => void) => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      then();
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

function startInstance(registeredAt: 'register' | 'runtime'): Instance {
  const child = fork(path.join(__dirname, '..', 'harness', 'host-app-instance.js'), {
    env: {
      ...process.env,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sinkPort),
      SMTP_IGNORE_TLS: 'true',
      MAIL_FROM: 'Test list <pool@example.org>',
      OUTBOX_CRON: '* * * * * *',
      // One mail in flight, as the app's fault test sends (see the README on duplicates).
      OUTBOX_CONCURRENCY: '1',
      OUTBOX_LOCK_SECONDS: '5',
      OUTBOX_JOURNAL_DIR: journalDir,
      POOL_RATE_LIMIT: 'false',
      KIND_MODULE,
      KIND_EXPORT: 'surveyInvitation',
      KIND_REGISTERED_AT: registeredAt,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  return {
    child,
    ask: <Answer extends Message>(message: Message, answer: string) => {
      const reply = nextMessage<Answer>(child, answer);
      child.send(message);
      return reply;
    },
  };
}

async function kill(instance: Instance): Promise<void> {
  const exited = new Promise((resolve) => instance.child.once('exit', resolve));
  instance.child.kill('SIGKILL');
  await exited;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (accepted >= KILL_AFTER && !held) {
          // Held: never answered, never counted; the test kills the instance now.
          held = true;
          onHeld?.();
          return;
        }
        setTimeout(() => {
          accepted += 1;
          for (const { address } of session.envelope.rcptTo) received.set(address, (received.get(address) ?? 0) + 1);
          if (samples.length < 3) samples.push({ to: session.envelope.rcptTo[0].address, raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        }, ANSWER_DELAY_MS);
      });
    },
  });
  // A killed instance's connections end with a reset: expected here.
  sink.on('error', () => undefined);
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', () => resolve()));
  sinkPort = (sink.server.address() as { port: number }).port;
  cleanup = await prepareAppDatabase({ appDir: HOST_APP_DIR, distDir: HOST_APP_DIR }, 'mail-kind-crash');
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await new Promise<void>((resolve) => sink.close(() => resolve()));
  cleanup();
  rmSync(journalDir, { recursive: true, force: true });
});

it(
  'sends a kind registered by the host to 200 recipients through the pipeline, once each, across a SIGKILL mid-send',
  async () => {
    const started = Date.now();
    // Registered at run time, after the start: no row of it waits yet.
    let instance = startInstance('runtime');
    await nextMessage(instance.child, 'ready');

    // 200 confirmed members chose the survey's topic (environment), in two languages; others did not, or are not confirmed.
    const people = Array.from({ length: 300 }, (_, i) => {
      const email = `survey-${i}@example.org`;
      const chose = i < 200 || i >= 250;
      const status = i < 250 ? 'confirmed' : i < 280 ? 'pending' : 'unsubscribed';
      return { firstName: `P${i}`, lastName: 'Test', email, emailNormalized: email, status, language: i % 3 === 0 ? 'en' : 'de', interests: chose ? ['umwelt_klima'] : ['mobilitaet'], ...(status === 'confirmed' ? { confirmedAt: new Date().toISOString() } : {}) };
    });
    await instance.ask({ type: 'seed', people }, 'seeded');
    // Through the document service: the registered kind is a value the mailing's `kind` accepts.
    const created = await instance.ask<{ type: string; documentId: string; id: number }>(
      { type: 'create', data: { title: 'Umfrage Klima', kind: 'survey-invitation', subject: 'Umfrage', body: 'Einladung zur Umfrage', language: 'de', interests: ['umwelt_klima'] } },
      'created',
    );
    const heldNow = new Promise<void>((resolve) => (onHeld = resolve));
    const start = await instance.ask<{ type: string; progress: { recipients: number; status: string } }>({ type: 'start', documentId: created.documentId }, 'started');
    expect(start.progress).toMatchObject({ status: 'sending', recipients: RECIPIENTS });

    await heldNow;
    await kill(instance);
    const killedAfter = ((Date.now() - started) / 1000).toFixed(1);
    const atKill = accepted;
    expect(atKill).toBe(KILL_AFTER);

    // Started again as a host's app starts: the kind registered in its register phase, before the outbox's first pass.
    instance = startInstance('register');
    await nextMessage(instance.child, 'ready');
    const restartedAfter = ((Date.now() - started) / 1000).toFixed(1);

    let progress: { status: string; sent: number; recipients: number; kept: number; failed: number; cancelled: number } | undefined;
    while (Date.now() - started < TIMEOUT_MS) {
      progress = (await instance.ask<{ type: string; progress: NonNullable<typeof progress> }>({ type: 'progress', documentId: created.documentId }, 'progress')).progress;
      if (progress.status === 'sent') break;
      await sleep(250);
    }
    await kill(instance);

    const expected = people.filter((person, i) => person.status === 'confirmed' && i < 200).map((person) => person.email);
    const missing = expected.filter((email) => !received.has(email));
    const duplicates = [...received.values()].reduce((sum, count) => sum + count - 1, 0);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`survey invitation: ${received.size} of ${RECIPIENTS} reached, ${missing.length} missing, ${duplicates} duplicate(s) after 1 kill at ${atKill} accepted; killed at ${killedAfter} s, restarted at ${restartedAfter} s, done at ${seconds} s`);

    expect(progress).toMatchObject({ status: 'sent', recipients: RECIPIENTS, sent: RECIPIENTS, kept: 0, failed: 0, cancelled: 0 });
    expect(missing).toEqual([]);
    expect([...received.keys()].sort()).toEqual([...expected].sort());
    expect(duplicates).toBe(0);

    // The kind's own mail, in the member's language, with the pipeline's Message-ID and unsubscribe headers.
    for (const sample of samples) {
      const mail = await simpleParser(sample.raw);
      const index = Number(sample.to.match(/survey-(\d+)@/)![1]);
      expect(mail.subject).toBe(index % 3 === 0 ? 'Survey: your view on Environment and climate' : 'Umfrage: Ihre Meinung zu Umwelt und Klima');
      expect(mail.text).toContain(`${SURVEY_URL}/${created.documentId}?member=`);
      expect(mail.text).toContain(`P${index}`);
      expect(mail.messageId).toMatch(new RegExp(`^<survey-invitation-${created.id}\\.\\d+@localhost>$`));
      const asReceived = { to: [sample.to], raw: sample.raw, parsed: mail };
      expect(headerOf(asReceived, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:1337\/api\/double-opt-in\/unsubscribe\?token=[^>]+>$/);
      expect(headerOf(asReceived, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    }
  },
  TIMEOUT_MS + 10_000,
);
