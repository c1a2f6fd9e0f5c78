#!/usr/bin/env node
'use strict';
/**
 * Sign-up benchmark (npm run bench:signup): POST /api/double-opt-in/subscribe with a unique
 * address per request, against Strapi's stock public create on a one-field content type
 * (POST /api/bench-baseline/notes), both in one server process in the same run.
 *
 * A sign-up does more than the baseline: validation, a subscriber row, a consent event, a token
 * and an outbox row in one transaction. The outbox worker and the rate limits are switched off,
 * so the run measures the sign-up path alone (sending is measured by the mailing benchmark).
 */
const { CONNECTIONS, DURATION, startServer, measure, printTable, writeResult, run } = require('./lib/bench-run');

run(async () => {
  const server = await startServer('signup', { BENCH_BASELINE: 'true', BENCH_SEED: 'false', OUTBOX_ENABLED: 'false', POOL_RATE_LIMIT: 'false' });
  const rows = [];
  try {
    await server.ask({ type: 'grant-public', actions: ['plugin::bench-baseline.note.create'] }, 'granted');
    console.log(`Strapi on port ${server.port}; ${CONNECTIONS} connections, ${DURATION}s per run`);

    let counter = 0;
    const signup = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupClient(client) {
        client.setBody = client.setBody.bind(client);
      },
      requests: [
        {
          setupRequest(request) {
            counter += 1;
            request.body = JSON.stringify({ firstName: 'Erika', lastName: 'Mustermann', email: `bench-${process.pid}-${counter}@example.org`, consent: true, locale: 'de' });
            return request;
          },
        },
      ],
    };
    const baseline = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: { text: 'Hallo' } }) };

    rows.push({ name: 'stock POST create (baseline)', ...(await measure(server.port, '/api/bench-baseline/notes', baseline)) });
    rows.push({ name: 'POST subscribe (unique)', ...(await measure(server.port, '/api/double-opt-in/subscribe', signup)) });
    const { count } = await server.ask({ type: 'count', uid: 'plugin::double-opt-in.subscriber' }, 'counted');
    const { count: outbox } = await server.ask({ type: 'count', uid: 'plugin::double-opt-in.outbox-message' }, 'counted');

    printTable(rows);
    const [stock, subscribe] = rows;
    const ratio = subscribe.rps / stock.rps;
    console.log(`\nsign-ups / stock create: ${ratio.toFixed(2)}x; sign-up p99 ${subscribe.p99} ms; ${count} subscribers and ${outbox} outbox rows written (one each)`);
    if (count !== outbox) throw new Error(`every sign-up must have its mail: ${count} subscribers, ${outbox} outbox rows`);
    writeResult('signup', { rows, ratio, subscribers: count, outboxRows: outbox });
  } finally {
    await server.stop();
  }
});
