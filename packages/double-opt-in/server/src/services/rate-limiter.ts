import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { createRateLimitRepository } from '../repositories/rate-limit-repository';

/** Fixed-window limits shared by all instances through the database. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const counters = createRateLimitRepository(strapi);
  const settings = () => getService(strapi, 'settings').get().rateLimit;
  let lastCleanup = 0;

  return {
    /** Counts one hit for `key`; throws a 429 when the window's limit is exceeded. */
    async hit(key: string, limit: number, now = new Date()): Promise<void> {
      const { enabled, windowSeconds } = settings();
      if (!enabled) return;
      const windowStart = Math.floor(now.getTime() / 1000 / windowSeconds) * windowSeconds;
      const hits = await counters.hit(key, windowStart, now);
      if (now.getTime() - lastCleanup > windowSeconds * 1000) {
        lastCleanup = now.getTime();
        await counters.deleteOlderThan(windowStart - windowSeconds);
      }
      if (hits > limit) {
        throw new errors.RateLimitError(`Too many requests; try again in ${Math.ceil((windowStart + windowSeconds - now.getTime() / 1000) / 60)} minutes`);
      }
    },

    async perIp(route: string, ip: string | undefined): Promise<void> {
      await this.hit(`ip:${route}:${ip ?? 'unknown'}`, settings().perIp);
    },

    async perAddress(purpose: string, emailNormalized: string): Promise<void> {
      await this.hit(`address:${purpose}:${emailNormalized}`, settings().perAddress);
    },

    async reset(): Promise<void> {
      await counters.clear();
    },
  };
};
