import { PILOT_MUNICIPALITY } from '../../content-types';
import type { ContentTypeView, FieldView } from './content-type-view';

const fields = {
  name: {
    label: { de: 'Name der Kommune', en: 'Name of the municipality' },
    description: {
      de: 'Der amtliche Name der Stadt oder Gemeinde; höchstens 160 Zeichen.',
      en: 'The official name of the town or city; at most 160 characters.',
    },
    placeholder: { de: 'z. B. Dortmund', en: 'e.g. Dortmund' },
  },
  slug: {
    label: { de: 'Adresse (Slug)', en: 'Address (slug)' },
    description: {
      de: 'Letzter Teil der Web-Adresse; bleibt das Feld leer, entsteht er aus dem Namen, die Übersetzung übernimmt ihn.',
      en: 'Last part of the web address; left empty, it is made from the name, and the translation keeps it.',
    },
    placeholder: { de: 'z. B. dortmund', en: 'e.g. dortmund' },
  },
  federalState: {
    label: { de: 'Bundesland', en: 'Federal state' },
    description: {
      de: 'Wählen Sie das Bundesland, in dem die Kommune liegt.',
      en: 'Choose the federal state the municipality is in.',
    },
  },
  population: {
    label: { de: 'Einwohnerzahl', en: 'Population' },
    description: {
      de: 'Zahl der Einwohner*innen in Personen, nach der neuesten amtlichen Angabe; leer lassen, wenn unbekannt.',
      en: 'Number of inhabitants, in people, from the latest official figure; leave empty when unknown.',
    },
    placeholder: { de: 'z. B. 28000', en: 'e.g. 28000' },
  },
  latitude: {
    label: { de: 'Breitengrad', en: 'Latitude' },
    description: {
      de: 'Geografische Breite der Kommune in Dezimalgrad (WGS 84), zwischen −90 und 90; für Deutschland etwa 47 bis 55.',
      en: 'Latitude of the municipality in decimal degrees (WGS 84), between −90 and 90; about 47 to 55 for Germany.',
    },
    placeholder: { de: 'z. B. 51,5136', en: 'e.g. 51.5136' },
  },
  longitude: {
    label: { de: 'Längengrad', en: 'Longitude' },
    description: {
      de: 'Geografische Länge der Kommune in Dezimalgrad (WGS 84), zwischen −180 und 180; für Deutschland etwa 6 bis 15.',
      en: 'Longitude of the municipality in decimal degrees (WGS 84), between −180 and 180; about 6 to 15 for Germany.',
    },
    placeholder: { de: 'z. B. 7,4653', en: 'e.g. 7.4653' },
  },
  dialogueDate: {
    label: { de: 'Datum des Dialogs', en: 'Date of the dialogue' },
    description: {
      de: 'An welchem Tag die Kommune ihren Dialog abgehalten hat; leer lassen, wenn er nicht belegt ist.',
      en: 'The day on which the municipality held its dialogue; leave empty when it is not documented.',
    },
  },
  dialogueNote: {
    label: { de: 'Hinweis zum Dialog', en: 'Note on the dialogue' },
    description: {
      de: 'Uhrzeit und Besonderheiten des Dialogs, etwa wer ihn ausgerichtet hat; höchstens 300 Zeichen.',
      en: 'Time of day and particulars of the dialogue, such as who organised it; at most 300 characters.',
    },
    placeholder: { de: 'z. B. 18:00–20:15 Uhr, organisiert von nordwärts', en: 'e.g. 6:00–8:15 pm, organised by nordwärts' },
  },
  programme: {
    label: { de: 'Programm', en: 'Programme' },
    description: {
      de: 'Das Programm oder Projekt, in dem die Kommune den Dialog erprobt hat, mit Träger und Jahr; höchstens 200 Zeichen.',
      en: 'The programme or project in which the municipality tried the dialogue, with its organiser and year; at most 200 characters.',
    },
    placeholder: { de: 'z. B. Digitaler Bürger*innendialog (Bertelsmann Stiftung, 2020)', en: 'e.g. Digitaler Bürger*innendialog (Bertelsmann Stiftung, 2020)' },
  },
  topic: {
    label: { de: 'Thema', en: 'Topic' },
    description: {
      de: 'Worüber die Bürger*innen im Dialog beraten haben; höchstens 300 Zeichen.',
      en: 'What residents discussed in the dialogue; at most 300 characters.',
    },
    placeholder: { de: 'z. B. Zukunft der Innenstadt', en: 'e.g. The future of the town centre' },
  },
  participantsCount: {
    label: { de: 'Zahl der Teilnehmenden', en: 'Number of participants' },
    description: {
      de: 'Wie viele Personen tatsächlich teilgenommen haben; leer lassen, wenn nur Anmeldungen oder gar keine Zahl belegt sind.',
      en: 'How many people actually took part; leave empty when only registrations or no figure at all are documented.',
    },
    placeholder: { de: 'z. B. 40', en: 'e.g. 40' },
  },
  participantsNote: {
    label: { de: 'Hinweis zu den Teilnehmenden', en: 'Note on participants' },
    description: {
      de: 'Wie die Zahl zustande kam, etwa Anmeldungen, Einladungen per Zufallsauswahl oder eine ungefähre Angabe; höchstens 500 Zeichen.',
      en: 'How the figure came about, such as registrations, random invitations or an approximate count; at most 500 characters.',
    },
    placeholder: { de: 'z. B. 42 Teilnehmende; eingeladen waren 1.500 zufällig ausgewählte Personen.', en: 'e.g. 42 participants; 1,500 randomly selected people had been invited.' },
  },
  description: {
    label: { de: 'Beschreibung', en: 'Description' },
    description: {
      de: 'Der Dialog der Kommune in ganzen Sätzen: wann, wie, mit wem und mit welchem Ergebnis; Absätze, Listen und Links in Markdown.',
      en: 'The municipality’s dialogue in full sentences: when, how, with whom and with what result; paragraphs, lists and links in Markdown.',
    },
  },
  website: {
    label: { de: 'Webseite', en: 'Website' },
    description: {
      de: 'Adresse der Seite, auf der die Kommune über den Dialog berichtet, beginnend mit https://; höchstens 500 Zeichen.',
      en: 'Address of the page on which the municipality reports on the dialogue, starting with https://; at most 500 characters.',
    },
    placeholder: { de: 'https://…', en: 'https://…' },
  },
  formats: {
    label: { de: 'Erprobte Beteiligungsformate', en: 'Formats tried' },
    description: {
      de: 'Die Formate, die die Kommune erprobt hat.',
      en: 'The formats the municipality has tried.',
    },
  },
  toolkitDocuments: {
    label: { de: 'Dokumente der Werkzeugkiste', en: 'Toolkit documents' },
    description: {
      de: 'Dokumente der Werkzeugkiste, die aus der Praxis der Kommune stammen oder die sie eingesetzt hat.',
      en: 'Toolkit documents that come from the municipality’s practice or that it has used.',
    },
  },
  provenance: {
    label: { de: 'Herkunft der Angaben', en: 'Provenance' },
    description: {
      de: 'Woher jede Angabe stammt: Feldname → Kürzel aus „Quellen“ (mehrere mit +), „estimate“ für Schätzungen, „derived“ für Abgeleitetes, z. B. {"participantsCount": "DO"}.',
      en: 'Where each fact comes from: field name → id from "Sources" (several joined by +), "estimate" for estimates, "derived" for derived values, e.g. {"participantsCount": "DO"}.',
    },
  },
  sources: {
    label: { de: 'Quellen', en: 'Sources' },
    description: {
      de: 'Die Belege der Angaben, je mit Kürzel und Fundstelle, z. B. [{"id": "DO", "ref": "https://…"}]; mehrere Fundstellen mit „ ; “ trennen.',
      en: 'The evidence for the facts, each with an id and a reference, e.g. [{"id": "DO", "ref": "https://…"}]; separate several references with " ; ".',
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

export const pilotMunicipalityView: ContentTypeView<keyof typeof fields> = {
  uid: PILOT_MUNICIPALITY,
  name: { de: 'Pilotkommune', en: 'Pilot municipality' },
  fields,
  edit: [
    // Which municipality
    [
      ['name', 6],
      ['slug', 6],
    ],
    [
      ['federalState', 6],
      ['population', 6],
    ],
    [
      ['latitude', 6],
      ['longitude', 6],
    ],
    // The dialogue
    [
      ['dialogueDate', 6],
      ['dialogueNote', 6],
    ],
    [
      ['topic', 6],
      ['programme', 6],
    ],
    [['participantsCount', 6]],
    [['participantsNote', 12]],
    [['description', 12]],
    [['website', 6]],
    // Relations
    [
      ['formats', 6],
      ['toolkitDocuments', 6],
    ],
    // Sources
    [['provenance', 12]],
    [['sources', 12]],
  ],
  list: ['name', 'federalState', 'dialogueDate', 'participantsCount', 'updatedAt'],
  mainField: 'name',
  defaultSortBy: 'name',
  defaultSortOrder: 'ASC',
};
