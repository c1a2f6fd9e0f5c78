import { createStrapi, type Core } from '@strapi/strapi';
import { randomBytes } from 'crypto';
import { mkdirSync, rmSync } from 'fs';
import path from 'path';

// Each test file gets a fresh copy of this module: the environment as the file found it.
const ORIGINAL_ENV = { ...process.env };

function restoreEnvironment(): void {
  for (const key of Object.keys(process.env)) if (!(key in ORIGINAL_ENV)) delete process.env[key];
  Object.assign(process.env, ORIGINAL_ENV);
}

const TEST_SECRETS = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

export const usesPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

function prepareEnvironment(appDir: string, name: string): () => void {
  process.env.NODE_ENV = 'test';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.APP_KEYS ??= [1, 2, 3, 4].map(() => randomBytes(16).toString('base64')).join(',');
  for (const key of TEST_SECRETS) process.env[key] ??= randomBytes(16).toString('base64');

  if (usesPostgres()) return () => undefined;

  const dir = path.join(appDir, '.tmp');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `test-${name}-${process.pid}.db`);
  const remove = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  };
  remove();
  process.env.DATABASE_FILENAME = file;
  return remove;
}

/** Every test file starts from an empty schema, as on a fresh install. */
async function resetPostgres(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Client } = require('pg') as typeof import('pg');
  const client = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    database: process.env.DATABASE_NAME,
    user: process.env.DATABASE_USERNAME,
    password: process.env.DATABASE_PASSWORD,
  });
  await client.connect();
  const schema = process.env.DATABASE_SCHEMA ?? 'public';
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`CREATE SCHEMA "${schema}"`);
  } finally {
    await client.end();
  }
}

export interface TestApp {
  strapi: Core.Strapi;
  /** The HTTP server to hand to supertest. */
  server: Core.Strapi['server']['httpServer'];
  stop(): Promise<void>;
  /** Stops this instance and boots a new one on the same database, as a restart of the app would. */
  restart(): Promise<TestApp>;
}

export interface AppLocation {
  appDir: string;
  /** Where the compiled app lives: `<appDir>/dist` for a TypeScript app, `appDir` for a JavaScript one. */
  distDir: string;
}

export interface StartOptions {
  /**
   * Changes the app for one test file as its config files would, e.g. a plugin's config with
   * `strapi.config.set('plugin::name', …)`. It runs after `register()` (plugins loaded, their
   * config read from config/plugins) and before `bootstrap()`. Earlier does not work: loading
   * the plugins sets their config from the file, over anything set before `load()`.
   */
  configure?: (strapi: Core.Strapi) => void | Promise<void>;
}

async function bootStrapi(location: AppLocation, options: StartOptions = {}): Promise<Core.Strapi> {
  const strapi = createStrapi(location);
  strapi.log.level = 'error';
  try {
    if (options.configure) {
      // What `load()` does, with the test's change between the two phases.
      await strapi.register();
      await options.configure(strapi);
      await strapi.bootstrap();
      strapi.isLoaded = true;
    } else {
      await strapi.load();
    }
  } catch (error) {
    // A half-loaded instance holds the database and its timers; the test run would not end.
    await strapi.destroy().catch(() => undefined);
    throw error;
  }
  strapi.server.mount();
  return strapi;
}

interface ConnectionPool {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

const QUIET_MS = 60;
const SETTLE_LIMIT_MS = 5000;

/**
 * Waits until the database pool has been idle for a moment. Strapi's document service emits its
 * entry events after the commit without awaiting them, and each reads the entry back. Destroying
 * the pool under such a read leaves its connection request waiting for the acquire timeout, and
 * the rejection then ends the test process after the suite has passed.
 */
async function settleDatabase(strapi: Core.Strapi): Promise<void> {
  const pool = (strapi.db?.connection?.client as { pool?: ConnectionPool } | undefined)?.pool;
  if (!pool) return;
  const busy = () => pool.numUsed() > 0 || pool.numPendingAcquires() > 0 || pool.numPendingCreates() > 0;
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  let quietSince = busy() ? 0 : Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (busy()) quietSince = 0;
    else if (!quietSince) quietSince = Date.now();
    else if (Date.now() - quietSince >= QUIET_MS) return;
  }
}

/** Destroys the instance once its database pool has settled (see settleDatabase). */
export async function destroyStrapi(strapi: Core.Strapi): Promise<void> {
  await settleDatabase(strapi);
  await strapi.destroy();
}

function testApp(location: AppLocation, strapi: Core.Strapi, cleanup: () => void, options: StartOptions): TestApp {
  return {
    strapi,
    server: strapi.server.httpServer,
    async stop() {
      await destroyStrapi(strapi);
      cleanup();
      restoreEnvironment();
    },
    async restart() {
      await destroyStrapi(strapi);
      return testApp(location, await bootStrapi(location, options), cleanup, options);
    },
  };
}

/**
 * Boots the app at `location` on a fresh database named after the test file: a new SQLite file
 * in `<appDir>/.tmp`, or on PostgreSQL (DATABASE_CLIENT=postgres) an emptied schema.
 */
export async function startStrapiApp(location: AppLocation, name: string, options: StartOptions = {}): Promise<TestApp> {
  const cleanup = prepareEnvironment(location.appDir, name);
  if (usesPostgres()) await resetPostgres();
  return testApp(location, await bootStrapi(location, options), cleanup, options);
}

/**
 * A fresh database for an app that another process boots (a child process a test kills and
 * starts again): the environment it needs (test secrets, `DATABASE_FILENAME` or the emptied
 * PostgreSQL schema) is set in this process, for the child to inherit. The returned function
 * removes the SQLite file and restores the environment.
 */
export async function prepareAppDatabase(location: AppLocation, name: string): Promise<() => void> {
  const cleanup = prepareEnvironment(location.appDir, name);
  if (usesPostgres()) await resetPostgres();
  return () => {
    cleanup();
    restoreEnvironment();
  };
}
