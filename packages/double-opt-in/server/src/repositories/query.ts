import type { Core } from '@strapi/strapi';
import type { PluginUid } from '../uids';

/**
 * The one typed way into the database for the repositories: every caller names one of the
 * plugin's own UIDs (`PluginUid`) and the row type it reads. The plugin is compiled without a
 * host's generated registry, so Strapi types its UIDs by their form (`plugin::…`) and its query
 * engine's rows as `any`; the query engine and the table names need no cast. The document
 * service and the schema are typed more closely than the plugin's rows: their two casts are here.
 */

/** Query-engine parameters, as far as the repositories use them. */
export interface QueryParams {
  where?: Record<string, unknown>;
  select?: string[];
  orderBy?: Record<string, 'asc' | 'desc'> | Array<Record<string, 'asc' | 'desc'>>;
  limit?: number;
  offset?: number;
  data?: Record<string, unknown>;
  /** Relations to read with the rows, as the query engine takes them. */
  populate?: Record<string, true | { select?: string[] }>;
}

/** The query engine on one content type, reading rows of type `Row`. */
export interface PluginQuery<Row> {
  findOne(params: QueryParams): Promise<Row | null>;
  findMany(params?: QueryParams): Promise<Row[]>;
  count(params?: QueryParams): Promise<number>;
  create(params: QueryParams & { data: Record<string, unknown> }): Promise<Row>;
  createMany(params: { data: Array<Record<string, unknown>> }): Promise<{ count: number; ids: Array<number | string> }>;
  update(params: QueryParams & { data: Record<string, unknown> }): Promise<Row>;
  updateMany(params: QueryParams & { data: Record<string, unknown> }): Promise<{ count: number }>;
  delete(params: QueryParams): Promise<Row | null>;
  deleteMany(params?: QueryParams): Promise<{ count: number }>;
}

export function queryOf<Row = Record<string, unknown>>(strapi: Core.Strapi, uid: PluginUid): PluginQuery<Row> {
  return strapi.db.query(uid);
}

/** The document service on one content type (drafts and locales), as the template repository uses it. */
export interface PluginDocuments<Row> {
  findFirst(params: { filters?: Record<string, unknown>; locale?: string }): Promise<Row | null>;
  create(params: { data: Record<string, unknown>; locale?: string }): Promise<Row & { documentId: string }>;
  update(params: { documentId: string; data: Record<string, unknown>; locale?: string }): Promise<Row | null>;
}

export function documentsOf<Row = Record<string, unknown>>(strapi: Core.Strapi, uid: PluginUid): PluginDocuments<Row> {
  // Forced by Strapi's `Modules.Documents.ServiceInstance`: it types params by the schema
  // (`Params.Data.Input`, `Params.Filters`, which a `Record<string, unknown>` does not satisfy) and
  // results as `AnyDocument`, which no row type overlaps; the repositories hand plain records and
  // read their own row types.
  return strapi.documents(uid) as unknown as PluginDocuments<Row>;
}

/** The table of a content type, for knex where the query engine is too slow or cannot say it. */
export function tableNameOf(strapi: Core.Strapi, uid: PluginUid): string {
  return strapi.db.metadata.get(uid).tableName;
}

/** A content type's schema, for the few settings the plugin adjusts at start. */
export interface PluginContentType {
  attributes: Record<string, { enum?: string[]; default?: unknown }>;
}

export function contentTypeOf(strapi: Core.Strapi, uid: PluginUid): PluginContentType | undefined {
  // Strapi's `Schema.ContentType` types attributes as the union of every attribute kind; the
  // plugin reads and adjusts only the enumerations and defaults of its own schema.
  return strapi.contentType(uid) as PluginContentType | undefined;
}
