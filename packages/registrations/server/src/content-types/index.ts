import rateLimitCounter from './rate-limit-counter/schema.json';
import registration from './registration/schema.json';

export default {
  registration: { schema: registration },
  'rate-limit-counter': { schema: rateLimitCounter },
};
