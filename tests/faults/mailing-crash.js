#!/usr/bin/env node
'use strict';
/**
 * Fault test (npm run test:faults): a mailing to 2,000 recipients; the sending app is killed with
 * SIGKILL twice mid-send and restarted. The SMTP sink in this process counts every recipient: each
 * must arrive, and duplicates (a mail accepted by SMTP just before a kill, before its row was
 * marked) may be at most the number of kills.
 *
 *   FAULT_INSTANCES=2 with DATABASE_CLIENT=postgres: two instances send together; one of them is
 *   killed and restarted each time.
 */
const { fork } = require('child_process');
const { mkdirSync, rmSync } = require('fs');
const path = require('path');
const { SMTPServer } = require('smtp-server');
const { nextMessage } = require('../../bench/lib/child-messages');

const appDir = path.resolve(__dirname, '..', '..');
const RECIPIENTS = Number(process.env.FAULT_RECIPIENTS ?? 2000);
const INSTANCES = Number(process.env.FAULT_INSTANCES ?? 1);
const KILL_AT = [0.2, 0.55];
// Longer than a restart takes, so the restarted instance settles its predecessor's journal first.
const LOCK_SECONDS = 15;
const TIMEOUT_MS = 240_000;

const received = new Map();
let total = 0;

function startSink() {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 100,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        for (const { address } of session.envelope.rcptTo) {
          received.set(address, (received.get(address) ?? 0) + 1);
          total += 1;
        }
        callback();
      });
    },
  });
  // A killed instance's connections end with a reset: expected here, not a failure of the sink.
  server.on('error', (error) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') console.error('SMTP sink:', error);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function resetPostgres() {
  const { Client } = require('pg');
  const client = new Client({ host: process.env.DATABASE_HOST, port: Number(process.env.DATABASE_PORT), database: process.env.DATABASE_NAME, user: process.env.DATABASE_USERNAME, password: process.env.DATABASE_PASSWORD });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE');
  await client.query('CREATE SCHEMA public');
  await client.end();
}

// Whatever happens to this script, no instance outlives it (an orphan would hold CI's output open).
const children = new Set();
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

function startInstance(env) {
  const child = fork(path.join(__dirname, 'app-instance.js'), { cwd: appDir, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.add(child);
  const next = (type) => nextMessage(child, type);
  return { child, next, ask: (message, type) => (child.send(message), next(type)) };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(predicate, what) {
  const until = Date.now() + TIMEOUT_MS;
  while (!(await predicate())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function main() {
  require('../../scripts/build-plugins').buildPlugins();
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir });
  const sink = await startSink();
  const postgres = process.env.DATABASE_CLIENT === 'postgres';
  const dbFile = path.join(appDir, '.tmp', `fault-${process.pid}.db`);
  mkdirSync(path.dirname(dbFile), { recursive: true });
  if (postgres) await resetPostgres();
  else rmSync(dbFile, { force: true });
  if (INSTANCES > 1 && !postgres) throw new Error('several instances need PostgreSQL (DATABASE_CLIENT=postgres)');

  const env = {
    ...process.env,
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    SEED_ON_START: 'false',
    ...(postgres ? {} : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: dbFile }),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.server.address().port),
    SMTP_IGNORE_TLS: 'true',
    OUTBOX_CRON: '* * * * * *',
    OUTBOX_LOCK_SECONDS: String(LOCK_SECONDS),
    // One mail in flight per instance: a crash can then repeat at most one (see the README).
    OUTBOX_CONCURRENCY: process.env.OUTBOX_CONCURRENCY ?? '1',
    POOL_RATE_LIMIT: 'false',
    APP_KEYS: process.env.APP_KEYS ?? 'a,b,c,d',
    API_TOKEN_SALT: 'x', ADMIN_JWT_SECRET: 'x', TRANSFER_TOKEN_SALT: 'x', JWT_SECRET: 'x', ENCRYPTION_KEY: 'x',
  };

  const instances = [];
  for (let i = 0; i < INSTANCES; i++) {
    const instance = startInstance(env);
    await instance.next('ready');
    instances.push(instance);
  }
  const started = Date.now();
  const { documentId } = await instances[0].ask({ type: 'prepare', recipients: RECIPIENTS }, 'prepared');
  console.log(`mailing to ${RECIPIENTS} recipients started on ${INSTANCES} instance(s) (${postgres ? 'PostgreSQL' : 'SQLite'})`);

  let kills = 0;
  for (const share of KILL_AT) {
    await waitUntil(() => total >= RECIPIENTS * share, `${share * 100}% delivered`);
    const victim = instances[0];
    victim.child.kill('SIGKILL');
    await new Promise((resolve) => victim.child.once('exit', resolve));
    kills += 1;
    console.log(`killed instance ${victim.child.pid} (SIGKILL) after ${total} deliveries`);
    const replacement = startInstance(env);
    await replacement.next('ready');
    instances[0] = replacement;
    console.log(`restarted as ${replacement.child.pid}`);
  }

  let progress;
  await waitUntil(async () => {
    ({ progress } = await instances[0].ask({ type: 'progress', documentId }, 'progress'));
    return progress.status === 'sent';
  }, 'the mailing to finish');
  const seconds = (Date.now() - started) / 1000;

  for (const instance of instances) instance.child.kill('SIGTERM');
  await Promise.all(instances.map((instance) => new Promise((resolve) => (instance.child.exitCode !== null ? resolve() : instance.child.once('exit', resolve)))));
  await new Promise((resolve) => sink.close(resolve));
  if (!postgres) for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });

  const missing = [];
  for (let i = 0; i < RECIPIENTS; i++) if (!received.has(`fault-${i}@example.org`)) missing.push(i);
  const duplicates = [...received.values()].reduce((sum, count) => sum + count - 1, 0);
  console.log(`finished in ${seconds.toFixed(1)} s: ${received.size} of ${RECIPIENTS} recipients reached, ${missing.length} missing, ${duplicates} duplicate(s) after ${kills} kill(s); outbox: ${JSON.stringify(progress)}`);
  const ok = missing.length === 0 && duplicates <= kills && progress.sent === RECIPIENTS;
  console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
