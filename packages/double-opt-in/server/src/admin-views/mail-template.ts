import { MAIL_TEMPLATE } from '../uids';
import type { ContentTypeView, FieldView } from '@mitwirken/strapi-plugin-kit';

const fields = {
  kind: {
    label: { de: 'Art der Mail', en: 'Mail type' },
    description: {
      de: 'Wählen Sie, bei welchem Anlass das System diese Mail verschickt; jede Art gibt es einmal, mit einer Fassung je Sprache.',
      en: 'Choose on which occasion the system sends this mail; each type exists once, with one version per language.',
    },
  },
  subject: {
    label: { de: 'Betreff', en: 'Subject' },
    description: {
      de: 'Nur eine Zeile; Platzhalter der gewählten Art wie {{firstName}} sind möglich; höchstens 200 Zeichen.',
      en: 'A single line; placeholders of the chosen type such as {{firstName}} may be used; at most 200 characters.',
    },
    placeholder: { de: 'z. B. Bitte bestätigen Sie Ihre Anmeldung', en: 'e.g. Please confirm your sign-up' },
  },
  body: {
    label: { de: 'Text der Mail', en: 'Message' },
    description: {
      de: 'Reiner Text, Leerzeile zwischen Absätzen; nur Platzhalter der gewählten Art, die Bestätigung braucht {{confirmUrl}}, die Auskunft {{dataUrl}}; höchstens 10.000 Zeichen.',
      en: 'Plain text, a blank line between paragraphs; only placeholders of the chosen type, the confirmation needs {{confirmUrl}}, the data access mail {{dataUrl}}; at most 10,000 characters.',
    },
    placeholder: { de: 'Guten Tag {{firstName}} {{lastName}}, …', en: 'Hello {{firstName}} {{lastName}}, …' },
  },
  updatedAt: {
    label: { de: 'Zuletzt geändert', en: 'Last changed' },
    description: {
      de: 'Wann die Vorlage zuletzt gespeichert wurde; trägt das System ein.',
      en: 'When the template was last saved; set by the system.',
    },
  },
} satisfies Record<string, FieldView>;

export const mailTemplateView: ContentTypeView<keyof typeof fields> = {
  uid: MAIL_TEMPLATE,
  name: { de: 'E-Mail-Vorlage', en: 'Mail template' },
  displayName: 'Mail template',
  fields,
  edit: [
    [
      ['kind', 6],
      ['subject', 6],
    ],
    [['body', 12]],
  ],
  list: ['kind', 'subject', 'updatedAt'],
  mainField: 'subject',
  defaultSortBy: 'kind',
  defaultSortOrder: 'ASC',
};
