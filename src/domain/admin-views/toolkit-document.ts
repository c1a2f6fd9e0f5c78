import { TOOLKIT_DOCUMENT } from '../../content-types';
import type { ContentTypeView, FieldView } from './content-type-view';

const fields = {
  title: {
    label: { de: 'Titel', en: 'Title' },
    description: {
      de: 'Der Titel, unter dem das Dokument in der Werkzeugkiste erscheint; höchstens 160 Zeichen.',
      en: 'The title under which the document appears in the toolkit; at most 160 characters.',
    },
    placeholder: { de: 'z. B. Ablaufplan-Vorlage für einen digitalen Bürger*innendialog', en: 'e.g. Run sheet template for a digital citizens’ dialogue' },
  },
  slug: {
    label: { de: 'Adresse (Slug)', en: 'Address (slug)' },
    description: {
      de: 'Letzter Teil der Web-Adresse; bleibt das Feld leer, entsteht er aus dem Titel, die Übersetzung übernimmt ihn.',
      en: 'Last part of the web address; left empty, it is made from the title, and the translation keeps it.',
    },
    placeholder: { de: 'z. B. ablaufplan-vorlage', en: 'e.g. ablaufplan-vorlage' },
  },
  kind: {
    label: { de: 'Art des Dokuments', en: 'Document type' },
    description: {
      de: 'Wählen Sie, welche Art von Hilfe das Dokument bietet.',
      en: 'Choose what kind of help the document offers.',
    },
  },
  phase: {
    label: { de: 'Phase', en: 'Phase' },
    description: {
      de: 'Wählen Sie, wann rund um eine Veranstaltung das Dokument gebraucht wird.',
      en: 'Choose when around an event the document is needed.',
    },
  },
  audience: {
    label: { de: 'Gedacht für', en: 'Intended for' },
    description: {
      de: 'Wählen Sie alle Rollen im Team, für die das Dokument gedacht ist.',
      en: 'Choose every role in the team the document is meant for.',
    },
  },
  summary: {
    label: { de: 'Kurzbeschreibung', en: 'Summary' },
    description: {
      de: 'Zwei bis drei Sätze: was das Dokument enthält und wobei es hilft; höchstens 400 Zeichen.',
      en: 'Two or three sentences: what the document contains and what it helps with; at most 400 characters.',
    },
    placeholder: { de: 'Was enthält das Dokument, und wobei hilft es?', en: 'What does the document contain, and what does it help with?' },
  },
  body: {
    label: { de: 'Text', en: 'Text' },
    description: {
      de: 'Wie man das Dokument nutzt und anpasst, mit Tipps aus der Praxis; Absätze, Listen und Links in Markdown.',
      en: 'How to use and adapt the document, with tips from practice; paragraphs, lists and links in Markdown.',
    },
  },
  files: {
    label: { de: 'Dateien', en: 'Files' },
    description: {
      de: 'Die Dateien zum Herunterladen, aus der Medienbibliothek; möglichst in offenen, barrierearmen Formaten wie HTML, CSV oder getaggtem PDF.',
      en: 'The files to download, from the media library; preferably in open, accessible formats such as HTML, CSV or tagged PDF.',
    },
  },
  licence: {
    label: { de: 'Lizenz', en: 'Licence' },
    description: {
      de: 'Unter welcher Lizenz andere das Dokument nutzen und verändern dürfen; höchstens 80 Zeichen.',
      en: 'The licence under which others may use and adapt the document; at most 80 characters.',
    },
    placeholder: { de: 'z. B. CC BY 4.0', en: 'e.g. CC BY 4.0' },
  },
  version: {
    label: { de: 'Version', en: 'Version' },
    description: {
      de: 'Stand des Dokuments; bei jeder inhaltlichen Überarbeitung erhöhen; höchstens 40 Zeichen.',
      en: 'Revision of the document; raise it with every change of content; at most 40 characters.',
    },
    placeholder: { de: 'z. B. 1.0', en: 'e.g. 1.0' },
  },
  formats: {
    label: { de: 'Passende Beteiligungsformate', en: 'Related participation formats' },
    description: {
      de: 'Die Formate, bei deren Vorbereitung oder Durchführung das Dokument hilft.',
      en: 'The formats whose preparation or running the document helps with.',
    },
  },
  pilotMunicipalities: {
    label: { de: 'Pilotkommunen', en: 'Pilot municipalities' },
    description: {
      de: 'Kommunen, aus deren Praxis das Dokument stammt oder die es eingesetzt haben.',
      en: 'Municipalities whose practice the document comes from or that have used it.',
    },
  },
  updatedAt: {
    label: { de: 'Zuletzt geändert', en: 'Last changed' },
    description: {
      de: 'Wann der Eintrag zuletzt gespeichert wurde; trägt das System ein.',
      en: 'When the entry was last saved; set by the system.',
    },
  },
} satisfies Record<string, FieldView>;

export const toolkitDocumentView: ContentTypeView<keyof typeof fields> = {
  uid: TOOLKIT_DOCUMENT,
  name: { de: 'Werkzeugkiste-Dokument', en: 'Toolkit document' },
  fields,
  edit: [
    // What it is
    [
      ['title', 6],
      ['slug', 6],
    ],
    [
      ['kind', 6],
      ['phase', 6],
    ],
    [['audience', 12]],
    // Content
    [['summary', 12]],
    [['body', 12]],
    [['files', 12]],
    [
      ['licence', 6],
      ['version', 6],
    ],
    // Relations
    [
      ['formats', 6],
      ['pilotMunicipalities', 6],
    ],
  ],
  list: ['title', 'kind', 'phase', 'version', 'updatedAt'],
  mainField: 'title',
  defaultSortBy: 'title',
  defaultSortOrder: 'ASC',
};
