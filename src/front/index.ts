import type { Core } from '@strapi/strapi';
import { renderPageShell } from './page-shell';
import { matchSitePath, preferredLanguage, sitePath } from './site-pages';

type Context = Parameters<Core.MiddlewareHandler>[0];

function sendShell(ctx: Context): void {
  const route = matchSitePath(ctx.path);
  ctx.type = 'text/html; charset=utf-8';
  // The shell holds no data; the page's script asks the public API, so the shell may be cached briefly.
  ctx.set('Cache-Control', 'public, max-age=60');
  if (!route) {
    const language = ctx.path.startsWith('/en') ? 'en' : 'de';
    ctx.status = 404;
    ctx.body = renderPageShell({ page: 'finder', language }, '', 'not-found');
    return;
  }
  ctx.status = 200;
  ctx.body = renderPageShell(route, ctx.search);
}

/**
 * The reference web front: page shells under /de/ and /en/ (no separate server to run); the data
 * comes from the public REST API by the scripts in public/site/.
 */
export function registerSiteRoutes(strapi: Core.Strapi): void {
  const open = { auth: false as const };
  strapi.server.routes([
    {
      method: 'GET' as const,
      path: '/',
      handler: (ctx: Context) => {
        ctx.set('Vary', 'Accept-Language');
        ctx.redirect(sitePath('finder', preferredLanguage(ctx.get('Accept-Language'))));
      },
      config: open,
    },
    ...['/de', '/de/(.*)', '/en', '/en/(.*)'].map((path) => ({ method: 'GET' as const, path, handler: sendShell, config: open })),
  ]);
}
