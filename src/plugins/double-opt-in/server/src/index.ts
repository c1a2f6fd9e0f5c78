import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actionDefinitions } from './admin-actions';
import config from './config';
import contentTypes from './content-types';
import { registerCustomFields } from './custom-fields';
import controllers from './controllers';
import { MAIL_KINDS, checkTemplate, type MailKind } from './domain/mail-template';
import { unknownMailingPlaceholders } from './domain/markdown-mail';
import { getService } from './get-service';
import middlewares from './middlewares';
import { createTemplateRepository } from './repositories/template-repository';
import routes from './routes';
import services from './services';
import { AUDIT_ENTRY, CONSENT_EVENT, MAILING, MAIL_TEMPLATE, PRIVATE_CONTENT_TYPES } from './uids';
import { registerArchiveQuery } from './graphql/archive-query';

const CRON_OUTBOX = 'double-opt-in:outbox';
const CRON_PURGE = 'double-opt-in:purge';

/** Editors write through the document service: consent events stay append-only, templates valid. */
function registerDocumentRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid === CONSENT_EVENT && ['update', 'delete', 'create'].includes(context.action)) {
      throw new errors.ForbiddenError('Consent events are proof of consent: they are written by the pool itself and never changed by hand');
    }
    if (context.uid === AUDIT_ENTRY && ['update', 'delete', 'create'].includes(context.action)) {
      throw new errors.ForbiddenError('The activity log is written by the pool itself and never changed by hand');
    }
    if (context.uid === MAIL_TEMPLATE && (context.action === 'create' || context.action === 'update')) {
      const params = context.params as { data?: Record<string, string>; documentId?: string };
      const data = params.data ?? {};
      let kind = data.kind as MailKind | undefined;
      if (!kind && params.documentId) {
        const row = (await strapi.db.query(MAIL_TEMPLATE as never).findOne({ where: { documentId: params.documentId }, select: ['kind'] })) as { kind?: MailKind } | null;
        kind = row?.kind;
      }
      if (kind && kind in MAIL_KINDS) {
        const problems = checkTemplate(kind, { subject: data.subject, body: data.body });
        if (problems.length > 0) {
          throw new errors.ValidationError(problems.join('; '), {
            errors: problems.map((message) => ({ path: [message.split(' ')[0]], message, name: 'ValidationError' })),
          });
        }
      }
      const result = await next();
      getService(strapi, 'mail-composer').forgetTemplates();
      return result;
    }
    if (context.uid === MAILING && context.action === 'update') {
      const params = context.params as { data?: Record<string, unknown>; documentId?: string };
      const row = (await strapi.db.query(MAILING as never).findOne({ where: { documentId: params.documentId }, select: ['status'] })) as { status?: string } | null;
      const data = params.data ?? {};
      const locked = row?.status && !['draft', 'scheduled'].includes(row.status);
      if (locked && ['subject', 'body', 'language', 'interests'].some((field) => field in data && data[field] !== undefined)) {
        throw new errors.ForbiddenError(`This mailing is ${row.status}: its content can no longer change`);
      }
      if (data.status !== undefined && data.status !== row?.status && !['draft', 'scheduled'].includes(String(data.status))) {
        throw new errors.ValidationError('status: use start, pause, resume or cancel; an editor sets only draft or scheduled', {
          errors: [{ path: ['status'], message: 'status may only be set to draft or scheduled', name: 'ValidationError' }],
        });
      }
    }
    if (context.uid === MAILING && (context.action === 'create' || context.action === 'update')) {
      const data = ((context.params as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>;
      if (context.action === 'create' && data.status !== undefined && !['draft', 'scheduled'].includes(String(data.status))) {
        throw new errors.ValidationError('status may only be set to draft or scheduled');
      }
      const unknown = [...unknownMailingPlaceholders(String(data.subject ?? '')), ...unknownMailingPlaceholders(String(data.body ?? ''))];
      if (unknown.length > 0) throw new errors.ValidationError(`unknown placeholder(s) ${unknown.map((name) => `{{${name}}}`).join(', ')}; known: {{firstName}}, {{lastName}}, {{unsubscribeUrl}}`);
    }
    return next();
  });
}

