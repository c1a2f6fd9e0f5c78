import type { Core } from '@strapi/strapi';
import type { Configuration, ConfigurationFactory } from '@strapi/plugin-graphql/dist/server/src/services/extension/extension';

/** The GraphQL plugin's extension service as its declarations type it (Strapi 5.54 exports no name for it). */
type GraphqlExtension = { use(configuration: Configuration | ConfigurationFactory): unknown };

/**
 * The one way the app adds to the GraphQL schema: types built with the nexus instance the GraphQL
 * plugin hands a configuration factory (its own dependency, nexus 1.3, typed by the plugin's
 * declarations), and settings per resolver. Without nexus typegen a resolver's parent, args and
 * context are untyped, so each resolver states what it reads. Nothing happens where the GraphQL
 * plugin is not installed.
 */
export function extendGraphql(strapi: Core.Strapi, configuration: Configuration | ConfigurationFactory): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service<GraphqlExtension>('extension').use(configuration);
}
