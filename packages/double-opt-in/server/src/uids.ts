/** Content-type UIDs of the plugin, shared with tests. */
export const SUBSCRIBER = 'plugin::double-opt-in.subscriber';
export const CONSENT_EVENT = 'plugin::double-opt-in.consent-event';
export const OUTBOX_MESSAGE = 'plugin::double-opt-in.outbox-message';
export const MAIL_TEMPLATE = 'plugin::double-opt-in.mail-template';
export const RATE_LIMIT_COUNTER = 'plugin::double-opt-in.rate-limit-counter';
export const MAILING = 'plugin::double-opt-in.mailing';
export const AUDIT_ENTRY = 'plugin::double-opt-in.audit-entry';

export const PRIVATE_CONTENT_TYPES = [SUBSCRIBER, CONSENT_EVENT, OUTBOX_MESSAGE, MAIL_TEMPLATE, RATE_LIMIT_COUNTER, MAILING, AUDIT_ENTRY] as const;

/** Any of the plugin's content types (all of them are private). */
export type PluginUid = (typeof PRIVATE_CONTENT_TYPES)[number];
