'use strict';

module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  // Optional: the finder's public searches answered before routing, about twice as cheap.
  'plugin::format-finder.public-answers',
  'strapi::query',
  'strapi::body',
  // Bodies nested deeper than 50 are a 400, not a stack overflow (src/middlewares/body-depth.js).
  'global::body-depth',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
