import type { Core } from '@strapi/strapi';
import { registerCustomFields } from './custom-fields';
import { registerDocumentRules } from './document-rules';
import { registerArchiveQuery } from './graphql/archive-query';
import { PRIVATE_CONTENT_TYPES } from './uids';

export default function register({ strapi }: { strapi: Core.Strapi }): void {
  registerCustomFields(strapi);
  // Personal data never reaches the public GraphQL API: no types, no queries, no mutations.
  const graphql = strapi.plugin('graphql');
  if (graphql) {
    for (const uid of PRIVATE_CONTENT_TYPES) graphql.service('extension').shadowCRUD(uid).disable();
  }
  registerArchiveQuery(strapi);
  registerDocumentRules(strapi);
}
