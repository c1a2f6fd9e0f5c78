import type { Core } from '@strapi/strapi';
import type { PluginUid } from '../uids';

/**
 * The one typed way into the database for the repositories. Strapi types its query engine and
 * document service against the host's generated UID registry, which a city installing this
 * plugin may not have generated (or not with the plugin's types in it); so the casts to Strapi's
 * types happen here, once, and every caller names one of the plugin's own UIDs (`PluginUid`) and
 * the row type it reads.
 */

/** Query-engine parameters, as far as the repositories use them. */
export interface QueryParams {
  where?: Record<string, unknown>;
  select?: string[];
  orderBy?: Record<string, 'asc' | 'desc'> | Array<Record<string, 'asc' | 'desc'>>;
  limit?: number;
  offset?: number;
  data?: Record<string, unknown>;
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
  return strapi.db.query(uid as never) as unknown as PluginQuery<Row>;
}

/** The document service on one content type (drafts and locales), as the template repository uses it. */
export interface PluginDocuments<Row> {
  findFirst(params: { filters?: Record<string, unknown>; locale?: string }): Promise<Row | null>;
  create(params: { data: Record<string, unknown>; locale?: string }): Promise<Row & { documentId: string }>;
  update(params: { documentId: string; data: Record<string, unknown>; locale?: string }): Promise<Row | null>;
}

export function documentsOf<Row = Record<string, unknown>>(strapi: Core.Strapi, uid: PluginUid): PluginDocuments<Row> {
  return strapi.documents(uid as never) as unknown as PluginDocuments<Row>;
}

/** The table of a content type, for knex where the query engine is too slow or cannot say it. */
export function tableNameOf(strapi: Core.Strapi, uid: PluginUid): string {
  return strapi.db.metadata.get(uid as never).tableName;
}

/** A content type's schema, for the few settings the plugin adjusts at start. */
export interface PluginContentType {
  attributes: Record<string, { enum?: string[]; default?: unknown }>;
}

export function contentTypeOf(strapi: Core.Strapi, uid: PluginUid): PluginContentType | undefined {
  return strapi.contentType(uid as never) as unknown as PluginContentType | undefined;
}
