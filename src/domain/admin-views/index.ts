/**
 * The admin views of all content types editors work with. German texts are written into the
 * content manager's configuration (where editors may change them); English labels reach an
 * English admin as translations under the id the content manager looks labels up with.
 */
import { auditEntryView } from './audit-entry';
import { consentEventView } from './consent-event';
import type { ContentTypeView } from './content-type-view';
import { mailTemplateView } from './mail-template';
import { mailingView } from './mailing';
import { outboxMessageView } from './outbox-message';
import { participationFormatView } from './participation-format';
import { pilotMunicipalityView } from './pilot-municipality';
import { subscriberView } from './subscriber';
import { toolkitDocumentView } from './toolkit-document';

export type { ContentTypeView, FieldView, Text } from './content-type-view';

export const ADMIN_VIEWS: readonly ContentTypeView[] = [
  participationFormatView,
  toolkitDocumentView,
  pilotMunicipalityView,
  mailingView,
  mailTemplateView,
  subscriberView,
  consentEventView,
  outboxMessageView,
  auditEntryView,
];

/** The id under which the content manager's edit and list views look up a field's label. */
export const labelTranslationId = (uid: string, field: string) => `content-manager.content-types.${uid}.${field}`;

export function englishLabelTranslations(views: readonly ContentTypeView[] = ADMIN_VIEWS): Record<string, string> {
  return Object.fromEntries(views.flatMap((view) => Object.entries(view.fields).map(([field, { label }]) => [labelTranslationId(view.uid, field), label.en])));
}
