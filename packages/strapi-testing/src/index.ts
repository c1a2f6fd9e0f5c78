export * from './smtp-sink';
export * from './strapi-app';
