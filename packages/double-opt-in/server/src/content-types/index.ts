import auditEntry from './audit-entry/schema.json';
import consentEvent from './consent-event/schema.json';
import mailTemplate from './mail-template/schema.json';
import mailing from './mailing/schema.json';
import outboxMessage from './outbox-message/schema.json';
import rateLimitCounter from './rate-limit-counter/schema.json';
import subscriber from './subscriber/schema.json';

export default {
  subscriber: { schema: subscriber },
  'consent-event': { schema: consentEvent },
  'outbox-message': { schema: outboxMessage },
  'mail-template': { schema: mailTemplate },
  mailing: { schema: mailing },
  'rate-limit-counter': { schema: rateLimitCounter },
  'audit-entry': { schema: auditEntry },
};
