/** Names of the plugin's cron jobs: added at bootstrap, removed at destroy. */
export const CRON_OUTBOX = 'double-opt-in:outbox';
export const CRON_PURGE = 'double-opt-in:purge';
