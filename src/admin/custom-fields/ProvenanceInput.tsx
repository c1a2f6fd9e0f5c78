import { Badge, Box, Field, Flex, JSONInput, Link, Table, Tbody, Td, TextButton, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { describeProvenance, summariseProvenance, type ProvenanceKind } from '../../domain/provenance';
import type { CustomFieldInputProps } from './field-props';

const KIND_TEXT: Record<ProvenanceKind, { id: string; de: string }> = {
  sourced: { id: 'mitwirken.provenance.sourced', de: 'Belegt' },
  estimate: { id: 'mitwirken.provenance.estimate', de: 'Schätzung der Redaktion' },
  derived: { id: 'mitwirken.provenance.derived', de: 'Abgeleitet aus anderen Angaben' },
  'derived-estimate': { id: 'mitwirken.provenance.derived-estimate', de: 'Abgeleitet und geschätzt' },
  other: { id: 'mitwirken.provenance.other', de: 'Sonstige Angabe' },
};

const KIND_BADGE: Record<ProvenanceKind, 'success' | 'warning' | 'secondary' | 'neutral'> = {
  sourced: 'success',
  estimate: 'warning',
  derived: 'secondary',
  'derived-estimate': 'warning',
  other: 'neutral',
};

/**
 * The edited entry's sources. Strapi types the content manager context's `form` as `unknown` (its
 * form API is internal), so the value is read by looking, not by a cast.
 */
function sourcesOf(form: unknown): unknown {
  if (typeof form !== 'object' || form === null || !('values' in form)) return undefined;
  const { values } = form;
  return typeof values === 'object' && values !== null && 'sources' in values ? values.sources : undefined;
}

/**
 * The provenance as a table an editor can read: each fact with its field label, whether it is
 * sourced, estimated or derived, and the source's references as links. The stored JSON stays
 * editable behind a disclosure for the rare correction.
 */
const ProvenanceInput = React.forwardRef<HTMLDivElement, CustomFieldInputProps<unknown>>(
  ({ name, label, hint, required, disabled, labelAction, error, value, onChange }, ref) => {
    const { formatMessage } = useIntl();
    const { form, layout } = useContentManagerContext();
    const fields = React.useMemo(() => (layout?.edit?.layout ?? []).flat(2), [layout]);
    const labelOf = (field: string) => fields.find((candidate) => candidate.name === field)?.label || field;
    const rows = describeProvenance(value, sourcesOf(form), fields.map((field) => field.name));
    const counts = summariseProvenance(rows);
    const [editing, setEditing] = React.useState(false);
    const [draft, setDraft] = React.useState(() => JSON.stringify(value ?? {}, null, 2));
    const [parseError, setParseError] = React.useState<string | null>(null);

    const editJson = (text: string) => {
      setDraft(text);
      try {
        const parsed = text.trim() === '' ? null : JSON.parse(text);
        setParseError(null);
        onChange({ target: { name, type: 'json', value: parsed } });
      } catch {
        setParseError(formatMessage({ id: 'mitwirken.provenance.invalid-json', defaultMessage: 'Kein gültiges JSON – die Änderung ist noch nicht übernommen.' }));
      }
    };

    return (
      <Field.Root name={name} id={name} hint={hint} error={error ?? parseError ?? undefined} required={required} ref={ref}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        {rows.length === 0 ? (
          <Typography variant="omega" textColor="neutral600">
            {formatMessage({ id: 'mitwirken.provenance.empty', defaultMessage: 'Noch keine Herkunftsangaben.' })}
          </Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography variant="omega">
              {formatMessage(
                {
                  id: 'mitwirken.provenance.summary',
                  defaultMessage: '{sourced} Angaben belegt, {estimate} geschätzt, {derived} abgeleitet',
                },
                { sourced: counts.sourced, estimate: counts.estimate + counts['derived-estimate'], derived: counts.derived },
              )}
            </Typography>
            <Table colCount={3} rowCount={rows.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">{formatMessage({ id: 'mitwirken.provenance.field', defaultMessage: 'Angabe' })}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{formatMessage({ id: 'mitwirken.provenance.kind', defaultMessage: 'Herkunft' })}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{formatMessage({ id: 'mitwirken.provenance.sources', defaultMessage: 'Quelle' })}</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((row) => (
                  <Tr key={row.field}>
                    <Td>
                      <Typography>{labelOf(row.field)}</Typography>
                    </Td>
                    <Td>
                      <Badge variant={KIND_BADGE[row.kind]}>{formatMessage({ id: KIND_TEXT[row.kind].id, defaultMessage: KIND_TEXT[row.kind].de })}</Badge>
                    </Td>
                    <Td>
                      <Flex direction="column" alignItems="flex-start" gap={1}>
                        {row.kind === 'other' ? <Typography>{row.raw}</Typography> : null}
                        {row.sources.map((source) =>
                          source.references.length === 0 ? (
                            <Typography key={source.id} textColor="danger600">
                              {formatMessage({ id: 'mitwirken.provenance.unlisted', defaultMessage: '{id} (nicht in den Quellen)' }, { id: source.id })}
                            </Typography>
                          ) : (
                            source.references.map((reference) =>
                              /^https?:\/\//.test(reference) ? (
                                <Link key={reference} href={reference} isExternal>
                                  {`${source.id}: ${new URL(reference).hostname}`}
                                </Link>
                              ) : (
                                <Typography key={reference}>{`${source.id}: ${reference}`}</Typography>
                              ),
                            )
                          ),
                        )}
                      </Flex>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Flex>
        )}
        <Box paddingTop={2}>
          <TextButton onClick={() => setEditing((open) => !open)} disabled={disabled} aria-expanded={editing}>
            {editing
              ? formatMessage({ id: 'mitwirken.provenance.hide-json', defaultMessage: 'JSON ausblenden' })
              : formatMessage({ id: 'mitwirken.provenance.edit-json', defaultMessage: 'Als JSON bearbeiten' })}
          </TextButton>
        </Box>
        {editing ? <JSONInput value={draft} onChange={editJson} disabled={disabled} minHeight="12rem" aria-label={label} /> : null}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

export default ProvenanceInput;
