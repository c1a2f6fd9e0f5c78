import type { Core } from '@strapi/strapi';
import { PARTICIPATION_OPPORTUNITY } from '../../../content-types';
import { configuredCodeListsAnswer } from '../../../domain/configured-code-lists';

type Service = ReturnType<typeof import('../services/participation-opportunity').default>;

/** For the admin panel only (see ../admin-routes.ts): the admin bundle cannot read the server's config. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service(PARTICIPATION_OPPORTUNITY as never) as unknown as Service;

  return {
    async configured(ctx: { body: unknown }) {
      ctx.body = configuredCodeListsAnswer(service().configuredCodeLists());
    },
  };
};
