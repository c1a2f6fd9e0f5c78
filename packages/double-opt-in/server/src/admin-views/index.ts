/**
 * How the plugin's content types look in the admin's content manager: labels, help texts and
 * layouts in English, with German translations. Pure data, also bundled into the plugin's admin
 * (its English labels reach the admin panel as translations, admin/src/index.ts).
 */
import type { ContentTypeView, FieldAccess } from '@mitwirken/strapi-plugin-kit';
import { AUDIT_ENTRY, CONSENT_EVENT, MAILING, OUTBOX_MESSAGE, SUBSCRIBER } from '../uids';
import { auditEntryView } from './audit-entry';
import { consentEventView } from './consent-event';
import { mailTemplateView } from './mail-template';
import { mailingView } from './mailing';
import { outboxMessageView } from './outbox-message';
import { subscriberView } from './subscriber';

/** The views of the types an office works with (the rate-limit counter is not shown in the admin). */
export const POOL_ADMIN_VIEWS: readonly ContentTypeView[] = [mailingView, mailTemplateView, subscriberView, consentEventView, outboxMessageView, auditEntryView];

/** The language a view's text is taken in when it has none in the host's default language. */
export const FALLBACK_LANGUAGE = 'en';

/** Fields whose visibility and editability are rules: enforced on every start, whatever an editor configured. */
export const POOL_FIELD_ACCESS: Readonly<Record<string, FieldAccess>> = {
  // The hash of a person's confirmation link and its expiry are secrets of that link.
  // The normalised address is part of every unsubscribe link's signature: changing it by hand
  // would break the links in mails already sent.
  [SUBSCRIBER]: { hidden: ['confirmTokenHash', 'confirmTokenExpiresAt'], readOnly: ['emailNormalized'] },
  // Proof of consent: the plugin writes it and refuses any change, so no field invites one.
  [CONSENT_EVENT]: {
    readOnly: ['type', 'occurredAt', 'source', 'consentVersion', 'consentText', 'language', 'ipAddress', 'channel', 'subscriber'],
  },
  [OUTBOX_MESSAGE]: { readOnly: ['lockedBy', 'lockedUntil'] },
  // The activity log is written by the plugin and refuses every change.
  [AUDIT_ENTRY]: { readOnly: ['action', 'occurredAt', 'actorId', 'actorName', 'rowCount', 'subject'] },
  // `status` stays editable: setting "scheduled" in the content manager is how an editor schedules
  // a mailing; the plugin refuses every other status change by hand.
  [MAILING]: { readOnly: ['startedAt', 'finishedAt', 'recipientCount'] },
};
