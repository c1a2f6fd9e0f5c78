import type { Core } from '@strapi/strapi';
import path from 'path';

const CLIENTS = ['sqlite', 'postgres'] as const;
const SQLITE_SYNCHRONOUS = ['FULL', 'NORMAL'];

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const acquireConnectionTimeout = env.int('DATABASE_CONNECTION_TIMEOUT', 60000);

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'mitwirken'),
          user: env('DATABASE_USERNAME', 'mitwirken'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) && {
            rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          },
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout,
      },
    };
  }

  if (client === 'sqlite') {
    const synchronous = env('DATABASE_SQLITE_SYNCHRONOUS', 'FULL').toUpperCase();
    if (!SQLITE_SYNCHRONOUS.includes(synchronous)) {
      throw new Error(`DATABASE_SQLITE_SYNCHRONOUS must be one of ${SQLITE_SYNCHRONOUS.join(', ')}, got "${synchronous}"`);
    }
    return {
      connection: {
        client: 'sqlite',
        connection: {
          filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '.tmp/data.db')),
        },
        useNullAsDefault: true,
        acquireConnectionTimeout,
        pool: {
          // Write-ahead log: readers do not wait for writers, and a commit is one append and one
          // fsync instead of a rollback journal's several. `synchronous` stays FULL by default, so a
          // committed sign-up or delivery mark survives a power loss as before.
          afterCreate(connection: unknown, done: (error?: Error, connection?: unknown) => void) {
            try {
              const database = connection as { pragma(statement: string): unknown };
              database.pragma('journal_mode = WAL');
              database.pragma(`synchronous = ${synchronous}`);
              done(undefined, connection);
            } catch (error) {
              done(error as Error, connection);
            }
          },
        },
      },
    };
  }

  throw new Error(`DATABASE_CLIENT must be one of ${CLIENTS.join(', ')}, got "${client}"`);
};
