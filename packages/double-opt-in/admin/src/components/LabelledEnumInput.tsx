import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/get-translation';

interface LabelledEnumInputProps {
  name: string;
  label: string;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  labelAction?: React.ReactNode;
  error?: string;
  value: string | null | undefined;
  onChange: (event: { target: { name: string; type: string; value: unknown } }) => void;
  attribute: { enum?: string[]; options?: { labels?: string } };
}

/**
 * A state or kind of the pool (a member's status, a mailing's status, a consent record's type …)
 * shown by its label in the admin's language instead of its code; stored as the enumeration's
 * code as before. Labels: `labelled-enum.<options.labels>.<code>` in translations/*.json.
 */
const LabelledEnumInput = React.forwardRef<HTMLDivElement, LabelledEnumInputProps>(({ name, label, hint, required, disabled, labelAction, error, value, onChange, attribute }, ref) => {
  const { formatMessage } = useIntl();
  const group = attribute.options?.labels ?? name;
  const labelOf = (code: string) => formatMessage({ id: getTranslation(`labelled-enum.${group}.${code}`), defaultMessage: code });

  return (
    <Field.Root name={name} id={name} hint={hint} error={error} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <SingleSelect
        ref={ref}
        value={value ?? ''}
        onChange={(code: string | number) => onChange({ target: { name, type: 'enumeration', value: code === '' ? null : String(code) } })}
        placeholder={formatMessage({ id: getTranslation('labelled-enum.choose'), defaultMessage: 'Bitte wählen' })}
        disabled={disabled}
      >
        {(attribute.enum ?? []).map((code) => (
          <SingleSelectOption key={code} value={code}>
            {labelOf(code)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
});

export default LabelledEnumInput;
