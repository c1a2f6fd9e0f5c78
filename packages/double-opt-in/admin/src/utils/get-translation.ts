import { translationIdsOf } from '@mitwirken/strapi-plugin-kit/admin';
import { PLUGIN_ID } from '../plugin-id';

/** The full message id of a key in `translations/*.json` (registerTrads prefixes them the same way). */
export const getTranslation = translationIdsOf(PLUGIN_ID);
