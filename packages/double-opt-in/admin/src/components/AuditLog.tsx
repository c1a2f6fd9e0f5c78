import { Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { AuditEntry, AuditResponse } from '../api-types';
import { errorMessage } from '@mitwirken/strapi-plugin-kit/admin';
import { getTranslation } from '../utils/get-translation';

/**
 * The activity log of the pool page: each export of the member list and each start of a mailing,
 * with who, when and how many rows, newest first. When the log cannot be loaded (a server without
 * the audit route answers 404), only this section says so; the rest of the page goes on working.
 */

type Failure = { kind: 'unavailable' } | { kind: 'error'; message: string };

/** A 404, or an answer that is not JSON (what a server without the route sends), means no log on this server. */
const isMissingRoute = (failure: unknown) => (isFetchError(failure) && failure.status === 404) || (failure instanceof Error && failure.name === 'SyntaxError');

const byNewest = (left: AuditEntry, right: AuditEntry) => Date.parse(right.occurredAt) - Date.parse(left.occurredAt) || right.id - left.id;

export const AuditLog = ({ refreshKey }: { refreshKey: number }) => {
  const { get } = useFetchClient();
  const { formatMessage, formatDate, formatNumber } = useIntl();
  const [entries, setEntries] = React.useState<AuditEntry[] | null>(null);
  const [failure, setFailure] = React.useState<Failure | null>(null);

  React.useEffect(() => {
    let current = true;
    get<AuditResponse>('/double-opt-in/audit?limit=50')
      .then(({ data }) => {
        if (!current) return;
        setEntries([...(data.entries ?? [])].sort(byNewest));
        setFailure(null);
      })
      .catch((error: unknown) => {
        if (!current) return;
        setFailure(isMissingRoute(error) ? { kind: 'unavailable' } : { kind: 'error', message: errorMessage(error) });
      });
    return () => {
      current = false;
    };
  }, [get, refreshKey]);

  const what = (entry: AuditEntry) => {
    if (entry.action === 'export') {
      return entry.subject
        ? formatMessage({ id: getTranslation('audit.action.exportLanguage'), defaultMessage: 'CSV-Export der Bestätigten (Sprache {language})' }, { language: entry.subject.toUpperCase() })
        : formatMessage({ id: getTranslation('audit.action.export'), defaultMessage: 'CSV-Export der Bestätigten' });
    }
    if (entry.action === 'mailing-start') {
      return entry.subject
        ? formatMessage({ id: getTranslation('audit.action.mailingStart'), defaultMessage: 'Rundmail „{title}“ gestartet' }, { title: entry.subject })
        : formatMessage({ id: getTranslation('audit.action.mailingStartUntitled'), defaultMessage: 'Rundmail gestartet' });
    }
    if (entry.action === 'import' && entry.subject) {
      try {
        const counts = JSON.parse(entry.subject) as { file: string | null; imported: number; unchanged: number; noProof: number; refused: number };
        return formatMessage(
          { id: getTranslation('audit.action.import'), defaultMessage: 'Liste importiert ({file}): {imported} bestätigt, {noProof} ohne Nachweis, {unchanged} unverändert, {refused} abgelehnt' },
          { file: counts.file ?? 'CSV', imported: formatNumber(counts.imported), noProof: formatNumber(counts.noProof), unchanged: formatNumber(counts.unchanged), refused: formatNumber(counts.refused) },
        );
      } catch {
        // An entry written otherwise: shown as it is below.
      }
    }
    return entry.subject ? `${entry.action}: ${entry.subject}` : entry.action;
  };

  const who = (entry: AuditEntry) => {
    if (entry.actorName) return entry.actorName;
    return entry.action === 'mailing-start'
      ? formatMessage({ id: getTranslation('audit.actor.schedule'), defaultMessage: 'Zeitplan' })
      : formatMessage({ id: getTranslation('audit.actor.unknown'), defaultMessage: 'unbekannt' });
  };

  const renderBody = () => {
    if (failure) {
      return (
        <Typography variant="pi" textColor="neutral600" role="status">
          {failure.kind === 'unavailable'
            ? formatMessage({ id: getTranslation('audit.unavailable'), defaultMessage: 'Das Protokoll ist auf diesem Server noch nicht verfügbar.' })
            : formatMessage({ id: getTranslation('audit.error'), defaultMessage: 'Das Protokoll konnte nicht geladen werden: {message}' }, { message: failure.message })}
        </Typography>
      );
    }
    if (entries === null) {
      return <Typography textColor="neutral600">{formatMessage({ id: getTranslation('page.loading'), defaultMessage: 'Lädt …' })}</Typography>;
    }
    if (entries.length === 0) {
      return <Typography textColor="neutral600">{formatMessage({ id: getTranslation('audit.empty'), defaultMessage: 'Noch keine Einträge.' })}</Typography>;
    }
    return (
      <Table colCount={4} rowCount={entries.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{formatMessage({ id: getTranslation('audit.table.when'), defaultMessage: 'Wann' })}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{formatMessage({ id: getTranslation('audit.table.who'), defaultMessage: 'Wer' })}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{formatMessage({ id: getTranslation('audit.table.what'), defaultMessage: 'Was' })}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{formatMessage({ id: getTranslation('audit.table.rows'), defaultMessage: 'Zeilen' })}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {entries.map((entry) => (
            <Tr key={entry.id}>
              <Td>
                <Typography>
                  <time dateTime={entry.occurredAt}>{formatDate(entry.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                </Typography>
              </Td>
              <Td>
                <Typography>{who(entry)}</Typography>
              </Td>
              <Td>
                <Typography>{what(entry)}</Typography>
              </Td>
              <Td>
                <Typography>{entry.rowCount === null || entry.rowCount === undefined ? '–' : formatNumber(entry.rowCount)}</Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    );
  };

  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius tag="section" aria-labelledby="double-opt-in-audit-title">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="delta" tag="h2" id="double-opt-in-audit-title">
            {formatMessage({ id: getTranslation('audit.title'), defaultMessage: 'Protokoll' })}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('audit.description'), defaultMessage: 'Wer wann die Liste der Mitglieder exportiert oder eine Rundmail gestartet hat, die neuesten zuerst.' })}
          </Typography>
        </Flex>
        {renderBody()}
      </Flex>
    </Box>
  );
};
