// A second instance of the host app in a process of its own, on the database the environment names
// (the test's, already migrated by the first instance): it boots, listens on PORT and says "ready".
'use strict';
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', 'host-app');

(async () => {
  const strapi = createStrapi({ appDir, distDir: appDir });
  strapi.log.level = 'error';
  await strapi.load();
  strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  process.send?.('ready');
  process.on('message', async (message) => {
    if (message !== 'stop') return;
    await strapi.destroy();
    process.exit(0);
  });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
