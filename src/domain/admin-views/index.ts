/**
 * The admin views of the app's own content types. German texts are written into the content
 * manager's configuration (where editors may change them); English labels reach an English admin
 * as translations under the id the content manager looks labels up with. The pool plugin's types
 * bring their views in the package; the app gives them its own wording (pool-wording.ts).
 */
import { labelTranslationId, viewTranslations } from '@mitwirken/strapi-plugin-kit/views';
import { STORED_LANGUAGE } from './apply-view';
import type { ContentTypeView } from './content-type-view';
import { participationFormatView } from './participation-format';
import { opportunityDateView, opportunityPlaceView, participationOpportunityView } from './participation-opportunity';
import { pilotMunicipalityView } from './pilot-municipality';
import { POOL_ADMIN_WORDING, POOL_TYPE_NAMES } from './pool-wording';
import { toolkitDocumentView } from './toolkit-document';

export type { ContentTypeView, FieldView, Text } from './content-type-view';
export { labelTranslationId };

export const ADMIN_VIEWS: readonly ContentTypeView[] = [
  participationFormatView,
  toolkitDocumentView,
  pilotMunicipalityView,
  participationOpportunityView,
  opportunityDateView,
  opportunityPlaceView,
];

/**
 * The app's names of the pool's types, and its English labels where it words a field its own way
 * (the German ones are stored); given after the plugin's own, so they win.
 */
export function poolTranslations(language: 'de' | 'en'): Record<string, string> {
  const names = Object.entries(POOL_TYPE_NAMES).map(([displayName, name]) => [displayName, name[language]]);
  const labels = Object.entries(POOL_ADMIN_WORDING).flatMap(([uid, { fields = {} }]) =>
    Object.entries(fields).flatMap(([field, { label }]) => (label?.en ? [[labelTranslationId(uid, field), language === 'en' ? label.en : '']] : [])),
  );
  return Object.fromEntries([...names, ...labels]);
}

/**
 * The admin's translations of the app's content types' names and field labels.
 *
 * German field labels are left empty on purpose: Strapi fills every language's gaps from the English
 * messages, and an empty message makes the content manager show the stored label instead, which
 * is the German text shipped here or an editor's own wording from "Configure the view". English
 * labels come from the views. Type names are looked up by the schema's displayName.
 */
export function adminTranslations(views: readonly ContentTypeView[] = ADMIN_VIEWS): Record<'de' | 'en', Record<string, string>> {
  return {
    de: viewTranslations(views, 'de', { storedLanguage: STORED_LANGUAGE, labels: false }),
    en: viewTranslations(views, 'en', { storedLanguage: STORED_LANGUAGE, labels: true }),
  };
}
