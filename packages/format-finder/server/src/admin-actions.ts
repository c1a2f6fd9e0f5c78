/**
 * The plugin's admin permission: using the finder preview page and its admin routes. A host gives
 * it to roles in Settings → Roles, or in code through PREVIEW_ACTION.
 */
export const PLUGIN_ID = 'format-finder';

export const PREVIEW_ACTION = `plugin::${PLUGIN_ID}.preview`;

/** The action as Strapi registers it; its name is `previewPermission` of the default locale's catalogue. */
export const actionDefinitions = (displayName: string) => [{ section: 'plugins' as const, pluginName: PLUGIN_ID, uid: 'preview', displayName }];
