#!/usr/bin/env node
'use strict';
/**
 * The production layout's proxy (npm run bench:proxy): the app in a child process on a fresh
 * SQLite file with the seed, nginx in front of it (deploy/nginx/mitwirken.conf, started by
 * scripts/proxy-for-tests.sh), autocannon in this process. In turns, in the same run, each request
 * through the proxy and straight to the instance: the finder (four criteria), a format page's data
 * (the REST request the page's script makes) and the format page's shell. Prints requests/s,
 * p50/p99 and the ratio proxy/direct; writes bench/results/proxy.json.
 * One instance: two need PostgreSQL, and the proxy's gain does not depend on how many stand behind it.
 */
const { execFileSync } = require('child_process');
const path = require('path');
const { CONNECTIONS, DURATION, ROUNDS, startServer, measure, printTable, writeResult, run } = require('./lib/bench-run');

const appDir = path.resolve(__dirname, '..');
const PROXY_PORT = Number(process.env.BENCH_PROXY_PORT ?? 54385);
const ROUTES = [
  ['finder', '/api/format-finder/search?goals=ideen_vorschlaege&modes=online&participants=40&duration=stunden'],
  [
    'format page data',
    '/api/participation-formats?locale=de&filters[slug][$eq]=world-cafe&populate[toolkitDocuments][populate][0]=files' +
      '&populate[pilotMunicipalities][fields][0]=name&populate[pilotMunicipalities][fields][1]=slug&populate[pilotMunicipalities][fields][2]=dialogueDate',
  ],
  ['format page shell', '/de/formate/world-cafe'],
];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

run(async () => {
  const server = await startServer('proxy');
  const proxy = (command) =>
    execFileSync('bash', [path.join(appDir, 'scripts', 'proxy-for-tests.sh'), command], {
      cwd: appDir,
      // Both upstream entries name the one instance.
      env: { ...process.env, PROXY_PORT: String(PROXY_PORT), APP_PORTS: `${server.port} ${server.port}` },
      stdio: 'inherit',
    });
  const rows = [];
  const ratios = {};
  try {
    proxy('start');
    console.log(`Strapi on port ${server.port}, nginx on ${PROXY_PORT}; ${CONNECTIONS} connections, ${DURATION}s per run, ${ROUNDS} rounds in turns`);
    for (const [name, route] of ROUTES) {
      const through = [];
      const direct = [];
      for (let round = 0; round < ROUNDS; round++) {
        through.push(await measure(PROXY_PORT, route));
        direct.push(await measure(server.port, route));
      }
      const summary = (runs) => ({
        rps: median(runs.map((r) => r.rps)),
        p50: median(runs.map((r) => r.p50)),
        p99: Math.max(...runs.map((r) => r.p99)),
        rounds: runs.map((r) => Math.round(r.rps)),
      });
      const viaProxy = summary(through);
      const straight = summary(direct);
      rows.push({ name: `${name}, proxy`, ...viaProxy }, { name: `${name}, direct`, ...straight });
      ratios[name] = viaProxy.rps / straight.rps;
    }
  } finally {
    proxy('stop');
    await server.stop();
  }
  printTable(rows);
  console.log('\nproxy / direct (req/s)');
  for (const [name, ratio] of Object.entries(ratios)) console.log(`  ${name.padEnd(20)} ${ratio.toFixed(2)}×`);
  writeResult('proxy', { rounds: ROUNDS, rows, ratios });
});
