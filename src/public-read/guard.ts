import type { Core } from '@strapi/strapi';
import { findPublicQueryProblems } from '../domain/public-query';
import { toValidationError } from '../validation-error';

export interface Auth {
  strategy?: { name?: string };
}

/** One check for REST and GraphQL reads of the public content types. */
export function createPublicReadGuard(strapi: Core.Strapi) {
  return {
    async check(query: Record<string, unknown>, auth: Auth | undefined): Promise<void> {
      const locales = (await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>;
      const problems = findPublicQueryProblems(query, {
        locales: locales.map((locale) => locale.code),
        maxPageSize: strapi.config.get('api.rest.maxLimit', 100) as number,
        allowDrafts: auth?.strategy?.name === 'api-token',
      });
      if (problems.length > 0) throw toValidationError(problems);
    },
  };
}
