import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES, type PublicContentType } from '../content-types';
import { extendGraphql } from '../graphql/extension';
import { createPublicReadGuard, type Auth } from './guard';

type Resolve = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

/** GraphQL query names Strapi generates for a content type: single, list and connection. */
function queryNames(strapi: Core.Strapi, uid: PublicContentType): string[] {
  const { info } = strapi.contentType(uid);
  const camel = (name: string) => name.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase());
  const plural = camel(info.pluralName);
  return [camel(info.singularName), plural, `${plural}_connection`];
}

/** The same checks as the REST routes' `global::public-query`, for the generated GraphQL queries. */
export function registerGraphqlPublicReadGuard(strapi: Core.Strapi): void {
  if (!strapi.plugin('graphql')) return;
  const guard = createPublicReadGuard(strapi);

  const middleware = async (resolve: Resolve, parent: unknown, args: Record<string, unknown>, context: { state?: { auth?: Auth } }, info: unknown) => {
    const query = { ...args };
    // GraphQL speaks PUBLISHED/DRAFT, REST published/draft; the locale is already typed by GraphQL.
    if (typeof query.status === 'string') query.status = query.status.toLowerCase();
    delete query.locale;
    await guard.check(query, context.state?.auth);
    return resolve(parent, args, context, info);
  };

  const resolversConfig = Object.fromEntries(
    PUBLIC_CONTENT_TYPES.flatMap((uid) => queryNames(strapi, uid)).map((name) => [`Query.${name}`, { middlewares: [middleware] }]),
  );
  extendGraphql(strapi, { resolversConfig });
}
