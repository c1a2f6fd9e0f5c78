import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::participation-format.participation-format');
