import { Field, Flex, MultiSelect, MultiSelectOption, Tag, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { InterestsResponse } from '../api-types';
import { getTranslation } from '../utils/get-translation';

interface InterestsInputProps {
  name: string;
  label: string;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  labelAction?: React.ReactNode;
  error?: string;
  value: unknown;
  onChange: (event: { target: { name: string; type: string; value: unknown } }) => void;
}

/**
 * The interests of a mailing or a member, chosen by their labels from the configured list and shown
 * as chips with keyboard-reachable remove buttons. Stored as a JSON array of codes; empty means "all".
 */
const InterestsInput = React.forwardRef<HTMLDivElement, InterestsInputProps>(({ name, label, hint, required, disabled, labelAction, error, value, onChange }, ref) => {
  const { formatMessage, locale } = useIntl();
  const { get } = useFetchClient();
  const [options, setOptions] = React.useState<Array<{ value: string; label: string }> | null>(null);

  React.useEffect(() => {
    let live = true;
    get<InterestsResponse>('/double-opt-in/interests')
      .then(({ data }) => {
        if (!live) return;
        const language = locale.split('-')[0];
        setOptions(data.interests.map((interest) => ({ value: interest.code, label: interest.label?.[language] ?? interest.label?.[data.locales[0]] ?? interest.code })));
      })
      .catch(() => live && setOptions([]));
    return () => {
      live = false;
    };
  }, [get, locale]);

  const labelOf = new Map((options ?? []).map((option) => [option.value, option.label]));
  const selected = Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];
  const change = (codes: string[]) => {
    const order = (options ?? []).map((option) => option.value);
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
        disabled={disabled || options === null}
        clearLabel={formatMessage({ id: getTranslation('interests.clear'), defaultMessage: 'Auswahl leeren' })}
        placeholder={formatMessage({ id: getTranslation('interests.all'), defaultMessage: 'Alle Interessen' })}
        customizeContent={(codes?: string[]) => formatMessage({ id: getTranslation('interests.selected'), defaultMessage: '{count} ausgewählt' }, { count: codes?.length ?? 0 })}
      >
        {(options ?? []).map((option) => (
          <MultiSelectOption key={option.value} value={option.value}>
            {option.label}
          </MultiSelectOption>
        ))}
      </MultiSelect>
      {selected.length > 0 ? (
        <Flex tag="ul" gap={2} wrap="wrap" paddingTop={2}>
          {selected.map((code) => (
            <li key={code}>
              <Tag
                icon={<Cross aria-hidden />}
                disabled={disabled}
                label={formatMessage({ id: getTranslation('interests.remove'), defaultMessage: '{option} entfernen' }, { option: labelOf.get(code) ?? code })}
                onClick={() => change(selected.filter((other) => other !== code))}
              >
                {labelOf.get(code) ?? code}
              </Tag>
            </li>
          ))}
        </Flex>
      ) : null}
      {options !== null && selected.some((code) => !labelOf.has(code)) ? (
        <Typography variant="pi" textColor="danger600">
          {formatMessage(
            { id: getTranslation('interests.unknown'), defaultMessage: 'Nicht (mehr) konfiguriert: {codes}' },
            { codes: selected.filter((code) => !labelOf.has(code)).join(', ') },
          )}
        </Typography>
      ) : null}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
});

export default InterestsInput;
