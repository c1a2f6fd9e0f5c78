#!/usr/bin/env node
'use strict';
/**
 * Format finder benchmark (npm run bench:finder). One Strapi child process on a fresh SQLite file,
 * autocannon in this process, all in the same run:
 *   46 real formats:     finder (4 criteria) and GET /_health (the framework's ceiling)
 *   + 5,000 generated:   finder, stock GET /api/participation-formats with equivalent filters and
 *                        pageSize=25 (the baseline), and /_health
 * The finder and /_health are measured in turns (BENCH_ROUNDS, default 3): medians of the rounds.
 * Prints requests/s and p50/p99 latency and the ratios the issue names.
 */
const { CONNECTIONS, DURATION, ROUNDS, startServer, measure, measureInTurns, printTable, writeResult, run } = require('./lib/bench-run');

const GENERATED = Number(process.env.BENCH_FORMATS ?? 5000);
const FINDER = '/api/format-finder/search?goals=ideen_vorschlaege&modes=online&participants=40&duration=stunden';
const STOCK =
  '/api/participation-formats?filters[goals][$contains]=ideen_vorschlaege&filters[modes][$contains]=online' +
  '&filters[participantsMax][$gte]=40&filters[durationClass][$eq]=stunden&pagination[pageSize]=25';
const HEALTH = '/_health';

run(async () => {
  const server = await startServer('finder');
  const rows = [];
  try {
    const real = await fetch(`http://127.0.0.1:${server.port}/api/format-finder/search`).then((res) => res.json());
    console.log(`Strapi on port ${server.port}; ${real.meta.pagination.total} real formats; ${CONNECTIONS} connections, ${DURATION}s per run, ${ROUNDS} rounds in turns`);

    const [finderSmall, healthSmall] = await measureInTurns(server.port, [FINDER, HEALTH]);
    rows.push({ name: 'finder, 46 formats', ...finderSmall }, { name: '/_health, 46 formats', ...healthSmall });

    const added = await server.ask({ type: 'add-formats', count: GENERATED }, 'added');
    console.log(`added ${GENERATED} generated formats through the database layer in ${added.insertedMs} ms; index: ${JSON.stringify(added.formats)}`);

    const total = 46 + GENERATED;
    const [finderLarge, healthLarge] = await measureInTurns(server.port, [FINDER, HEALTH]);
    rows.push({ name: `finder, ${total} formats`, ...finderLarge });
    rows.push({ name: `stock REST, ${total} formats`, ...(await measure(server.port, STOCK)) });
    rows.push({ name: `/_health, ${total} formats`, ...healthLarge });
    const { rss } = await server.ask({ type: 'memory' }, 'memory');

    printTable(rows);
    const stock = rows[3];
    const ratios = {
      finderVsStock: finderLarge.rps / stock.rps,
      finderVsCeiling: finderLarge.rps / healthLarge.rps,
      finderVsCeilingSmall: finderSmall.rps / healthSmall.rps,
    };
    console.log(`\nfinder / stock endpoint (${total} formats):  ${ratios.finderVsStock.toFixed(2)}x   (target >= 5)`);
    console.log(`finder / _health ceiling (${total} formats): ${ratios.finderVsCeiling.toFixed(2)}x   (target >= 0.3)`);
    console.log(`finder / _health ceiling (46 formats):    ${ratios.finderVsCeilingSmall.toFixed(2)}x   (target >= 0.5)`);
    console.log(`finder p99 (${total} formats): ${finderLarge.p99} ms (target <= 100); server RSS ${(rss / 1048576).toFixed(0)} MB`);
    writeResult('format-finder', { rows, ratios, rss });
  } finally {
    await server.stop();
  }
});
