import { CODE_MULTI_SELECT, CODE_SELECT, CODE_SELECT_TEXT, PROVENANCE } from '../../domain/custom-fields';

/**
 * The admin half of the app's custom fields (the server half: src/bootstrap/custom-fields.ts).
 * Inputs load lazily, as Strapi expects of custom field components.
 */
export function registerCustomFields(app: { customFields: { register(fields: unknown[]): void } }): void {
  app.customFields.register([
    {
      name: CODE_SELECT,
      type: 'enumeration',
      intlLabel: { id: 'mitwirken.custom-field.code-select', defaultMessage: 'Auswahl aus einer Code-Liste' },
      intlDescription: { id: 'mitwirken.custom-field.code-select.description', defaultMessage: 'Ein Eintrag aus einer Code-Liste, mit Bezeichnungen' },
      components: { Input: async () => import('./CodeSelectInput') },
    },
    {
      // The same widget; the code is stored as text because the list is configured per city.
      name: CODE_SELECT_TEXT,
      type: 'string',
      intlLabel: { id: 'mitwirken.custom-field.code-select-text', defaultMessage: 'Auswahl aus einer konfigurierten Liste' },
      intlDescription: { id: 'mitwirken.custom-field.code-select-text.description', defaultMessage: 'Ein Eintrag aus einer Liste, die die Stadt festlegt' },
      components: { Input: async () => import('./CodeSelectInput') },
    },
    {
      name: CODE_MULTI_SELECT,
      type: 'json',
      intlLabel: { id: 'mitwirken.custom-field.code-multi-select', defaultMessage: 'Mehrfachauswahl aus einer Code-Liste' },
      intlDescription: {
        id: 'mitwirken.custom-field.code-multi-select.description',
        defaultMessage: 'Mehrere Einträge aus einer Code-Liste, als Chips angezeigt',
      },
      components: { Input: async () => import('./CodeMultiSelectInput') },
    },
    {
      name: PROVENANCE,
      type: 'json',
      intlLabel: { id: 'mitwirken.custom-field.provenance', defaultMessage: 'Herkunft der Angaben' },
      intlDescription: { id: 'mitwirken.custom-field.provenance.description', defaultMessage: 'Welche Angaben belegt, geschätzt oder abgeleitet sind' },
      components: { Input: async () => import('./ProvenanceInput') },
    },
  ]);
}
