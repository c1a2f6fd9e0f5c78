import type { Core } from '@strapi/strapi';
import { RATE_LIMIT_COUNTER } from '../uids';
import { qualifiedTable, queryOf, rowsOf } from './query';

/** Fixed-window counters in the database, so every instance on one database counts together: one upsert per hit. */
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
      const rows = rowsOf<{ hits: number }>(await strapi.db.connection.raw(sql, [key, windowStart, now, now]));
      return Number(rows[0].hits);
    },
    async deleteOlderThan(windowStart: number): Promise<void> {
      await queryOf(strapi, RATE_LIMIT_COUNTER).deleteMany({ where: { windowStart: { $lt: windowStart } } });
    },
    async clear(): Promise<void> {
      await queryOf(strapi, RATE_LIMIT_COUNTER).deleteMany({});
    },
  };
}
