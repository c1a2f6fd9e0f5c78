#!/usr/bin/env node
'use strict';
/**
 * Mailing benchmark (npm run bench:mailing): 10,000 confirmed recipients, one mailing, sent by the
 * whole pipeline (delivery rows, outbox worker, rendering per recipient, pooled SMTP via Strapi's
 * email plugin, marking each row) to an SMTP sink in its own process. The limit, in the same run:
 * a plain nodemailer pooled send of the same number of rendered messages to the same sink with
 * the same number of connections, twice: given the fields (nodemailer composes), and given the same
 * messages already composed as MIME by the plugin's composeMime, as the pipeline hands them (the
 * true limit: nodemailer only speaks SMTP). Prints messages/s of each, the pipeline's ratio to
 * both, and the app's peak RSS.
 * Then, against the same limits, a digest ("Neue Mitmach-Angebote"): as many members with mixed
 * topics, districts and languages, a dozen opportunities, one mail per member listing only what
 * concerns them (members without a match get none), matched and rendered per member at send time.
 */
const { fork } = require('child_process');
const path = require('path');
const nodemailer = require('nodemailer');
const { startServer, writeResult, run } = require('./lib/bench-run');

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_SMTP_CONNECTIONS ?? 10);
const SUBJECT = 'Neues zum Mitwirken, {{firstName}}';
const BODY = '## Termine im Dezember\n\nHallo {{firstName}},\n\nam **Montag, 7. Dezember** laden wir zu einem [Workshop](https://example.org/workshop) über den Stadtteilpark ein.\n\n- 18:00 Uhr, Stadtteilzentrum\n- barrierefrei\n';

