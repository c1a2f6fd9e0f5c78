/**
 * Answers of the admin routes under /double-opt-in that the admin pages call, in one place.
 * They mirror the controllers and services in server/src.
 */

/** `GET /double-opt-in/outbox?limit=` */
export type OutboxStatus = 'pending' | 'held' | 'sending' | 'sent' | 'failed' | 'logged' | 'cancelled';
export interface OutboxMessage {
  id: number;
  kind: string;
  recipient: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
  /** The links in the mail's text (confirm, unsubscribe, …). */
  links: string[];
}
export interface OutboxResponse {
  counts: Partial<Record<OutboxStatus, number>>;
  messages: OutboxMessage[];
}

/** `POST /double-opt-in/outbox/process`: what one pass of the outbox worker did. */
export interface ProcessOutboxResponse {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  logged: number;
  cancelled: number;
}

/** `GET /double-opt-in/audit?limit=`: exports of the list and starts of mailings, newest first. */
export type AuditAction = 'export' | 'mailing-start';
export interface AuditEntry {
  id: number;
  action: AuditAction;
  /** null when nobody did it by hand (a scheduled mailing started by the cron). */
  actorName: string | null;
  /** ISO 8601 */
  occurredAt: string;
  /** Rows exported, or recipients of the mailing. */
  rowCount: number | null;
  /** The mailing's title; for an export the language it was limited to, if any. */
  subject: string | null;
}
export interface AuditResponse {
  entries: AuditEntry[];
}

/** `GET /double-opt-in/mailings` */
export type MailingStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'sent' | 'cancelled';
/** Also the answer of `POST /double-opt-in/mailings/:documentId/{start,pause,resume,cancel}` and `GET …/progress`. */
export interface MailingProgress {
  status: MailingStatus;
  recipients: number;
  queued: number;
  sending: number;
  sent: number;
  failed: number;
  cancelled: number;
  held: number;
  /** Share of recipients finished (sent, failed or cancelled), 0–1. */
  done: number;
}
export interface MailingItem {
  documentId: string;
  title: string;
  subject: string;
  language: string;
  scheduledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  progress: MailingProgress;
}
export interface MailingsResponse {
  data: MailingItem[];
}
export type MailingAction = 'start' | 'pause' | 'resume' | 'cancel';

/** `GET /double-opt-in/mailings/:documentId/preview`: the mail as a recipient would get it. */
export interface MailingPreviewResponse {
  subject: string;
  text: string;
  html: string;
}

/** `POST /double-opt-in/mailings/:documentId/test` with `{ email }` */
export interface TestSendResponse {
  data: { status: 'queued' };
}

/** `GET /double-opt-in/interests`: the interests the host configured, with labels per locale. */
export interface InterestsResponse {
  interests: Array<{ code: string; label?: Record<string, string> }>;
  locales: string[];
}
