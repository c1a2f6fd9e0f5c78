'use strict';
/**
 * The host app (tests/host-app) as a child process of a test, so the test can kill it with
 * SIGKILL and start it again on the same database (the parent prepares it: prepareAppDatabase).
 *
 * KIND_MODULE / KIND_EXPORT name a mailing kind in a test file to register; KIND_REGISTERED_AT
 * says when: `register` (in the register phase, as a host's own register() would, so the kind
 * exists before the outbox's first pass: needed when its rows are waiting) or `runtime` (after
 * the start, as a host may do later).
 *
 * Messages: { type: 'seed', people } writes subscribers; { type: 'create', data } a mailing
 * through the document service; { type: 'start' | 'progress', documentId } the pipeline's.
 */
require('./typescript-hook');
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', 'host-app');

// The parent is gone: nobody will stop this instance, so it stops itself.
process.on('disconnect', () => process.exit(1));

function registerKind(strapi) {
  if (!process.env.KIND_MODULE) return;
  const kind = require(path.resolve(process.env.KIND_MODULE))[process.env.KIND_EXPORT];
  strapi.plugin('double-opt-in').service('mailing-kinds').register(kind);
}

async function main() {
  const strapi = createStrapi({ appDir, distDir: appDir });
  strapi.log.level = 'error';
  const atRegister = process.env.KIND_REGISTERED_AT === 'register';
  await strapi.register();
  if (atRegister) registerKind(strapi);
  await strapi.bootstrap();
  strapi.isLoaded = true;
  if (!atRegister) registerKind(strapi);
  process.send({ type: 'ready', pid: process.pid });

  const plugin = strapi.plugin('double-opt-in');
  process.on('message', async (message) => {
    try {
      if (message.type === 'seed') {
        for (let i = 0; i < message.people.length; i += 500) await strapi.db.query('plugin::double-opt-in.subscriber').createMany({ data: message.people.slice(i, i + 500) });
        process.send({ type: 'seeded' });
      } else if (message.type === 'create') {
        const mailing = await strapi.documents('plugin::double-opt-in.mailing').create({ data: message.data });
        process.send({ type: 'created', documentId: mailing.documentId, id: mailing.id });
      } else if (message.type === 'start') {
        process.send({ type: 'started', progress: await plugin.service('mailings').start(message.documentId) });
      } else if (message.type === 'progress') {
        process.send({ type: 'progress', progress: await plugin.service('mailings').progress(message.documentId) });
      }
    } catch (error) {
      process.send({ type: 'error', message: String((error && error.stack) || error) });
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
