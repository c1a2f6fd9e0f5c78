#!/usr/bin/env node
// Builds the plugin packages (packages/*) with the Strapi plugin SDK, each unless its dist/ was
// built from the same sources. The app loads the plugins from their built dist/, as any host would.
'use strict';
const { createHash } = require('crypto');
const { existsSync, readFileSync, readdirSync, statSync, writeFileSync } = require('fs');
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const packagesDir = path.join(root, 'packages');
/** What a package's build is made of. */
const INPUTS = ['admin/src', 'server/src', 'server/tsconfig.json', 'server/tsconfig.build.json', 'package.json'];

function filesBelow(base, relative) {
  const absolute = path.join(base, relative);
  if (!existsSync(absolute)) return [];
  if (statSync(absolute).isFile()) return [relative];
  return readdirSync(absolute, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesBelow(base, path.join(relative, entry.name)));
}

function sourcesHash(dir) {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => filesBelow(dir, input))) hash.update(file).update('\0').update(readFileSync(path.join(dir, file))).update('\0');
  return hash.digest('hex');
}

function buildPlugins({ force = false } = {}) {
  for (const name of readdirSync(packagesDir).sort()) {
    const dir = path.join(packagesDir, name);
    const manifest = path.join(dir, 'package.json');
    // Only Strapi plugins are built; the test harness package is used from its sources.
    if (!existsSync(manifest) || JSON.parse(readFileSync(manifest, 'utf8')).strapi?.kind !== 'plugin') continue;
    const stampFile = path.join(dir, 'dist', '.sources-sha256');
    const wanted = sourcesHash(dir);
    if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) continue;
    console.log(`plugin package ${name}: building (strapi-plugin build)`);
    const result = spawnSync('npx', ['--no-install', 'strapi-plugin', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`plugin package ${name}: the build failed (run \`npm run build -w packages/${name}\` to see why)`);
    writeFileSync(stampFile, wanted);
  }
}

module.exports = { buildPlugins };

if (require.main === module) {
  try {
    buildPlugins({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
