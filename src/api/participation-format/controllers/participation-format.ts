import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::participation-format.participation-format');
