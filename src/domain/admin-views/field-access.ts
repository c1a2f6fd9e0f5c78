/**
 * Fields whose visibility and editability are rules, not preferences: they are enforced on every
 * start, whatever an editor configured in "Configure the view".
 */
import { OPPORTUNITY_DATE } from '../../content-types';
import { AUDIT_ENTRY, CONSENT_EVENT, MAILING, OUTBOX_MESSAGE, SUBSCRIBER } from '@mitwirken/strapi-plugin-double-opt-in/constants';

export interface FieldAccess {
  /** Never shown in the edit view nor as a list column, and never editable. */
  readonly hidden?: readonly string[];
  /** Shown, but not editable in the admin. */
  readonly readOnly?: readonly string[];
}

export const FIELD_ACCESS: Readonly<Record<string, FieldAccess>> = {
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
  // A date's key is its calendar UID: changed by hand, subscribed calendars would show the date twice.
  [OPPORTUNITY_DATE]: { readOnly: ['key'] },
};
