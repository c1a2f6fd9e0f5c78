/** Content-type UIDs of the plugin, shared with tests. */
export const PLUGIN_ID = 'registrations';
export const REGISTRATION = 'plugin::registrations.registration';
export const RATE_LIMIT_COUNTER = 'plugin::registrations.rate-limit-counter';

/** Both hold what no public API may hand out: who registered, and who asked how often. */
export const PRIVATE_CONTENT_TYPES = [REGISTRATION, RATE_LIMIT_COUNTER] as const;
export type PluginUid = (typeof PRIVATE_CONTENT_TYPES)[number];
