import { Badge, Box, Button, Flex, Link, Main, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { type MessageDescriptor, useIntl } from 'react-intl';
import type { OutboxResponse, OutboxStatus, ProcessOutboxResponse } from '../api-types';
import { AuditLog } from '../components/AuditLog';
import { ImportPanel } from '../components/ImportPanel';
import { DigestPanel } from '../components/DigestPanel';
import { usePoolPermissions } from '../hooks/use-pool-permissions';
import { PERMISSIONS } from '../permissions';
import { errorMessage } from '@mitwirken/strapi-plugin-kit/admin';
import { getTranslation } from '../utils/get-translation';
import { MailingsPanel } from './MailingsPanel';

/**
 * The pool at a glance for editors: export the confirmed list as CSV, send mailings, see the
 * recent mails with their state and links (without SMTP, this is where a newcomer finds the
 * confirmation link) and the activity log of exports and mailing starts. Subscribers, their
 * consent events and the mail texts are edited in the content manager. What a user sees follows
 * the plugin's permissions (permissions.ts).
 */

const OUTBOX_STATUS: Record<OutboxStatus, MessageDescriptor> = {
  pending: { id: getTranslation('outbox.status.pending'), defaultMessage: 'wartet' },
  held: { id: getTranslation('outbox.status.held'), defaultMessage: 'zurückgehalten (Rundmail pausiert)' },
  sending: { id: getTranslation('outbox.status.sending'), defaultMessage: 'wird gesendet' },
  sent: { id: getTranslation('outbox.status.sent'), defaultMessage: 'gesendet' },
  failed: { id: getTranslation('outbox.status.failed'), defaultMessage: 'fehlgeschlagen' },
  logged: { id: getTranslation('outbox.status.logged'), defaultMessage: 'nur protokolliert (kein SMTP)' },
  cancelled: { id: getTranslation('outbox.status.cancelled'), defaultMessage: 'verworfen' },
};

/** The last path segment of a link (`confirm`, `unsubscribe`, …), as its text. */
const linkText = (link: string) => {
  try {
    return new URL(link).pathname.split('/').pop() || link;
  } catch {
    return link;
  }
};

const PoolPage = () => {
  const { get, post } = useFetchClient();
  const { formatMessage, formatNumber } = useIntl();
  const { canExport, canSeeMailings, canSendMailings, canImport } = usePoolPermissions();
  const [outbox, setOutbox] = React.useState<OutboxResponse | null>(null);
  /** The outbox could not be loaded. */
  const [loadError, setLoadError] = React.useState<string | null>(null);
  /** An export or an outbox pass failed. */
  const [actionError, setActionError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [exporting, setExporting] = React.useState(false);
  const [processing, setProcessing] = React.useState(false);
  /** Bumped to make the activity log load again (after an export, a mailing start, a refresh). */
  const [auditKey, setAuditKey] = React.useState(0);
  const refreshAudit = React.useCallback(() => setAuditKey((key) => key + 1), []);

  const statusText = (status: string) => (status in OUTBOX_STATUS ? formatMessage(OUTBOX_STATUS[status as OutboxStatus]) : status);

  const loadOutbox = React.useCallback(() => {
    get<OutboxResponse>('/double-opt-in/outbox?limit=50')
      .then(({ data }) => {
        setOutbox(data);
        setLoadError(null);
      })
      .catch((failure: unknown) =>
        setLoadError(formatMessage({ id: getTranslation('outbox.error'), defaultMessage: 'Der Postausgang konnte nicht geladen werden: {message}' }, { message: errorMessage(failure) })),
      );
  }, [get, formatMessage]);

  React.useEffect(() => {
    loadOutbox();
  }, [loadOutbox]);

  const refresh = () => {
    loadOutbox();
    refreshAudit();
  };

  const exportCsv = async () => {
    setExporting(true);
    setActionError(null);
    try {
      const { data } = await get('/double-opt-in/export.csv', { responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `subscribers-${new Date().toISOString().slice(0, 10)}.csv`;
      anchor.click();
      URL.revokeObjectURL(url);
    } catch (failure: unknown) {
      setActionError(formatMessage({ id: getTranslation('export.error'), defaultMessage: 'Der Export ist fehlgeschlagen: {message}' }, { message: errorMessage(failure) }));
    } finally {
      setExporting(false);
      refreshAudit();
    }
  };

  const processOutbox = async () => {
    setProcessing(true);
    setActionError(null);
    try {
      const { data } = await post<ProcessOutboxResponse>('/double-opt-in/outbox/process', {});
      setNotice(
        formatMessage(
          {
            id: getTranslation('outbox.process.done'),
            defaultMessage: 'Postausgang abgearbeitet: {sent} gesendet, {logged} nur protokolliert, {retried} später erneut, {failed} fehlgeschlagen.',
          },
          { sent: formatNumber(data.sent), logged: formatNumber(data.logged), retried: formatNumber(data.retried), failed: formatNumber(data.failed) },
        ),
      );
    } catch (failure: unknown) {
      setNotice(null);
      setActionError(formatMessage({ id: getTranslation('outbox.process.error'), defaultMessage: 'Der Postausgang konnte nicht abgearbeitet werden: {message}' }, { message: errorMessage(failure) }));
    } finally {
      setProcessing(false);
      loadOutbox();
    }
  };

  return (
    <Main>
      <Layouts.Header
        title={formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Mailing list' })}
        subtitle={formatMessage({ id: getTranslation('page.subtitle'), defaultMessage: 'Bestätigte Mitglieder exportieren und den Postausgang prüfen.' })}
        primaryAction={
          canExport ? (
            <Button onClick={exportCsv} loading={exporting}>
              {formatMessage({ id: getTranslation('export.button'), defaultMessage: 'Bestätigte als CSV exportieren' })}
            </Button>
          ) : undefined
        }
        secondaryAction={
          <Button variant="tertiary" onClick={refresh}>
            {formatMessage({ id: getTranslation('page.refresh'), defaultMessage: 'Aktualisieren' })}
          </Button>
        }
      />
      <Layouts.Content>
        {[actionError, loadError].filter(Boolean).map((text) => (
          <Box key={text} paddingBottom={4}>
            <Typography textColor="danger600" role="alert">
              {text}
            </Typography>
          </Box>
        ))}
        {canSeeMailings ? (
          <Box paddingBottom={6}>
            <DigestPanel />
          </Box>
        ) : null}
        {canSeeMailings ? (
          <Box paddingBottom={6}>
            <MailingsPanel canSend={canSendMailings} onStarted={refreshAudit} />
          </Box>
        ) : null}
        <Box background="neutral0" padding={6} marginBottom={6} shadow="tableShadow" hasRadius tag="section" aria-labelledby="double-opt-in-outbox-title">
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex justifyContent="space-between" alignItems="center" gap={4} wrap="wrap">
              <Typography variant="delta" tag="h2" id="double-opt-in-outbox-title">
                {formatMessage({ id: getTranslation('outbox.title'), defaultMessage: 'Postausgang' })}
              </Typography>
              {canSendMailings ? (
                <Button variant="secondary" onClick={processOutbox} loading={processing}>
                  {formatMessage({ id: getTranslation('outbox.process.button'), defaultMessage: 'Postausgang jetzt abarbeiten' })}
                </Button>
              ) : null}
            </Flex>
            {notice ? <Typography role="status">{notice}</Typography> : null}
            {outbox ? (
              <>
                {Object.keys(outbox.counts).length > 0 ? (
                  <Flex gap={2} wrap="wrap" role="list" aria-label={formatMessage({ id: getTranslation('outbox.counts'), defaultMessage: 'Anzahl nach Status' })}>
                    {Object.entries(outbox.counts).map(([status, count]) => (
                      <Badge key={status} role="listitem">
                        {formatMessage({ id: getTranslation('outbox.count'), defaultMessage: '{status}: {count}' }, { status: statusText(status), count: formatNumber(count ?? 0) })}
                      </Badge>
                    ))}
                  </Flex>
                ) : null}
                {outbox.messages.length === 0 ? (
                  <Typography textColor="neutral600">{formatMessage({ id: getTranslation('outbox.empty'), defaultMessage: 'Der Postausgang ist leer.' })}</Typography>
                ) : (
                  <Table colCount={4} rowCount={outbox.messages.length + 1}>
                    <Thead>
                      <Tr>
                        <Th>
                          <Typography variant="sigma">{formatMessage({ id: getTranslation('outbox.table.status'), defaultMessage: 'Status' })}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{formatMessage({ id: getTranslation('outbox.table.recipient'), defaultMessage: 'An' })}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{formatMessage({ id: getTranslation('outbox.table.subject'), defaultMessage: 'Betreff' })}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{formatMessage({ id: getTranslation('outbox.table.links'), defaultMessage: 'Links' })}</Typography>
                        </Th>
                      </Tr>
                    </Thead>
                    <Tbody>
                      {outbox.messages.map((message) => (
                        <Tr key={message.id}>
                          <Td>
                            <Typography>{statusText(message.status)}</Typography>
                            {message.lastError ? (
                              <Typography variant="pi" textColor="danger600">
                                {message.lastError}
                              </Typography>
                            ) : null}
                          </Td>
                          <Td>
                            <Typography>{message.recipient}</Typography>
                          </Td>
                          <Td>
                            <Typography>{message.subject}</Typography>
                          </Td>
                          <Td>
                            <Flex direction="column" alignItems="flex-start" gap={1}>
                              {message.links.map((link) => (
                                <Link key={link} href={link} isExternal>
                                  {linkText(link)}
                                </Link>
                              ))}
                            </Flex>
                          </Td>
                        </Tr>
                      ))}
                    </Tbody>
                  </Table>
                )}
              </>
            ) : loadError ? null : (
              <Typography textColor="neutral600">{formatMessage({ id: getTranslation('page.loading'), defaultMessage: 'Lädt …' })}</Typography>
            )}
          </Flex>
        </Box>
        {canImport ? <ImportPanel onImported={refreshAudit} /> : null}
        <AuditLog refreshKey={auditKey} />
      </Layouts.Content>
    </Main>
  );
};

/** The page as the menu opens it: only for admins with `plugin::double-opt-in.pool.read`. */
const ProtectedPoolPage = () => (
  <Page.Protect permissions={PERMISSIONS.readPool}>
    <PoolPage />
  </Page.Protect>
);

export { PoolPage, ProtectedPoolPage };
export default ProtectedPoolPage;
