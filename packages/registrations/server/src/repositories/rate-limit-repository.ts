import type { Core } from '@strapi/strapi';
import { createRateLimitCounters } from '@mitwirken/strapi-plugin-kit';
import { RATE_LIMIT_COUNTER } from '../uids';

/** The registration endpoint's fixed-window counters (the kit's counters on this plugin's own table). */
export function createRateLimitRepository(strapi: Core.Strapi) {
  return createRateLimitCounters(strapi, RATE_LIMIT_COUNTER);
}
