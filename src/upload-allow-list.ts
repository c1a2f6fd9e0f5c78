import type { Core } from '@strapi/strapi';
import { uploadTypesForMimes, type UploadType } from './domain/upload-types';

/**
 * The upload types this instance allows, from the list Strapi's own check is configured with
 * (plugin::upload `security.allowedTypes`, config/plugins.ts, narrowed by UPLOAD_ALLOWED_TYPES):
 * the upload routes, the seed and the bundle import refuse by the same list.
 */
export const configuredUploadTypes = (strapi: Core.Strapi): UploadType[] =>
  uploadTypesForMimes(strapi.config.get('plugin::upload.security.allowedTypes') as string[] | undefined);
