import type { Core, UID } from '@strapi/strapi';

/**
 * Fixed-window counters in a plugin's own table, so that every instance on one database counts
 * together: one upsert per hit, and a new window starts the count again. Each plugin keeps its
 * own content type (its table, its admin view); the table needs the attributes `key` (unique
 * string), `windowStart` (integer, seconds) and `hits` (integer), as the plugins' schemas have.
 */
export function createRateLimitCounters(strapi: Core.Strapi, uid: UID.ContentType) {
  const table = () => {
    const name = strapi.db.metadata.get(uid).tableName;
    const schema = strapi.db.getSchemaName();
    return schema ? `${schema}.${name}` : name;
  };
  // SQLite's driver answers RETURNING with the rows, PostgreSQL's with `{ rows }`.
  const rowsOf = <Row>(result: unknown): Row[] => (Array.isArray(result) ? result : (result as { rows: Row[] }).rows);

  return {
    /** Counts one hit of `key` in the window starting at `windowStart` (seconds); the window's count after it. */
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

    /** True the first time a key is seen (as long as its counter is kept), false after. */
    async claimOnce(key: string, now: Date): Promise<boolean> {
      const sql = `INSERT INTO ${table()} (key, window_start, hits, created_at, updated_at) VALUES (?, ?, 1, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING hits`;
      return rowsOf(await strapi.db.connection.raw(sql, [key, Math.floor(now.getTime() / 1000), now, now])).length === 1;
    },

    async deleteOlderThan(windowStart: number): Promise<void> {
      await strapi.db.query(uid).deleteMany({ where: { windowStart: { $lt: windowStart } } });
    },

    async clear(): Promise<void> {
      await strapi.db.query(uid).deleteMany({});
    },
  };
}

export type RateLimitCounters = ReturnType<typeof createRateLimitCounters>;
