// Compiles the app once for all integration test files; each file then boots from dist/.
'use strict';
const path = require('path');

module.exports = async () => {
  const { compileStrapi } = require('@strapi/strapi');
  process.env.NODE_ENV = 'test';
  await compileStrapi({ appDir: path.join(__dirname, '..', '..') });
};
