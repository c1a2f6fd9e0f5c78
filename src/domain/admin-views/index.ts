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
import { opportunityDateView, opportunityPlaceView, participationOpportunityView } from './participation-opportunity';
import { pilotMunicipalityView } from './pilot-municipality';
import { subscriberView } from './subscriber';
import { toolkitDocumentView } from './toolkit-document';

export type { ContentTypeView, FieldView, Text } from './content-type-view';

export const ADMIN_VIEWS: readonly ContentTypeView[] = [
  participationFormatView,
  toolkitDocumentView,
  pilotMunicipalityView,
  participationOpportunityView,
  opportunityDateView,
  opportunityPlaceView,
  mailingView,
  mailTemplateView,
  subscriberView,
  consentEventView,
  outboxMessageView,
  auditEntryView,
];

/** The id under which the content manager's edit and list views look up a field's label. */
export const labelTranslationId = (uid: string, field: string) => `content-manager.content-types.${uid}.${field}`;

/**
 * The admin's translations of the content types' names and field labels.
 *
 * German field labels are left empty on purpose: Strapi fills every language's gaps from the English
 * messages, and an empty message makes the content manager show the stored label instead, which
 * is the German text shipped here or an editor's own wording from "Configure the view". English
 * labels come from this file. Type names are looked up by the schema's displayName, which for the
 * plugins' types is their neutral English name, so German needs its entry there too.
 */
export function adminTranslations(views: readonly ContentTypeView[] = ADMIN_VIEWS): Record<'de' | 'en', Record<string, string>> {
  const labels = (language: 'de' | 'en') =>
    views.flatMap((view) => Object.entries(view.fields).map(([field, { label }]) => [labelTranslationId(view.uid, field), language === 'de' ? '' : label.en]));
  const names = (language: 'de' | 'en') => views.map((view) => [view.displayName ?? view.name.de, view.name[language]]);
  return {
    de: Object.fromEntries([...names('de'), ...labels('de')]),
    en: Object.fromEntries([...names('en'), ...labels('en')]),
  };
}
