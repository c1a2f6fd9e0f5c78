'use strict';

/** English is the default content locale of this host; German is added next to it. */
module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    const locales = strapi.plugin('i18n').service('locales');
    if (!(await locales.findByCode('de'))) await locales.create({ code: 'de', name: 'German (de)' });
  },
};
