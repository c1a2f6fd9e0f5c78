#!/usr/bin/env node
// Content bundles (README, "Content bundles"): the public content of this instance into a folder,
// or such a folder into this instance. Boots the app like `npm run seed`, on the database `.env` names.
'use strict';
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const USAGE = `usage:
  npm run bundle:export -- <dir> [--origin <name>] [--licence <licence>]
  npm run bundle:import -- <dir> [--apply] [--overwrite]`;

class UsageError extends Error {}

function parseArguments(argv) {
  const [command, ...rest] = argv;
  if (command !== 'export' && command !== 'import') throw new UsageError(`unknown command ${JSON.stringify(command ?? '')}`);
  const options = { command, dir: null, apply: false, overwrite: false, origin: undefined, licence: undefined };
  const flags = command === 'export' ? ['--origin', '--licence'] : ['--apply', '--overwrite'];
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index];
    const [flag, inline] = argument.startsWith('--') ? argument.split(/=(.*)/s) : [argument];
    if (!argument.startsWith('-')) {
      if (options.dir) throw new UsageError(`one folder only, got ${options.dir} and ${argument}`);
      options.dir = argument;
    } else if (!flags.includes(flag)) {
      throw new UsageError(`${command} does not know ${flag}`);
    } else if (flag === '--apply' || flag === '--overwrite') {
      options[flag.slice(2)] = true;
    } else {
      const value = inline ?? rest[(index += 1)];
      if (!value) throw new UsageError(`${flag} needs a value`);
      options[flag.slice(2)] = value;
    }
  }
  if (!options.dir) throw new UsageError('name the bundle folder');
  return options;
}

async function main() {
  let options;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  // `npm run` starts in the project folder; the folder argument is meant from where the user typed it.
  const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), options.dir);
  const appDir = path.join(__dirname, '..');
  process.chdir(appDir);
  // A content tool sends no mails and loads no seed.
  process.env.SEED_ON_START = 'false';
  process.env.OUTBOX_ENABLED = 'false';

  const context = await compileStrapi({ appDir });
  const bundles = require(path.join(context.distDir, 'src', 'bundle'));

  // Checked before the app starts: a damaged or foreign bundle never reaches the database.
  let bundle = null;
  if (options.command === 'import') {
    try {
      bundle = await bundles.readBundle(dir);
    } catch (error) {
      if (error.name !== 'BundleRefusedError') throw error;
      console.error(`Bundle refused: ${error.message}`);
      return 1;
    }
  }

  const app = createStrapi(context);
  app.log.level = 'warn';
  await app.load();
  try {
    if (options.command === 'export') {
      const origin = options.origin ?? process.env.BUNDLE_ORIGIN ?? app.config.get('server.url');
      if (!origin) {
        console.error('Say where the bundle comes from (its licence needs an attribution): --origin "Stadt Dortmund, nordwärts", BUNDLE_ORIGIN, or PUBLIC_URL.');
        return 2;
      }
      const defaultLicence = options.licence ?? process.env.BUNDLE_LICENCE ?? bundles.DEFAULT_LICENCE;
      const appVersion = require(path.join(appDir, 'package.json')).version;
      try {
        const report = await bundles.exportBundle(app, dir, { origin, defaultLicence, appVersion });
        const types = Object.entries(report.byType).map(([type, count]) => `${count} ${type}`).join(', ');
        console.log(`Bundle written to ${report.dir}: ${report.items} items (${types}), ${report.media} media files; origin ${origin}, default licence ${defaultLicence}.`);
      } catch (error) {
        console.error(`${error.name === 'BundleRefusedError' ? 'Export refused' : 'Export failed'}: ${error.message}`);
        return 1;
      }
      return 0;
    }

    const { manifest } = bundle;
    console.log(`Bundle from ${manifest.origin}, made ${manifest.createdAt} by app version ${manifest.appVersion}: ${manifest.items.length} items, ${manifest.media.length} media files.`);
    try {
      const report = await bundles.importBundle(app, bundle, { apply: options.apply, overwrite: options.overwrite });
      for (const line of report.lines) console.log(line);
      for (const warning of report.warnings) console.warn(`warning: ${warning}`);
      if (report.applied && report.uploadedFiles > 0) console.log(`${report.uploadedFiles} file(s) added to the media library.`);
    } catch (error) {
      // Refused by this instance's upload allow-list, which is known only once the app is loaded.
      if (error.name === 'BundleRefusedError') console.error(`Bundle refused: ${error.message}`);
      else console.error(`Import failed, nothing was imported (every change was rolled back): ${error.message}`);
      return 1;
    }
    return 0;
  } finally {
    await app.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
