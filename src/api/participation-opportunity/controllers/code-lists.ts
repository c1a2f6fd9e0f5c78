import type { Core } from '@strapi/strapi';
import { appService } from '../../../app-services';
import { PARTICIPATION_OPPORTUNITY } from '../../../content-types';
import { configuredCodeListsAnswer } from '../../../domain/configured-code-lists';

/** For the admin panel only (see ../admin-routes.ts): the admin bundle cannot read the server's config. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => appService(strapi, PARTICIPATION_OPPORTUNITY);

  return {
    async configured(ctx: { body: unknown }) {
      ctx.body = configuredCodeListsAnswer(service().configuredCodeLists());
    },
  };
};
