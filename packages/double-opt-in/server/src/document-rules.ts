import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldProblem } from './domain/field-problem';
import { MAIL_KINDS, checkTemplate, type MailKind } from './domain/mail-template';
import { unknownMailingPlaceholders } from './domain/markdown-mail';
import { linkInName } from './domain/person-name';
import { NAME_WITH_LINK } from './domain/signup-schema';
import { getService } from './get-service';
import { createMailingRepository } from './repositories/mailing-repository';
import { createTemplateRepository } from './repositories/template-repository';
import { AUDIT_ENTRY, CONSENT_EVENT, MAILING, MAIL_TEMPLATE, SUBSCRIBER } from './uids';
import { validationError } from './validation-error';

const EDITABLE_MAILING = ['draft', 'scheduled'];

/**
 * Editors write through the document service, and this middleware holds the rules there: consent
 * events and the activity log stay append-only, templates valid, a mailing being sent unchanged,
 * a member's name free of links (the mails greet people by it).
 */
export function registerDocumentRules(strapi: Core.Strapi): void {
  const templates = createTemplateRepository(strapi);
  const mailings = createMailingRepository(strapi);

  strapi.documents.use(async (context, next) => {
    if (context.uid === CONSENT_EVENT && ['update', 'delete', 'create'].includes(context.action)) {
      throw new errors.ForbiddenError('Consent events are proof of consent: they are written by the pool itself and never changed by hand');
    }
    if (context.uid === AUDIT_ENTRY && ['update', 'delete', 'create'].includes(context.action)) {
      throw new errors.ForbiddenError('The activity log is written by the pool itself and never changed by hand');
    }
    if (context.uid === SUBSCRIBER && (context.action === 'create' || context.action === 'update')) {
      const data = ((context.params as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>;
      const texts = getService(strapi, 'settings').catalogue(null).pages;
      const problems = (['firstName', 'lastName'] as const)
        .filter((field) => typeof data[field] === 'string' && linkInName(data[field] as string) !== null)
        .map((field) => fieldProblem(field, `${field}: ${field === 'firstName' ? texts.error_firstName_link : texts.error_lastName_link}`, { rule: NAME_WITH_LINK }));
      if (problems.length > 0) throw validationError(problems);
    }
    if (context.uid === MAIL_TEMPLATE && (context.action === 'create' || context.action === 'update')) {
      const params = context.params as { data?: Record<string, string>; documentId?: string };
      const data = params.data ?? {};
      let kind = data.kind as MailKind | undefined;
      if (!kind && params.documentId) kind = (await templates.findKind(params.documentId)) ?? undefined;
      if (kind && kind in MAIL_KINDS) {
        const problems = checkTemplate(kind, { subject: data.subject, body: data.body });
        if (problems.length > 0) {
          throw validationError(problems.map((message) => fieldProblem(message.split(' ')[0], message)));
        }
      }
      const result = await next();
      getService(strapi, 'mail-composer').forgetTemplates();
      return result;
    }
    if (context.uid === MAILING && context.action === 'update') {
      const params = context.params as { data?: Record<string, unknown>; documentId?: string };
      const status = await mailings.findStatus(params.documentId);
      const data = params.data ?? {};
      const locked = status && !EDITABLE_MAILING.includes(status);
      if (locked && ['subject', 'body', 'language', 'interests', 'kind', 'digestItemIds', 'digestItems'].some((field) => field in data && data[field] !== undefined)) {
        throw new errors.ForbiddenError(`This mailing is ${status}: its content can no longer change`);
      }
      if (data.status !== undefined && data.status !== status && !EDITABLE_MAILING.includes(String(data.status))) {
        throw validationError([fieldProblem('status', 'status may only be set to draft or scheduled')], 'status: use start, pause, resume or cancel; an editor sets only draft or scheduled');
      }
    }
    if (context.uid === MAILING && (context.action === 'create' || context.action === 'update')) {
      const data = ((context.params as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>;
      if (context.action === 'create' && data.status !== undefined && !EDITABLE_MAILING.includes(String(data.status))) {
        throw new errors.ValidationError('status may only be set to draft or scheduled');
      }
      const unknown = [...unknownMailingPlaceholders(String(data.subject ?? '')), ...unknownMailingPlaceholders(String(data.body ?? ''))];
      if (unknown.length > 0) throw new errors.ValidationError(`unknown placeholder(s) ${unknown.map((name) => `{{${name}}}`).join(', ')}; known: {{firstName}}, {{lastName}}, {{unsubscribeUrl}}`);
    }
    return next();
  });
}
