import {
  Badge,
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
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';

/**
 * A page for editors to try the finder on their own data: pick criteria, mark musts, and read the
 * ranking with its reasons, facet counts and relaxation hints — the same answer the public gets.
 */

interface CriterionOption {
  code: string;
  label: string;
}
interface CriterionInfo {
  criterion: string;
  kind: 'single' | 'multiple' | 'number';
  options: CriterionOption[];
}
interface Match {
  documentId: string;
  name: string;
  score: number;
  nearMiss: boolean;
  failedMusts: string[];
  criteria: Array<{ criterion: string; status: string; must: boolean; reason: string }>;
}
interface Answer {
  data: Match[];
  meta: {
    pagination: { total: number };
    facets: Record<string, Record<string, number>>;
    relaxation: null | { suggestions: Array<{ drop: string; count: number }>; nearMisses: Match[] };
  };
}

const STATUS_VARIANT: Record<string, { label: string; color: string }> = {
  matched: { label: 'passt', color: 'success' },
  partly: { label: 'teilweise', color: 'warning' },
  not_matched: { label: 'passt nicht', color: 'danger' },
  unknown: { label: 'keine Angabe', color: 'neutral' },
};

const CRITERION_LABEL: Record<string, string> = {
  goals: 'Ziele',
  level: 'Beteiligungsstufe',
  modes: 'Durchführungsart',
  participants: 'Teilnehmende',
  duration: 'Verfügbare Zeit',
  budget: 'Budget',
  leadTime: 'Vorlaufzeit',
  targetGroups: 'Zielgruppen',
  conflict: 'Konfliktlage',
  phase: 'Projektphase',
  accessibility: 'Zugänglichkeit',
};

type Values = Record<string, string | string[] | number | undefined>;

const FinderPage = () => {
  const { get, post } = useFetchClient();
  const [locale, setLocale] = React.useState('de');
  const [criteria, setCriteria] = React.useState<CriterionInfo[]>([]);
  const [values, setValues] = React.useState<Values>({});
  const [musts, setMusts] = React.useState<string[]>([]);
  const [answer, setAnswer] = React.useState<Answer | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    get(`/format-finder/criteria?locale=${locale}`).then(({ data }: { data: { criteria: CriterionInfo[] } }) => setCriteria(data.criteria));
  }, [locale]);

  const search = async () => {
    setError(null);
    const body: Record<string, unknown> = { locale, pageSize: 50 };
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') continue;
      body[key] = value;
    }
    const usedMusts = musts.filter((must) => body[must] !== undefined);
    if (usedMusts.length > 0) body.must = usedMusts;
    try {
      const { data } = await post('/format-finder/search', body);
      setAnswer(data as Answer);
    } catch (failure: any) {
      setError(failure?.response?.data?.error?.message ?? String(failure));
    }
  };

  const facetCount = (criterion: string, code: string) => answer?.meta.facets[criterion]?.[code];
  const optionText = (criterion: string, option: CriterionOption) => {
    const count = facetCount(criterion, option.code);
    return count === undefined ? option.label : `${option.label} (${count})`;
  };

  const renderInput = (info: CriterionInfo) => {
    const label = CRITERION_LABEL[info.criterion] ?? info.criterion;
    const set = (value: Values[string]) => setValues((current) => ({ ...current, [info.criterion]: value }));
    if (info.kind === 'number') {
      return (
        <Field.Root name={info.criterion}>
          <Field.Label>{label}</Field.Label>
          <NumberInput value={values[info.criterion] as number | undefined} onValueChange={(value) => set(value)} />
        </Field.Root>
      );
    }
    if (info.kind === 'multiple') {
      return (
        <Field.Root name={info.criterion}>
          <Field.Label>{label}</Field.Label>
          <MultiSelect value={(values[info.criterion] as string[]) ?? []} onChange={(value: string[]) => set(value)} onClear={() => set([])} withTags>
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
        <SingleSelect value={(values[info.criterion] as string) ?? ''} onChange={(value: string | number) => set(String(value))} onClear={() => set(undefined)}>
          {info.options.map((option) => (
            <SingleSelectOption key={option.code} value={option.code}>
              {optionText(info.criterion, option)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    );
  };

  const renderMatches = (matches: Match[]) => (
    <Table colCount={3} rowCount={matches.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">Punkte</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Format</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Begründung</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {matches.map((match) => (
          <Tr key={match.documentId}>
            <Td>
              <Typography fontWeight="bold">{match.score}</Typography>
            </Td>
            <Td>
              <Typography>{match.name}</Typography>
              {match.nearMiss ? (
                <Box paddingTop={1}>
                  <Badge>knapp daneben: {match.failedMusts.map((must) => CRITERION_LABEL[must] ?? must).join(', ')}</Badge>
                </Box>
              ) : null}
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                {match.criteria.map((criterion) => (
                  <Typography key={criterion.criterion} variant="pi">
                    <Badge>{STATUS_VARIANT[criterion.status]?.label ?? criterion.status}</Badge> {criterion.must ? '(Muss) ' : ''}
                    {criterion.reason}
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
        title="Format-Finder"
        subtitle="Kriterien ausprobieren und prüfen, ob die Daten sinnvolle Empfehlungen ergeben."
        primaryAction={<Button onClick={search}>Formate finden</Button>}
      />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
          <Grid.Root gap={4}>
            <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
              <Field.Root name="locale">
                <Field.Label>Sprache</Field.Label>
                <SingleSelect value={locale} onChange={(value: string | number) => setLocale(String(value))}>
                  <SingleSelectOption value="de">Deutsch</SingleSelectOption>
                  <SingleSelectOption value="en">English</SingleSelectOption>
                </SingleSelect>
              </Field.Root>
            </Grid.Item>
            {criteria.map((info) => (
              <Grid.Item key={info.criterion} col={4} s={12} direction="column" alignItems="stretch">
                {renderInput(info)}
                <Box paddingTop={1}>
                  <Checkbox
                    checked={musts.includes(info.criterion)}
                    onCheckedChange={(checked: boolean) =>
                      setMusts((current) => (checked ? [...current, info.criterion] : current.filter((must) => must !== info.criterion)))
                    }
                  >
                    Muss erfüllt sein
                  </Checkbox>
                </Box>
              </Grid.Item>
            ))}
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
              {answer.meta.pagination.total} passende Formate
            </Typography>
            {answer.meta.relaxation ? (
              <Box paddingTop={2} paddingBottom={4}>
                <Typography>
                  Zu wenige Formate erfüllen alle Muss-Kriterien. Ohne{' '}
                  {answer.meta.relaxation.suggestions
                    .map((suggestion) => `„${CRITERION_LABEL[suggestion.drop] ?? suggestion.drop}“ wären es ${suggestion.count}`)
                    .join(', ohne ')}
                  .
                </Typography>
              </Box>
            ) : null}
            <Box paddingTop={2}>{renderMatches(answer.data)}</Box>
            {answer.meta.relaxation && answer.meta.relaxation.nearMisses.length > 0 ? (
              <Box paddingTop={6}>
                <Typography variant="delta" tag="h2">
                  Knapp daneben
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

export { FinderPage };
export default FinderPage;
