import { Badge, Box, Button, Flex, ProgressBar, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';

/** Mailings with live progress and the actions editors need: start, pause, resume, cancel, test, preview. */

interface Progress {
  status: string;
  recipients: number;
  queued: number;
  sent: number;
  failed: number;
  cancelled: number;
  held: number;
  done: number;
}
interface MailingItem {
  documentId: string;
  title: string;
  subject: string;
  language: string;
  progress: Progress;
}

const STATUS: Record<string, string> = {
  draft: 'Entwurf',
  scheduled: 'geplant',
  sending: 'wird versandt',
  paused: 'pausiert',
  sent: 'versandt',
  cancelled: 'abgebrochen',
};

const ACTIONS: Record<string, Array<{ action: string; label: string }>> = {
  draft: [{ action: 'start', label: 'Jetzt senden' }, { action: 'cancel', label: 'Verwerfen' }],
  scheduled: [{ action: 'start', label: 'Jetzt senden' }, { action: 'cancel', label: 'Abbrechen' }],
  sending: [{ action: 'pause', label: 'Pausieren' }, { action: 'cancel', label: 'Abbrechen' }],
  paused: [{ action: 'resume', label: 'Fortsetzen' }, { action: 'cancel', label: 'Abbrechen' }],
};

export const MailingsPanel = () => {
  const { get, post } = useFetchClient();
  const [items, setItems] = React.useState<MailingItem[]>([]);
  const [testAddress, setTestAddress] = React.useState('');
  const [preview, setPreview] = React.useState<string | null>(null);
  const [message, setMessage] = React.useState<string | null>(null);

  const load = React.useCallback(() => {
    get('/double-opt-in/mailings').then(({ data }: { data: { data: MailingItem[] } }) => setItems(data.data));
  }, [get]);

  React.useEffect(() => {
    load();
    const timer = setInterval(load, 2000);
    return () => clearInterval(timer);
  }, [load]);

  const act = async (documentId: string, action: string) => {
    if (action === 'start' && !window.confirm('Die Rundmail jetzt an alle bestätigten Mitglieder senden?')) return;
    try {
      await post(`/double-opt-in/mailings/${documentId}/${action}`, {});
      setMessage(null);
    } catch (failure: any) {
      setMessage(failure?.response?.data?.error?.message ?? String(failure));
    }
    load();
  };

  const test = async (documentId: string) => {
    try {
      await post(`/double-opt-in/mailings/${documentId}/test`, { email: testAddress });
      setMessage(`Test an ${testAddress} ist im Postausgang.`);
    } catch (failure: any) {
      setMessage(failure?.response?.data?.error?.message ?? String(failure));
    }
  };

  const showPreview = async (documentId: string) => {
    const { data } = await get(`/double-opt-in/mailings/${documentId}/preview`);
    setPreview((data as { html: string }).html);
  };

  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">
          Rundmails
        </Typography>
        <Typography variant="pi">Rundmails verfassen Sie im Content-Manager unter „Rundmail“; hier werden sie versandt.</Typography>
        <Box maxWidth="24rem">
          <TextInput aria-label="Adresse für Testversand" placeholder="Adresse für Testversand" value={testAddress} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTestAddress(event.target.value)} />
        </Box>
        {message ? <Typography role="status">{message}</Typography> : null}
        {items.map((item) => (
          <Box key={item.documentId} padding={4} hasRadius borderColor="neutral200">
            <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="bold">{item.title}</Typography>
                <Typography variant="pi">
                  {item.subject} · {item.language.toUpperCase()}
                </Typography>
                <Badge>{STATUS[item.progress.status] ?? item.progress.status}</Badge>
              </Flex>
              <Flex gap={2} wrap="wrap">
                <Button variant="tertiary" onClick={() => showPreview(item.documentId)}>
                  Vorschau
                </Button>
                <Button variant="tertiary" disabled={!testAddress} onClick={() => test(item.documentId)}>
                  Test senden
                </Button>
                {(ACTIONS[item.progress.status] ?? []).map(({ action, label }) => (
                  <Button key={action} variant={action === 'cancel' ? 'danger-light' : 'secondary'} onClick={() => act(item.documentId, action)}>
                    {label}
                  </Button>
                ))}
              </Flex>
            </Flex>
            {item.progress.recipients > 0 ? (
              <Box paddingTop={3}>
                <ProgressBar value={Math.round(item.progress.done * 100)} size="M">
                  {`${Math.round(item.progress.done * 100)} %`}
                </ProgressBar>
                <Typography variant="pi">
                  {item.progress.recipients} Empfänger*innen · {item.progress.sent} gesendet · {item.progress.queued + item.progress.held} in der Warteschlange · {item.progress.failed} fehlgeschlagen ·{' '}
                  {item.progress.cancelled} nicht gesendet (abgemeldet oder abgebrochen)
                </Typography>
              </Box>
            ) : null}
          </Box>
        ))}
        {preview ? (
          <Box>
            <Flex justifyContent="space-between">
              <Typography variant="delta" tag="h3">
                Vorschau
              </Typography>
              <Button variant="tertiary" onClick={() => setPreview(null)}>
                Schließen
              </Button>
            </Flex>
            <iframe title="Vorschau der Rundmail" srcDoc={preview} sandbox="" style={{ width: '100%', height: '28rem', border: '1px solid #ddd', background: '#fff' }} />
          </Box>
        ) : null}
      </Flex>
    </Box>
  );
};
