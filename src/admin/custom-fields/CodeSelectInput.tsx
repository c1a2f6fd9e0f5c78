import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { CustomFieldInputProps } from './field-props';
import { useCodeOptions } from './use-code-options';

/**
 * One code of a code list, chosen by its label; stored, as before, as the enumeration's code (or,
 * for a list the city configures, as text).
 */
const CodeSelectInput = React.forwardRef<HTMLDivElement, CustomFieldInputProps<string>>(
  ({ name, label, hint, placeholder, required, disabled, labelAction, error, value, onChange, attribute }, ref) => {
    const { formatMessage, locale } = useIntl();
    const { options } = useCodeOptions(attribute.options?.codeList ?? '', locale);
    const change = (code: string | number) => onChange({ target: { name, type: 'enumeration', value: code === '' ? null : String(code) } });

    return (
      <Field.Root name={name} id={name} hint={hint} error={error} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <SingleSelect
          ref={ref}
          value={value ?? ''}
          onChange={change}
          onClear={required ? undefined : () => change('')}
          clearLabel={formatMessage({ id: 'mitwirken.code-list.clear', defaultMessage: 'Auswahl leeren' })}
          placeholder={placeholder || formatMessage({ id: 'mitwirken.code-list.choose', defaultMessage: 'Bitte wählen' })}
          disabled={disabled}
        >
          {options.map((option) => (
            <SingleSelectOption key={option.value} value={option.value}>
              {option.label}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

export default CodeSelectInput;
