/**
 * The plugin's admin permission: using the finder preview page and its admin routes. A host gives
 * it to roles in Settings → Roles, or in code through PREVIEW_ACTION.
 */
export const PLUGIN_ID = 'format-finder';

export const PREVIEW_ACTION = `plugin::${PLUGIN_ID}.preview`;

export const actionDefinitions = () => [{ section: 'plugins' as const, pluginName: PLUGIN_ID, uid: 'preview', displayName: 'Format-Finder-Vorschau nutzen' }];
