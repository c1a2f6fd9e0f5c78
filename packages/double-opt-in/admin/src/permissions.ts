import type { Permission } from '@strapi/strapi/admin';

/**
 * The admin permissions of the plugin, registered by its server side (server/src/admin-actions.ts),
 * which checks the same ids on its admin routes. Here they decide what the admin panel shows:
 * - `readPool` (`pool.read`): the menu link and the pool page with its outbox and activity log;
 * - `exportPool` (`pool.export`): the CSV export button;
 * - `writeMailings` (`mailings.write`): the mailings panel (list, preview, progress);
 * - `sendMailings` (`mailings.send`): test-send, start, pause, resume, cancel, and processing the outbox;
 * - `importPool` (`pool.import`): the import of an existing list and the decisions on entries without proof.
 */
export const PERMISSIONS = {
  readPool: [{ action: 'plugin::double-opt-in.pool.read', subject: null }],
  exportPool: [{ action: 'plugin::double-opt-in.pool.export', subject: null }],
  writeMailings: [{ action: 'plugin::double-opt-in.mailings.write', subject: null }],
  sendMailings: [{ action: 'plugin::double-opt-in.mailings.send', subject: null }],
  importPool: [{ action: 'plugin::double-opt-in.pool.import', subject: null }],
} satisfies Record<string, Permission[]>;