/**
 * The catalogues' mail texts become editable entries, once per kind and locale. The locales the
 * plugin speaks must exist as content locales for that, so missing ones are added (named by their
 * catalogue: "Deutsch (de)", "Français (fr)").
 */
async function ensureDefaultTemplates(strapi: Core.Strapi): Promise<void> {
  const templates = createTemplateRepository(strapi);
  const settings = getService(strapi, 'settings');
  const { locales } = settings.get();
  const i18n = strapi.plugin('i18n')?.service('locales');
  if (i18n) {
    for (const code of locales) {
      if (!(await i18n.findByCode(code))) await i18n.create({ code, name: `${settings.catalogue(code).languageName} (${code})` });
    }
  }
  for (const kind of Object.keys(MAIL_KINDS) as MailKind[]) {
    let documentId = await templates.findDocumentId(kind);
    for (const language of locales) {
      if (await templates.hasLocale(kind, language)) continue;
      const template = settings.catalogue(language).mails[kind];
      if (!documentId) documentId = await templates.create(kind, language, template);
      else await templates.addLocale(documentId, language, template);
    }
  }
}

/**
 * A mailing is written in one of the configured locales: the schema ships with `de` and `en`, and
 * its choice follows `locales` (an enumeration is a plain string column, so nothing migrates).
 */
function offerConfiguredLocales(strapi: Core.Strapi, locales: readonly string[]): void {
  const mailing = strapi.contentType(MAILING as never) as unknown as { attributes: Record<string, { enum?: string[]; default?: unknown }> } | undefined;
  const language = mailing?.attributes.language;
  if (!language) return;
  language.enum = [...locales];
  language.default = locales[0];
}

export default {
  config,
  contentTypes,
  controllers,
  middlewares,
  routes,
  services,

  register({ strapi }: { strapi: Core.Strapi }) {
    registerCustomFields(strapi);
    // Personal data never reaches the public GraphQL API: no types, no queries, no mutations.
    const graphql = strapi.plugin('graphql');
    if (graphql) {
      for (const uid of PRIVATE_CONTENT_TYPES) graphql.service('extension').shadowCRUD(uid).disable();
    }
    registerArchiveQuery(strapi);
    registerDocumentRules(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Resolving the config first: an invalid one (a locale without its texts, say) stops the start here.
    const settings = getService(strapi, 'settings').get();
    offerConfiguredLocales(strapi, settings.locales);
    await strapi.service('admin::permission').actionProvider.registerMany(actionDefinitions(getService(strapi, 'settings').catalogue(settings.locales[0]).permissions));
    getService(strapi, 'settings').secret();
    await ensureDefaultTemplates(strapi);

    await getService(strapi, 'outbox').start();
    if (settings.outbox.enabled) {
      strapi.cron.add({
        [CRON_OUTBOX]: {
          task: async () => {
            await getService(strapi, 'mailings').startDue();
            await getService(strapi, 'outbox').processBatch();
          },
          options: { rule: settings.outbox.rule },
        },
      });
      // Mails written while no instance was running go out right after start.
      getService(strapi, 'outbox').kick();
    }
    if (settings.purge.enabled) {
      strapi.cron.add({
        [CRON_PURGE]: {
          task: () => getService(strapi, 'subscription').purgeStalePending(),
          options: { rule: settings.purge.rule },
        },
      });
    }
    if (settings.mail.transport === 'log') {
      strapi.log.info('[double-opt-in] no SMTP configured: mails are kept in the outbox and written to the log (admin: the plugin\'s page, /admin/plugins/double-opt-in)');
    }
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    strapi.cron.remove(CRON_OUTBOX);
    strapi.cron.remove(CRON_PURGE);
    getService(strapi, 'outbox').stop();
    await getService(strapi, 'outbox').idle();
    getService(strapi, 'delivery-journal').close();
  },
};
