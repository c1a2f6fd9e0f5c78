'use strict';
// One app instance for the proxy test, run as a child process on the port in PORT.
// Messages (each answered with { type: 'done' } or { type: 'error' }): edit-format, unpublish,
// set-opportunity-status. They write through the document service, as an editor in the admin would.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

// The parent is gone (crashed or killed): nobody will stop this instance, so it stops itself.
process.on('disconnect', () => process.exit(1));

async function main() {
  const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  app.log.level = 'warn';
  await app.load();
  await new Promise((resolve) => app.server.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  process.send({ type: 'ready', port: Number(process.env.PORT) });

  const documentOf = async (uid, slug) => {
    const found = await app.documents(uid).findFirst({ filters: { slug }, locale: 'de' });
    if (!found) throw new Error(`${uid} ${slug} not found`);
    return found.documentId;
  };

  process.on('message', async (message) => {
    try {
      if (message.type === 'edit-format') {
        const uid = 'api::participation-format.participation-format';
        const documentId = await documentOf(uid, message.slug);
        await app.documents(uid).update({ documentId, locale: 'de', data: { summary: message.summary } });
        await app.documents(uid).publish({ documentId, locale: 'de' });
      }
      if (message.type === 'set-opportunity-status') {
        const uid = 'api::participation-opportunity.participation-opportunity';
        const documentId = await documentOf(uid, message.slug);
        await app.documents(uid).update({ documentId, locale: 'de', data: { eventStatus: message.status } });
        await app.documents(uid).publish({ documentId, locale: 'de' });
      }
      if (message.type === 'unpublish') {
        const documentId = await documentOf(message.uid, message.slug);
        await app.documents(message.uid).unpublish({ documentId, locale: 'de' });
      }
      process.send({ type: 'done' });
    } catch (error) {
      process.send({ type: 'error', message: String(error && error.stack) });
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
