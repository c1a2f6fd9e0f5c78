import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  consentRecordText,
  countDecisions,
  decideImportInSteps,
  localDate,
  parseEvidenceDate,
  readImportFileInSteps,
  type Evidence,
  type ImportCounts,
  type ImportDecision,
  type Refusal,
} from '../domain/import-csv';
import { normalizeEmail } from '../domain/email-address';
import { evidenceInputSchema } from '../domain/import-schema';
import { fieldProblem, fieldProblemsOf } from '../domain/field-problem';
import { createConfirmationToken } from '../domain/tokens';
import { getService } from '../get-service';
import { validationError } from '../validation-error';
import { createTurns, runInTurns } from '../next-turn';
import { createConsentRepository } from '../repositories/consent-repository';
import { createImportRepository } from '../repositories/import-repository';
import { createOutboxRepository } from '../repositories/outbox-repository';
import { createSubscriberRepository, type SubscriberRow } from '../repositories/subscriber-repository';
import { actorName, type AuditActor } from './audit';

/** One row of an import's answer. */
export interface ImportResultRow {
  line: number;
  outcome: ImportDecision['outcome'];
  email: string;
  firstName: string;
  lastName: string;
  /** For `refused`: every reason. */
  reasons: Refusal[];
  /** For `import`: the evidence as the file gives it (date as `YYYY-MM-DD`). */
  evidence: Evidence | null;
  /** For `unchanged`: the state the address is in. */
  status: string | null;
}

export interface ImportResult {
  dryRun: boolean;
  encoding: string;
  separator: string;
  counts: ImportCounts;
  rows: ImportResultRow[];
}

export interface UnverifiedEntry {
  documentId: string;
  firstName: string;
  lastName: string;
  email: string;
  language: string | null;
  interests: string[];
  createdAt: Date;
}

const asResultRow = (decision: ImportDecision): ImportResultRow =>
  decision.outcome === 'refused'
    ? { line: decision.line, outcome: 'refused', email: decision.email, firstName: decision.firstName, lastName: decision.lastName, reasons: decision.reasons, evidence: null, status: null }
    : {
        line: decision.line,
        outcome: decision.outcome,
        email: decision.person.email,
        firstName: decision.person.firstName,
        lastName: decision.person.lastName,
        reasons: [],
        evidence: decision.outcome === 'import' ? decision.evidence : null,
        status: decision.outcome === 'unchanged' ? decision.status : null,
      };

/** New entries per batch of statements (the query engine splits further for SQLite's bound-parameter limit). */
const WRITE_BATCH = 100;

