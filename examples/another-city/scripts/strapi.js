#!/usr/bin/env node
'use strict';

/*
 * Strapi's CLI for this app — needed only because the app lives inside the Mitwirken repository.
 * `strapi develop` and `strapi build` look for a tsconfig.json in the app's folder *and in its
 * parents*, find the repository's (a TypeScript project) and try to compile this plain
 * JavaScript app as TypeScript, which fails. Here only a tsconfig.json in this folder counts (there
 * is none). An app of its own, outside this repository, runs `strapi` directly.
 */
const path = require('node:path');
const ts = require('typescript');

const appDir = path.resolve(__dirname, '..');
const fileExists = ts.sys.fileExists;
ts.sys.fileExists = (file) => {
  const resolved = path.resolve(file);
  if (path.basename(resolved) === 'tsconfig.json' && path.dirname(resolved) !== appDir) return false;
  return fileExists(file);
};

require(path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js'));
