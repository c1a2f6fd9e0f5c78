import { AUDIT_ENTRY } from '../uids';
import type { ContentTypeView, FieldView } from '@mitwirken/strapi-plugin-kit';

const fields = {
  action: {
    label: { de: 'Vorgang', en: 'Action' },
    description: {
      de: 'Was geschah: „export“ ist ein Download der Liste bestätigter Mitglieder, „mailing-start“ der Start einer Rundmail; das System schreibt diese Einträge selbst.',
      en: 'What happened: "export" is a download of the confirmed members list, "mailing-start" the start of a mailing; the system writes these entries itself.',
    },
  },
  occurredAt: {
    label: { de: 'Zeitpunkt', en: 'Time' },
    description: { de: 'Datum und Uhrzeit des Vorgangs.', en: 'Date and time of the action.' },
  },
  actorName: {
    label: { de: 'Ausgelöst von', en: 'Done by' },
    description: {
      de: 'Name des Admin-Kontos, das den Vorgang ausgelöst hat; leer, wenn eine geplante Rundmail von selbst startete.',
      en: 'Name of the admin account that took the action; empty when a scheduled mailing started by itself.',
    },
  },
  actorId: {
    label: { de: 'Konto-Nummer', en: 'Account number' },
    description: { de: 'Interne Nummer des Admin-Kontos, auch wenn es später umbenannt wird.', en: 'Internal number of the admin account, even if it is renamed later.' },
  },
  rowCount: {
    label: { de: 'Anzahl Personen', en: 'Number of people' },
    description: {
      de: 'Wie viele Mitglieder exportiert oder von der Rundmail angeschrieben wurden, in Personen.',
      en: 'How many members were exported or addressed by the mailing, in people.',
    },
  },
  subject: {
    label: { de: 'Betreff', en: 'Subject' },
    description: {
      de: 'Bei einer Rundmail ihr Titel; bei einem Export die Sprache, auf die er beschränkt war (leer: alle).',
      en: 'For a mailing its title; for an export the language it was limited to (empty: all).',
    },
  },
} satisfies Record<string, FieldView>;

export const auditEntryView: ContentTypeView<keyof typeof fields> = {
  uid: AUDIT_ENTRY,
  name: { de: 'Protokolleintrag', en: 'Activity log entry' },
  displayName: 'Activity log entry',
  fields,
  edit: [
    [
      ['action', 6],
      ['occurredAt', 6],
    ],
    [
      ['actorName', 6],
      ['actorId', 6],
    ],
    [
      ['rowCount', 6],
      ['subject', 6],
    ],
  ],
  list: ['occurredAt', 'action', 'actorName', 'rowCount', 'subject'],
  mainField: 'action',
  defaultSortBy: 'occurredAt',
  defaultSortOrder: 'DESC',
};
