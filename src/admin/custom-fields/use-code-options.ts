import { useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { CONFIGURED_CODE_LISTS_PATH, isConfigurableCodeList, readConfiguredCodeLists } from '../../domain/configured-code-lists';
import { codeOptions, type CodeOption } from '../../domain/custom-fields';

type ConfiguredLists = ReturnType<typeof readConfiguredCodeLists>;

/**
 * The last answer of this page's life, so that the next edit view starts with the city's list
 * instead of flashing the built-in one; every widget still asks again, as a restarted server may
 * have a new list.
 */
let lastAnswer: ConfiguredLists | null = null;

/**
 * The options of a code-list widget. A list the city configures (districts) comes from the server;
 * until it has answered, or when it fails, the built-in list stands in (the server checks every
 * save against the configured one anyway). `settled` is false only while a configurable list is
 * still being fetched for the first time, so codes are not called unknown before it is known.
 */
export function useCodeOptions(listName: string, locale: string): { options: CodeOption[]; settled: boolean } {
  const { get } = useFetchClient();
  const configurable = isConfigurableCodeList(listName);
  const [configured, setConfigured] = React.useState<ConfiguredLists | null>(() => lastAnswer);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    if (!configurable) return;
    let live = true;
    get<unknown>(CONFIGURED_CODE_LISTS_PATH)
      .then(({ data }) => {
        lastAnswer = readConfiguredCodeLists(data);
        if (live) setConfigured(lastAnswer);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [configurable, get]);

  const options = React.useMemo(() => codeOptions(listName, locale, configured ?? {}), [listName, locale, configured]);
  return { options, settled: !configurable || configured !== null || failed };
}
