'use strict';

const { errors } = require('@strapi/utils');

/**
 * `global::body-depth`, right after `strapi::body`: a JSON body nested thousands deep parses fine
 * but overflows the stack of whatever walks it recursively later, which answers 500. Counted
 * without recursion and refused with a 400 that names the limit (the Dortmund app has the same).
 */
module.exports = (config = {}) => {
  const maxDepth = Number.isInteger(config.maxDepth) && config.maxDepth > 0 ? config.maxDepth : 50;
  const tooDeep = (value) => {
    const pending = [[value, 0]];
    while (pending.length > 0) {
      const [current, depth] = pending.pop();
      if (current === null || typeof current !== 'object') continue;
      if (depth + 1 > maxDepth) return true;
      for (const child of Array.isArray(current) ? current : Object.values(current)) {
        if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
      }
    }
    return false;
  };
  return async (ctx, next) => {
    if (tooDeep(ctx.request.body)) {
      throw new errors.ValidationError(`The request body is nested more than ${maxDepth} levels deep; at most ${maxDepth} levels are allowed`, { limit: 'maxDepth', maxDepth });
    }
    await next();
  };
};
