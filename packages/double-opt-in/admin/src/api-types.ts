/**
 * Answers of the admin routes under /double-opt-in that the admin pages call. They are defined
 * once, in the server (server/src/api-types.ts, from the services' return types); this file only
 * re-exports them, as types (nothing of the server reaches the admin bundle).
 */
export type {
  AuditAction,
  AuditEntry,
  AuditResponse,
  CreateDigestResponse,
  DigestCandidate,
  DigestCandidatesResponse,
  DigestPreviewResponse,
  InterestsResponse,
  MailingAction,
  MailingItem,
  MailingPreviewResponse,
  MailingProgress,
  MailingsResponse,
  MailingStatus,
  OutboxMessage,
  OutboxResponse,
  OutboxStatus,
  ProcessOutboxResponse,
  TestSendResponse,
  ImportResponse,
  ImportResultRow,
  RefusalCode,
  UnverifiedEntry,
  UnverifiedResponse,
} from '../../server/src/api-types';
