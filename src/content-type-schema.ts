import type { Core, Struct, UID } from '@strapi/strapi';

/**
 * Whether a UID the app has only as a string (a bundle type, a list of permission subjects) names
 * a registered content type. Strapi types `documents()`, `db.query()` and `contentType()` against
 * the generated registry's union of UIDs (`UID.ContentType`); a string reaches them through this
 * check instead of a cast.
 */
export function isContentTypeUid(strapi: Core.Strapi, uid: string): uid is UID.ContentType {
  return Object.prototype.hasOwnProperty.call(strapi.contentTypes, uid);
}

/**
 * Whether the i18n plugin keeps one version per locale of a content type. Strapi types a schema's
 * `pluginOptions` as `{ [plugin]: unknown }`, so the option is read by looking, not by a cast.
 */
export function isLocalized(schema: Pick<Struct.ContentTypeSchema, 'pluginOptions'> | undefined): boolean {
  const i18n = schema?.pluginOptions?.i18n;
  return typeof i18n === 'object' && i18n !== null && 'localized' in i18n && Boolean(i18n.localized);
}
