#!/usr/bin/env node
// Builds the shared kit (tsc) and the plugin packages (packages/*) with the Strapi plugin SDK, each
// unless its dist/ was built from the same sources. The app loads the plugins from their built dist/, as any host would.
'use strict';
const { createHash } = require('crypto');
const { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } = require('fs');
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

function sourcesHash(dir, inputs = INPUTS) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => filesBelow(dir, input))) hash.update(file).update('\0').update(readFileSync(path.join(dir, file))).update('\0');
  return hash.digest('hex');
}

/** The shared internals (packages/strapi-plugin-kit): compiled for the app, which loads them at run time; the plugins bundle them from source. */
const KIT = { dir: path.join(packagesDir, 'strapi-plugin-kit'), inputs: ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'] };

function buildKit(force) {
  const stampFile = path.join(KIT.dir, 'dist', '.sources-sha256');
  const wanted = sourcesHash(KIT.dir, KIT.inputs);
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) return;
  console.log('package strapi-plugin-kit: building (tsc)');
  rmSync(path.join(KIT.dir, 'dist'), { recursive: true, force: true });
  const result = spawnSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { cwd: KIT.dir, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error('package strapi-plugin-kit: the build failed (run `npm run build -w packages/strapi-plugin-kit` to see why)');
  writeFileSync(stampFile, wanted);
}

function buildPlugins({ force = false } = {}) {
  buildKit(force);
  for (const name of readdirSync(packagesDir).sort()) {
    const dir = path.join(packagesDir, name);
    const manifest = path.join(dir, 'package.json');
    // Only Strapi plugins are built; the test harness package is used from its sources.
    if (!existsSync(manifest) || JSON.parse(readFileSync(manifest, 'utf8')).strapi?.kind !== 'plugin') continue;
    const stampFile = path.join(dir, 'dist', '.sources-sha256');
    // A plugin bundles the kit's sources into its dist/: a change there rebuilds every plugin.
    const wanted = sourcesHash(dir) + sourcesHash(KIT.dir, KIT.inputs);
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
