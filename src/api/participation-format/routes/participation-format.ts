import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::participation-format.participation-format');
