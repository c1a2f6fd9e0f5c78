import { errors } from '@strapi/utils';
import { jsonDepth, tooDeepMessage } from '../domain/json-depth';

/** How deep a request body may nest; rich-text blocks from the admin stay far below. */
export const DEFAULT_BODY_MAX_DEPTH = 50;

/**
 * `global::body-depth`, right after `strapi::body`: a JSON body nested thousands deep parses
 * fine but overflows the stack of whatever walks it recursively later (validation, sanitizers),
 * which answers 500. Refused here with a 400 that names the limit. GraphQL parses its own body;
 * its variables have the same bound in src/graphql/limits.ts.
 */
export default (config: { maxDepth?: number } = {}) => {
  const maxDepth = Number.isInteger(config.maxDepth) && config.maxDepth! > 0 ? config.maxDepth! : DEFAULT_BODY_MAX_DEPTH;
  return async (ctx: { request: { body?: unknown } }, next: () => Promise<void>) => {
    if (jsonDepth(ctx.request.body, maxDepth) > maxDepth) {
      throw new errors.ValidationError(tooDeepMessage('The request body', maxDepth), { limit: 'maxDepth', maxDepth });
    }
    await next();
  };
};
