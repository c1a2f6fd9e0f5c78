import { CONSENT_EVENT } from '../uids';
import type { ContentTypeView, FieldView } from '@mitwirken/strapi-plugin-kit';

const fields = {
  type: {
    label: { de: 'Art des Nachweises', en: 'Record type' },
    description: {
      de: 'Welcher Schritt festgehalten ist: Anmeldung, Bestätigung, Abmeldung oder Löschung; das System legt Nachweise selbst an.',
      en: 'Which step is recorded: sign-up, confirmation, unsubscription or erasure; the system creates records itself.',
    },
  },
  occurredAt: {
    label: { de: 'Zeitpunkt', en: 'Time' },
    description: {
      de: 'Datum und Uhrzeit, zu der die Person den Schritt vollzogen hat.',
      en: 'Date and time at which the person took the step.',
    },
  },
  details: {
    label: { de: 'Änderung', en: 'Change' },
    description: {
      de: 'Bei „Auswahl geändert“: was die Person an Interessen und weiteren Auswahlen geändert hat, alt → neu.',
      en: 'For "choices changed": what the person changed in interests and further choices, old → new.',
    },
  },
  channel: {
    label: { de: 'Weg', en: 'Channel' },
    description: {
      de: 'Wie der Schritt ausgelöst wurde, etwa über das Anmeldeformular, die Bestätigungsseite oder die Abmeldung mit einem Klick.',
      en: 'How the step was taken, such as through the sign-up form, the confirmation page or one-click unsubscribe.',
    },
  },
  source: {
    label: { de: 'Quelle (Formular)', en: 'Source (form)' },
    description: {
      de: 'Adresse der Seite mit dem Anmeldeformular, über die die Anmeldung kam.',
      en: 'Address of the page with the sign-up form the sign-up came from.',
    },
  },
  consentVersion: {
    label: { de: 'Version der Einwilligung', en: 'Consent version' },
    description: {
      de: 'Version des Einwilligungstexts, dem die Person zugestimmt hat.',
      en: 'Version of the consent text the person agreed to.',
    },
  },
  consentText: {
    label: { de: 'Einwilligungstext', en: 'Consent text' },
    description: {
      de: 'Der genaue Wortlaut, dem die Person zugestimmt hat.',
      en: 'The exact wording the person agreed to.',
    },
  },
  language: {
    label: { de: 'Sprache', en: 'Language' },
    description: {
      de: 'Sprache, in der die Person den Schritt vollzogen hat, als Kürzel wie de oder en.',
      en: 'Language in which the person took the step, as a code such as de or en.',
    },
  },
  ipAddress: {
    label: { de: 'IP-Adresse', en: 'IP address' },
    description: {
      de: 'Je nach Einstellung nicht gespeichert, gekürzt oder vollständig; was gilt, entscheidet der Betreiber mit der*dem Datenschutzbeauftragten.',
      en: 'Depending on the setting not stored, truncated or in full; the operator decides with its data protection officer.',
    },
  },
  subscriber: {
    label: {
      de: 'Mitglied',
      en: 'Member',
    },
    description: {
      de: 'Die Person, zu der der Nachweis gehört; nach einer Löschung leer, der Nachweis bleibt anonym erhalten.',
      en: 'The person the record belongs to; empty after an erasure, when the record remains anonymously.',
    },
  },
} satisfies Record<string, FieldView>;

export const consentEventView: ContentTypeView<keyof typeof fields> = {
  uid: CONSENT_EVENT,
  name: { de: 'Einwilligungsnachweis', en: 'Proof of consent' },
  displayName: 'Proof of consent',
  fields,
  edit: [
    [
      ['type', 6],
      ['occurredAt', 6],
    ],
    [
      ['channel', 6],
      ['source', 6],
    ],
    [
      ['consentVersion', 6],
      ['language', 6],
    ],
    [['consentText', 12]],
    [['details', 12]],
    [
      ['ipAddress', 6],
      ['subscriber', 6],
    ],
  ],
  list: ['type', 'occurredAt', 'channel', 'subscriber'],
  mainField: 'type',
  defaultSortBy: 'occurredAt',
  defaultSortOrder: 'DESC',
};
