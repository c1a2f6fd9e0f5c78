'use strict';
// One app instance for the fault tests, run as a child process so it can be killed with SIGKILL.
// Messages: { type: 'prepare', recipients } seeds confirmed subscribers and starts a mailing;
// { type: 'progress', documentId } answers the mailing's counts.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

// The parent is gone (crashed or killed): nobody will stop this instance, so it stops itself.
process.on('disconnect', () => process.exit(1));

async function main() {
  const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  app.log.level = 'warn';
  await app.load();
  process.send({ type: 'ready', pid: process.pid });

  process.on('message', async (message) => {
    try {
      if (message.type === 'prepare') {
        const people = Array.from({ length: message.recipients }, (_, i) => {
          const email = `fault-${i}@example.org`;
          return { firstName: `P${i}`, lastName: 'Test', email, emailNormalized: email, status: 'confirmed', language: 'de', interests: [] };
        });
        for (let i = 0; i < people.length; i += 500) {
          await app.db.query('plugin::double-opt-in.subscriber').createMany({ data: people.slice(i, i + 500) });
        }
        const mailing = await app.documents('plugin::double-opt-in.mailing').create({
          data: { title: 'Fault test', subject: 'Hallo {{firstName}}', body: 'Ein Test für {{firstName}}.', language: 'de' },
        });
        await app.plugin('double-opt-in').service('mailings').start(mailing.documentId);
        process.send({ type: 'prepared', documentId: mailing.documentId });
      }
      if (message.type === 'progress') {
        process.send({ type: 'progress', progress: await app.plugin('double-opt-in').service('mailings').progress(message.documentId) });
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
