/**
 * Answers of the admin routes under /double-opt-in that the plugin's admin pages call, defined
 * once: from what the services return, as JSON carries it (dates become ISO 8601 strings). The
 * admin re-exports them (admin/src/api-types.ts), so a change here is a type error there.
 */
import type auditService from './services/audit';
import type digestService from './services/digest';
import type mailingsService from './services/mailings';
import type { BatchReport } from './services/outbox';
import type poolAdminService from './services/pool-admin';
import type poolImportService from './services/pool-import';
import type settingsService from './services/settings';

export type { AuditAction } from './repositories/audit-repository';
export type { MailingStatus } from './repositories/mailing-repository';
export type { OutboxStatus } from './repositories/outbox-repository';
export type { MailingProgress } from './domain/mailing-progress';

/** A value as a JSON answer carries it: dates as ISO 8601 strings. */
export type AsJson<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? AsJson<Item>[]
    : T extends object
      ? { [Key in keyof T]: AsJson<T[Key]> }
      : T;

type PoolAdmin = ReturnType<typeof poolAdminService>;
type Mailings = ReturnType<typeof mailingsService>;
type Audit = ReturnType<typeof auditService>;
type Settings = ReturnType<typeof settingsService>;

/** `GET /double-opt-in/outbox?limit=`: recent mails and the count per status. */
export type OutboxResponse = AsJson<Awaited<ReturnType<PoolAdmin['recentMail']>>>;
export type OutboxMessage = OutboxResponse['messages'][number];

/** `POST /double-opt-in/outbox/process`: what one pass of the outbox worker did. */
export type ProcessOutboxResponse = AsJson<BatchReport>;

/** `GET /double-opt-in/audit?limit=`: exports of the list and starts of mailings, newest first. */
export type AuditResponse = AsJson<Awaited<ReturnType<Audit['recent']>>>;
export type AuditEntry = AuditResponse['entries'][number];

/** `GET /double-opt-in/mailings`; the items' `progress` is also the answer of the actions and of `GET …/progress`. */
export type MailingItem = AsJson<Awaited<ReturnType<Mailings['list']>>[number]>;
export interface MailingsResponse {
  data: MailingItem[];
}

/** `POST /double-opt-in/mailings/:documentId/{start,pause,resume,cancel}` */
export type MailingAction = Extract<keyof Mailings, 'start' | 'pause' | 'resume' | 'cancel'>;

/** `GET /double-opt-in/mailings/:documentId/preview`: the mail as a recipient would get it. */
export type MailingPreviewResponse = AsJson<Awaited<ReturnType<Mailings['preview']>>>;

/** `POST /double-opt-in/mailings/:documentId/test` with `{ email }` */
export interface TestSendResponse {
  data: { status: 'queued' };
}

/** `GET /double-opt-in/interests`: the interests the host configured, with labels per locale. */
export type InterestsResponse = AsJson<Pick<ReturnType<Settings['get']>, 'interests' | 'locales'>>;

type PoolImport = ReturnType<typeof poolImportService>;

/** `POST /double-opt-in/import?dryRun=true|false` with the CSV file: what the import did (or would do). */
export type ImportResponse = AsJson<Awaited<ReturnType<PoolImport['importFile']>>>;
export type ImportResultRow = ImportResponse['rows'][number];
export type { RefusalCode } from './domain/import-csv';

/** `GET /double-opt-in/import/unverified`: entries held without proof of consent. */
export type UnverifiedResponse = AsJson<Awaited<ReturnType<PoolImport['listUnverified']>>>;
export type UnverifiedEntry = UnverifiedResponse['entries'][number];

type Digest = ReturnType<typeof digestService>;

/** `GET /double-opt-in/digest/candidates`: the items an editor may pick, the default ones `selected`. */
export type DigestCandidatesResponse = { enabled: boolean } & AsJson<Awaited<ReturnType<Digest['candidates']>>>;
export type DigestCandidate = DigestCandidatesResponse['items'][number];

/** `POST /double-opt-in/digest/preview` with `{ itemIds }`, and `GET …/mailings/:documentId/digest-preview`. */
export type DigestPreviewResponse = AsJson<Awaited<ReturnType<Digest['preview']>>>;

/** `POST /double-opt-in/digests` with `{ title, itemIds? }`: the new draft. */
export interface CreateDigestResponse {
  data: AsJson<Awaited<ReturnType<Digest['create']>>>;
}
