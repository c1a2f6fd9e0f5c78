/** The admin side of the kit: React and browser code, bundled into each plugin's admin and the app's admin panel. */
export { ChipMultiSelect, type ChipMultiSelectProps, type ChipMultiSelectTexts, type ChipOption } from './ChipMultiSelect';
export { errorMessage } from './error-message';
export { prefixPluginTranslations, registerPluginTranslations, translationIdsOf } from './translations';
/** Pure, so the admin bundles can build their content-manager translations from the same views the server writes. */
export { labelTranslationId, viewTranslations, type TranslationChoice } from '../views';
