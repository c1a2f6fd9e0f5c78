import type { Core } from '@strapi/strapi';
import type { PluginUid } from '../uids';
import { tableNameOf } from './query';

/** A content type's table as raw SQL must name it: with the schema when one is configured. */
export function qualifiedTable(strapi: Core.Strapi, uid: PluginUid): string {
  const name = tableNameOf(strapi, uid);
  const schema = strapi.db.getSchemaName();
  return schema ? `${schema}.${name}` : name;
}
