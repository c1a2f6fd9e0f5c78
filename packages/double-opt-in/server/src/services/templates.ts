import type { Core } from '@strapi/strapi';
import { MAIL_KINDS, type MailKind } from '../domain/mail-template';
import { getService } from '../get-service';
import { createTemplateRepository } from '../repositories/template-repository';

/** The mail templates editors keep in the admin, seeded from the catalogues. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const templates = createTemplateRepository(strapi);
  const settings = () => getService(strapi, 'settings');

  return {
    /**
     * The catalogues' mail texts become editable entries, once per kind and locale. The locales the
     * plugin speaks must exist as content locales for that, so missing ones are added (named by their
     * catalogue: "Deutsch (de)", "Français (fr)"). An existing entry is never touched.
     */
    async ensureDefaults(): Promise<void> {
      const { locales } = settings().get();
      const i18n = strapi.plugin('i18n')?.service('locales');
      if (i18n) {
        for (const code of locales) {
          if (!(await i18n.findByCode(code))) await i18n.create({ code, name: `${settings().catalogue(code).languageName} (${code})` });
        }
      }
      for (const kind of Object.keys(MAIL_KINDS) as MailKind[]) {
        let documentId = await templates.findDocumentId(kind);
        for (const language of locales) {
          if (await templates.hasLocale(kind, language)) continue;
          const template = settings().catalogue(language).mails[kind];
          if (!documentId) documentId = await templates.create(kind, language, template);
          else await templates.addLocale(documentId, language, template);
        }
      }
    },
  };
};
