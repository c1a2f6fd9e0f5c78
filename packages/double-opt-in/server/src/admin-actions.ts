/**
 * The plugin's admin permissions. Each admin route checks one of them (routes/index.ts); the admin
 * panel hides what a user may not do (admin/src/permissions.ts). A host gives them to roles in
 * Settings → Roles, or in code through the action ids below.
 */
export const PLUGIN_ID = 'double-opt-in';

export const ADMIN_ACTIONS = {
  readPool: { uid: 'pool.read' },
  exportPool: { uid: 'pool.export' },
  writeMailings: { uid: 'mailings.write' },
  sendMailings: { uid: 'mailings.send' },
  importPool: { uid: 'pool.import' },
} as const;

export type AdminAction = keyof typeof ADMIN_ACTIONS;

/** `plugin::double-opt-in.pool.read` etc., as policies, roles and the admin panel name them. */
export const actionId = (action: AdminAction) => `plugin::${PLUGIN_ID}.${ADMIN_ACTIONS[action].uid}`;

export const ALL_ACTION_IDS = (Object.keys(ADMIN_ACTIONS) as AdminAction[]).map(actionId);

/** The actions as Strapi registers them; their names come from the catalogue of the default locale (`permissions`). */
export const actionDefinitions = (names: Readonly<Record<AdminAction, string>>) =>
  (Object.keys(ADMIN_ACTIONS) as AdminAction[]).map((action) => ({
    section: 'plugins' as const,
    pluginName: PLUGIN_ID,
    uid: ADMIN_ACTIONS[action].uid,
    displayName: names[action],
  }));
