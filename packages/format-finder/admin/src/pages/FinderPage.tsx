import {
  Badge,
  type BadgeProps,
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  Grid,
  Main,
  MultiSelect,
  MultiSelectOption,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { type MessageDescriptor, useIntl } from 'react-intl';
import type { CriteriaResponse, CriterionInfo, CriterionOption, Match, MatchStatus, SearchRequest, SearchResponse } from '../api-types';
import { PERMISSIONS } from '../permissions';
import { errorMessage } from '@mitwirken/strapi-plugin-kit/admin';
import { getTranslation } from '../utils/get-translation';

/**
 * A page for editors to try the finder on their own data: pick criteria, mark musts, and read the
 * ranking with its reasons, facet counts and relaxation hints — the same answer the public gets.
 * The labels of the page follow the admin language; options and reasons come from the server in
 * the language chosen for the formats.
 */

const STATUS: Record<MatchStatus, MessageDescriptor & { variant: BadgeProps['variant'] }> = {
  matched: { id: getTranslation('status.matched'), defaultMessage: 'passt', variant: 'success' },
  partly: { id: getTranslation('status.partly'), defaultMessage: 'teilweise', variant: 'warning' },
  not_matched: { id: getTranslation('status.not_matched'), defaultMessage: 'passt nicht', variant: 'danger' },
  unknown: { id: getTranslation('status.unknown'), defaultMessage: 'keine Angabe', variant: 'neutral' },
};

const CRITERION: Record<string, MessageDescriptor> = {
  goals: { id: getTranslation('criterion.goals'), defaultMessage: 'Ziele' },
  level: { id: getTranslation('criterion.level'), defaultMessage: 'Beteiligungsstufe' },
  modes: { id: getTranslation('criterion.modes'), defaultMessage: 'Durchführungsart' },
  participants: { id: getTranslation('criterion.participants'), defaultMessage: 'Teilnehmende' },
  duration: { id: getTranslation('criterion.duration'), defaultMessage: 'Verfügbare Zeit' },
  budget: { id: getTranslation('criterion.budget'), defaultMessage: 'Budget' },
  leadTime: { id: getTranslation('criterion.leadTime'), defaultMessage: 'Vorlaufzeit' },
  targetGroups: { id: getTranslation('criterion.targetGroups'), defaultMessage: 'Zielgruppen' },
  conflict: { id: getTranslation('criterion.conflict'), defaultMessage: 'Konfliktlage' },
  phase: { id: getTranslation('criterion.phase'), defaultMessage: 'Projektphase' },
  accessibility: { id: getTranslation('criterion.accessibility'), defaultMessage: 'Zugänglichkeit' },
};

type Values = Record<string, string | string[] | number | undefined>;

const FinderPage = () => {
  const { get, post } = useFetchClient();
  const { formatMessage, formatNumber, formatList, locale: adminLocale } = useIntl();
  const [locale, setLocale] = React.useState('de');
  const [criteria, setCriteria] = React.useState<CriterionInfo[] | null>(null);
  const [values, setValues] = React.useState<Values>({});
  const [musts, setMusts] = React.useState<string[]>([]);
  const [answer, setAnswer] = React.useState<SearchResponse | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    let current = true;
    get<CriteriaResponse>(`/format-finder/criteria?locale=${encodeURIComponent(locale)}`)
      .then(({ data }) => {
        if (current) setCriteria(data.criteria);
      })
      .catch((failure: unknown) => {
        if (!current) return;
        setCriteria([]);
        setError(formatMessage({ id: getTranslation('error.criteria'), defaultMessage: 'Die Kriterien konnten nicht geladen werden: {message}' }, { message: errorMessage(failure) }));
      });
    return () => {
      current = false;
    };
  }, [get, locale, formatMessage]);

  const criterionLabel = (criterion: string) => (CRITERION[criterion] ? formatMessage(CRITERION[criterion]) : criterion);
  const selectClear = formatMessage({ id: getTranslation('select.clear'), defaultMessage: 'Auswahl leeren' });

  const search = async () => {
    setError(null);
    const body: SearchRequest = { locale, pageSize: 50 };
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') continue;
      body[key] = value;
    }
    const usedMusts = musts.filter((must) => body[must] !== undefined);
    if (usedMusts.length > 0) body.must = usedMusts;
    try {
      const { data } = await post<SearchResponse>('/format-finder/search', body);
      setAnswer(data);
    } catch (failure: unknown) {
      setError(formatMessage({ id: getTranslation('error.search'), defaultMessage: 'Die Suche ist fehlgeschlagen: {message}' }, { message: errorMessage(failure) }));
    }
  };

  const optionText = (criterion: string, option: CriterionOption) => {
    const count = answer?.meta.facets[criterion]?.[option.code];
    if (count === undefined) return option.label;
    return formatMessage({ id: getTranslation('option.withCount'), defaultMessage: '{label} ({count})' }, { label: option.label, count: formatNumber(count) });
  };

  const renderInput = (info: CriterionInfo) => {
    const label = criterionLabel(info.criterion);
    const set = (value: Values[string]) => setValues((current) => ({ ...current, [info.criterion]: value }));
    if (info.kind === 'number') {
      return (
        <Field.Root name={info.criterion}>
          <Field.Label>{label}</Field.Label>
          <NumberInput locale={adminLocale} value={values[info.criterion] as number | undefined} onValueChange={(value) => set(value)} />
        </Field.Root>
      );
    }
    if (info.kind === 'multiple') {
      return (
        <Field.Root name={info.criterion}>
          <Field.Label>{label}</Field.Label>
          <MultiSelect value={(values[info.criterion] as string[]) ?? []} onChange={(value: string[]) => set(value)} onClear={() => set([])} clearLabel={selectClear} withTags>
            {info.options.map((option) => (
              <MultiSelectOption key={option.code} value={option.code}>
                {optionText(info.criterion, option)}
              </MultiSelectOption>
            ))}
          </MultiSelect>
        </Field.Root>
      );
    }
    return (
      <Field.Root name={info.criterion}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect value={(values[info.criterion] as string) ?? ''} onChange={(value: string | number) => set(String(value))} onClear={() => set(undefined)} clearLabel={selectClear}>
          {info.options.map((option) => (
            <SingleSelectOption key={option.code} value={option.code}>
              {optionText(info.criterion, option)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    );
  };

  const renderMatches = (matches: Match[]) =>
    matches.length === 0 ? (
      <Typography textColor="neutral600">{formatMessage({ id: getTranslation('results.empty'), defaultMessage: 'Kein Format erfüllt diese Kriterien.' })}</Typography>
    ) : (
      <Table colCount={3} rowCount={matches.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{formatMessage({ id: getTranslation('table.score'), defaultMessage: 'Punkte' })}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{formatMessage({ id: getTranslation('table.format'), defaultMessage: 'Format' })}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{formatMessage({ id: getTranslation('table.reasons'), defaultMessage: 'Begründung' })}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {matches.map((match) => (
            <Tr key={match.documentId}>
              <Td>
                <Typography fontWeight="bold">{formatNumber(match.score)}</Typography>
              </Td>
              <Td>
                <Typography>{match.name}</Typography>
                {match.nearMiss ? (
                  <Box paddingTop={1}>
                    <Badge>
                      {formatMessage(
                        { id: getTranslation('match.nearMiss'), defaultMessage: 'knapp daneben: {criteria}' },
                        { criteria: formatList(match.failedMusts.map(criterionLabel), { type: 'conjunction' }) },
                      )}
                    </Badge>
                  </Box>
                ) : null}
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  {match.criteria.map((criterion) => {
                    const status = STATUS[criterion.status];
                    return (
                      <Typography key={criterion.criterion} variant="pi">
                        <Badge variant={status?.variant}>{status ? formatMessage(status) : criterion.status}</Badge>{' '}
                        {criterion.must ? `${formatMessage({ id: getTranslation('match.must'), defaultMessage: '(Muss)' })} ` : ''}
                        {criterion.reason}
                      </Typography>
                    );
                  })}
                  {(match.order ?? []).map((step) => (
                    <Typography key={`order-${step.step}`} variant="pi" textColor="neutral600">
                      {`${formatMessage({ id: getTranslation('match.order'), defaultMessage: 'Reihenfolge:' })} ${step.reason}`}
                    </Typography>
                  ))}
                </Flex>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    );

  return (
    <Main>
      <Layouts.Header
        title={formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Format-Finder' })}
        subtitle={formatMessage({ id: getTranslation('page.subtitle'), defaultMessage: 'Kriterien ausprobieren und prüfen, ob die Daten sinnvolle Empfehlungen ergeben.' })}
        primaryAction={<Button onClick={search}>{formatMessage({ id: getTranslation('search.button'), defaultMessage: 'Formate finden' })}</Button>}
      />
      <Layouts.Content>
        <Box
          background="neutral0"
          padding={6}
          shadow="tableShadow"
          hasRadius
          tag="section"
          aria-label={formatMessage({ id: getTranslation('search.form'), defaultMessage: 'Suchkriterien' })}
        >
          <Grid.Root gap={4}>
            <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
              <Field.Root name="locale">
                <Field.Label>{formatMessage({ id: getTranslation('locale.label'), defaultMessage: 'Sprache der Formate' })}</Field.Label>
                <SingleSelect value={locale} onChange={(value: string | number) => setLocale(String(value))}>
                  <SingleSelectOption value="de">{formatMessage({ id: getTranslation('locale.de'), defaultMessage: 'Deutsch' })}</SingleSelectOption>
                  <SingleSelectOption value="en">{formatMessage({ id: getTranslation('locale.en'), defaultMessage: 'Englisch' })}</SingleSelectOption>
                </SingleSelect>
              </Field.Root>
            </Grid.Item>
            {criteria === null ? (
              <Grid.Item col={9} s={12}>
                <Typography textColor="neutral600">{formatMessage({ id: getTranslation('criteria.loading'), defaultMessage: 'Kriterien werden geladen …' })}</Typography>
              </Grid.Item>
            ) : (
              criteria.map((info) => (
                <Grid.Item key={info.criterion} col={4} s={12} direction="column" alignItems="stretch">
                  {renderInput(info)}
                  <Box paddingTop={1}>
                    <Checkbox
                      checked={musts.includes(info.criterion)}
                      onCheckedChange={(checked: boolean) =>
                        setMusts((current) => (checked ? [...current, info.criterion] : current.filter((must) => must !== info.criterion)))
                      }
                    >
                      {formatMessage({ id: getTranslation('must.label'), defaultMessage: 'Muss erfüllt sein' })}
                    </Checkbox>
                  </Box>
                </Grid.Item>
              ))
            )}
          </Grid.Root>
        </Box>
        {error ? (
          <Box paddingTop={4}>
            <Typography textColor="danger600" role="alert">
              {error}
            </Typography>
          </Box>
        ) : null}
        {answer ? (
          <Box paddingTop={6}>
            <Typography variant="delta" tag="h2">
              {formatMessage(
                { id: getTranslation('results.total'), defaultMessage: '{total, plural, one {# passendes Format} other {# passende Formate}}' },
                { total: answer.meta.pagination.total },
              )}
            </Typography>
            {answer.meta.relaxation ? (
              <Box paddingTop={2} paddingBottom={4}>
                <Typography>
                  {[
                    formatMessage({ id: getTranslation('relaxation.intro'), defaultMessage: 'Zu wenige Formate erfüllen alle Muss-Kriterien.' }),
                    ...answer.meta.relaxation.suggestions.map((suggestion) =>
                      formatMessage(
                        { id: getTranslation('relaxation.suggestion'), defaultMessage: 'Ohne „{criterion}“ wären es {count}.' },
                        { criterion: criterionLabel(suggestion.drop), count: formatNumber(suggestion.count) },
                      ),
                    ),
                  ].join(' ')}
                </Typography>
              </Box>
            ) : null}
            <Box paddingTop={2}>{renderMatches(answer.data)}</Box>
            {answer.meta.relaxation && answer.meta.relaxation.nearMisses.length > 0 ? (
              <Box paddingTop={6}>
                <Typography variant="delta" tag="h2">
                  {formatMessage({ id: getTranslation('nearMisses.title'), defaultMessage: 'Knapp daneben' })}
                </Typography>
                <Box paddingTop={2}>{renderMatches(answer.meta.relaxation.nearMisses)}</Box>
              </Box>
            ) : null}
          </Box>
        ) : null}
      </Layouts.Content>
    </Main>
  );
};

/** The page as the menu opens it: only for admins with `plugin::format-finder.preview`. */
const ProtectedFinderPage = () => (
  <Page.Protect permissions={PERMISSIONS.preview}>
    <FinderPage />
  </Page.Protect>
);

export { FinderPage, ProtectedFinderPage };
export default ProtectedFinderPage;
