import { OUTBOX_MESSAGE } from '../uids';
import type { ContentTypeView, FieldView } from '@mitwirken/strapi-plugin-kit';

const fields = {
  kind: {
    label: { de: 'Art der Mail', en: 'Mail type' },
    description: {
      de: 'Wofür die Mail verschickt wird, etwa Bestätigung, Auskunft, Rundmail oder Testmail; trägt das System ein.',
      en: 'What the mail is sent for, such as confirmation, data access, mailing or test mail; set by the system.',
    },
  },
  status: {
    label: { de: 'Versandstatus', en: 'Delivery status' },
    description: {
      de: 'Wo die Zustellung steht; ohne Mailserver bleiben Mails nur protokolliert („logged“), zurückgehaltene („held“) gehören zu einer pausierten Rundmail.',
      en: 'Where delivery stands; without a mail server mails are only logged ("logged"), held ones ("held") belong to a paused mailing.',
    },
  },
  recipient: {
    label: { de: 'Empfänger*in', en: 'Recipient' },
    description: {
      de: 'E-Mail-Adresse, an die die Mail geht.',
      en: 'Email address the mail goes to.',
    },
  },
  subject: {
    label: { de: 'Betreff', en: 'Subject' },
    description: {
      de: 'Betreffzeile der Mail, wie sie versandt wird.',
      en: 'Subject line of the mail as it is sent.',
    },
  },
  textBody: {
    label: { de: 'Text (Klartext)', en: 'Body (plain text)' },
    description: {
      de: 'Die Mail als reiner Text; bei Rundmails leer, weil jede Mail erst beim Versand entsteht.',
      en: 'The mail as plain text; empty for mailings, because each of their mails is rendered when it is sent.',
    },
  },
  htmlBody: {
    label: { de: 'Text (HTML)', en: 'Body (HTML)' },
    description: {
      de: 'Die Mail als HTML; bei Rundmails leer, weil jede Mail erst beim Versand entsteht.',
      en: 'The mail as HTML; empty for mailings, because each of their mails is rendered when it is sent.',
    },
  },
  headers: {
    label: { de: 'Kopfzeilen', en: 'Headers' },
    description: {
      de: 'Zusätzliche Kopfzeilen der Mail als JSON, etwa List-Unsubscribe für die Abmeldung mit einem Klick.',
      en: 'Additional mail headers as JSON, such as List-Unsubscribe for one-click unsubscribe.',
    },
  },
  attempts: {
    label: { de: 'Zustellversuche', en: 'Attempts' },
    description: {
      de: 'Wie oft der Versand bisher versucht wurde; nach der eingestellten Höchstzahl gilt die Mail als fehlgeschlagen.',
      en: 'How often delivery has been tried so far; after the configured maximum the mail counts as failed.',
    },
  },
  nextAttemptAt: {
    label: { de: 'Nächster Versuch', en: 'Next attempt' },
    description: {
      de: 'Frühester Zeitpunkt des nächsten Versuchs; nach jedem vorübergehenden Fehler wächst der Abstand.',
      en: 'Earliest time of the next attempt; the interval grows after every temporary failure.',
    },
  },
  sentAt: {
    label: { de: 'Gesendet am', en: 'Sent at' },
    description: {
      de: 'Wann der Mailserver die Mail angenommen hat.',
      en: 'When the mail server accepted the mail.',
    },
  },
  lastError: {
    label: { de: 'Letzter Fehler', en: 'Last error' },
    description: {
      de: 'Die Antwort des Mailservers oder der Fehler beim letzten Versuch.',
      en: 'The mail server’s reply or the error at the last attempt.',
    },
  },
  lockedBy: {
    label: { de: 'In Arbeit bei', en: 'Locked by' },
    description: {
      de: 'Welcher Versandprozess die Mail gerade bearbeitet; trägt das System ein.',
      en: 'Which sending process is working on the mail; set by the system.',
    },
  },
  lockedUntil: {
    label: { de: 'In Arbeit bis', en: 'Locked until' },
    description: {
      de: 'Bis wann die Mail diesem Prozess gehört; danach darf ein anderer sie übernehmen.',
      en: 'Until when the mail belongs to that process; after that another may take it over.',
    },
  },
  messageId: {
    label: { de: 'Message-ID', en: 'Message ID' },
    description: {
      de: 'Kennung der Mail im Mail-Kopf, bei jedem Versuch dieselbe; hilft bei der Suche in den Protokollen des Mailservers.',
      en: 'Identifier of the mail in its header, the same at every attempt; helps to search the mail server’s logs.',
    },
  },
  dedupeKey: {
    label: { de: 'Schlüssel gegen Doppelversand', en: 'De-duplication key' },
    description: {
      de: 'Bei Rundmails je Rundmail und Mitglied eindeutig, damit niemand dieselbe Rundmail zweimal erhält.',
      en: 'For mailings unique per mailing and member, so that no one receives the same mailing twice.',
    },
  },
  subscriberId: {
    label: {
      de: 'Mitglied (ID)',
      en: 'Member (ID)',
    },
    description: {
      de: 'Die ID des Mitglieds, an das die Mail geht; leer bei Testmails.',
      en: 'The ID of the member the mail goes to; empty for test mails.',
    },
  },
  mailingId: {
    label: { de: 'Rundmail (ID)', en: 'Mailing (ID)' },
    description: {
      de: 'Die ID der Rundmail, zu der die Mail gehört; leer bei Mails wie der Bestätigung.',
      en: 'The ID of the mailing the mail belongs to; empty for mails such as the confirmation.',
    },
  },
  createdAt: {
    label: { de: 'Angelegt am', en: 'Created at' },
    description: {
      de: 'Wann die Mail in den Postausgang kam.',
      en: 'When the mail entered the outbox.',
    },
  },
} satisfies Record<string, FieldView>;

export const outboxMessageView: ContentTypeView<keyof typeof fields> = {
  uid: OUTBOX_MESSAGE,
  name: { de: 'Postausgang', en: 'Outbox' },
  displayName: 'Outbox',
  fields,
  edit: [
    // What and to whom
    [
      ['kind', 6],
      ['status', 6],
    ],
    [
      ['recipient', 6],
      ['subject', 6],
    ],
    [['textBody', 12]],
    [['htmlBody', 12]],
    [['headers', 12]],
    // Delivery
    [
      ['attempts', 4],
      ['nextAttemptAt', 4],
      ['sentAt', 4],
    ],
    [['lastError', 12]],
    [
      ['lockedBy', 6],
      ['lockedUntil', 6],
    ],
    // Identifiers
    [
      ['messageId', 6],
      ['dedupeKey', 6],
    ],
    [
      ['subscriberId', 6],
      ['mailingId', 6],
    ],
  ],
  list: ['kind', 'status', 'subject', 'sentAt', 'createdAt'],
  mainField: 'subject',
  defaultSortBy: 'createdAt',
  defaultSortOrder: 'DESC',
};
