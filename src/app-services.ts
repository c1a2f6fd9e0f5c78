import type { Core } from '@strapi/strapi';
import { PARTICIPATION_OPPORTUNITY } from './content-types';

/** What each of the app's services is: the return type of its factory. */
interface AppServices {
  [PARTICIPATION_OPPORTUNITY]: ReturnType<typeof import('./api/participation-opportunity/services/participation-opportunity').default>;
  'api::http-cache.version': ReturnType<typeof import('./api/http-cache/services/version').default>;
}

/**
 * The app's services, typed (the plugins' `getService` pattern). The import above is type-only,
 * so a caller of a service does not load it and no cycle between modules comes from here.
 */
export function appService<Uid extends keyof AppServices>(strapi: Core.Strapi, uid: Uid): AppServices[Uid] {
  // Strapi's `Core.Service` (the type of `strapi.service()`) is `{ [key]: any }` for every UID:
  // the factory's own return type is only known here.
  return strapi.service(uid) as AppServices[Uid];
}
