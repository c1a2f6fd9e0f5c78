import type { Core } from '@strapi/strapi';
import { applyAdminViews as applyKitViews, type AdminViewsReport } from '@mitwirken/strapi-plugin-kit';
import { ADMIN_VIEWS, type ContentTypeView } from '../domain/admin-views';
import { STORED_LANGUAGE } from '../domain/admin-views/apply-view';
import { FIELD_ACCESS, type FieldAccess } from '../domain/admin-views/field-access';

export type { AdminViewsReport } from '@mitwirken/strapi-plugin-kit';

/**
 * Writes the app's admin views into the content manager's configuration, with the kit's mechanism
 * (the pool plugin applies its own types' views the same way, in its bootstrap). Runs in the app's
 * bootstrap, after the content manager synchronised its configurations with the schemas.
 * Remembered in `strapi.store` core/mitwirken, key `admin-views`.
 */
export function applyAdminViews(
  strapi: Core.Strapi,
  views: readonly ContentTypeView[] = ADMIN_VIEWS,
  access: Readonly<Record<string, FieldAccess>> = FIELD_ACCESS,
): Promise<AdminViewsReport> {
  return applyKitViews(strapi, views, { locale: STORED_LANGUAGE, access, store: { type: 'core', name: 'mitwirken', key: 'admin-views' } });
}
