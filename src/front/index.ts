import type { Core } from '@strapi/strapi';
import { renderPageShell } from './page-shell';
import { matchSitePath, preferredLanguage, sitePath } from './site-pages';
import { siteAssets } from './static-assets';

type Context = Parameters<Core.MiddlewareHandler>[0];

// The shell holds no data (the page's script asks the public API); its caching headers come from
// the http-cache middleware (group `pages`), its stylesheet and script carry their content hash.
function sendShell(ctx: Context, strapi: Core.Strapi): void {
  const route = matchSitePath(ctx.path);
  const assets = siteAssets(strapi.dirs.static.public).fingerprinted();
  ctx.type = 'text/html; charset=utf-8';
  if (!route) {
    const language = ctx.path.startsWith('/en') ? 'en' : 'de';
    ctx.status = 404;
    ctx.body = renderPageShell({ page: 'finder', language }, '', 'not-found', assets);
    return;
  }
  ctx.status = 200;
  ctx.body = renderPageShell(route, ctx.search, 'ok', assets);
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
    ...['/de', '/de/(.*)', '/en', '/en/(.*)'].map((path) => ({ method: 'GET' as const, path, handler: (ctx: Context) => sendShell(ctx, strapi), config: open })),
  ]);
}
