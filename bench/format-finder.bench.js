#!/usr/bin/env node
'use strict';
/**
 * Format finder benchmark (npm run bench:finder). One Strapi child process on a fresh SQLite file,
 * autocannon in this process, all in the same run:
 *   46 real formats:     finder (4 criteria) and GET /_health (the framework's ceiling)
 *   + 5,000 generated:   finder, stock GET /api/participation-formats with equivalent filters and
 *                        pageSize=25 (the baseline), and /_health
 * The finder and /_health are measured in turns (BENCH_ROUNDS, default 3): medians of the rounds.
 * Also in turns with /_health: the finder with varied searches (hundreds of different criteria
 * combinations, each connection walking through them), at 46 and 5,046 formats, and a conditional
 * GET with the matching If-None-Match (answered 304 without a search).
 * Prints requests/s and p50/p99 latency and the ratios the issue names.
 */
const { URLSearchParams } = require('url');
const { CONNECTIONS, DURATION, ROUNDS, startServer, measure, measureInTurns, printTable, writeResult, run } = require('./lib/bench-run');

const GENERATED = Number(process.env.BENCH_FORMATS ?? 5000);
const FINDER = '/api/format-finder/search?goals=ideen_vorschlaege&modes=online&participants=40&duration=stunden';
const STOCK =
  '/api/participation-formats?filters[goals][$contains]=ideen_vorschlaege&filters[modes][$contains]=online' +
  '&filters[participantsMax][$gte]=40&filters[durationClass][$eq]=stunden&pagination[pageSize]=25';
const HEALTH = '/_health';
/** The planner's answers, measured beside the search: compare of three formats and a four-phase plan, same situation. */
const COMPARE = '/api/format-finder/compare?slugs=digitaler-buergerdialog,world-cafe,fishbowl&goals=ideen_vorschlaege&modes=online&participants=40&duration=stunden';
const PLAN = '/api/format-finder/plan?phases=inform,consult,co-decide,report-back&participants=40&modes=online';

/** Hundreds of different searches: every combination of a few values per criterion, in a fixed order. */
function variedSearches() {
  const goals = ['', 'ideen_vorschlaege', 'informieren_kompetenz', 'konflikte_abbauen', 'probleme_bedarfe'];
  const modes = ['', 'online', 'praesenz', 'hybrid'];
  const participants = ['', '12', '40', '150', '800'];
  const durations = ['', 'stunden', 'tag'];
  const searches = [];
  for (const goal of goals)
    for (const mode of modes)
      for (const people of participants)
        for (const duration of durations) {
          const query = new URLSearchParams(Object.entries({ goals: goal, modes: mode, participants: people, duration }).filter(([, value]) => value));
          searches.push(`/api/format-finder/search?${query}`);
        }
  return searches;
}
const SEARCHES = variedSearches();
const VARIED = {
  path: SEARCHES[0],
  options: {
    requests: [
      {
        // Each request takes the next search of the list, so the answers cannot come from one cached result.
        setupRequest: (request, context) => {
          context.next = ((context.next ?? Math.floor(Math.random() * SEARCHES.length)) + 1) % SEARCHES.length;
          return { ...request, path: SEARCHES[context.next] };
        },
      },
    ],
  },
};

/** The finder's answer with the entity tag it was sent with: the conditional request a browser or proxy repeats. */
async function conditional(port) {
  const response = await fetch(`http://127.0.0.1:${port}${FINDER}`);
  const tag = response.headers.get('etag');
  if (!tag) throw new Error('the finder sent no ETag');
  return { path: FINDER, notModified: true, options: { headers: { 'if-none-match': tag } } };
}

