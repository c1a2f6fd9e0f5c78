import { ChipMultiSelect, type ChipMultiSelectProps } from '@mitwirken/strapi-plugin-kit/admin';
import { useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { InterestsResponse } from '../api-types';
import { getTranslation } from '../utils/get-translation';

/** What the content manager hands the input: the chip select's field props. */
type InterestsInputProps = Omit<ChipMultiSelectProps, 'options' | 'settled' | 'texts'>;

/**
 * The interests of a mailing or a member, chosen by their labels from the configured list and shown
 * as chips with keyboard-reachable remove buttons (the kit's ChipMultiSelect). Stored as a JSON
 * array of codes; empty means "all".
 */
const InterestsInput = React.forwardRef<HTMLDivElement, InterestsInputProps>((props, ref) => {
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

  return (
    <ChipMultiSelect
      ref={ref}
      {...props}
      disabled={props.disabled || options === null}
      options={options ?? []}
      settled={options !== null}
      texts={{
        clear: formatMessage({ id: getTranslation('interests.clear'), defaultMessage: 'Auswahl leeren' }),
        placeholder: formatMessage({ id: getTranslation('interests.all'), defaultMessage: 'Alle Interessen' }),
        selected: (count) => formatMessage({ id: getTranslation('interests.selected'), defaultMessage: '{count} ausgewählt' }, { count }),
        remove: (option) => formatMessage({ id: getTranslation('interests.remove'), defaultMessage: '{option} entfernen' }, { option }),
        unknown: (codes) => formatMessage({ id: getTranslation('interests.unknown'), defaultMessage: 'Nicht (mehr) konfiguriert: {codes}' }, { codes: codes.join(', ') }),
      }}
    />
  );
});

export default InterestsInput;
