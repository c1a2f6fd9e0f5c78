'use strict';
// Loaded only when BENCH_BASELINE=true (see config/plugins.ts): the baseline for the sign-up
// benchmark is Strapi's own create on a content type with one field, open to the Public role.
const { factories } = require('@strapi/strapi');

module.exports = {
  contentTypes: {
    note: {
      schema: {
        kind: 'collectionType',
        collectionName: 'bench_notes',
        info: { singularName: 'note', pluralName: 'notes', displayName: 'Bench note' },
        options: { draftAndPublish: false },
        pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
        attributes: { text: { type: 'string' } },
      },
    },
  },
  controllers: { note: factories.createCoreController('plugin::bench-baseline.note') },
  services: { note: factories.createCoreService('plugin::bench-baseline.note') },
  routes: {
    'content-api': {
      type: 'content-api',
      routes: [{ method: 'POST', path: '/notes', handler: 'note.create', config: {} }],
    },
  },
};
