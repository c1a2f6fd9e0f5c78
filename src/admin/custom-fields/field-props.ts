import type * as React from 'react';

/**
 * What the content manager hands a custom field's input (Strapi 5.54, InputRenderer): the field's
 * props from the edit layout plus the form state of `useField(name)`.
 */
export interface CustomFieldInputProps<Value> {
  name: string;
  label: string;
  hint?: React.ReactNode;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
  labelAction?: React.ReactNode;
  error?: string;
  value: Value | null | undefined;
  onChange: (event: { target: { name: string; type: string; value: unknown } }) => void;
  attribute: { type: string; customField: string; options?: { codeList?: string }; enum?: string[] };
}
