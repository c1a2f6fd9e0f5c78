#!/usr/bin/env node
// Builds the admin panel for the browser tests, unless dist/build was built from the same sources.
// The admin build takes about a minute here, so it is skipped when nothing it bundles has changed.
'use strict';
const { createHash, randomBytes } = require('crypto');
const { existsSync, readFileSync, readdirSync, statSync, writeFileSync } = require('fs');
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const buildDir = path.join(root, 'dist', 'build');
const stampFile = path.join(buildDir, '.sources-sha256');

/** What the admin bundle is made of: the app's admin, the plugins' built admin, the modules they import. */
const INPUTS = ['src/admin', 'packages/format-finder/dist/admin', 'packages/double-opt-in/dist/admin', 'src/domain', 'package-lock.json', 'config/admin.ts'];

function filesBelow(relative) {
  const absolute = path.join(root, relative);
  if (!existsSync(absolute)) return [];
  if (statSync(absolute).isFile()) return [relative];
  return readdirSync(absolute, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesBelow(path.join(relative, entry.name)));
}

function sourcesHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesBelow)) hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

const wanted = sourcesHash();
if (existsSync(path.join(buildDir, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) {
  console.log('admin panel: dist/build is up to date');
  process.exit(0);
}

console.log('admin panel: building (strapi build) for the browser tests');
// The build reads the config files, which insist on the secrets; the bundle contains none of them.
const env = { ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' };
for (const key of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) env[key] ??= randomBytes(16).toString('base64');
const result = spawnSync('npx', ['strapi', 'build'], { cwd: root, env, stdio: 'inherit' });
if (result.status !== 0) {
  console.error('admin panel: the build failed');
  process.exit(result.status ?? 1);
}
writeFileSync(stampFile, wanted);
