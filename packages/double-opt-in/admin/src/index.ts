import type * as React from 'react';
import { Mail } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './plugin-id';
import { registerPluginTranslations, viewTranslations } from '@mitwirken/strapi-plugin-kit/admin';
import { FALLBACK_LANGUAGE, POOL_ADMIN_VIEWS } from '../../server/src/admin-views';
import { getTranslation } from './utils/get-translation';

/** One custom field as `app.customFields.register` takes it (Strapi 5.54 does not export the type's name). */
type CustomField = Exclude<Parameters<StrapiApp['customFields']['register']>[0], readonly unknown[]>;

/**
 * An input loaded when the content manager first shows the field. Strapi's `CustomField` types the
 * loaded component as a bare `ComponentType` without props, while the content manager hands it
 * the field's props (name, value, onChange, attribute…): the one place that says so.
 */
function lazyInput<Props>(load: () => Promise<{ default: React.ComponentType<Props> }>): CustomField['components']['Input'] {
  return async () => ({ default: (await load()).default as React.ComponentType });
}

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Mail,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Mailing list' },
      Component: () => import('./pages/PoolPage'),
      permissions: PERMISSIONS.readPool,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Mailing list' });
    app.customFields.register({
      name: 'interests',
      pluginId: PLUGIN_ID,
      type: 'json',
      intlLabel: { id: getTranslation('interests.field'), defaultMessage: 'Interessen' },
      intlDescription: { id: getTranslation('interests.field.description'), defaultMessage: 'Auswahl aus den konfigurierten Interessen' },
      components: { Input: lazyInput(() => import('./components/InterestsInput')) },
    });
    app.customFields.register({
      name: 'labelled-enum',
      pluginId: PLUGIN_ID,
      type: 'enumeration',
      intlLabel: { id: getTranslation('labelled-enum.field'), defaultMessage: 'Auswahl mit Bezeichnungen' },
      intlDescription: { id: getTranslation('labelled-enum.field.description'), defaultMessage: 'Ein Wert aus einer festen Liste, mit Bezeichnungen' },
      components: { Input: lazyInput(() => import('./components/LabelledEnumInput')) },
    });
  },

  bootstrap() {},

  /**
   * translations/<locale>.json, prefixed with the plugin id (an admin language without a file gets
   * none: the default messages show), and the content manager's names and field labels of the
   * plugin's types: English labels for an English admin; for every other language empty ones, so
   * the labels the server stored show (the host's language, or the host's own wording).
   */
  registerTrads: registerPluginTranslations(
    PLUGIN_ID,
    (locale) => import(`./translations/${locale}.json`),
    (locale) => viewTranslations(POOL_ADMIN_VIEWS, locale, { storedLanguage: FALLBACK_LANGUAGE, labels: locale === FALLBACK_LANGUAGE }),
  ),
};
