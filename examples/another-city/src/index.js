'use strict';

const DISPOSITIF = 'api::dispositif.dispositif';

/** Beaulieu works in French; German is offered next to it. */
const LOCALES = [
  { code: 'fr', name: 'Français (fr)' },
  { code: 'de', name: 'Deutsch (de)' },
];

/** What anonymous visitors may read. The plugins' public routes are open by themselves (see their READMEs). */
const PUBLIC_ACTIONS = [`${DISPOSITIF}.find`, `${DISPOSITIF}.findOne`];

async function ensureLocales(strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  for (const { code, name } of LOCALES) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name });
  }
  // Once, on the first start: French becomes the default and Strapi's initial English locale
  // (still empty) goes. An administrator who changes locales later in the admin is not overruled.
  const store = strapi.store({ type: 'core', name: 'another-city' });
  if (!(await store.get({ key: 'locales-set' }))) {
    await locales.setDefaultLocale({ code: LOCALES[0].code });
    const english = await locales.findByCode('en');
    if (english && !LOCALES.some(({ code }) => code === 'en')) await locales.delete({ id: english.id });
    await store.set({ key: 'locales-set', value: true });
  }
}

/** Once, like the default locale: a permission an administrator revokes later stays revoked. */
async function grantPublicRead(strapi) {
  const store = strapi.store({ type: 'core', name: 'another-city' });
  if (await store.get({ key: 'public-read-granted' })) return;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('the Public role of users-permissions is missing');
  for (const action of PUBLIC_ACTIONS) {
    const permissions = strapi.db.query('plugin::users-permissions.permission');
    if (!(await permissions.findOne({ where: { action, role: role.id } }))) {
      await permissions.create({ data: { action, role: role.id } });
    }
  }
  await store.set({ key: 'public-read-granted', value: true });
}

module.exports = {
  register() {},

  async bootstrap({ strapi }) {
    await ensureLocales(strapi);
    await grantPublicRead(strapi);
  },
};
