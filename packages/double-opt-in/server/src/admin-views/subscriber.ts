import { SUBSCRIBER } from '../uids';
import type { ContentTypeView, FieldView } from '@mitwirken/strapi-plugin-kit';

// The confirmation link's fields are described like every other field; that no one sees them is
// a rule enforced on every start (field-access.ts), not a matter of this view.
const fields = {
  firstName: {
    label: { de: 'Vorname', en: 'First name' },
    description: {
      de: 'Wie die Person sich angemeldet hat; Mails setzen ihn für {{firstName}} ein; höchstens 100 Zeichen.',
      en: 'As the person signed up; mails insert it for {{firstName}}; at most 100 characters.',
    },
  },
  lastName: {
    label: { de: 'Nachname', en: 'Last name' },
    description: {
      de: 'Wie die Person sich angemeldet hat; Mails setzen ihn für {{lastName}} ein; höchstens 100 Zeichen.',
      en: 'As the person signed up; mails insert it for {{lastName}}; at most 100 characters.',
    },
  },
  email: {
    label: { de: 'E-Mail-Adresse', en: 'Email address' },
    description: {
      de: 'Die Adresse, an die alle Mails gehen, so wie die Person sie angegeben hat.',
      en: 'The address all mails go to, as the person entered it.',
    },
  },
  emailNormalized: {
    label: { de: 'E-Mail-Adresse (vereinheitlicht)', en: 'Email address (normalised)' },
    description: {
      de: 'Die Adresse in Kleinbuchstaben, an der das System eine erneute Anmeldung erkennt; sie sichert auch die Abmeldelinks und bleibt daher unverändert.',
      en: 'The address in lower case, by which the system recognises a repeated sign-up; it also secures the unsubscribe links and therefore stays unchanged.',
    },
  },
  status: {
    label: { de: 'Status', en: 'Status' },
    description: {
      de: 'Stand der Anmeldung; ändert sich, wenn die Person ihre Anmeldung bestätigt oder sich abmeldet.',
      en: 'State of the sign-up; changes when the person confirms the sign-up or unsubscribes.',
    },
  },
  language: {
    label: { de: 'Sprache', en: 'Language' },
    description: {
      de: 'Sprache, in der die Person sich angemeldet hat und ihre Mails erhält, als Kürzel wie de oder en.',
      en: 'Language in which the person signed up and receives mails, as a code such as de or en.',
    },
  },
  facets: {
    label: {
      de: 'Weitere Auswahl',
      en: 'Further choices',
    },
    description: {
      de: 'Was die Person in den weiteren Auswahlen der Anmeldung gewählt hat, als Codes je Auswahl, z. B. {"bereiche": ["nord"]}; leer: alle. Die Person ändert sie selbst unter „Meine Daten“.',
      en: 'What the person chose in the sign-up’s further choices, as codes per choice, e.g. {"areas": ["north"]}; empty: all. The person changes them under "My data".',
    },
  },
  interests: {
    label: { de: 'Interessen', en: 'Interests' },
    description: {
      de: 'Die Themen, die die Person bei der Anmeldung gewählt hat, als Codes; Rundmails mit Interessen erreichen nur passende Mitglieder.',
      en: 'The topics the person chose when signing up, as codes; mailings with interests only reach matching members.',
    },
  },
  confirmedAt: {
    label: { de: 'Bestätigt am', en: 'Confirmed at' },
    description: {
      de: 'Wann die Person ihre Anmeldung per Knopfdruck bestätigt hat; der Nachweis steht bei den Einwilligungsnachweisen.',
      en: 'When the person confirmed the sign-up by pressing the button; the proof is among the consent records.',
    },
  },
  unsubscribedAt: {
    label: { de: 'Abgemeldet am', en: 'Unsubscribed at' },
    description: {
      de: 'Wann die Person sich abgemeldet hat; danach erhält sie keine Mails mehr.',
      en: 'When the person unsubscribed; from then on they receive no mail.',
    },
  },
  suppressedAt: {
    label: { de: 'Gesperrt seit', en: 'Suppressed since' },
    description: {
      de: 'Seit wann keine Mails mehr an die Adresse gehen, etwa weil der Mailserver sie dauerhaft abgelehnt hat.',
      en: 'Since when no mail goes to the address, for instance because the mail server rejected it permanently.',
    },
  },
  suppressionReason: {
    label: { de: 'Grund der Sperre', en: 'Reason for suppression' },
    description: {
      de: 'Warum die Adresse gesperrt ist, etwa die Antwort des Mailservers; höchstens 500 Zeichen.',
      en: 'Why the address is suppressed, such as the mail server’s reply; at most 500 characters.',
    },
  },
  consentEvents: {
    label: { de: 'Einwilligungsnachweise', en: 'Consent records' },
    description: {
      de: 'Die Nachweise zu Anmeldung, Bestätigung und Abmeldung dieser Person; sie lassen sich nicht ändern.',
      en: 'The records of this person’s sign-up, confirmation and unsubscription; they cannot be changed.',
    },
  },
  confirmTokenHash: {
    label: { de: 'Prüfwert des Bestätigungslinks', en: 'Confirmation link hash' },
    description: {
      de: 'Nur der Hash des Links aus der Bestätigungsmail, nie der Link selbst; wird nicht angezeigt.',
      en: 'Only the hash of the link in the confirmation mail, never the link itself; not shown.',
    },
  },
  confirmTokenExpiresAt: {
    label: { de: 'Bestätigungslink gültig bis', en: 'Confirmation link valid until' },
    description: {
      de: 'Bis wann der Link aus der Bestätigungsmail gilt; wird nicht angezeigt.',
      en: 'Until when the link in the confirmation mail is valid; not shown.',
    },
  },
} satisfies Record<string, FieldView>;

export const subscriberView: ContentTypeView<keyof typeof fields> = {
  uid: SUBSCRIBER,
  name: { de: 'Mitglied', en: 'Member' },
  displayName: 'Subscriber',
  fields,
  edit: [
    // Who
    [
      ['firstName', 6],
      ['lastName', 6],
    ],
    [
      ['email', 6],
      ['emailNormalized', 6],
    ],
    [
      ['language', 6],
      ['status', 6],
    ],
    [['interests', 12]],
    [['facets', 12]],
    // What happened
    [
      ['confirmedAt', 6],
      ['unsubscribedAt', 6],
    ],
    [
      ['suppressedAt', 6],
      ['suppressionReason', 6],
    ],
    [['consentEvents', 12]],
    [
      ['confirmTokenHash', 6],
      ['confirmTokenExpiresAt', 6],
    ],
  ],
  list: ['email', 'lastName', 'firstName', 'status', 'language', 'confirmedAt'],
  mainField: 'email',
  defaultSortBy: 'lastName',
  defaultSortOrder: 'ASC',
};
