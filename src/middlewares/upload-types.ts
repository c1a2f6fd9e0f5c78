import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { preferredLanguage } from '../front/site-pages';
import { uploadRefusal } from '../domain/upload-types';
import { configuredUploadTypes } from '../upload-allow-list';

type Context = Parameters<Core.MiddlewareHandler>[0];
interface ParsedFile {
  originalFilename?: string | null;
  name?: string;
  mimetype?: string | null;
  type?: string;
}

/** The media library's upload and replace routes, admin (`/upload…`) and content API (`/api/upload…`). */
const isUploadRoute = (method: string, path: string) =>
  (method === 'POST' || method === 'PUT') && /^\/(api\/)?upload(\/|$)/.test(path);

const filesOf = (files: unknown): ParsedFile[] =>
  files && typeof files === 'object' ? Object.values(files as Record<string, ParsedFile | ParsedFile[]>).flat() : [];

/**
 * Global middleware `global::upload-types`, after `strapi::body`: refuses a whole upload when one
 * of its files is not of an allowed type (plugin::upload `security.allowedTypes`, config/plugins.ts),
 * with a 400 that names the file, its type and the allowed ones. Strapi's own check, configured
 * with the same list, then looks at the file's content; but it names no allowed types, and in a
 * batch it drops a refused file silently and stores the rest.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const allowed = () => configuredUploadTypes(strapi);
  return async (ctx: Context, next: () => Promise<void>) => {
    if (!isUploadRoute(ctx.method, ctx.path)) return next();
    // koa-body (strapi::body) puts the parsed files on the request; Koa's Request type does not name them.
    const files = filesOf('files' in ctx.request ? ctx.request.files : undefined);
    const language = preferredLanguage(ctx.get('Accept-Language'));
    const refusals = files
      .map((file) => uploadRefusal({ name: file.originalFilename ?? file.name ?? '', declaredType: file.mimetype ?? file.type ?? undefined }, allowed(), language))
      .filter((refusal) => refusal !== null);
    if (refusals.length > 0) {
      throw new errors.ValidationError(refusals.map((refusal) => refusal.message).join(' '), {
        refused: refusals.map(({ fileName, extension, declaredType }) => ({ fileName, extension, declaredType })),
        allowedExtensions: refusals[0].allowedExtensions,
      });
    }
    return next();
  };
};
