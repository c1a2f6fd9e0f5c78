import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { catalogueFor, fill } from '../messages';
import { createRateLimitRepository } from '../repositories/rate-limit-repository';

/** Fixed-window limits per client IP, shared by all instances through the database. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const counters = createRateLimitRepository(strapi);
  const settings = () => getService(strapi, 'settings').get();
  let lastCleanup = 0;

  return {
    /** Counts one request of `ip` on `route`; a 429 in the default language once the window's limit is passed. */
    async perIp(route: string, ip: string | undefined, now = new Date()): Promise<void> {
      const { rateLimit, locales, messages } = settings();
      if (!rateLimit.enabled) return;
      const windowStart = Math.floor(now.getTime() / 1000 / rateLimit.windowSeconds) * rateLimit.windowSeconds;
      const hits = await counters.hit(`ip:${route}:${ip ?? 'unknown'}`, windowStart, now);
      if (now.getTime() - lastCleanup > rateLimit.windowSeconds * 1000) {
        lastCleanup = now.getTime();
        await counters.deleteOlderThan(windowStart - rateLimit.windowSeconds);
      }
      if (hits > rateLimit.perIp) {
        const minutes = Math.max(1, Math.ceil((windowStart + rateLimit.windowSeconds - now.getTime() / 1000) / 60));
        throw new errors.RateLimitError(fill(catalogueFor(locales[0], messages).tooMany, { minutes }));
      }
    },

    async reset(): Promise<void> {
      await counters.clear();
    },
  };
};
