import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { promises as fs } from 'fs';
import type { IncomingMessage } from 'http';
import { Readable } from 'stream';
import { importQuerySchema, MAX_IMPORT_BYTES } from '../domain/import-schema';
import { fieldProblem, fieldProblemsOf } from '../domain/field-problem';
import { validationError } from '../validation-error';
import { getService } from '../get-service';
import type { AuditActor } from '../services/audit';
import type { ImportResult } from '../services/pool-import';

/** A file as Strapi's body parser (koa-body with formidable) leaves it. */
interface UploadedFile {
  filepath: string;
  size: number;
  originalFilename?: string | null;
}

export interface Context {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown; files?: Record<string, UploadedFile | UploadedFile[] | undefined>; type?: string };
  req: IncomingMessage;
  get(name: string): string;
  is(...types: string[]): string | false | null;
  body: unknown;
  type?: string;
  state: { user?: AuditActor };
}

const tooLarge = () => new errors.PayloadTooLargeError(`file: the CSV file may be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split the list into several files`);

/** A raw body that the body parser left alone (application/octet-stream), read up to the limit. */
async function readRawBody(req: IncomingMessage): Promise<Buffer> {
  // Far too large: refused at once. Slightly too large: read to the end (without keeping it), so
  // the client gets the 413 instead of a connection reset in the middle of its upload.
  if (Number(req.headers['content-length'] ?? 0) > 10 * MAX_IMPORT_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_IMPORT_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_IMPORT_BYTES) throw tooLarge();
  return Buffer.concat(chunks);
}

/**
 * The CSV upload, in any of the ways a client sends a file: multipart/form-data (field `file`, as
 * the admin page sends it), or the bytes as the body (application/octet-stream, so that a
 * Windows-1252 file reaches the decoder as it is; a text/csv body arrives decoded as UTF-8).
 */
async function uploadedCsv(ctx: Context): Promise<{ bytes: Uint8Array | string; fileName: string | null }> {
  const files = ctx.request.files ?? {};
  const uploaded = files.file ?? files.files;
  if (uploaded) {
    const file = Array.isArray(uploaded) ? uploaded[0] : uploaded;
    try {
      if (Array.isArray(uploaded) && uploaded.length > 1) throw new errors.ValidationError('file: send one CSV file per import');
      if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
      return { bytes: await fs.readFile(file.filepath), fileName: file.originalFilename ?? null };
    } finally {
      // Strapi removes uploads only under the field name `files`.
      if (files.file) await Promise.all((Array.isArray(files.file) ? files.file : [files.file]).map((entry) => fs.rm(entry.filepath, { force: true })));
    }
  }
  if (ctx.is('application/octet-stream')) return { bytes: await readRawBody(ctx.req), fileName: null };
  if (typeof ctx.request.body === 'string' && ctx.request.body !== '') {
    if (Buffer.byteLength(ctx.request.body) > MAX_IMPORT_BYTES) throw tooLarge();
    return { bytes: ctx.request.body, fileName: null };
  }
  throw validationError([fieldProblem('file', 'file is required')], 'file: send the CSV file as multipart/form-data (field "file") or as the request body (application/octet-stream or text/csv)');
}

/** Rows of the answer serialised at a time: about 150 KB. */
const ROWS_PER_PART = 1000;

/**
 * The answer of an import as JSON written in parts of rows. The answer for 100,000 rows is about
 * 15 MB; serialised at once it would keep the server from answering anything else for a good
 * part of a second, in parts the socket's backpressure lets other requests in between.
 */
function jsonInParts(result: ImportResult): Readable {
  const { rows, ...head } = result;
  function* parts(): Generator<string> {
    yield `${JSON.stringify(head).slice(0, -1)},"rows":[`;
    for (let i = 0; i < rows.length; i += ROWS_PER_PART) {
      yield (i > 0 ? ',' : '') + rows.slice(i, i + ROWS_PER_PART).map((row) => JSON.stringify(row)).join(',');
    }
    yield ']}';
  }
  return Readable.from(parts(), { objectMode: false });
}

/** The import of an existing list and the office's decisions on entries without proof (admin API). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const imports = () => getService(strapi, 'pool-import');
  return {
    async importFile(ctx: Context) {
      const query = importQuerySchema.safeParse(ctx.query);
      if (!query.success) throw validationError(fieldProblemsOf(query.error));
      const { bytes, fileName } = await uploadedCsv(ctx);
      const result = await imports().importFile(bytes, { dryRun: query.data.dryRun === 'true', actor: ctx.state.user ?? null, fileName });
      ctx.type = 'application/json';
      ctx.body = jsonInParts(result);
    },

    async listUnverified(ctx: Context) {
      ctx.body = await imports().listUnverified();
    },

    async confirmUnverified(ctx: Context) {
      ctx.body = await imports().confirmWithEvidence(ctx.params.documentId, ctx.request.body ?? {}, ctx.state.user ?? null);
    },

    async requestOptIn(ctx: Context) {
      ctx.body = await imports().requestOptIn(ctx.params.documentId);
    },

    async deleteUnverified(ctx: Context) {
      ctx.body = await imports().remove(ctx.params.documentId);
    },
  };
};
