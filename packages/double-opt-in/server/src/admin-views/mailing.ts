import { MAILING } from '../uids';
import type { ContentTypeView, FieldView } from '@mitwirken/strapi-plugin-kit';

const fields = {
  title: {
    label: { de: 'Interner Titel', en: 'Internal title' },
    description: {
      de: 'Name der Rundmail für die Redaktion; Empfänger*innen sehen ihn nicht; höchstens 200 Zeichen.',
      en: 'Name of the mailing for the editorial team; recipients never see it; at most 200 characters.',
    },
    placeholder: {
      de: 'z. B. Einladung zur Bürgerversammlung, März',
      en: 'e.g. Invitation to the town meeting, March',
    },
  },
  subject: {
    label: { de: 'Betreff', en: 'Subject' },
    description: {
      de: 'Betreffzeile, wie sie im Postfach erscheint; {{firstName}} und {{lastName}} sind möglich; höchstens 200 Zeichen.',
      en: 'Subject line as it appears in the inbox; {{firstName}} and {{lastName}} may be used; at most 200 characters.',
    },
    placeholder: {
      de: 'z. B. Machen Sie mit: Bürgerversammlung im März',
      en: 'e.g. Take part: town meeting in March',
    },
  },
  body: {
    label: { de: 'Text der Mail', en: 'Message' },
    description: {
      de: 'In Markdown; Platzhalter {{firstName}}, {{lastName}} und {{unsubscribeUrl}} sind möglich, ein persönlicher Abmeldelink wird ohnehin angehängt.',
      en: 'In Markdown; the placeholders {{firstName}}, {{lastName}} and {{unsubscribeUrl}} may be used, a personal unsubscribe link is appended anyway.',
    },
  },
  language: {
    label: { de: 'Sprache', en: 'Language' },
    description: {
      de: 'Wählen Sie die Sprache der Rundmail; sie geht an alle bestätigten Mitglieder, die diese Sprache gewählt haben.',
      en: 'Choose the language of the mailing; it goes to every confirmed member who chose this language.',
    },
  },
  interests: {
    label: { de: 'Interessen', en: 'Interests' },
    description: {
      de: 'Optional, als JSON-Liste von Interessen-Codes, z. B. ["beispiel"]: dann erhalten nur Mitglieder mit mindestens einem davon die Mail; leer: alle.',
      en: 'Optional, as a JSON list of interest codes, e.g. ["example"]: then only members with at least one of them receive it; empty: everyone.',
    },
  },
  kind: {
    label: { de: 'Art', en: 'Kind' },
    description: {
      de: 'Rundmail: ein Text an alle einer Sprache. „Übersicht neuer Angebote“: legen Sie auf der Seite des Verteilers an; jedes Mitglied erhält nur die Angebote, die zu seiner Auswahl passen.',
      en: 'Mailing: one text to everyone of a language. "Digest of new items": create it on the mailing list’s page; each member receives only the items that match their choices.',
    },
  },
  digestItemIds: {
    label: {
      de: 'Gewählte Angebote',
      en: 'Chosen items',
    },
    description: {
      de: 'Nur bei „Übersicht neuer Angebote“: die gewählten Angebote (IDs); auswählen und prüfen Sie sie auf der Seite des Verteilers.',
      en: 'Only for "Digest of new items": the chosen items (ids); choose and check them on the mailing list’s page.',
    },
  },
  digestItems: {
    label: {
      de: 'Versandte Angebote',
      en: 'Items sent',
    },
    description: {
      de: 'Nur bei „Übersicht neuer Angebote“: die Angebote, wie sie beim Start waren; trägt das System ein.',
      en: 'Only for "Digest of new items": the items as they were at the start; set by the system.',
    },
  },
  scheduledAt: {
    label: { de: 'Geplanter Versand', en: 'Scheduled for' },
    description: {
      de: 'Wann der Versand von selbst beginnt, sofern der Status „geplant“ ist; leer lassen, um auf der Seite des Verteilers von Hand zu senden.',
      en: 'When sending starts by itself, provided the status is "scheduled"; leave empty to send by hand on the mailing list’s page.',
    },
  },
  showInArchive: {
    label: { de: 'Im öffentlichen Archiv zeigen', en: 'Show in the public archive' },
    description: {
      de: 'Eingeschaltet erscheint die Rundmail nach dem Versand im öffentlichen Archiv, ohne persönliche Angaben.',
      en: 'When on, the mailing appears in the public archive once sent, without personal data.',
    },
  },
  status: {
    label: { de: 'Versandstatus', en: 'Sending status' },
    description: {
      de: 'Hier setzen Sie nur Entwurf oder „geplant“; senden, pausieren, fortsetzen und abbrechen Sie auf der Seite des Verteilers.',
      en: 'Here you only set draft or "scheduled"; send, pause, resume and cancel on the mailing list’s page.',
    },
  },
  recipientCount: {
    label: { de: 'Zahl der Empfänger*innen', en: 'Number of recipients' },
    description: {
      de: 'An wie viele Mitglieder die Rundmail beim Start ging, in Personen; trägt das System ein.',
      en: 'How many members the mailing was addressed to when it started, in people; set by the system.',
    },
  },
  startedAt: {
    label: { de: 'Versand begonnen', en: 'Sending started' },
    description: {
      de: 'Wann der Versand gestartet wurde; trägt das System ein.',
      en: 'When sending was started; set by the system.',
    },
  },
  finishedAt: {
    label: { de: 'Versand beendet', en: 'Sending finished' },
    description: {
      de: 'Wann der Versand abgeschlossen oder abgebrochen wurde; trägt das System ein.',
      en: 'When sending was completed or cancelled; set by the system.',
    },
  },
  updatedAt: {
    label: { de: 'Zuletzt geändert', en: 'Last changed' },
    description: {
      de: 'Wann die Rundmail zuletzt gespeichert wurde; trägt das System ein.',
      en: 'When the mailing was last saved; set by the system.',
    },
  },
} satisfies Record<string, FieldView>;

export const mailingView: ContentTypeView<keyof typeof fields> = {
  uid: MAILING,
  name: { de: 'Rundmail', en: 'Mailing' },
  displayName: 'Mailing',
  fields,
  edit: [
    // The mail
    [
      ['title', 6],
      ['subject', 6],
    ],
    [['body', 12]],
    // Who gets it, when, and whether the public sees it
    [
      ['language', 6],
      ['kind', 6],
    ],
    [['interests', 12]],
    [['digestItemIds', 12]],
    [['digestItems', 12]],
    [
      ['scheduledAt', 6],
      ['showInArchive', 6],
    ],
    // Where sending stands
    [
      ['status', 6],
      ['recipientCount', 6],
    ],
    [
      ['startedAt', 6],
      ['finishedAt', 6],
    ],
  ],
  list: ['title', 'status', 'language', 'scheduledAt', 'updatedAt'],
  mainField: 'title',
  defaultSortBy: 'updatedAt',
  defaultSortOrder: 'DESC',
};
