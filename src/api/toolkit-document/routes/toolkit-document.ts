import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::toolkit-document.toolkit-document');