run(async () => {
  const server = await startServer('finder');
  const rows = [];
  try {
    const real = await fetch(`http://127.0.0.1:${server.port}/api/format-finder/search`).then((res) => res.json());
    console.log(`Strapi on port ${server.port}; ${real.meta.pagination.total} real formats; ${CONNECTIONS} connections, ${DURATION}s per run, ${ROUNDS} rounds in turns`);

    const [finderSmall, healthSmall] = await measureInTurns(server.port, [FINDER, HEALTH]);
    rows.push({ name: 'finder, 46 formats', ...finderSmall }, { name: '/_health, 46 formats', ...healthSmall });
    const [variedSmall, healthVariedSmall] = await measureInTurns(server.port, [VARIED, HEALTH]);
    rows.push({ name: `finder varied (${SEARCHES.length}), 46`, ...variedSmall }, { name: '/_health (with varied), 46', ...healthVariedSmall });

    const added = await server.ask({ type: 'add-formats', count: GENERATED }, 'added');
    console.log(`added ${GENERATED} generated formats through the database layer in ${added.insertedMs} ms; index: ${JSON.stringify(added.formats)}`);

    const total = 46 + GENERATED;
    const [finderLarge, healthLarge] = await measureInTurns(server.port, [FINDER, HEALTH]);
    rows.push({ name: `finder, ${total} formats`, ...finderLarge });
    rows.push({ name: `stock REST, ${total} formats`, ...(await measure(server.port, STOCK)) });
    rows.push({ name: `/_health, ${total} formats`, ...healthLarge });
    const [variedLarge, healthVariedLarge] = await measureInTurns(server.port, [VARIED, HEALTH]);
    rows.push({ name: `finder varied (${SEARCHES.length}), ${total}`, ...variedLarge }, { name: `/_health (with varied), ${total}`, ...healthVariedLarge });
    const [conditionalLarge, healthConditional] = await measureInTurns(server.port, [await conditional(server.port), HEALTH]);
    rows.push({ name: `finder 304 (If-None-Match), ${total}`, ...conditionalLarge }, { name: `/_health (with 304), ${total}`, ...healthConditional });
    const [compareLarge, planLarge, healthPlanner] = await measureInTurns(server.port, [COMPARE, PLAN, HEALTH], 1);
    rows.push({ name: `compare (3 formats), ${total}`, ...compareLarge }, { name: `plan (4 phases), ${total}`, ...planLarge }, { name: `/_health (with planner), ${total}`, ...healthPlanner });
    const { rss } = await server.ask({ type: 'memory' }, 'memory');

    printTable(rows);
    const stock = rows.find((row) => row.name.startsWith('stock REST'));
    const ratios = {
      finderVsStock: finderLarge.rps / stock.rps,
      finderVsCeiling: finderLarge.rps / healthLarge.rps,
      finderVsCeilingSmall: finderSmall.rps / healthSmall.rps,
      variedVsCeilingSmall: variedSmall.rps / healthVariedSmall.rps,
      variedVsCeiling: variedLarge.rps / healthVariedLarge.rps,
      notModifiedVsCeiling: conditionalLarge.rps / healthConditional.rps,
      compareVsCeiling: compareLarge.rps / healthPlanner.rps,
      planVsCeiling: planLarge.rps / healthPlanner.rps,
    };
    console.log(`\nfinder / stock endpoint (${total} formats):  ${ratios.finderVsStock.toFixed(2)}x   (target >= 5)`);
    console.log(`finder / _health ceiling (${total} formats): ${ratios.finderVsCeiling.toFixed(2)}x   (target >= 0.6 with the order by fit, issue 23; was 0.3)`);
    console.log(`finder / _health ceiling (46 formats):    ${ratios.finderVsCeilingSmall.toFixed(2)}x   (target >= 0.6, issue 23; was 0.5)`);
    console.log(`finder varied / _health (46 formats):     ${ratios.variedVsCeilingSmall.toFixed(2)}x   (target >= 0.6, issue 23; was 0.5)`);
    console.log(`finder varied / _health (${total} formats):  ${ratios.variedVsCeiling.toFixed(2)}x   (target >= 0.6, issue 23; was 0.45)`);
    console.log(`finder 304 / _health (${total} formats):     ${ratios.notModifiedVsCeiling.toFixed(2)}x   (target >= 0.9)`);
    console.log(`compare / _health (${total} formats):      ${ratios.compareVsCeiling.toFixed(2)}x   (measured beside, no target)`);
    console.log(`plan (4 phases) / _health (${total} formats): ${ratios.planVsCeiling.toFixed(2)}x   (measured beside, no target)`);
    console.log(`finder p99 (${total} formats): ${finderLarge.p99} ms (target <= 100); server RSS ${(rss / 1048576).toFixed(0)} MB (target < 400 MB)`);
    writeResult('format-finder', { rows, ratios, rss });
  } finally {
    await server.stop();
  }
});
