/**
 * The plugin's names for hosts — content-type UIDs and admin action ids — as a separate entry
 * (`@mitwirken/strapi-plugin-double-opt-in/constants`) with no runtime dependencies, so a host's
 * admin panel code can import them without bundling the server.
 */
export * from './uids';
export { ALL_ACTION_IDS, actionId, type AdminAction } from './admin-actions';
