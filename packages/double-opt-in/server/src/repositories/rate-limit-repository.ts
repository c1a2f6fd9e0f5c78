import type { Core } from '@strapi/strapi';
import { RATE_LIMIT_COUNTER } from '../uids';
import { qualifiedTable } from './qualified-table';
import { queryOf } from './query';

/**
 * Fixed-window counters in the database, so that every instance on one database counts together.
 * One upsert per hit: a new window starts the count again.
 */
export function createRateLimitRepository(strapi: Core.Strapi) {
  const table = () => qualifiedTable(strapi, RATE_LIMIT_COUNTER);
  return {
    async hit(key: string, windowStart: number, now: Date): Promise<number> {
      const sql = `
        INSERT INTO ${table()} (key, window_start, hits, created_at, updated_at) VALUES (?, ?, 1, ?, ?)
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN ${table()}.window_start = excluded.window_start THEN ${table()}.hits + 1 ELSE 1 END,
          window_start = excluded.window_start,
          updated_at = excluded.updated_at
        RETURNING hits`;
      const result = (await strapi.db.connection.raw(sql, [key, windowStart, now, now])) as Array<{ hits: number }> | { rows: Array<{ hits: number }> };
      const rows = Array.isArray(result) ? result : result.rows;
      return Number(rows[0].hits);
    },
    /** True the first time a key is seen (within the retention of counters), false after. */
    async claimOnce(key: string, now: Date): Promise<boolean> {
      const windowStart = Math.floor(now.getTime() / 1000);
      const sql = `INSERT INTO ${table()} (key, window_start, hits, created_at, updated_at) VALUES (?, ?, 1, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING hits`;
      const result = (await strapi.db.connection.raw(sql, [key, windowStart, now, now])) as unknown[] | { rows: unknown[] };
      const rows = Array.isArray(result) ? result : result.rows;
      return rows.length === 1;
    },
    async deleteOlderThan(windowStart: number): Promise<void> {
      await queryOf(strapi, RATE_LIMIT_COUNTER).deleteMany({ where: { windowStart: { $lt: windowStart } } });
    },
    async clear(): Promise<void> {
      await queryOf(strapi, RATE_LIMIT_COUNTER).deleteMany({});
    },
  };
}
