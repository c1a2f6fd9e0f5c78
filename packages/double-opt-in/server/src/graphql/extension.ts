import type { Core } from '@strapi/strapi';
import type { Configuration, ConfigurationFactory } from '@strapi/plugin-graphql/dist/server/src/services/extension/extension';

/** The GraphQL plugin's extension service as its declarations type it (Strapi 5.54 exports no name for it). */
type GraphqlExtension = { use(configuration: Configuration | ConfigurationFactory): unknown };

/**
 * The one way the plugin adds to the GraphQL schema: types built with the nexus instance the
 * GraphQL plugin hands a configuration factory (its own dependency, nexus 1.3, typed by its
 * declarations), and settings per resolver. Without nexus typegen a resolver's parent and args
 * are untyped, so each resolver states what it reads. Nothing happens where the host has not
 * installed the GraphQL plugin (an optional peer).
 */
export function extendGraphql(strapi: Core.Strapi, configuration: Configuration | ConfigurationFactory): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service<GraphqlExtension>('extension').use(configuration);
}
