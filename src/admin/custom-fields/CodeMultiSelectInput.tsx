import { ChipMultiSelect } from '@mitwirken/strapi-plugin-kit/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { CustomFieldInputProps } from './field-props';
import { useCodeOptions } from './use-code-options';

/**
 * Several codes of one code list, chosen by their labels (the kit's ChipMultiSelect, which the pool
 * plugin's interests use too). The choice is shown below the select as chips whose remove buttons
 * are reachable by keyboard. Stored, as before, as a JSON array of codes in the code list's order;
 * codes no longer in the list stay visible, so saving does not drop them silently.
 */
const CodeMultiSelectInput = React.forwardRef<HTMLDivElement, CustomFieldInputProps<unknown>>(({ placeholder, attribute, label, ...props }, ref) => {
  const { formatMessage, locale } = useIntl();
  const { options, settled } = useCodeOptions(attribute.options?.codeList ?? '', locale);
  return (
    <ChipMultiSelect
      ref={ref}
      {...props}
      label={label}
      options={options}
      settled={settled}
      texts={{
        clear: formatMessage({ id: 'mitwirken.code-list.clear', defaultMessage: 'Auswahl leeren' }),
        placeholder: placeholder || formatMessage({ id: 'mitwirken.code-list.choose', defaultMessage: 'Bitte wählen' }),
        selected: (count) => formatMessage({ id: 'mitwirken.code-list.selected', defaultMessage: '{count, plural, one {# ausgewählt} other {# ausgewählt}}' }, { count }),
        remove: (option) => formatMessage({ id: 'mitwirken.code-list.remove', defaultMessage: '{option} entfernen' }, { option }),
        unknown: (codes) => formatMessage({ id: 'mitwirken.code-list.unknown', defaultMessage: 'Nicht in der Liste: {codes}' }, { codes: codes.join(', ') }),
        chosen: formatMessage({ id: 'mitwirken.code-list.chosen', defaultMessage: 'Ausgewählt: {label}' }, { label }),
      }}
    />
  );
});

export default CodeMultiSelectInput;
