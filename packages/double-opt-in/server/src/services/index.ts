import audit from './audit';
import deliveryJournal from './delivery-journal';
import mailComposer from './mail-composer';
import mailingKinds from './mailing-kinds';
import mailings from './mailings';
import outbox from './outbox';
import poolAdmin from './pool-admin';
import poolImport from './pool-import';
import preferences from './preferences';
import digest from './digest';
import proofOfWork from './proof-of-work';
import rateLimiter from './rate-limiter';
import settings from './settings';
import subscription from './subscription';
import templates from './templates';

export default {
  settings,
  subscription,
  'mail-composer': mailComposer,
  outbox,
  'delivery-journal': deliveryJournal,
  'mailing-kinds': mailingKinds,
  mailings,
  'rate-limiter': rateLimiter,
  'proof-of-work': proofOfWork,
  'pool-admin': poolAdmin,
  'pool-import': poolImport,
  audit,
  templates,
  preferences,
  digest,
};
