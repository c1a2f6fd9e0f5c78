#!/usr/bin/env node
'use strict';
/**
 * Format finder benchmark (npm run bench:finder). One Strapi child process on a fresh SQLite file,
 * autocannon in this process, all in the same run:
 *   46 real formats:     finder (4 criteria) and GET /_health (the framework's ceiling)
 *   + 5,000 generated:   finder, stock GET /api/participation-formats with equivalent filters and
 *                        pageSize=25 (the baseline), and /_health
 * Prints requests/s and p50/p99 latency and the ratios the issue names.
 */
const { fork } = require('child_process');
const { mkdirSync, rmSync, writeFileSync } = require('fs');
const path = require('path');
const autocannon = require('autocannon');

const appDir = path.resolve(__dirname, '..');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const GENERATED = Number(process.env.BENCH_FORMATS ?? 5000);

const FINDER = '/api/format-finder/search?goals=ideen_vorschlaege&modes=online&participants=40&duration=stunden';
const STOCK =
  '/api/participation-formats?filters[goals][$contains]=ideen_vorschlaege&filters[modes][$contains]=online' +
  '&filters[participantsMax][$gte]=40&filters[durationClass][$eq]=stunden&pagination[pageSize]=25';
const HEALTH = '/_health';

function startServer(dbFile) {
  const child = fork(path.join(__dirname, 'lib', 'server.js'), {
    cwd: appDir,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: dbFile, SEED_ON_START: 'false', PORT: '0', STRAPI_TELEMETRY_DISABLED: 'true' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message.type === 'error') reject(new Error(message.message));
        if (message.type === type) {
          child.off('message', onMessage);
          resolve(message);
        }
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
  return { child, next };
}

async function load(port, route) {
  const url = `http://127.0.0.1:${port}${route}`;
  const check = await fetch(url);
  if (check.status >= 400) throw new Error(`${route} answered ${check.status}: ${await check.text()}`);
  await autocannon({ url, connections: CONNECTIONS, duration: 2 }); // warm-up
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${route}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total };
}

const fmt = (value, digits = 0) => value.toFixed(digits).padStart(8);

async function main() {
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir });
  const dir = path.join(appDir, '.tmp');
  mkdirSync(dir, { recursive: true });
  const dbFile = path.join(dir, `bench-finder-${process.pid}.db`);
  rmSync(dbFile, { force: true });

  const server = startServer(dbFile);
  const { port } = await server.next('ready');
  const rows = [];
  try {
    const real = await fetch(`http://127.0.0.1:${port}/api/format-finder/search`).then((res) => res.json());
    console.log(`Strapi on port ${port}; ${real.meta.pagination.total} real formats; ${CONNECTIONS} connections, ${DURATION}s per run`);

    rows.push({ name: 'finder, 46 formats', ...(await load(port, FINDER)) });
    rows.push({ name: '/_health, 46 formats', ...(await load(port, HEALTH)) });

    server.child.send({ type: 'add-formats', count: GENERATED });
    const added = await server.next('added');
    console.log(`added ${GENERATED} generated formats through the database layer in ${added.insertedMs} ms; index: ${JSON.stringify(added.formats)}`);

    rows.push({ name: `finder, ${46 + GENERATED} formats`, ...(await load(port, FINDER)) });
    rows.push({ name: `stock REST, ${46 + GENERATED} formats`, ...(await load(port, STOCK)) });
    rows.push({ name: `/_health, ${46 + GENERATED} formats`, ...(await load(port, HEALTH)) });
    server.child.send({ type: 'memory' });
    const { rss } = await server.next('memory');

    console.log('\nrun                               req/s    p50 ms   p99 ms');
    for (const row of rows) console.log(`${row.name.padEnd(30)}${fmt(row.rps)}${fmt(row.p50, 1)}${fmt(row.p99, 1)}`);
    const [finderSmall, healthSmall, finderLarge, stock, healthLarge] = rows;
    const ratios = {
      finderVsStock: finderLarge.rps / stock.rps,
      finderVsCeiling: finderLarge.rps / healthLarge.rps,
      finderVsCeilingSmall: finderSmall.rps / healthSmall.rps,
    };
    console.log(`\nfinder / stock endpoint (${46 + GENERATED} formats):  ${ratios.finderVsStock.toFixed(2)}x   (target >= 5)`);
    console.log(`finder / _health ceiling (${46 + GENERATED} formats): ${ratios.finderVsCeiling.toFixed(2)}x   (target >= 0.3)`);
    console.log(`finder / _health ceiling (46 formats):    ${ratios.finderVsCeilingSmall.toFixed(2)}x   (target >= 0.5)`);
    console.log(`finder p99 (${46 + GENERATED} formats): ${finderLarge.p99} ms (target <= 100); server RSS ${(rss / 1048576).toFixed(0)} MB`);

    const out = path.join(__dirname, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'format-finder.json'), JSON.stringify({ date: new Date().toISOString(), connections: CONNECTIONS, seconds: DURATION, rows, ratios, rss }, null, 2));
  } finally {
    server.child.send({ type: 'stop' });
    await new Promise((resolve) => server.child.once('exit', resolve));
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
