import type { Core } from '@strapi/strapi';
import { CRON_OUTBOX, CRON_PURGE } from './cron-jobs';
import { getService } from './get-service';

/** Stops the crons, lets the outbox finish its pass (its marks written), closes the delivery journal. */
export default async function destroy({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  strapi.cron.remove(CRON_OUTBOX);
  strapi.cron.remove(CRON_PURGE);
  getService(strapi, 'outbox').stop();
  await getService(strapi, 'outbox').idle();
  getService(strapi, 'delivery-journal').close();
}
