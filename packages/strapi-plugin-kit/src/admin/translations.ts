/** A plugin's admin messages: ids prefixed with the plugin id, as Strapi's own plugins do. */

/** The function that gives a key of `translations/*.json` its full message id. */
export const translationIdsOf =
  (pluginId: string) =>
  (id: string): string =>
    `${pluginId}.${id}`;

/** Prefixes the keys of a translation file with the plugin id. */
export const prefixPluginTranslations = (messages: Record<string, string>, pluginId: string): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([key, message]) => [`${pluginId}.${key}`, message]));

/**
 * A plugin's `registerTrads`: per admin language its `translations/<locale>.json` (loaded by the
 * plugin, so its bundler sees the files), prefixed, plus `extra` messages that are not the plugin's
 * own ids (the content manager's field labels of its types). A language without a file gets none
 * of the file's messages (the default messages show).
 */
export function registerPluginTranslations(
  pluginId: string,
  load: (locale: string) => Promise<{ default: Record<string, string> }>,
  extra: (locale: string) => Record<string, string> = () => ({}),
) {
  return async ({ locales }: { locales: string[] }) =>
    Promise.all(
      locales.map((locale) =>
        load(locale)
          .then(({ default: data }) => prefixPluginTranslations(data, pluginId))
          .catch(() => ({}))
          .then((data) => ({ data: { ...extra(locale), ...data }, locale })),
      ),
    );
}
