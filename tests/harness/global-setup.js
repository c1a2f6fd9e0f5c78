// Builds the plugin packages and compiles the app once for all integration test files; each file then boots from dist/.
'use strict';
const path = require('path');

module.exports = async () => {
  const { compileStrapi } = require('@strapi/strapi');
  process.env.NODE_ENV = 'test';
  const client = process.env.DATABASE_CLIENT || 'sqlite';
  const where = client === 'postgres' ? ` ${process.env.DATABASE_HOST}:${process.env.DATABASE_PORT}/${process.env.DATABASE_NAME}` : ' (a fresh file per test file in .tmp/)';
  console.log(`\nintegration tests on database: ${client}${where}`);
  // The app loads the plugins from their packages' dist/, as any host does.
  require('../../scripts/build-plugins').buildPlugins();
  await compileStrapi({ appDir: path.join(__dirname, '..', '..') });
};
