import type { Core } from '@strapi/strapi';
import { createRateLimitCounters } from '@mitwirken/strapi-plugin-kit';
import { RATE_LIMIT_COUNTER } from '../uids';

/** The pool's fixed-window counters and single-use claims (the kit's counters on the pool's own table). */
export function createRateLimitRepository(strapi: Core.Strapi) {
  return createRateLimitCounters(strapi, RATE_LIMIT_COUNTER);
}
