/**
 * A mailing's progress, from one source: its delivery rows in the outbox, counted by status.
 * Pure: no Strapi.
 *
 * `kept` is a delivery the outbox kept without sending it (status `logged`: no SMTP configured,
 * the mail is in the outbox and the log). A mailing whose deliveries are all finished is `sent`
 * when any of them reached a mail server or none was kept, and `kept` when they were only kept:
 * nothing left the instance, and the admin must not say it did.
 */

export type MailingStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'sent' | 'kept' | 'cancelled';

/** Outbox rows of one mailing per outbox status (`pending`, `held`, `sending`, `sent`, `failed`, `logged`, `cancelled`). */
export type DeliveryCounts = Partial<Record<'pending' | 'held' | 'sending' | 'sent' | 'failed' | 'logged' | 'cancelled', number>>;

export interface MailingProgress {
  status: MailingStatus;
  recipients: number;
  queued: number;
  sending: number;
  sent: number;
  /** Kept in the outbox without being sent (no SMTP configured): `logged` rows. */
  kept: number;
  failed: number;
  cancelled: number;
  held: number;
  /** Share of recipients finished (sent, kept, failed or cancelled), 0–1. */
  done: number;
}

export function progressOf(status: MailingStatus, counts: DeliveryCounts): MailingProgress {
  const recipients = Object.values(counts).reduce<number>((sum, count) => sum + (count ?? 0), 0);
  const sent = counts.sent ?? 0;
  const kept = counts.logged ?? 0;
  const failed = counts.failed ?? 0;
  const cancelled = counts.cancelled ?? 0;
  return {
    status,
    recipients,
    queued: counts.pending ?? 0,
    sending: counts.sending ?? 0,
    sent,
    kept,
    failed,
    cancelled,
    held: counts.held ?? 0,
    done: recipients === 0 ? 0 : (sent + kept + failed + cancelled) / recipients,
  };
}

/** The status a sending mailing ends in once no delivery is open any more; null while some are. */
export function closingStatus(counts: DeliveryCounts): 'sent' | 'kept' | null {
  const open = (counts.pending ?? 0) + (counts.sending ?? 0) + (counts.held ?? 0);
  if (open > 0) return null;
  return (counts.logged ?? 0) > 0 && (counts.sent ?? 0) === 0 ? 'kept' : 'sent';
}
