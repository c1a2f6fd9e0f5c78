/**
 * The pure part of the admin views — types, the application rule, translations and a host's
 * wording — importing nothing at run time, so an admin bundle may use it as well as the server.
 */
export type { ContentManagerConfiguration, ContentManagerSettings, EditMetadata, FieldMetadata, LayoutCell, ListMetadata } from './admin-views/content-manager-configuration';
export type { ContentTypeView, FieldView, Text } from './admin-views/content-type-view';
export type { FieldAccess } from './admin-views/field-access';
export { applyView, assertViewFits, NOTHING_APPLIED, type AppliedView, type ViewApplication, type ViewContext } from './admin-views/apply-view';
export { labelTranslationId, viewTranslations, type TranslationChoice } from './admin-views/translations';
export { overrideViewTexts, viewTextProblems, type FieldTextOverride, type ViewTextOverrides } from './admin-views/override-texts';
