import type { Core } from '@strapi/strapi';
import path from 'path';
import { loadSeedData } from './seed-data';
import { createSeeder, type SeedReport } from './seed';

export type { SeedReport };

const SEED_STORE_KEY = 'seed-v1';

/** Runs the seed from `database/seed`; safe to call any number of times. */
export async function runSeed(strapi: Core.Strapi): Promise<SeedReport> {
  const data = await loadSeedData(path.join(strapi.dirs.app.root, 'database', 'seed'));
  const report = await createSeeder(strapi).run(data);
  await strapi.store({ type: 'core', name: 'mitwirken' }).set({ key: SEED_STORE_KEY, value: new Date().toISOString() });
  return report;
}

/**
 * Seeds on the very first start only: once seeded, entries an editor deletes stay deleted.
 * `npm run seed` runs it on demand.
 */
export async function seedOnFirstStart(strapi: Core.Strapi): Promise<SeedReport | null> {
  if (await strapi.store({ type: 'core', name: 'mitwirken' }).get({ key: SEED_STORE_KEY })) return null;
  return runSeed(strapi);
}
