/** Prefixes the keys of a translation file with the plugin id, as Strapi's own plugins do. */
export const prefixPluginTranslations = (messages: Record<string, string>, pluginId: string): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([key, message]) => [`${pluginId}.${key}`, message]));
