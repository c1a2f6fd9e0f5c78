import { Field, Flex, MultiSelect, MultiSelectOption, Tag, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import * as React from 'react';

export interface ChipOption {
  value: string;
  label: string;
}

/** The words of the input, in the admin's language; each user gives them under its own message ids. */
export interface ChipMultiSelectTexts {
  clear: string;
  placeholder: string;
  selected: (count: number) => string;
  remove: (option: string) => string;
  /** Codes that are stored but no longer offered. */
  unknown: (codes: string[]) => string;
  /** The accessible name of the list of chips, if it has one. */
  chosen?: string;
}

export interface ChipMultiSelectProps {
  name: string;
  label: string;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  labelAction?: React.ReactNode;
  error?: string;
  value: unknown;
  onChange: (event: { target: { name: string; type: string; value: unknown } }) => void;
  /** The codes on offer with their labels, in the order they are stored in. */
  options: readonly ChipOption[];
  /** Whether the options are known (until then unknown codes are not flagged). */
  settled: boolean;
  texts: ChipMultiSelectTexts;
}

/**
 * Several codes chosen by their labels. The choice is shown below the select as chips whose remove
 * buttons are reachable by keyboard (the select's own tags are not). Stored as a JSON array of
 * codes in the options' order, `null` when empty. Codes no longer offered stay visible, so saving
 * does not drop them silently.
 */
export const ChipMultiSelect = React.forwardRef<HTMLDivElement, ChipMultiSelectProps>(
  ({ name, label, hint, required, disabled, labelAction, error, value, onChange, options, settled, texts }, ref) => {
    const labelOf = React.useMemo(() => new Map(options.map((option) => [option.value, option.label])), [options]);
    const selected = Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];
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
          clearLabel={texts.clear}
          placeholder={texts.placeholder}
          customizeContent={(codes?: string[]) => texts.selected(codes?.length ?? 0)}
          disabled={disabled}
        >
          {options.map((option) => (
            <MultiSelectOption key={option.value} value={option.value}>
              {option.label}
            </MultiSelectOption>
          ))}
        </MultiSelect>
        {selected.length > 0 ? (
          <Flex tag="ul" gap={2} wrap="wrap" paddingTop={2} aria-label={texts.chosen}>
            {selected.map((code) => (
              <li key={code}>
                <Tag icon={<Cross aria-hidden />} disabled={disabled} label={texts.remove(labelOf.get(code) ?? code)} onClick={() => change(selected.filter((other) => other !== code))}>
                  {labelOf.get(code) ?? code}
                </Tag>
              </li>
            ))}
          </Flex>
        ) : null}
        {unknown.length > 0 ? (
          <Typography variant="pi" textColor="danger600">
            {texts.unknown(unknown)}
          </Typography>
        ) : null}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);
