'use strict';
// A Strapi instance for benchmarks, run as a child process so the load generator has its own core.
// Messages from the parent: add-formats (through the database layer), grant-public, count, memory, stop.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
const { generateFormats } = require('./generate-formats');

const appDir = path.resolve(__dirname, '..', '..');

// The parent is gone (crashed or killed): nobody will stop this instance, so it stops itself.
process.on('disconnect', () => process.exit(1));
const UID = 'api::participation-format.participation-format';
const TOPICS = ['mobilitaet', 'umwelt_klima', 'soziales', 'digitales', 'wohnen', 'bildung_kultur', 'stadtentwicklung', 'kinder_jugend'];
const DISTRICTS = ['eving', 'hoerde', 'brackel', 'innenstadt_nord', 'scharnhorst', 'huckarde'];
/** `n` codes of `list`, spread by `i`, without repeats. */
const pick = (list, i, n) => Array.from({ length: n }, (_, k) => list[(i * 7 + k * 3) % list.length]).filter((code, k, all) => all.indexOf(code) === k);

async function main() {
  const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  app.log.level = 'warn';
  await app.load();
  if (process.env.BENCH_SEED !== 'false') {
    const { runSeed } = require(path.join(appDir, 'dist', 'src', 'seed'));
    await runSeed(app);
    await app.plugin('format-finder').service('format-index').rebuild();
  }
  await new Promise((resolve) => app.server.listen(resolve));
  process.send({ type: 'ready', port: app.server.httpServer.address().port });

  let peakRss = process.memoryUsage().rss;
  setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100).unref();

  process.on('message', async (message) => {
    try {
      if (message.type === 'prepare-mailing') {
        // Mixed topics and districts, for the digest that follows (the mailing itself goes to everyone).
        const people = Array.from({ length: message.recipients }, (_, i) => {
          const email = `bench-${i}@example.org`;
          return { firstName: `P${i}`, lastName: 'Bench', email, emailNormalized: email, status: 'confirmed', language: 'de', interests: pick(TOPICS, i, i % 3), facets: { districts: pick(DISTRICTS, i + 1, i % 2) } };
        });
        for (let i = 0; i < people.length; i += 500) {
          await app.db.query('plugin::double-opt-in.subscriber').createMany({ data: people.slice(i, i + 500) });
        }
        const mailing = await app.documents('plugin::double-opt-in.mailing').create({ data: { title: 'Benchmark', subject: message.subject, body: message.body, language: 'de' } });
        peakRss = process.memoryUsage().rss;
        process.send({ type: 'mailing-prepared', documentId: mailing.documentId });
      }
      if (message.type === 'prepare-digest') {
        // A dozen published opportunities; the digest mails each member only those that concern them.
        const topics = TOPICS;
        const districts = DISTRICTS;
        const opportunities = app.documents('api::participation-opportunity.participation-opportunity');
        for (let n = 0; n < 12; n += 1) {
          const start = new Date(Date.now() + (n + 2) * 86_400_000).toISOString();
          await opportunities.create({
            locale: 'de',
            status: 'published',
            data: { title: `Demo-Angebot ${n + 1}`, slug: `demo-angebot-${n + 1}`, summary: 'Demo-Inhalt für die Messung.', topics: [topics[n % topics.length]], districts: n % 3 === 0 ? [] : [districts[n % districts.length]], attendance: 'praesenz', eventStatus: 'geplant', registration: 'keine', dates: [{ start }] },
          });
        }
        const digest = app.plugin('double-opt-in').service('digest');
        const { documentId } = await digest.create({ title: 'Neue Mitmach-Angebote (Messung)' });
        const preview = await digest.preview(documentId);
        peakRss = process.memoryUsage().rss;
        process.send({ type: 'digest-prepared', documentId, recipients: preview.recipients, withoutMatch: preview.withoutMatch });
      }
      if (message.type === 'start-mailing') {
        await app.plugin('double-opt-in').service('mailings').start(message.documentId);
        process.send({ type: 'mailing-started' });
      }
      if (message.type === 'mailing-progress') {
        process.send({ type: 'mailing-progress', progress: await app.plugin('double-opt-in').service('mailings').progress(message.documentId), peakRss });
      }
      if (message.type === 'add-formats') {
        const lists = require(path.join(appDir, 'dist', 'src', 'domain', 'code-lists'));
        const codes = (list) => [...list.codes];
        const rows = generateFormats(message.count, {
          levels: codes(lists.participationLevels),
          modes: codes(lists.modes),
          durationClasses: codes(lists.durationClasses),
          leadTimeClasses: codes(lists.leadTimeClasses),
          costLevels: codes(lists.costLevels),
          budgetBands: codes(lists.budgetBands),
          goals: codes(lists.goals),
          targetGroups: codes(lists.targetGroups),
          conflictFits: codes(lists.conflictFits),
          phases: codes(lists.projectPhases),
        });
        const started = Date.now();
        for (let i = 0; i < rows.length; i += 500) {
          await app.db.query(UID).createMany({ data: rows.slice(i, i + 500) });
        }
        const inserted = Date.now() - started;
        await app.plugin('format-finder').service('format-index').rebuild();
        const status = await app.plugin('format-finder').service('format-index').status();
        process.send({ type: 'added', insertedMs: inserted, formats: status.formats });
      }
      if (message.type === 'grant-public') {
        const role = await app.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
        for (const action of message.actions) {
          await app.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
        }
        process.send({ type: 'granted' });
      }
      if (message.type === 'count') {
        process.send({ type: 'counted', count: await app.db.query(message.uid).count({}) });
      }
      if (message.type === 'memory') process.send({ type: 'memory', ...process.memoryUsage() });
      if (message.type === 'stop') {
        await app.destroy();
        process.exit(0);
      }
    } catch (error) {
      process.send({ type: 'error', message: String(error && error.stack) });
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
