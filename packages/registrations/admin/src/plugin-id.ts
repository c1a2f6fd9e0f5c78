/** The plugin's id: its translation prefix and its permission namespace. */
export const PLUGIN_ID = 'registrations';
