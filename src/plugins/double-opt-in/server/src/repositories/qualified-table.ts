import type { Core } from '@strapi/strapi';

/** A content type's table as raw SQL must name it: with the schema when one is configured. */
export function qualifiedTable(strapi: Core.Strapi, uid: string): string {
  const name = strapi.db.metadata.get(uid as never).tableName;
  const schema = strapi.db.getSchemaName();
  return schema ? `${schema}.${name}` : name;
}
