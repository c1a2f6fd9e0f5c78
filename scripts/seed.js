#!/usr/bin/env node
// `npm run seed`: loads the seed into the database named by `.env`, without starting the server.
'use strict';
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

async function main() {
  const appDir = path.join(__dirname, '..');
  const app = createStrapi(await compileStrapi({ appDir }));
  app.log.level = 'warn';
  process.env.SEED_ON_START = 'false';
  await app.load();
  try {
    const { runSeed } = require(path.join(app.dirs.dist.src, 'seed'));
    const report = await runSeed(app);
    for (const [uid, slugs] of Object.entries(report.created)) {
      console.log(`${uid}: ${slugs.length} created, ${report.skipped[uid].length} already there`);
    }
  } finally {
    await app.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
