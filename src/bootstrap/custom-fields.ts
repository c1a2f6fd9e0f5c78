import type { Core } from '@strapi/strapi';
import { CODE_MULTI_SELECT, CODE_SELECT, CODE_SELECT_TEXT, PROVENANCE } from '../domain/custom-fields';

/**
 * The server half of the admin widgets (the admin half is in src/admin/custom-fields). Strapi
 * replaces each custom field by its underlying type after `register`, so the database columns,
 * REST filters, the GraphQL schema and the format finder see the same enumeration and JSON fields
 * as before.
 */
export function registerCustomFields(strapi: Core.Strapi): void {
  strapi.customFields.register([
    { name: CODE_SELECT, type: 'enumeration', inputSize: { default: 6, isResizable: true } },
    { name: CODE_SELECT_TEXT, type: 'string', inputSize: { default: 6, isResizable: true } },
    { name: CODE_MULTI_SELECT, type: 'json', inputSize: { default: 6, isResizable: true } },
    { name: PROVENANCE, type: 'json', inputSize: { default: 12, isResizable: false } },
  ]);
}
