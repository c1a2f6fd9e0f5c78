export * from './smtp-sink';
export * from './strapi-app';
export * from './admin-views';
