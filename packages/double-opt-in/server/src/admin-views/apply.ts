import type { Core } from '@strapi/strapi';
import { applyAdminViews, baseLanguage, overrideViewTexts, type AdminViewsReport } from '@mitwirken/strapi-plugin-kit';
import { getService } from '../get-service';
import { FALLBACK_LANGUAGE, POOL_ADMIN_VIEWS, POOL_FIELD_ACCESS } from '.';

/**
 * Writes the plugin's admin views into the content manager's configuration, in the host's default
 * language (the first of `locales`; English where the views have no text in it), with the host's
 * own wording from `adminViews` over the shipped texts. Each text and each layout once, then the
 * editors' changes win (remembered in the plugin's store); the field access rules every start.
 */
export async function applyPoolAdminViews(strapi: Core.Strapi): Promise<AdminViewsReport> {
  const settings = getService(strapi, 'settings').get();
  return applyAdminViews(strapi, overrideViewTexts(POOL_ADMIN_VIEWS, settings.adminViews), {
    locale: baseLanguage(settings.locales[0]),
    fallbackLocale: FALLBACK_LANGUAGE,
    access: POOL_FIELD_ACCESS,
    store: { type: 'plugin', name: 'double-opt-in', key: 'admin-views' },
  });
}
