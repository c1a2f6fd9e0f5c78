import { PLUGIN_ID } from '../plugin-id';

/** The full message id of a key in `translations/*.json` (registerTrads prefixes them the same way). */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;
