import type { Core } from '@strapi/strapi';
import { createChallenge, verifySolution } from 'altcha-lib';
import { createHash } from 'crypto';
import { getService } from '../get-service';
import { createRateLimitRepository } from '../repositories/rate-limit-repository';

/** Self-hosted proof of work (ALTCHA): no third party sees the visitors. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => getService(strapi, 'settings').get().abuse.altcha;
  const used = createRateLimitRepository(strapi);

  return {
    async challenge() {
      const { hmacKey, maxNumber } = settings();
      return createChallenge({ hmacKey, maxNumber, expires: new Date(Date.now() + 10 * 60_000) });
    },

    /** A solution counts once: a replayed payload is refused. */
    async verify(payload: unknown): Promise<boolean> {
      if (typeof payload !== 'string' || payload.length === 0) return false;
      const { hmacKey } = settings();
      const valid = await verifySolution(payload, hmacKey, true).catch(() => false);
      if (!valid) return false;
      const key = `altcha:${createHash('sha256').update(payload).digest('hex')}`;
      return used.claimOnce(key, new Date());
    },
  };
};
