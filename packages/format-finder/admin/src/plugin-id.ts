/** The plugin's id: its admin route, its translation prefix and its permission namespace. */
export const PLUGIN_ID = 'format-finder';
