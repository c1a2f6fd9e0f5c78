import { z } from 'zod';
import { hasControlCharacters } from './email-address';
import { MAX_EVIDENCE_LENGTH, parseEvidenceDate } from './import-csv';

/** The largest import file accepted: about 40,000 rows of a typical list. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** `POST /double-opt-in/import?dryRun=true|false`: nothing else in the query. */
export const importQuerySchema = z.strictObject({
  dryRun: z.enum(['true', 'false'], { error: 'dryRun must be true or false' }).optional(),
});

/**
 * The office's evidence for an entry held without proof (`POST …/unverified/:documentId/confirm`):
 * the date of the person's mail, not in the future, and a reference on one line.
 */
export const evidenceInputSchema = (today: string) =>
  z.strictObject({
    consentDate: z
      .string({ error: 'consentDate is required: the date of the person\'s mail, DD.MM.YYYY or YYYY-MM-DD' })
      .trim()
      .refine((value) => parseEvidenceDate(value) !== null, { error: 'consentDate must be a date, DD.MM.YYYY or YYYY-MM-DD' })
      .refine((value) => (parseEvidenceDate(value) ?? '') <= today, { error: 'consentDate may not lie in the future' }),
    evidence: z
      .string({ error: 'evidence is required: a reference such as the mail\'s subject or a file number' })
      .trim()
      .min(1, { error: 'evidence is required: a reference such as the mail\'s subject or a file number' })
      .max(MAX_EVIDENCE_LENGTH, { error: `evidence may have at most ${MAX_EVIDENCE_LENGTH} characters` })
      .refine((value) => !hasControlCharacters(value), { error: 'evidence must be one line without control characters' }),
  });
