import type { StrapiApp } from '@strapi/strapi/admin';
import type * as React from 'react';
import { CODE_MULTI_SELECT, CODE_SELECT, CODE_SELECT_TEXT, PROVENANCE } from '../../domain/custom-fields';
import type { CustomFieldInputProps } from './field-props';

/** One custom field as `app.customFields.register` takes it (Strapi 5.54 does not export the type's name). */
type CustomField = Exclude<Parameters<StrapiApp['customFields']['register']>[0], readonly unknown[]>;

/**
 * An input loaded when the content manager first shows the field. Strapi's `CustomField` types the
 * loaded component as a bare `ComponentType` without props, while the content manager hands it
 * the field's props (see field-props.ts): the one place that says so.
 */
function lazyInput<Value>(load: () => Promise<{ default: React.ComponentType<CustomFieldInputProps<Value>> }>): CustomField['components']['Input'] {
  return async () => ({ default: (await load()).default as React.ComponentType });
}

/**
 * The admin half of the app's custom fields (the server half: src/bootstrap/custom-fields.ts).
 * Inputs load lazily, as Strapi expects of custom field components.
 */
export function registerCustomFields(app: Pick<StrapiApp, 'customFields'>): void {
  app.customFields.register([
    {
      name: CODE_SELECT,
      type: 'enumeration',
      intlLabel: { id: 'mitwirken.custom-field.code-select', defaultMessage: 'Auswahl aus einer Code-Liste' },
      intlDescription: { id: 'mitwirken.custom-field.code-select.description', defaultMessage: 'Ein Eintrag aus einer Code-Liste, mit Bezeichnungen' },
      components: { Input: lazyInput(() => import('./CodeSelectInput')) },
    },
    {
      // The same widget; the code is stored as text because the list is configured per city.
      name: CODE_SELECT_TEXT,
      type: 'string',
      intlLabel: { id: 'mitwirken.custom-field.code-select-text', defaultMessage: 'Auswahl aus einer konfigurierten Liste' },
      intlDescription: { id: 'mitwirken.custom-field.code-select-text.description', defaultMessage: 'Ein Eintrag aus einer Liste, die die Stadt festlegt' },
      components: { Input: lazyInput(() => import('./CodeSelectInput')) },
    },
    {
      name: CODE_MULTI_SELECT,
      type: 'json',
      intlLabel: { id: 'mitwirken.custom-field.code-multi-select', defaultMessage: 'Mehrfachauswahl aus einer Code-Liste' },
      intlDescription: {
        id: 'mitwirken.custom-field.code-multi-select.description',
        defaultMessage: 'Mehrere Einträge aus einer Code-Liste, als Chips angezeigt',
      },
      components: { Input: lazyInput(() => import('./CodeMultiSelectInput')) },
    },
    {
      name: PROVENANCE,
      type: 'json',
      intlLabel: { id: 'mitwirken.custom-field.provenance', defaultMessage: 'Herkunft der Angaben' },
      intlDescription: { id: 'mitwirken.custom-field.provenance.description', defaultMessage: 'Welche Angaben belegt, geschätzt oder abgeleitet sind' },
      components: { Input: lazyInput(() => import('./ProvenanceInput')) },
    },
  ]);
}
