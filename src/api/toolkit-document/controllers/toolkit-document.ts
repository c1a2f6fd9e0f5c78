import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::toolkit-document.toolkit-document');
