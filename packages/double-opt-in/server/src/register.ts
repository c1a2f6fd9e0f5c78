import type { Core } from '@strapi/strapi';
import { registerCustomFields } from './custom-fields';
import { registerDocumentRules } from './document-rules';
import { getService } from './get-service';
import { registerArchiveQuery } from './graphql/archive-query';
import { BUILT_IN_MAILING_KINDS } from './mailing-kinds';
import { PRIVATE_CONTENT_TYPES } from './uids';

export default function register({ strapi }: { strapi: Core.Strapi }): void {
  registerCustomFields(strapi);
  // Before the host's register(), which may add kinds of its own or replace these.
  for (const kind of BUILT_IN_MAILING_KINDS) getService(strapi, 'mailing-kinds').register(kind);
  // Personal data never reaches the public GraphQL API: no types, no queries, no mutations.
  const graphql = strapi.plugin('graphql');
  if (graphql) {
    for (const uid of PRIVATE_CONTENT_TYPES) graphql.service('extension').shadowCRUD(uid).disable();
  }
  registerArchiveQuery(strapi);
  registerDocumentRules(strapi);
}
