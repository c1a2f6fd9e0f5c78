import type { Core } from '@strapi/strapi';

/**
 * The interests widget: the codes a mailing is limited to, or a member chose, picked from the
 * interests the host configured (config `interests`), stored as a JSON array of codes as before.
 */
export const INTERESTS_FIELD = 'interests';

/** States and kinds of the pool's records shown by their labels; stored as the enumeration's code. */
export const LABELLED_ENUM_FIELD = 'labelled-enum';

export function registerCustomFields(strapi: Core.Strapi): void {
  strapi.customFields.register([
    { name: INTERESTS_FIELD, plugin: 'double-opt-in', type: 'json', inputSize: { default: 12, isResizable: false } },
    { name: LABELLED_ENUM_FIELD, plugin: 'double-opt-in', type: 'enumeration', inputSize: { default: 6, isResizable: true } },
  ]);
}
