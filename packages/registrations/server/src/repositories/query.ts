import type { Core } from '@strapi/strapi';
import type { PluginUid } from '../uids';

/**
 * The typed way into the database for the repositories. The plugin is compiled without a host's
 * generated registry, so Strapi types UIDs by their form and the query engine's rows as `any`:
 * every caller names the row type it reads.
 */
export interface QueryParams {
  where?: Record<string, unknown>;
  select?: string[];
  orderBy?: Record<string, 'asc' | 'desc'> | Array<Record<string, 'asc' | 'desc'>>;
  limit?: number;
  data?: Record<string, unknown>;
}

export interface PluginQuery<Row> {
  findOne(params: QueryParams): Promise<Row | null>;
  findMany(params?: QueryParams): Promise<Row[]>;
  count(params?: QueryParams): Promise<number>;
  create(params: QueryParams & { data: Record<string, unknown> }): Promise<Row>;
  update(params: QueryParams & { data: Record<string, unknown> }): Promise<Row | null>;
  updateMany(params: QueryParams & { data: Record<string, unknown> }): Promise<{ count: number }>;
  deleteMany(params?: QueryParams): Promise<{ count: number }>;
}

export function queryOf<Row = Record<string, unknown>>(strapi: Core.Strapi, uid: PluginUid | string): PluginQuery<Row> {
  // The host's event type is a UID only the host's registry knows; the query engine takes any.
  return strapi.db.query(uid as PluginUid);
}

/** A content type's table as raw SQL names it: with the schema when one is configured. */
export function qualifiedTable(strapi: Core.Strapi, uid: PluginUid): string {
  const name = strapi.db.metadata.get(uid).tableName;
  const schema = strapi.db.getSchemaName();
  return schema ? `${schema}.${name}` : name;
}

/** Rows of a raw query: PostgreSQL answers `{ rows }`, SQLite the rows themselves. */
export function rowsOf<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}
