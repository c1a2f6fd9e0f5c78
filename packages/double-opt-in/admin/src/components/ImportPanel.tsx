import { Badge, Box, Button, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { ImportResponse, ImportResultRow, RefusalCode, UnverifiedEntry, UnverifiedResponse } from '../api-types';
import { errorMessage } from '@mitwirken/strapi-plugin-kit/admin';
import { getTranslation } from '../utils/get-translation';

/**
 * The import of the list the office kept before (permission `pool.import`): choose a CSV file,
 * check it in a dry run (what would happen to each row), import it; then decide on each entry
 * held without proof. The server does the reading and deciding (services/pool-import.ts).
 */

const OUTCOMES = ['refused', 'import', 'no-proof', 'unchanged'] as const;

const REFUSALS: Record<RefusalCode, string> = {
  'invalid-email': 'ungültige E-Mail-Adresse {detail}',
  'duplicate-in-file': 'doppelt in der Datei (wie Zeile {detail})',
  'already-in-list': 'schon in der Liste (Status: {detail})',
  'missing-first-name': 'Vorname fehlt',
  'missing-last-name': 'Nachname fehlt',
  'invalid-name': 'Name zu lang oder mehrzeilig ({detail})',
  'name-with-link': 'Name enthält eine Internet- oder E-Mail-Adresse ({detail})',
  'unknown-language': 'unbekannte Sprache „{detail}“',
  'unknown-interest': 'unbekannte Interessen: {detail}',
  'date-unparsable': 'kein Datum: „{detail}“ (TT.MM.JJJJ)',
  'date-in-future': 'Datum liegt in der Zukunft: {detail}',
  'evidence-incomplete': 'Nachweis unvollständig: Datum und Referenz gehören zusammen',
  'evidence-too-long': 'Referenz zu lang oder mehrzeilig',
  'wrong-cell-count': 'zu viele Spalten ({detail}); Werte mit Trennzeichen in Anführungszeichen setzen',
};

export const ImportPanel = ({ onImported }: { onImported: () => void }) => {
  const { get, post, del } = useFetchClient();
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [file, setFile] = React.useState<File | null>(null);
  const [result, setResult] = React.useState<ImportResponse | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [unverified, setUnverified] = React.useState<UnverifiedResponse | null>(null);
  const [evidence, setEvidence] = React.useState<Record<string, { consentDate: string; evidence: string }>>({});
  const [notice, setNotice] = React.useState<string | null>(null);

  const loadUnverified = React.useCallback(() => {
    get<UnverifiedResponse>('/double-opt-in/import/unverified')
      .then(({ data }) => setUnverified(data))
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, [get]);
  React.useEffect(() => loadUnverified(), [loadUnverified]);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const form = new FormData();
      form.append('file', file);
      const { data } = await post<ImportResponse>(`/double-opt-in/import?dryRun=${dryRun}`, form);
      setResult(data);
      if (!dryRun) {
        onImported();
        loadUnverified();
      }
    } catch (failure: unknown) {
      setError(t('import.error', 'Der Import ist fehlgeschlagen, nichts wurde übernommen: {message}', { message: errorMessage(failure) }));
    } finally {
      setBusy(false);
    }
  };

  const decide = async (entry: UnverifiedEntry, action: 'confirm' | 'opt-in-request' | 'delete') => {
    setError(null);
    try {
      const path = `/double-opt-in/import/unverified/${entry.documentId}`;
      if (action === 'delete') await del(path);
      else await post(`${path}/${action}`, action === 'confirm' ? (evidence[entry.documentId] ?? { consentDate: '', evidence: '' }) : {});
      setNotice(t(`import.unverified.done.${action}`, action === 'confirm' ? '{email} ist jetzt bestätigt.' : action === 'delete' ? '{email} wurde gelöscht.' : 'Die Bitte um Bestätigung an {email} ist im Postausgang.', { email: entry.email }));
      loadUnverified();
    } catch (failure: unknown) {
      setError(t('import.unverified.error', 'Die Entscheidung für {email} ist fehlgeschlagen: {message}', { email: entry.email, message: errorMessage(failure) }));
    }
  };

  const outcomeText = (outcome: ImportResultRow['outcome']) =>
    ({
      import: t('import.outcome.import', 'wird bestätigt (mit Nachweis)'),
      'no-proof': t('import.outcome.no-proof', 'ohne Nachweis: zurückgehalten'),
      unchanged: t('import.outcome.unchanged', 'unverändert (schon importiert)'),
      refused: t('import.outcome.refused', 'abgelehnt'),
    })[outcome];
  const reasonText = (reason: ImportResultRow['reasons'][number]) => t(`import.refusal.${reason.code}`, REFUSALS[reason.code] ?? reason.message, { detail: reason.detail ?? '' });
  const rows = result ? [...result.rows].sort((a, b) => OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome) || a.line - b.line) : [];

  return (
    <Box background="neutral0" padding={6} marginBottom={6} shadow="tableShadow" hasRadius tag="section" aria-labelledby="double-opt-in-import-title">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2" id="double-opt-in-import-title">
          {t('import.title', 'Bestehende Liste importieren')}
        </Typography>
        <Typography variant="pi">
          {t('import.hint', 'CSV-Datei (UTF-8 oder Excel „CSV (Trennzeichen-getrennt)“) mit den Spalten Vorname, Nachname, E-Mail, Sprache, Interessen, Einwilligung vom, Nachweis. Erst prüfen, dann importieren; Zeilen ohne Nachweis erhalten keine Mail.')}
        </Typography>
        <Flex gap={2} wrap="wrap" alignItems="center">
          <label htmlFor="double-opt-in-import-file">
            <Typography variant="omega">{t('import.file', 'CSV-Datei')}</Typography>
          </label>
          <input
            id="double-opt-in-import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
              setFile(event.target.files?.[0] ?? null);
              setResult(null);
            }}
          />
          <Button variant="secondary" disabled={!file} loading={busy} onClick={() => send(true)}>
            {t('import.dryRun', 'Prüfen (Probelauf)')}
          </Button>
          <Button disabled={!file || !result?.dryRun} loading={busy} onClick={() => send(false)}>
            {t('import.run', 'Importieren')}
          </Button>
        </Flex>
        {error ? (
          <Typography textColor="danger600" role="alert">
            {error}
          </Typography>
        ) : null}
        {notice ? <Typography role="status">{notice}</Typography> : null}
        {result ? (
          <>
            <Typography role="status">
              {t(result.dryRun ? 'import.summary.dryRun' : 'import.summary.done', result.dryRun ? 'Probelauf: {imported} würden bestätigt, {noProof} ohne Nachweis zurückgehalten, {unchanged} unverändert, {refused} abgelehnt.' : 'Importiert: {imported} bestätigt, {noProof} ohne Nachweis zurückgehalten, {unchanged} unverändert, {refused} abgelehnt.', {
                imported: formatNumber(result.counts.imported),
                noProof: formatNumber(result.counts.noProof),
                unchanged: formatNumber(result.counts.unchanged),
                refused: formatNumber(result.counts.refused),
              })}
            </Typography>
            <Table colCount={4} rowCount={rows.length + 1}>
              <Thead>
                <Tr>
                  {[t('import.table.line', 'Zeile'), t('import.table.person', 'Person'), t('import.table.outcome', 'Ergebnis'), t('import.table.reasons', 'Gründe / Nachweis')].map((label) => (
                    <Th key={label}>
                      <Typography variant="sigma">{label}</Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((row) => (
                  <Tr key={row.line}>
                    <Td>
                      <Typography>{row.line}</Typography>
                    </Td>
                    <Td>
                      <Typography>{[row.firstName, row.lastName].filter(Boolean).join(' ')}</Typography>
                      <Typography variant="pi" textColor="neutral600">
                        {row.email}
                      </Typography>
                    </Td>
                    <Td>
                      <Badge>{outcomeText(row.outcome)}</Badge>
                    </Td>
                    <Td>
                      <Typography>{row.outcome === 'refused' ? row.reasons.map(reasonText).join('; ') : row.evidence ? `${row.evidence.date} ${row.evidence.reference}` : ''}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </>
        ) : null}

        <Typography variant="delta" tag="h3">
          {t('import.unverified.title', 'Einträge ohne Nachweis ({count})', { count: formatNumber(unverified?.total ?? 0) })}
        </Typography>
        {unverified && unverified.entries.length === 0 ? <Typography textColor="neutral600">{t('import.unverified.empty', 'Keine Einträge ohne Nachweis.')}</Typography> : null}
        {unverified?.entries.map((entry) => (
          <Flex key={entry.documentId} gap={2} wrap="wrap" alignItems="center">
            <Box minWidth="16rem">
              <Typography>
                {entry.firstName} {entry.lastName}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {entry.email}
              </Typography>
            </Box>
            <TextInput
              aria-label={t('import.unverified.date', 'Datum der Mail ({email})', { email: entry.email })}
              placeholder={t('import.unverified.datePlaceholder', 'TT.MM.JJJJ')}
              value={evidence[entry.documentId]?.consentDate ?? ''}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setEvidence((all) => ({ ...all, [entry.documentId]: { evidence: all[entry.documentId]?.evidence ?? '', consentDate: event.target.value } }))}
            />
            <TextInput
              aria-label={t('import.unverified.reference', 'Nachweis, z. B. Betreff oder Aktenzeichen ({email})', { email: entry.email })}
              placeholder={t('import.unverified.referencePlaceholder', 'Betreff oder Aktenzeichen')}
              value={evidence[entry.documentId]?.evidence ?? ''}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setEvidence((all) => ({ ...all, [entry.documentId]: { consentDate: all[entry.documentId]?.consentDate ?? '', evidence: event.target.value } }))}
            />
            <Button variant="secondary" onClick={() => decide(entry, 'confirm')}>
              {t('import.unverified.confirm', 'Mit Nachweis bestätigen')}
            </Button>
            <Button variant="tertiary" onClick={() => decide(entry, 'opt-in-request')}>
              {t('import.unverified.optIn', 'Um Bestätigung bitten (Mail)')}
            </Button>
            <Button variant="danger-light" onClick={() => decide(entry, 'delete')}>
              {t('import.unverified.delete', 'Löschen')}
            </Button>
          </Flex>
        ))}
      </Flex>
    </Box>
  );
};
