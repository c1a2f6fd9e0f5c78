import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { appService } from '../app-services';
import { PARTICIPATION_OPPORTUNITY } from '../content-types';
import { opportunityJsonLd } from './opportunity-json-ld';
import { renderPageShell, type ShellDetails } from './page-shell';
import { matchSitePath, preferredLanguage, sitePath, type SiteRoute } from './site-pages';
import { siteAssets } from './static-assets';

type Context = Parameters<Core.MiddlewareHandler>[0];
const opportunities = (strapi: Core.Strapi) => appService(strapi, PARTICIPATION_OPPORTUNITY);

/**
 * What the server adds to a shell. An opportunity's page gets its title, its schema.org data and
 * the address of its translation here (one or two reads through the service), so crawlers find
 * them in the HTML; everything else the page's script reads from the public API.
 */
async function shellDetails(strapi: Core.Strapi, route: SiteRoute): Promise<{ found: boolean; details: ShellDetails }> {
  const service = opportunities(strapi);
  const details: ShellDetails = { districts: service.districts() };
  if (route.page !== 'opportunity' || !route.slug) return { found: true, details };
  const other = route.language === 'de' ? 'en' : 'de';
  try {
    const opportunity = await service.findOne(route.slug, route.language);
    const translation = await service.findOne(opportunity.documentId, other).catch((error: unknown) => {
      if (error instanceof errors.NotFoundError) return null;
      throw error;
    });
    return {
      found: true,
      details: {
        ...details,
        title: opportunity.title,
        structuredData: opportunityJsonLd(opportunity),
        otherLanguagePath: translation ? sitePath('opportunity', other, translation.slug) : sitePath('opportunities', other),
      },
    };
  } catch (error) {
    if (error instanceof errors.NotFoundError) return { found: false, details: { ...details, otherLanguagePath: sitePath('opportunities', other) } };
    throw error;
  }
}

// Caching headers come from the http-cache middleware (group `pages`, tagged with the content
// version, since an opportunity's page carries its title and schema.org data); the stylesheet and
// script carry their content hash.
async function sendShell(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const route = matchSitePath(ctx.path);
  const assets = siteAssets(strapi.dirs.static.public).fingerprinted();
  ctx.type = 'text/html; charset=utf-8';
  if (!route) {
    const language = ctx.path.startsWith('/en') ? 'en' : 'de';
    ctx.status = 404;
    ctx.body = renderPageShell({ page: 'finder', language }, '', 'not-found', {}, assets);
    return;
  }
  const { found, details } = await shellDetails(strapi, route);
  ctx.status = found ? 200 : 404;
  ctx.body = renderPageShell(route, ctx.search, found ? 'ok' : 'not-found', details, assets);
}

/**
 * The reference web front: page shells under /de/ and /en/ (no separate server to run); the data
 * comes from the public REST API by the scripts in public/site/.
 */
export function registerSiteRoutes(strapi: Core.Strapi): void {
  const open = { auth: false as const };
  const handler = (ctx: Context) => sendShell(strapi, ctx);
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
    ...['/de', '/de/(.*)', '/en', '/en/(.*)'].map((path) => ({ method: 'GET' as const, path, handler, config: open })),
  ]);
}