/**
 * Bringing in the list the office kept before the pool existed: people who asked by mail. Rows
 * with evidence (the date of the mail and a reference) become confirmed members with an `import`
 * consent event; rows without are held as `unverified` and sent nothing until the office decides
 * per entry (confirm with evidence, send an opt-in request, or delete). One file is one
 * transaction: all its rows or none.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const subscribers = createSubscriberRepository(strapi);
  const consents = createConsentRepository(strapi);
  const imports = createImportRepository(strapi);
  const outbox = createOutboxRepository(strapi);
  const settings = () => getService(strapi, 'settings');

  /** "Rita Redaktion <rita@example.org>": who imported, as the consent record names them. */
  const importerOf = (actor: AuditActor | null) => {
    if (!actor) return '?';
    const name = actorName(actor);
    return actor.email && name !== actor.email ? `${name} <${actor.email}>` : name;
  };

  /** The consent record of an import: the evidence, who imported, in the first language's words. */
  function importEventFor(language: string, evidence: Evidence, actor: AuditActor | null, at: Date, channel: string) {
    const config = settings().get();
    const first = settings().catalogue(config.locales[0]);
    const [year, month, day] = evidence.date.split('-').map(Number);
    const date = new Intl.DateTimeFormat(first.dateLocale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(Date.UTC(year, month - 1, day)));
    const lang = settings().locale(language);
    return {
      type: 'import' as const,
      occurredAt: at,
      source: consentRecordText(first.imports.consentRecord, { date, reference: evidence.reference, importedBy: importerOf(actor) }).slice(0, 500),
      consentVersion: config.consent.version,
      consentText: config.consent.text[lang] ?? config.consent.text[config.locales[0]] ?? null,
      language: lang,
      ipAddress: null,
      channel,
    };
  }

  async function recordImport(subscriberId: number, language: string, evidence: Evidence, actor: AuditActor | null, at: Date, channel: string): Promise<void> {
    await consents.append({ ...importEventFor(language, evidence, actor, at, channel), subscriber: subscriberId });
  }

  async function decide(bytes: Uint8Array | string, now: Date) {
    const file = await runInTurns(readImportFileInSteps(bytes));
    if (file.problems.length > 0) throw validationError([fieldProblem('file', `file: ${file.problems.join('; ')}`)]);
    const config = settings().get();
    const existing = await imports.findExisting(file.rows.map((row) => normalizeEmail(row.email)));
    const decisions = await runInTurns(decideImportInSteps(file, { locales: config.locales, interests: config.interests, today: localDate(now), existing }));
    return { file, decisions, existing };
  }

  async function unverifiedOr404(documentId: string): Promise<SubscriberRow> {
    const entry = await imports.findUnverifiedByDocumentId(documentId);
    if (!entry) throw new errors.NotFoundError('no entry without proof with this documentId');
    return entry;
  }

  return {
    /**
     * Reads the file and says what importing it would do (`dryRun`), or does it. Throws a
     * ValidationError naming the file's problems when it cannot be read at all.
     */
    async importFile(bytes: Uint8Array | string, options: { dryRun: boolean; actor: AuditActor | null; fileName?: string | null; now?: Date }): Promise<ImportResult> {
      const now = options.now ?? new Date();
      const run = async () => {
        const { file, decisions, existing } = await decide(bytes, now);
        if (!options.dryRun) {
          // New rows go in batches, a few statements per batch instead of several per row: entries
          // without proof need nothing read back; confirmed ones need their ids for their consent events.
          let unverified: Array<Partial<SubscriberRow>> = [];
          let confirmed: Array<{ row: Partial<SubscriberRow> & { emailNormalized: string }; language: string; evidence: Evidence }> = [];
          const flushUnverified = async () => {
            await subscribers.insertMany(unverified);
            unverified = [];
          };
          const flushConfirmed = async () => {
            if (confirmed.length === 0) return;
            await subscribers.insertMany(confirmed.map((entry) => entry.row));
            const ids = await subscribers.idsByEmail(confirmed.map((entry) => entry.row.emailNormalized));
            await consents.appendFirstEvents(
              confirmed.map((entry) => ({ ...importEventFor(entry.language, entry.evidence, options.actor, now, 'import'), subscriber: ids.get(entry.row.emailNormalized)! })),
            );
            confirmed = [];
          };
          // Other requests get their turn every few milliseconds of work (see next-turn.ts).
          const turns = createTurns();
          for (const decision of decisions) {
            await turns.give();
            if (unverified.length >= WRITE_BATCH) await flushUnverified();
            if (confirmed.length >= WRITE_BATCH) await flushConfirmed();
            if (decision.outcome === 'import') {
              const { person, evidence } = decision;
              const fields = { firstName: person.firstName, lastName: person.lastName, email: person.email, language: person.language, interests: person.interests, status: 'confirmed' as const, confirmedAt: now };
              const held = existing.get(person.emailNormalized);
              if (decision.replacesUnverified && held) {
                await subscribers.update(held.id, fields);
                await recordImport(held.id, person.language, evidence, options.actor, now, 'import');
              } else {
                confirmed.push({ row: { ...fields, emailNormalized: person.emailNormalized }, language: person.language, evidence });
              }
            } else if (decision.outcome === 'no-proof') {
              const { person } = decision;
              unverified.push({ firstName: person.firstName, lastName: person.lastName, email: person.email, emailNormalized: person.emailNormalized, language: person.language, interests: person.interests, status: 'unverified' });
            }
          }
          await flushUnverified();
          await flushConfirmed();
        }
        const counts = countDecisions(decisions);
        if (!options.dryRun) {
          await getService(strapi, 'audit').record('import', options.actor, { rowCount: counts.imported, subject: JSON.stringify({ file: options.fileName ?? null, ...counts }) }, now);
        }
        const rows: ImportResultRow[] = [];
        const turns = createTurns();
        for (const decision of decisions) {
          rows.push(asResultRow(decision));
          await turns.give();
        }
        return { dryRun: options.dryRun, encoding: file.encoding, separator: file.separator, counts, rows };
      };
      // The dry run reads only; the import reads and writes in one transaction, so an error on any
      // row (a sign-up of the same address a moment ago, a database failure) leaves nothing behind.
      return options.dryRun ? run() : strapi.db.transaction(run);
    },

    /** The entries held without proof, oldest first, for the office to decide on. */
    async listUnverified(limit = 500): Promise<{ total: number; entries: UnverifiedEntry[] }> {
      const rows = await imports.findUnverified(limit);
      return {
        total: await imports.countUnverified(),
        entries: rows.map((row) => ({
          documentId: row.documentId,
          firstName: row.firstName,
          lastName: row.lastName,
          email: row.email,
          language: row.language,
          interests: row.interests ?? [],
          createdAt: new Date(row.createdAt),
        })),
      };
    },

    /** The office found the person's mail after all: confirmed, with the evidence as consent record. */
    async confirmWithEvidence(documentId: string, input: unknown, actor: AuditActor | null, now = new Date()): Promise<{ status: 'confirmed' }> {
      const parsed = evidenceInputSchema(localDate(now)).safeParse(input);
      if (!parsed.success) throw validationError(fieldProblemsOf(parsed.error));
      await strapi.db.transaction(async () => {
        const entry = await unverifiedOr404(documentId);
        await subscribers.update(entry.id, { status: 'confirmed', confirmedAt: now });
        await recordImport(entry.id, entry.language ?? settings().get().locales[0], { date: parseEvidenceDate(parsed.data.consentDate)!, reference: parsed.data.evidence }, actor, now, 'import-decision');
      });
      return { status: 'confirmed' };
    },

    /** The office asks the person: the ordinary double opt-in (confirmation mail, token, expiry); confirmed only by the person's button press. */
    async requestOptIn(documentId: string, now = new Date()): Promise<{ status: 'pending' }> {
      const config = settings().get();
      await strapi.db.transaction(async () => {
        const entry = await unverifiedOr404(documentId);
        const { token, hash } = createConfirmationToken();
        const language = settings().locale(entry.language);
        const updated = await subscribers.update(entry.id, { status: 'pending', confirmTokenHash: hash, confirmTokenExpiresAt: new Date(now.getTime() + config.confirmationTtlHours * 3_600_000) });
        await outbox.enqueue(
          await getService(strapi, 'mail-composer').compose('confirmation', { ...updated, language }, {
            confirmUrl: settings().urls.confirm(token, language),
            expiresInHours: String(config.confirmationTtlHours),
          }),
          now,
        );
      });
      getService(strapi, 'outbox').kick();
      return { status: 'pending' };
    },

    /** Deletes an entry held without proof, as an erasure (an anonymous erasure event stays). */
    async remove(documentId: string): Promise<{ status: 'deleted' }> {
      const entry = await unverifiedOr404(documentId);
      await getService(strapi, 'subscription').erase(entry, 'import-decision');
      return { status: 'deleted' };
    },
  };
};
