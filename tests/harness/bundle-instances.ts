/**
 * Instances on named databases for the content-bundle tests: unlike startTestApp, a database here
 * outlives the instance (the CLI boots on it in a child process), and the PostgreSQL side is used
 * whatever DATABASE_CLIENT the suite runs with.
 */
import { createStrapi, type Core } from '@strapi/strapi';
import { execFile, execFileSync } from 'child_process';
import { randomBytes } from 'crypto';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { APP_DIR } from './strapi';
import { destroyStrapi } from '@mitwirken/strapi-testing';

export type DatabaseEnv = Record<string, string>;

const SECRETS = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
const DATABASE_VARIABLE = /^DATABASE_/;

/** Secrets shared by the test's instances and its CLI runs, made once per test file. */
const secrets: Record<string, string> = {
  APP_KEYS: process.env.APP_KEYS ?? [1, 2, 3, 4].map(() => randomBytes(16).toString('base64')).join(','),
  ...Object.fromEntries(SECRETS.map((key) => [key, process.env[key] ?? randomBytes(16).toString('base64')])),
};

export function sqliteDatabase(filename: string): DatabaseEnv {
  return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename };
}

/** The environment of an instance or CLI run on `database`, with no other DATABASE_* left over. */
export function instanceEnvironment(database: DatabaseEnv): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!DATABASE_VARIABLE.test(key)) environment[key] = value;
  return { ...environment, NODE_ENV: 'test', STRAPI_TELEMETRY_DISABLED: 'true', SEED_ON_START: 'false', OUTBOX_ENABLED: 'false', ...secrets, ...database };
}

export interface Instance {
  strapi: Core.Strapi;
  server: Core.Strapi['server']['httpServer'];
  stop(): Promise<void>;
}

/** Boots the compiled app on `database` as it is; stop() leaves the database for the next one. */
export async function bootInstance(database: DatabaseEnv): Promise<Instance> {
  const saved = { ...process.env };
  const restore = () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };
  const environment = instanceEnvironment(database);
  for (const key of Object.keys(process.env)) if (!(key in environment)) delete process.env[key];
  Object.assign(process.env, environment);
  try {
    const strapi = createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') });
    strapi.log.level = 'error';
    try {
      await strapi.load();
    } catch (error) {
      // A half-loaded instance still holds the database and Strapi's globals; the next boot needs both free.
      await strapi.destroy().catch(() => undefined);
      throw error;
    }
    strapi.server.mount();
    return {
      strapi,
      server: strapi.server.httpServer,
      async stop() {
        await destroyStrapi(strapi);
        restore();
      },
    };
  } catch (error) {
    restore();
    throw error;
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node scripts/bundle.js …` as `npm run bundle:*` runs it, on `database`. */
export function runBundleCli(args: string[], database: DatabaseEnv): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(APP_DIR, 'scripts', 'bundle.js'), ...args],
      { cwd: APP_DIR, env: instanceEnvironment(database), maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function readEnvFile(file: string): DatabaseEnv | null {
  if (!existsSync(file)) return null;
  const env: DatabaseEnv = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^(?:export\s+)?(DATABASE_[A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) env[match[1]] = match[2];
  }
  return env;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pg = () => require('pg') as typeof import('pg');

function client(env: DatabaseEnv, database = env.DATABASE_NAME) {
  const { Client } = pg();
  return new Client({
    host: env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(env.DATABASE_PORT ?? 5432),
    database,
    user: env.DATABASE_USERNAME,
    password: env.DATABASE_PASSWORD,
    connectionTimeoutMillis: 3000,
  });
}

async function reachable(env: DatabaseEnv): Promise<boolean> {
  const probe = client(env, 'postgres');
  try {
    await probe.connect();
    return true;
  } catch {
    return false;
  } finally {
    await probe.end().catch(() => undefined);
  }
}

async function adminQuery(env: DatabaseEnv, sql: string): Promise<void> {
  const admin = client(env, 'postgres');
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export interface PostgresHandle {
  env: DatabaseEnv;
  /** An empty schema, as on a fresh install. */
  reset(): Promise<void>;
  /** Drops what this test made; stops the server only if this test started it. */
  release(): Promise<void>;
}

/**
 * PostgreSQL for the test: the DATABASE_* variables when the suite runs on PostgreSQL; else the
 * project's throwaway server (started by scripts/postgres-for-tests.sh if it is not running), with
 * a database of this test's own, since a server found running may serve another test run.
 */
export async function postgresForTest(): Promise<PostgresHandle> {
  const reset = async (env: DatabaseEnv) => {
    const connection = client(env);
    await connection.connect();
    const schema = env.DATABASE_SCHEMA ?? 'public';
    try {
      await connection.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await connection.query(`CREATE SCHEMA "${schema}"`);
    } finally {
      await connection.end();
    }
  };

  if (process.env.DATABASE_CLIENT === 'postgres') {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => DATABASE_VARIABLE.test(key))) as DatabaseEnv;
    return { env, reset: () => reset(env), release: async () => undefined };
  }

  const envFile = path.join(APP_DIR, '.tmp', 'postgres.env');
  let server = readEnvFile(envFile);
  let startedHere = false;
  if (!server || !(await reachable(server))) {
    execFileSync('bash', [path.join(APP_DIR, 'scripts', 'postgres-for-tests.sh'), 'start'], { cwd: APP_DIR, stdio: 'inherit' });
    server = readEnvFile(envFile)!;
    startedHere = true;
  }
  const env = { ...server, DATABASE_NAME: `mitwirken_bundle_${process.pid}` };
  await adminQuery(env, `DROP DATABASE IF EXISTS "${env.DATABASE_NAME}"`);
  await adminQuery(env, `CREATE DATABASE "${env.DATABASE_NAME}"`);
  return {
    env,
    reset: () => reset(env),
    async release() {
      await adminQuery(env, `DROP DATABASE IF EXISTS "${env.DATABASE_NAME}" WITH (FORCE)`);
      if (startedHere) execFileSync('bash', [path.join(APP_DIR, 'scripts', 'postgres-for-tests.sh'), 'stop'], { cwd: APP_DIR, stdio: 'inherit' });
    },
  };
}
