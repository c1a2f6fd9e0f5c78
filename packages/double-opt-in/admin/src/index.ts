import type * as React from 'react';
import { Mail } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './plugin-id';
import { getTranslation } from './utils/get-translation';
import { prefixPluginTranslations } from './utils/prefix-plugin-translations';

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

  /** translations/<locale>.json, prefixed with the plugin id; an admin language without a file gets none (the default messages show). */
  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map((locale) =>
        import(`./translations/${locale}.json`)
          .then(({ default: data }: { default: Record<string, string> }) => ({ data: prefixPluginTranslations(data, PLUGIN_ID), locale }))
          .catch(() => ({ data: {}, locale })),
      ),
    );
  },
};
