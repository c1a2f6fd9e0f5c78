import rateLimiter from './rate-limiter';
import registrations from './registrations';
import settings from './settings';

export default {
  'rate-limiter': rateLimiter,
  registrations,
  settings,
};
