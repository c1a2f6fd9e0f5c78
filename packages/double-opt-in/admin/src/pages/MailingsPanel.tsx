import { Badge, type BadgeProps, Box, Button, type ButtonProps, Dialog, Flex, ProgressBar, TextInput, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { type MessageDescriptor, useIntl } from 'react-intl';
import type { MailingAction, MailingItem, MailingPreviewResponse, MailingsResponse, MailingStatus } from '../api-types';
import { errorMessage } from '@mitwirken/strapi-plugin-kit/admin';
import { getTranslation } from '../utils/get-translation';

/**
 * Mailings with live progress and the actions editors need: preview (with `mailings.write`, which
 * showing this panel at all needs), and test, start, pause, resume, cancel (with `mailings.send`).
 */

const STATUS: Record<MailingStatus, MessageDescriptor & { variant: BadgeProps['variant'] }> = {
  draft: { id: getTranslation('mailings.status.draft'), defaultMessage: 'Entwurf', variant: 'neutral' },
  scheduled: { id: getTranslation('mailings.status.scheduled'), defaultMessage: 'geplant', variant: 'secondary' },
  sending: { id: getTranslation('mailings.status.sending'), defaultMessage: 'wird versandt', variant: 'primary' },
  paused: { id: getTranslation('mailings.status.paused'), defaultMessage: 'pausiert', variant: 'warning' },
  sent: { id: getTranslation('mailings.status.sent'), defaultMessage: 'versandt', variant: 'success' },
  // Finished without SMTP: every mail is in the outbox and the log, none left the instance.
  kept: { id: getTranslation('mailings.status.kept'), defaultMessage: 'nur behalten, nicht versandt', variant: 'warning' },
  cancelled: { id: getTranslation('mailings.status.cancelled'), defaultMessage: 'abgebrochen', variant: 'danger' },
};

const ACTION_LABEL = {
  start: { id: getTranslation('mailings.action.start'), defaultMessage: 'Jetzt senden' },
  discard: { id: getTranslation('mailings.action.discard'), defaultMessage: 'Verwerfen' },
  cancel: { id: getTranslation('mailings.action.cancel'), defaultMessage: 'Abbrechen' },
  pause: { id: getTranslation('mailings.action.pause'), defaultMessage: 'Pausieren' },
  resume: { id: getTranslation('mailings.action.resume'), defaultMessage: 'Fortsetzen' },
} satisfies Record<string, MessageDescriptor>;

/** What can be done with a mailing in each state (a draft is discarded, anything later cancelled; both are `cancel`). */
const ACTIONS: Partial<Record<MailingStatus, Array<{ action: MailingAction; label: MessageDescriptor }>>> = {
  draft: [
    { action: 'start', label: ACTION_LABEL.start },
    { action: 'cancel', label: ACTION_LABEL.discard },
  ],
  scheduled: [
    { action: 'start', label: ACTION_LABEL.start },
    { action: 'cancel', label: ACTION_LABEL.cancel },
  ],
  sending: [
    { action: 'pause', label: ACTION_LABEL.pause },
    { action: 'cancel', label: ACTION_LABEL.cancel },
  ],
  paused: [
    { action: 'resume', label: ACTION_LABEL.resume },
    { action: 'cancel', label: ACTION_LABEL.cancel },
  ],
};

const buttonVariant = (action: MailingAction): ButtonProps['variant'] => (action === 'cancel' ? 'danger-light' : 'secondary');

export interface MailingsPanelProps {
  /** `mailings.send`: show the test address and the test, start, pause, resume and cancel buttons. */
  canSend: boolean;
  /** Called after a mailing was started (the activity log has a new entry then). */
  onStarted?: () => void;
}

export const MailingsPanel = ({ canSend, onStarted }: MailingsPanelProps) => {
  const { get, post } = useFetchClient();
  const { formatMessage, formatNumber } = useIntl();
  const [items, setItems] = React.useState<MailingItem[] | null>(null);
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [testAddress, setTestAddress] = React.useState('');
  const [preview, setPreview] = React.useState<{ title: string; html: string } | null>(null);
  const [message, setMessage] = React.useState<{ text: string; isError: boolean } | null>(null);
  /** The mailing whose start waits for the editor's confirmation; it stays set while the dialog closes. */
  const [confirming, setConfirming] = React.useState<MailingItem | null>(null);
  const [confirmOpen, setConfirmOpen] = React.useState(false);

  const load = React.useCallback(() => {
    get<MailingsResponse>('/double-opt-in/mailings')
      .then(({ data }) => {
        setItems(data.data);
        setLoadError(null);
      })
      .catch((failure: unknown) =>
        setLoadError(formatMessage({ id: getTranslation('mailings.error'), defaultMessage: 'Die Rundmails konnten nicht geladen werden: {message}' }, { message: errorMessage(failure) })),
      );
  }, [get, formatMessage]);

  React.useEffect(() => {
    load();
    const timer = setInterval(load, 2000);
    return () => clearInterval(timer);
  }, [load]);

  const act = async (documentId: string, action: MailingAction) => {
    try {
      await post(`/double-opt-in/mailings/${documentId}/${action}`, {});
      setMessage(null);
      if (action === 'start') onStarted?.();
    } catch (failure: unknown) {
      setMessage({
        text: formatMessage({ id: getTranslation('mailings.action.error'), defaultMessage: 'Die Aktion ist fehlgeschlagen: {message}' }, { message: errorMessage(failure) }),
        isError: true,
      });
    }
    load();
  };

  const onAction = (item: MailingItem, action: MailingAction) => {
    if (action === 'start') {
      setConfirming(item);
      setConfirmOpen(true);
    } else void act(item.documentId, action);
  };

  const confirmStart = () => {
    if (!confirming) return;
    setConfirmOpen(false);
    void act(confirming.documentId, 'start');
  };

  const test = async (documentId: string) => {
    try {
      await post(`/double-opt-in/mailings/${documentId}/test`, { email: testAddress });
      setMessage({ text: formatMessage({ id: getTranslation('mailings.test.queued'), defaultMessage: 'Test an {email} ist im Postausgang.' }, { email: testAddress }), isError: false });
    } catch (failure: unknown) {
      setMessage({
        text: formatMessage({ id: getTranslation('mailings.test.error'), defaultMessage: 'Der Testversand ist fehlgeschlagen: {message}' }, { message: errorMessage(failure) }),
        isError: true,
      });
    }
  };

  const showPreview = async (item: MailingItem) => {
    try {
      const { data } = await get<MailingPreviewResponse>(`/double-opt-in/mailings/${item.documentId}/preview`);
      setPreview({ title: item.title, html: data.html });
    } catch (failure: unknown) {
      setMessage({
        text: formatMessage({ id: getTranslation('mailings.preview.error'), defaultMessage: 'Die Vorschau konnte nicht geladen werden: {message}' }, { message: errorMessage(failure) }),
        isError: true,
      });
    }
  };

  const testLabel = formatMessage({ id: getTranslation('mailings.test.button'), defaultMessage: 'Test senden' });
  const testAddressLabel = formatMessage({ id: getTranslation('mailings.testAddress'), defaultMessage: 'Adresse für Testversand' });

  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius tag="section" aria-labelledby="double-opt-in-mailings-title">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2" id="double-opt-in-mailings-title">
          {formatMessage({ id: getTranslation('mailings.title'), defaultMessage: 'Rundmails' })}
        </Typography>
        <Typography variant="pi">
          {formatMessage({ id: getTranslation('mailings.hint'), defaultMessage: 'Rundmails verfassen Sie im Content-Manager unter „Rundmail“; hier werden sie versandt.' })}
        </Typography>
        {canSend ? (
          <Box maxWidth="24rem">
            <TextInput
              type="email"
              aria-label={testAddressLabel}
              placeholder={testAddressLabel}
              value={testAddress}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTestAddress(event.target.value)}
            />
          </Box>
        ) : null}
        {loadError ? (
          <Typography textColor="danger600" role="alert">
            {loadError}
          </Typography>
        ) : null}
        {message ? (
          <Typography role={message.isError ? 'alert' : 'status'} textColor={message.isError ? 'danger600' : undefined}>
            {message.text}
          </Typography>
        ) : null}
        {items === null ? (
          loadError ? null : (
            <Typography textColor="neutral600">{formatMessage({ id: getTranslation('page.loading'), defaultMessage: 'Lädt …' })}</Typography>
          )
        ) : items.length === 0 ? (
          <Typography textColor="neutral600">{formatMessage({ id: getTranslation('mailings.empty'), defaultMessage: 'Noch keine Rundmails.' })}</Typography>
        ) : (
          items.map((item) => {
            const status = STATUS[item.progress.status];
            const percent = Math.round(item.progress.done * 100);
            return (
              <Box key={item.documentId} padding={4} hasRadius borderColor="neutral200">
                <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography fontWeight="bold">{item.title}</Typography>
                    <Typography variant="pi">
                      {item.subject} ·{' '}
                      {item.kind === 'digest' ? formatMessage({ id: getTranslation('digest.title'), defaultMessage: 'Übersicht neuer Angebote' }) : item.language.toUpperCase()}
                    </Typography>
                    <Badge variant={status?.variant}>{status ? formatMessage(status) : item.progress.status}</Badge>
                  </Flex>
                  <Flex gap={2} wrap="wrap">
                    <Button variant="tertiary" onClick={() => showPreview(item)}>
                      {formatMessage({ id: getTranslation('mailings.preview.button'), defaultMessage: 'Vorschau' })}
                    </Button>
                    {canSend ? (
                      <>
                        <Button variant="tertiary" disabled={!testAddress} onClick={() => test(item.documentId)}>
                          {testLabel}
                        </Button>
                        {(ACTIONS[item.progress.status] ?? []).map(({ action, label }) => (
                          <Button key={action} variant={buttonVariant(action)} onClick={() => onAction(item, action)}>
                            {formatMessage(label)}
                          </Button>
                        ))}
                      </>
                    ) : null}
                  </Flex>
                </Flex>
                {item.progress.recipients > 0 ? (
                  <Box paddingTop={3}>
                    <Flex gap={2} alignItems="center">
                      <ProgressBar
                        value={percent}
                        size="M"
                        aria-label={formatMessage({ id: getTranslation('mailings.progress.label'), defaultMessage: 'Versandfortschritt von „{title}“' }, { title: item.title })}
                      />
                      <Typography variant="pi">{formatNumber(item.progress.done, { style: 'percent', maximumFractionDigits: 0 })}</Typography>
                    </Flex>
                    <Typography variant="pi">
                      {formatMessage(
                        {
                          id: getTranslation('mailings.progress.summary'),
                          defaultMessage:
                            '{recipients, plural, one {# Empfänger*in} other {# Empfänger*innen}} · {sent, number} gesendet · {queued, number} in der Warteschlange · {failed, number} fehlgeschlagen · {cancelled, number} nicht gesendet (abgemeldet oder abgebrochen)',
                        },
                        {
                          recipients: item.progress.recipients,
                          sent: item.progress.sent,
                          queued: item.progress.queued + item.progress.held,
                          failed: item.progress.failed,
                          cancelled: item.progress.cancelled,
                        },
                      )}
                    </Typography>
                    {item.progress.kept > 0 ? (
                      <Typography variant="pi" textColor="warning600">
                        {formatMessage(
                          {
                            id: getTranslation('mailings.progress.kept'),
                            defaultMessage: '{kept, number} nur im Postausgang behalten, nicht versandt: kein Mailserver eingerichtet',
                          },
                          { kept: item.progress.kept },
                        )}
                      </Typography>
                    ) : null}
                  </Box>
                ) : null}
              </Box>
            );
          })
        )}
        {preview ? (
          <Box>
            <Flex justifyContent="space-between">
              <Typography variant="delta" tag="h3">
                {formatMessage({ id: getTranslation('mailings.preview.title'), defaultMessage: 'Vorschau: {title}' }, { title: preview.title })}
              </Typography>
              <Button variant="tertiary" onClick={() => setPreview(null)}>
                {formatMessage({ id: getTranslation('mailings.preview.close'), defaultMessage: 'Schließen' })}
              </Button>
            </Flex>
            <iframe
              title={formatMessage({ id: getTranslation('mailings.preview.frame'), defaultMessage: 'Vorschau der Rundmail „{title}“' }, { title: preview.title })}
              srcDoc={preview.html}
              sandbox=""
              style={{ width: '100%', height: '28rem', border: '1px solid #ddd', background: '#fff' }}
            />
          </Box>
        ) : null}
      </Flex>
      <Dialog.Root open={confirmOpen} onOpenChange={setConfirmOpen}>
        <Dialog.Content>
          <Dialog.Header>{formatMessage({ id: getTranslation('mailings.confirm.title'), defaultMessage: 'Rundmail senden?' })}</Dialog.Header>
          <Dialog.Body icon={<WarningCircle fill="danger600" />}>
            {formatMessage(
              {
                id: getTranslation('mailings.confirm.body'),
                defaultMessage:
                  'Die Rundmail „{title}“ jetzt an alle bestätigten Mitglieder senden, zu deren Sprache und Interessen sie passt? Bereits versandte Mails lassen sich nicht zurückholen.',
              },
              { title: confirming?.title ?? '' },
            )}
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button fullWidth variant="tertiary">
                {formatMessage({ id: getTranslation('mailings.confirm.back'), defaultMessage: 'Zurück' })}
              </Button>
            </Dialog.Cancel>
            <Dialog.Action>
              <Button fullWidth variant="default" onClick={confirmStart}>
                {formatMessage(ACTION_LABEL.start)}
              </Button>
            </Dialog.Action>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>
    </Box>
  );
};
