import type { Core } from '@strapi/strapi';
import { isUploadPath, uploadServingHeaders } from '../domain/upload-types';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * Global middleware `global::upload-headers`, after `strapi::security`: the files under /uploads/
 * are served from the app's origin, where the admin's token lives. Whatever a file holds, it is
 * never sniffed, opens only as a sandboxed document without script, and anything but an image or a
 * PDF is a download (src/domain/upload-types.ts).
 */
export default () => async (ctx: Context, next: () => Promise<void>) => {
  await next();
  if (!isUploadPath(ctx.path)) return;
  // Set after the route: the security middleware's app-wide policy allows the app's own scripts.
  ctx.set(uploadServingHeaders(ctx.path));
};
