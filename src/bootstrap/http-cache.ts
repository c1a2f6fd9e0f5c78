import type { Core } from '@strapi/strapi';
import { appService } from '../app-services';

const WRITES = new Set(['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany']);

/**
 * A write on this instance makes the next public request read the data version again at once;
 * changes from other instances or straight in the database show within the version check interval.
 */
export function registerHttpCacheInvalidation(strapi: Core.Strapi): void {
  const versions = () => appService(strapi, 'api::http-cache.version');
  strapi.db.lifecycles.subscribe((event: { action: string; model: { uid: string } }) => {
    if (WRITES.has(event.action)) versions().changed(event.model.uid);
  });
}
