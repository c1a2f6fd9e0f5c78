import type { Core } from '@strapi/strapi';
import { actionDefinitions } from './admin-actions';
import config, { resolveConfig } from './config';
import controllers from './controllers';
import { getService } from './get-service';
import { registerFormatFinderQuery } from './graphql/format-finder-query';
import { cataloguesOf } from './messages';
import middlewares from './middlewares';
import routes from './routes';
import services from './services';

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

export { PREVIEW_ACTION } from './admin-actions';
/** The shape of a text catalogue, so a host's added language is checked by its compiler. */
export type { Catalogue, CatalogueOverride } from './messages';

export default {
  config,
  controllers,
  middlewares,
  routes,
  services,

  register({ strapi }: { strapi: Core.Strapi }) {
    registerFormatFinderQuery(strapi);
    const { contentType } = resolveConfig(strapi.config.get('plugin::format-finder'));

    // Writes through the document service (admin, API, seed) rebuild this instance's index at once.
    strapi.documents.use(async (context, next) => {
      const result = await next();
      if (context.uid === contentType && WRITE_ACTIONS.has(context.action)) getService(strapi, 'format-index').changed();
      return result;
    });
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const settings = getService(strapi, 'format-index').settings();
    await strapi.service('admin::permission').actionProvider.registerMany(actionDefinitions(cataloguesOf(settings)[settings.locales[0]].previewPermission));
    const { contentType } = settings;
    // Writes below the document service (imports, bulk scripts) are caught here.
    strapi.db.lifecycles.subscribe({
      models: [contentType],
      afterCreate: () => getService(strapi, 'format-index').changed(),
      afterCreateMany: () => getService(strapi, 'format-index').changed(),
      afterUpdate: () => getService(strapi, 'format-index').changed(),
      afterUpdateMany: () => getService(strapi, 'format-index').changed(),
      afterDelete: () => getService(strapi, 'format-index').changed(),
      afterDeleteMany: () => getService(strapi, 'format-index').changed(),
    });
    await getService(strapi, 'format-index').start();
  },

  destroy({ strapi }: { strapi: Core.Strapi }) {
    getService(strapi, 'format-index').stop();
  },
};
