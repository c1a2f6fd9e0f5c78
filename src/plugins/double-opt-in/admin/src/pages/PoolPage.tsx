import { Badge, Box, Button, Flex, Link, Main, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { MailingsPanel } from './MailingsPanel';

/**
 * The pool at a glance for editors: export the confirmed list as CSV, and see the recent mails with
 * their state and links (without SMTP, this is where a newcomer finds the confirmation link).
 * Subscribers, their consent events and the mail texts are edited in the content manager.
 */

interface OutboxView {
  counts: Record<string, number>;
  messages: Array<{ id: number; kind: string; recipient: string; subject: string; status: string; attempts: number; createdAt: string; lastError: string | null; links: string[] }>;
}

const STATUS_LABEL: Record<string, string> = {
  pending: 'wartet',
  sending: 'wird gesendet',
  sent: 'gesendet',
  failed: 'fehlgeschlagen',
  logged: 'nur protokolliert (kein SMTP)',
  cancelled: 'verworfen',
};

const PoolPage = () => {
  const { get } = useFetchClient();
  const [outbox, setOutbox] = React.useState<OutboxView | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const load = React.useCallback(() => {
    get('/double-opt-in/outbox?limit=50')
      .then(({ data }: { data: OutboxView }) => setOutbox(data))
      .catch((failure: unknown) => setError(String(failure)));
  }, [get]);

  React.useEffect(() => {
    load();
  }, [load]);

  const exportCsv = async () => {
    const { data } = await get('/double-opt-in/export.csv', { responseType: 'blob' } as never);
    const url = URL.createObjectURL(data as Blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `mitmach-pool-${new Date().toISOString().slice(0, 10)}.csv`;
    anchor.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Main>
      <Layouts.Header
        title="Mitmach-Pool"
        subtitle="Bestätigte Mitglieder exportieren und den Postausgang prüfen."
        primaryAction={<Button onClick={exportCsv}>Bestätigte als CSV exportieren</Button>}
        secondaryAction={
          <Button variant="tertiary" onClick={load}>
            Aktualisieren
          </Button>
        }
      />
      <Layouts.Content>
        {error ? (
          <Typography textColor="danger600" role="alert">
            {error}
          </Typography>
        ) : null}
        <Box paddingBottom={6}>
          <MailingsPanel />
        </Box>
        {outbox ? (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex gap={2} wrap="wrap">
              {Object.entries(outbox.counts).map(([status, count]) => (
                <Badge key={status}>
                  {STATUS_LABEL[status] ?? status}: {count}
                </Badge>
              ))}
            </Flex>
            <Table colCount={4} rowCount={outbox.messages.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">Status</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">An</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">Betreff</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">Links</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {outbox.messages.map((message) => (
                  <Tr key={message.id}>
                    <Td>
                      <Typography>{STATUS_LABEL[message.status] ?? message.status}</Typography>
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
                            {new URL(link).pathname.split('/').pop()}
                          </Link>
                        ))}
                      </Flex>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Flex>
        ) : (
          <Box padding={4}>
            <Typography>Lädt …</Typography>
          </Box>
        )}
      </Layouts.Content>
    </Main>
  );
};

export { PoolPage };
export default PoolPage;