function startSink() {
  const child = fork(path.join(__dirname, 'lib', 'smtp-sink-process.js'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = (type) =>
    new Promise((resolve) => {
      const onMessage = (message) => {
        if (message.type === type) {
          child.off('message', onMessage);
          resolve(message);
        }
      };
      child.on('message', onMessage);
      if (type !== 'ready') child.send({ type });
    });
  return { child, ask };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

run(async () => {
  const sink = startSink();
  const { port } = await sink.ask('ready');

  // The limits: nodemailer alone, pooled, to the same sink, with the same messages (rendered by the
  // plugin's own renderer, with an unsubscribe link of the same length and the same headers).
  require('../scripts/build-plugins').buildPlugins();
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: path.resolve(__dirname, '..') });
  const { renderMarkdownMail, UNSUBSCRIBE_FOOTER, composeMime } = require('@mitwirken/strapi-plugin-double-opt-in/strapi-server');
  const unsubscribeUrl = (i) => `http://localhost:1337/api/double-opt-in/unsubscribe?token=${i}.${'x'.repeat(43)}`;
  // The same socket as the app's mail config (Nagle off), so the limit is nodemailer's and the sink's, not TCP's.
  const { smtpSocketWithoutDelay } = require(path.resolve(__dirname, '..', 'dist', 'config', 'lib', 'smtp-socket'));
  const transportOptions = { host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: CONNECTIONS, maxMessages: 100, getSocket: smtpSocketWithoutDelay };
  const headersOf = (i) => ({ 'List-Unsubscribe': `<${unsubscribeUrl(i)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
  const render = (i) => renderMarkdownMail(SUBJECT, BODY, { firstName: `P${i}`, lastName: 'Bench', unsubscribeUrl: unsubscribeUrl(i) }, 'de', UNSUBSCRIBE_FOOTER.de);
  /** Sends RECIPIENTS messages over a fresh pool of CONNECTIONS, each built by `mailOf(i)`; returns msg/s. */
  async function plainSend(label, mailOf) {
    const transport = nodemailer.createTransport(transportOptions);
    const started = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < RECIPIENTS) {
          const i = next++;
          await transport.sendMail(mailOf(i));
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    transport.close();
    const rate = RECIPIENTS / seconds;
    const { count } = await sink.ask('count');
    console.log(`${label} (pool of ${CONNECTIONS}): ${RECIPIENTS} messages in ${seconds.toFixed(1)} s = ${rate.toFixed(0)} msg/s; sink received ${count}`);
    if (count !== RECIPIENTS) throw new Error(`${label}: expected ${RECIPIENTS} messages, sink got ${count}`);
    await sink.ask('reset');
    return rate;
  }
  // Nodemailer given the fields: it composes the MIME tree itself.
  const plainRate = await plainSend('plain nodemailer, fields', (i) => {
    const mail = render(i);
    return { from: 'Mitmach-Pool <pool@example.org>', to: `plain-${i}@example.org`, subject: mail.subject, text: mail.text, html: mail.html, messageId: `<mailing-1.${i}@localhost>`, headers: headersOf(i) };
  });
  // The true limit: the same messages rendered and composed as the pipeline hands them to
  // nodemailer (the plugin's composeMime, then `raw` with `envelope` and Message-ID), so nodemailer
  // only speaks SMTP. What the pipeline adds above this is its own work: rows, worker, journal.
  const composedRate = await plainSend('plain nodemailer, composed MIME', (i) => {
    const mail = render(i);
    const to = `composed-${i}@example.org`;
    const messageId = `<mailing-1.${i}@localhost>`;
    const composed = composeMime({ from: 'Mitmach-Pool <pool@example.org>', to, replyTo: 'pool@example.org', subject: mail.subject, text: mail.text, html: mail.html, headers: headersOf(i), messageId, date: new Date() });
    if (!composed) throw new Error(`composeMime refused the bench message ${i}`);
    return { to, messageId, envelope: composed.envelope, raw: composed.raw };
  });

  const server = await startServer('mailing', {
    BENCH_SEED: 'false',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_IGNORE_TLS: 'true',
    SMTP_MAX_CONNECTIONS: String(CONNECTIONS),
    OUTBOX_CONCURRENCY: String(CONNECTIONS),
    OUTBOX_BATCH_SIZE: '200',
    OUTBOX_CRON: '* * * * * *',
    POOL_RATE_LIMIT: 'false',
  });
  try {
    const { documentId } = await server.ask({ type: 'prepare-mailing', recipients: RECIPIENTS, subject: SUBJECT, body: BODY }, 'mailing-prepared');
    const pipelineStarted = Date.now();
    await server.ask({ type: 'start-mailing', documentId }, 'mailing-started');
    // Timed like the plain send: until the sink has accepted every message. The sink is asked, not
    // the app, so watching adds no work to the pipeline being measured.
    for (;;) {
      const { count } = await sink.ask('count');
      if (count >= RECIPIENTS) break;
      await sleep(50);
    }
    const pipelineSeconds = (Date.now() - pipelineStarted) / 1000;
    // Then, untimed: the rows are marked and the mailing closes as sent.
    let progress;
    let peakRss = 0;
    for (;;) {
      ({ progress, peakRss } = await server.ask({ type: 'mailing-progress', documentId }, 'mailing-progress'));
      if (progress.status === 'sent') break;
      await sleep(100);
    }
    const { count } = await sink.ask('count');
    const pipelineRate = RECIPIENTS / pipelineSeconds;
    const ratio = pipelineRate / plainRate;
    const ratioComposed = pipelineRate / composedRate;
    console.log(`pipeline (delivery rows, outbox worker, Strapi email plugin): ${RECIPIENTS} messages in ${pipelineSeconds.toFixed(1)} s = ${pipelineRate.toFixed(0)} msg/s; sink received ${count}`);
    console.log(`pipeline / plain nodemailer composed MIME (the true limit): ${ratioComposed.toFixed(2)}x (target >= 0.85 for the one pipeline, issue 19)`);
    console.log(`pipeline / plain nodemailer: ${ratio.toFixed(2)}x (target >= 0.85, median of three runs); app peak RSS ${(peakRss / 1048576).toFixed(0)} MB (target < 500 MB)`);
    if (count !== RECIPIENTS || progress.sent !== RECIPIENTS) throw new Error(`expected ${RECIPIENTS} deliveries, sink got ${count}, outbox says ${JSON.stringify(progress)}`);
    await sink.ask('reset');

    const digest = await server.ask({ type: 'prepare-digest', recipients: RECIPIENTS }, 'digest-prepared');
    const digestStarted = Date.now();
    await server.ask({ type: 'start-mailing', documentId: digest.documentId }, 'mailing-started');
    // Part of the timed pipeline; printed on its own because matching every member happens here.
    const digestStartMs = Date.now() - digestStarted;
    for (;;) {
      const { count: received } = await sink.ask('count');
      if (received >= digest.recipients) break;
      await sleep(50);
    }
    const digestSeconds = (Date.now() - digestStarted) / 1000;
    let digestProgress;
    let digestPeakRss = 0;
    for (;;) {
      ({ progress: digestProgress, peakRss: digestPeakRss } = await server.ask({ type: 'mailing-progress', documentId: digest.documentId }, 'mailing-progress'));
      if (digestProgress.status === 'sent') break;
      await sleep(100);
    }
    const { count: digestCount } = await sink.ask('count');
    const digestRate = digest.recipients / digestSeconds;
    const digestRatio = digestRate / plainRate;
    const digestRatioComposed = digestRate / composedRate;
    console.log(`digest (${RECIPIENTS} members, ${digest.recipients} with a match, ${digest.withoutMatch} without): ${digest.recipients} messages in ${digestSeconds.toFixed(1)} s (start, matching every member and writing the delivery rows: ${digestStartMs} ms) = ${digestRate.toFixed(0)} msg/s; sink received ${digestCount}`);
    console.log(`digest / plain nodemailer composed MIME (the true limit): ${digestRatioComposed.toFixed(2)}x (target >= 0.85 for the one pipeline, issue 19)`);
    console.log(`digest / plain nodemailer: ${digestRatio.toFixed(2)}x (target >= 0.7); app peak RSS ${(digestPeakRss / 1048576).toFixed(0)} MB (target < 500 MB)`);
    if (digestCount !== digest.recipients || digestProgress.sent !== digest.recipients) throw new Error(`expected ${digest.recipients} digest deliveries, sink got ${digestCount}, outbox says ${JSON.stringify(digestProgress)}`);
    writeResult('mailing', {
      recipients: RECIPIENTS,
      smtpConnections: CONNECTIONS,
      plainRate,
      composedRate,
      pipelineRate,
      ratio,
      ratioComposed,
      peakRssMb: peakRss / 1048576,
      digest: { members: RECIPIENTS, recipients: digest.recipients, withoutMatch: digest.withoutMatch, rate: digestRate, ratio: digestRatio, ratioComposed: digestRatioComposed, peakRssMb: digestPeakRss / 1048576 },
    });
  } finally {
    await server.stop();
    sink.child.kill();
  }
});
