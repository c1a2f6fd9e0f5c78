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
import { AUDIT_ENTRY, CONSENT_EVENT, MAILING, MAIL_TEMPLATE, OUTBOX_MESSAGE, SUBSCRIBER } from './uids';
import { validationError } from './validation-error';

const EDITABLE_MAILING = ['draft', 'scheduled'];
/** Append-only types: only the pool writes them, so no document-service write by hand at all. */
const WRITING_ACTIONS = ['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft'];

/**
 * What a new mailing starts with whatever it was made from: nothing sent, nothing counted. The
 * admin's "duplicate" form sends the source's values back, so a copy of a sent mailing would
 * otherwise be born "sent" – and listed in the public archive as if the city had mailed it.
 */
const UNSENT: Readonly<Record<string, unknown>> = { status: 'draft', startedAt: null, finishedAt: null, recipientCount: 0 };

type Params = { data?: Record<string, unknown>; documentId?: string };

function placeholderProblems(subject: unknown, body: unknown): void {
  const unknown = [...unknownMailingPlaceholders(String(subject ?? '')), ...unknownMailingPlaceholders(String(body ?? ''))];
  if (unknown.length > 0) throw new errors.ValidationError(`unknown placeholder(s) ${unknown.map((name) => `{{${name}}}`).join(', ')}; known: {{firstName}}, {{lastName}}, {{unsubscribeUrl}}`);
}

function templateProblems(kind: MailKind | undefined, template: { subject?: unknown; body?: unknown }): void {
  if (!kind || !(kind in MAIL_KINDS)) return;
  const problems = checkTemplate(kind, { subject: template.subject as string | undefined, body: template.body as string | undefined });
  if (problems.length > 0) {
    throw validationError(problems.map((message) => fieldProblem(message.split(' ')[0], message)));
  }
}

/** A clone is the source overridden by what was sent; a field sent empty does not clear it. */
const cloned = (source: object | null, data: Record<string, unknown>, field: string) => (data[field] !== undefined ? data[field] : (source as Record<string, unknown> | null)?.[field]);

/**
 * Editors write through the document service, and this middleware holds the rules there, for every
 * action that writes (create, update, clone, …): consent events and the activity log stay
 * append-only, templates valid, a mailing being sent unchanged, a copy of a mailing unsent, a
 * member's name free of links (the mails greet people by it).
 */
export function registerDocumentRules(strapi: Core.Strapi): void {
  const templates = createTemplateRepository(strapi);
  const mailings = createMailingRepository(strapi);

  strapi.documents.use(async (context, next) => {
    if (context.uid === CONSENT_EVENT && WRITING_ACTIONS.includes(context.action)) {
      throw new errors.ForbiddenError('Consent events are proof of consent: they are written by the pool itself and never changed by hand');
    }
    if (context.uid === AUDIT_ENTRY && WRITING_ACTIONS.includes(context.action)) {
      throw new errors.ForbiddenError('The activity log is written by the pool itself and never changed by hand');
    }
    if (context.uid === SUBSCRIBER && ['create', 'update', 'clone'].includes(context.action)) {
      const data = ((context.params as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>;
      const texts = getService(strapi, 'settings').catalogue(null).pages;
      const problems = (['firstName', 'lastName'] as const)
        .filter((field) => typeof data[field] === 'string' && linkInName(data[field] as string) !== null)
        .map((field) => fieldProblem(field, `${field}: ${field === 'firstName' ? texts.error_firstName_link : texts.error_lastName_link}`, { rule: NAME_WITH_LINK }));
      if (problems.length > 0) throw validationError(problems);
    }
    if (context.uid === OUTBOX_MESSAGE && ['create', 'update', 'clone'].includes(context.action)) {
      // A row written or copied by hand would be sent as the pool's mail (a copy of a delivery: the same mail again).
      throw new errors.ForbiddenError('Outbox messages are written by the pool itself: a mail written or copied by hand would be sent');
    }
    if (context.uid === MAIL_TEMPLATE && ['create', 'update', 'clone'].includes(context.action)) {
      const params = context.params as { data?: Record<string, string>; documentId?: string; locale?: string };
      const data = params.data ?? {};
      let kind = data.kind as MailKind | undefined;
      if (!kind && params.documentId) kind = (await templates.findKind(params.documentId)) ?? undefined;
      if (context.action === 'clone') {
        const source = params.documentId ? await templates.findVersion(params.documentId, params.locale) : null;
        templateProblems(kind, { subject: cloned(source, data, 'subject'), body: cloned(source, data, 'body') });
      } else {
        templateProblems(kind, data);
      }
      const result = await next();
      getService(strapi, 'mail-composer').forgetTemplates();
      return result;
    }
    if (context.uid === MAILING && context.action === 'update') {
      const params = context.params as Params;
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
      const params = context.params as Params;
      const data = (params.data ??= {});
      if (context.action === 'create' && data.status !== undefined && !EDITABLE_MAILING.includes(String(data.status))) {
        throw validationError([fieldProblem('status', 'status may only be set to draft or scheduled')]);
      }
      // Only the pool's start and worker write these (through the query engine, not through here).
      if (context.action === 'create') Object.assign(data, { ...UNSENT, status: data.status ?? 'draft' });
      else for (const field of Object.keys(UNSENT)) if (field !== 'status') delete data[field];
      placeholderProblems(data.subject, data.body);
    }
    if (context.uid === MAILING && context.action === 'clone') {
      const params = context.params as Params;
      const data = (params.data ??= {});
      const source = params.documentId ? await mailings.findByDocumentId(params.documentId) : null;
      Object.assign(data, UNSENT);
      placeholderProblems(cloned(source, data, 'subject'), cloned(source, data, 'body'));
    }
    return next();
  });
}
