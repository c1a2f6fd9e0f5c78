import { Box, Button, Checkbox, Flex, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { CreateDigestResponse, DigestCandidate, DigestCandidatesResponse, DigestPreviewResponse } from '../api-types';
import { errorMessage } from '@mitwirken/strapi-plugin-kit/admin';
import { getTranslation } from '../utils/get-translation';

export interface DigestPanelProps {
  /** Called once a digest draft exists, so the mailings list shows it (where it is started). */
  onCreated?: () => void;
}

/**
 * A new digest: the editor picks the items to announce (those published since the last digest
 * and still to come are ticked), sees before the start how many members will receive it and one
 * example mail per language, and saves it as a draft mailing, which is started, paused and
 * cancelled in the mailings list like any other. Shown only when the host named a digest source.
 */
export const DigestPanel = ({ onCreated }: DigestPanelProps) => {
  const { get, post } = useFetchClient();
  const { formatMessage, formatDate, locale } = useIntl();
  const [candidates, setCandidates] = React.useState<DigestCandidatesResponse | null>(null);
  const [chosen, setChosen] = React.useState<string[]>([]);
  const [title, setTitle] = React.useState('');
  const [preview, setPreview] = React.useState<DigestPreviewResponse | null>(null);
  const [message, setMessage] = React.useState<{ text: string; isError: boolean } | null>(null);
  const [busy, setBusy] = React.useState(false);

  const load = React.useCallback(() => {
    get<DigestCandidatesResponse>('/double-opt-in/digest/candidates')
      .then(({ data }) => {
        setCandidates(data);
        setChosen(data.items.filter((item) => item.selected).map((item) => item.id));
        setPreview(null);
      })
      .catch((failure: unknown) =>
        setMessage({ text: formatMessage({ id: getTranslation('digest.error.load'), defaultMessage: 'Die Angebote konnten nicht geladen werden: {message}' }, { message: errorMessage(failure) }), isError: true }),
      );
  }, [get, formatMessage]);

  React.useEffect(() => load(), [load]);

  if (!candidates?.enabled) return null;

  const language = locale.split('-')[0];
  const titleOf = (item: DigestCandidate) => item.title[language] ?? Object.values(item.title)[0] ?? item.id;
  const toggle = (id: string, on: boolean) => {
    setChosen((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
    setPreview(null);
  };

  const showPreview = async () => {
    setBusy(true);
    try {
      const { data } = await post<DigestPreviewResponse>('/double-opt-in/digest/preview', { itemIds: chosen });
      setPreview(data);
      setMessage(null);
    } catch (failure: unknown) {
      setMessage({ text: formatMessage({ id: getTranslation('digest.error.preview'), defaultMessage: 'Die Vorschau ist fehlgeschlagen: {message}' }, { message: errorMessage(failure) }), isError: true });
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    setBusy(true);
    try {
      await post<CreateDigestResponse>('/double-opt-in/digests', { title, itemIds: chosen });
      setMessage({ text: formatMessage({ id: getTranslation('digest.created'), defaultMessage: '„{title}“ ist als Entwurf angelegt; senden Sie ihn unten in der Liste der Rundmails.' }, { title }), isError: false });
      setTitle('');
      onCreated?.();
      load();
    } catch (failure: unknown) {
      setMessage({ text: formatMessage({ id: getTranslation('digest.error.create'), defaultMessage: 'Der Entwurf konnte nicht angelegt werden: {message}' }, { message: errorMessage(failure) }), isError: true });
    } finally {
      setBusy(false);
    }
  };

  const titleLabel = formatMessage({ id: getTranslation('digest.titleLabel'), defaultMessage: 'Interner Titel' });

  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius tag="section" aria-labelledby="double-opt-in-digest-title">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2" id="double-opt-in-digest-title">
          {formatMessage({ id: getTranslation('digest.title'), defaultMessage: 'Übersicht neuer Angebote' })}
        </Typography>
        <Typography variant="pi">
          {formatMessage({
            id: getTranslation('digest.hint'),
            defaultMessage: 'Jedes bestätigte Mitglied erhält eine Mail mit den gewählten Angeboten, die zu seiner Auswahl passen, in seiner Sprache. Wer zu keinem passt, erhält nichts. Vorausgewählt: seit der letzten Übersicht veröffentlicht und noch nicht vorbei.',
          })}
        </Typography>
        {message ? (
          <Typography role={message.isError ? 'alert' : 'status'} textColor={message.isError ? 'danger600' : undefined}>
            {message.text}
          </Typography>
        ) : null}
        {candidates.items.length === 0 ? (
          <Typography textColor="neutral600">{formatMessage({ id: getTranslation('digest.empty'), defaultMessage: 'Keine veröffentlichten, bevorstehenden Angebote.' })}</Typography>
        ) : (
          <Box tag="fieldset" borderWidth={0} padding={0}>
            <Typography tag="legend" variant="sigma">
              {formatMessage({ id: getTranslation('digest.items'), defaultMessage: 'Angebote ({count} gewählt)' }, { count: chosen.length })}
            </Typography>
            <Flex tag="ul" direction="column" alignItems="flex-start" gap={2} paddingTop={2}>
              {candidates.items.map((item) => (
                <li key={item.id}>
                  <Checkbox checked={chosen.includes(item.id)} onCheckedChange={(checked: boolean) => toggle(item.id, checked === true)}>
                    {titleOf(item)}
                    {item.startsAt ? ` · ${formatDate(item.startsAt, { dateStyle: 'medium', timeStyle: 'short' })}` : ''}
                  </Checkbox>
                </li>
              ))}
            </Flex>
          </Box>
        )}
        <Flex gap={2} wrap="wrap" alignItems="flex-end">
          <Box minWidth="20rem">
            <TextInput aria-label={titleLabel} placeholder={titleLabel} value={title} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTitle(event.target.value)} />
          </Box>
          <Button variant="secondary" disabled={busy || chosen.length === 0} onClick={showPreview}>
            {formatMessage({ id: getTranslation('digest.preview'), defaultMessage: 'Vorschau' })}
          </Button>
          <Button variant="default" disabled={busy || chosen.length === 0 || !title.trim()} onClick={create}>
            {formatMessage({ id: getTranslation('digest.create'), defaultMessage: 'Als Entwurf anlegen' })}
          </Button>
        </Flex>
        {preview ? (
          <Flex direction="column" alignItems="stretch" gap={3} role="region" aria-label={formatMessage({ id: getTranslation('digest.preview'), defaultMessage: 'Vorschau' })}>
            <Typography>
              {formatMessage(
                {
                  id: getTranslation('digest.preview.summary'),
                  defaultMessage:
                    '{recipients, plural, one {# Mitglied erhält} other {# Mitglieder erhalten}} diese Übersicht ({languages}); {withoutMatch, plural, one {# Mitglied erhält} other {# Mitglieder erhalten}} nichts, weil keines der Angebote passt.',
                },
                {
                  recipients: preview.recipients,
                  withoutMatch: preview.withoutMatch,
                  languages: Object.entries(preview.perLanguage).map(([code, count]) => `${code.toUpperCase()}: ${count}`).join(', ') || '–',
                },
              )}
            </Typography>
            {preview.examples.map((example) => (
              <Box key={example.language}>
                <Typography variant="sigma" tag="h3">
                  {formatMessage({ id: getTranslation('digest.preview.example'), defaultMessage: 'Beispiel {language}: {subject}' }, { language: example.language.toUpperCase(), subject: example.subject })}
                </Typography>
                <iframe
                  title={formatMessage({ id: getTranslation('digest.preview.frame'), defaultMessage: 'Beispielmail in {language}' }, { language: example.language.toUpperCase() })}
                  srcDoc={example.html}
                  sandbox=""
                  style={{ width: '100%', height: '24rem', border: '1px solid #ddd', background: '#fff' }}
                />
              </Box>
            ))}
          </Flex>
        ) : null}
      </Flex>
    </Box>
  );
};
