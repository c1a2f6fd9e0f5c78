import { Field, Flex, MultiSelect, MultiSelectOption, Tag, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { CustomFieldInputProps } from './field-props';
import { useCodeOptions } from './use-code-options';

/**
 * Several codes of one code list, chosen by their labels. The choice is shown below the select as
 * chips whose remove buttons are reachable by keyboard (the select's own tags are not). Stored, as
 * before, as a JSON array of codes in the code list's order.
 */
const CodeMultiSelectInput = React.forwardRef<HTMLDivElement, CustomFieldInputProps<unknown>>(
  ({ name, label, hint, placeholder, required, disabled, labelAction, error, value, onChange, attribute }, ref) => {
    const { formatMessage, locale } = useIntl();
    const { options, settled } = useCodeOptions(attribute.options?.codeList ?? '', locale);
    const labelOf = React.useMemo(() => new Map(options.map((option) => [option.value, option.label])), [options]);
    const selected = Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];
    // Codes no longer in the list stay visible, so saving does not drop them silently; the server names them.
    const unknown = settled ? selected.filter((code) => !labelOf.has(code)) : [];

    const change = (codes: string[]) => {
      const order = options.map((option) => option.value);
      const sorted = [...new Set(codes)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      onChange({ target: { name, type: 'json', value: sorted.length > 0 ? sorted : null } });
    };

    return (
      <Field.Root name={name} id={name} hint={hint} error={error} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <MultiSelect
          ref={ref}
          value={selected}
          onChange={(codes: string[]) => change(codes)}
          onClear={() => change([])}
          clearLabel={formatMessage({ id: 'mitwirken.code-list.clear', defaultMessage: 'Auswahl leeren' })}
          placeholder={placeholder || formatMessage({ id: 'mitwirken.code-list.choose', defaultMessage: 'Bitte wählen' })}
          customizeContent={(codes?: string[]) =>
            formatMessage({ id: 'mitwirken.code-list.selected', defaultMessage: '{count, plural, one {# ausgewählt} other {# ausgewählt}}' }, { count: codes?.length ?? 0 })
          }
          disabled={disabled}
        >
          {options.map((option) => (
            <MultiSelectOption key={option.value} value={option.value}>
              {option.label}
            </MultiSelectOption>
          ))}
        </MultiSelect>
        {selected.length > 0 ? (
          <Flex tag="ul" gap={2} wrap="wrap" paddingTop={2} aria-label={formatMessage({ id: 'mitwirken.code-list.chosen', defaultMessage: 'Ausgewählt: {label}' }, { label })}>
            {selected.map((code) => (
              <li key={code}>
                <Tag
                  icon={<Cross aria-hidden />}
                  disabled={disabled}
                  label={formatMessage({ id: 'mitwirken.code-list.remove', defaultMessage: '{option} entfernen' }, { option: labelOf.get(code) ?? code })}
                  onClick={() => change(selected.filter((other) => other !== code))}
                >
                  {labelOf.get(code) ?? code}
                </Tag>
              </li>
            ))}
          </Flex>
        ) : null}
        {unknown.length > 0 ? (
          <Typography variant="pi" textColor="danger600">
            {formatMessage({ id: 'mitwirken.code-list.unknown', defaultMessage: 'Nicht in der Liste: {codes}' }, { codes: unknown.join(', ') })}
          </Typography>
        ) : null}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

export default CodeMultiSelectInput;
