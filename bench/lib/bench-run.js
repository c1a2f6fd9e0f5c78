'use strict';
// Shared by the benchmarks: a Strapi child process, and autocannon runs against it.
const { fork } = require('child_process');
const { randomBytes } = require('crypto');
const { mkdirSync, rmSync, writeFileSync } = require('fs');
const path = require('path');
const autocannon = require('autocannon');
const { nextMessage } = require('./child-messages');

const appDir = path.resolve(__dirname, '..', '..');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

/** A benchmark runs on a throwaway database: secrets the environment lacks (no .env yet) are made up for the run. */
function benchSecrets() {
  const made = {};
  for (const key of SECRETS) {
    if (process.env[key]) continue;
    made[key] = key === 'APP_KEYS' ? [1, 2, 3, 4].map(() => randomBytes(16).toString('base64')).join(',') : randomBytes(16).toString('base64');
  }
  return made;
}

/** The app's production heap bound: APP_MAX_OLD_SPACE_MB, else package.json config.maxOldSpaceMb. */
function maxOldSpaceMb() {
  return Number(process.env.APP_MAX_OLD_SPACE_MB ?? require(path.join(appDir, 'package.json')).config.maxOldSpaceMb);
}

/** Compiles the app, then forks a server on a fresh SQLite file; `env` adds to the environment. */
async function startServer(name, env = {}) {
  require('../../scripts/build-plugins').buildPlugins();
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir });
  const dir = path.join(appDir, '.tmp');
  mkdirSync(dir, { recursive: true });
  const dbFile = path.join(dir, `bench-${name}-${process.pid}.db`);
  rmSync(dbFile, { force: true });
  const child = fork(path.join(__dirname, 'server.js'), {
    cwd: appDir,
    // The same bound on the old generation as `npm start` sets (package.json config.maxOldSpaceMb).
    execArgv: [...process.execArgv, `--max-old-space-size=${maxOldSpaceMb()}`, ...(process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean)],
    env: { ...benchSecrets(), ...process.env, NODE_ENV: 'production', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: dbFile, SEED_ON_START: 'false', PORT: '0', STRAPI_TELEMETRY_DISABLED: 'true', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (type) => nextMessage(child, type);
  const ask = (message, answer) => {
    child.send(message);
    return next(answer);
  };
  const { port } = await next('ready');
  const stop = async () => {
    child.send({ type: 'stop' });
    await new Promise((resolve) => child.once('exit', resolve));
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
  };
  return { port, ask, stop };
}

/**
 * A warm-up, then a measured run; fails on any answer other than 2xx (or, with `notModified`, 304).
 * `route` is a path, or `{ path, notModified, options }` with further autocannon options.
 */
async function measure(port, route, options = {}) {
  const spec = typeof route === 'string' ? { path: route, options } : { ...route, options: { ...route.options, ...options } };
  const url = `http://127.0.0.1:${port}${spec.path}`;
  await autocannon({ url, connections: CONNECTIONS, duration: 2, ...spec.options });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...spec.options });
  const wrong = spec.notModified ? result.requests.total - result['3xx'] : result.non2xx;
  if (wrong > 0 || result.errors > 0) throw new Error(`${spec.path}: ${wrong} unexpected answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total };
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Measures routes in turns (a, b, a, b, …) so that a slow spell of the machine hits all of them
 * alike; per route the median req/s and p50 of the rounds, and the worst p99.
 */
async function measureInTurns(port, routes, rounds = ROUNDS) {
  const results = routes.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < routes.length; i++) results[i].push(await measure(port, routes[i]));
  }
  return results.map((runs) => ({
    rps: median(runs.map((run) => run.rps)),
    p50: median(runs.map((run) => run.p50)),
    p99: Math.max(...runs.map((run) => run.p99)),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    rounds: runs.map((run) => Math.round(run.rps)),
  }));
}

const pad = (value, digits = 0) => value.toFixed(digits).padStart(8);

function printTable(rows) {
  console.log('\nrun                               req/s    p50 ms   p99 ms   req/s per round');
  for (const row of rows) console.log(`${row.name.padEnd(30)}${pad(row.rps)}${pad(row.p50, 1)}${pad(row.p99, 1)}   ${(row.rounds ?? []).join(', ')}`);
}

function writeResult(name, data) {
  const out = path.join(__dirname, '..', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, `${name}.json`), JSON.stringify({ date: new Date().toISOString(), connections: CONNECTIONS, seconds: DURATION, ...data }, null, 2));
}

function run(main) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

module.exports = { CONNECTIONS, DURATION, ROUNDS, startServer, measure, measureInTurns, printTable, writeResult, run };
