import { PARTICIPATION_FORMAT } from '../../content-types';
import type { ContentTypeView, FieldView } from './content-type-view';

const fields = {
  name: {
    label: { de: 'Name des Formats', en: 'Format name' },
    description: {
      de: 'Der übliche Name, unter dem Verwaltung und Bürger*innen das Format kennen; höchstens 160 Zeichen.',
      en: 'The usual name by which administrations and residents know the format; at most 160 characters.',
    },
    placeholder: { de: 'z. B. Bürgerrat', en: 'e.g. Citizens’ assembly' },
  },
  slug: {
    label: { de: 'Adresse (Slug)', en: 'Address (slug)' },
    description: {
      de: 'Letzter Teil der Web-Adresse; bleibt das Feld leer, entsteht er aus dem Namen („Bürgerrat“ → buergerrat), die Übersetzung übernimmt ihn.',
      en: 'Last part of the web address; left empty, it is made from the name ("Bürgerrat" → buergerrat), and the translation keeps it.',
    },
    placeholder: { de: 'z. B. buergerrat', en: 'e.g. buergerrat' },
  },
  kind: {
    label: { de: 'Art des Formats', en: 'Format type' },
    description: {
      de: 'Wählen Sie, ob das Format ein eigenständiges Verfahren ist oder eine Methode bzw. ein Werkzeug, das andere Verfahren ergänzt.',
      en: 'Choose whether the format is a process in its own right or a technique or tool that supports other processes.',
    },
  },
  summary: {
    label: { de: 'Kurzbeschreibung', en: 'Summary' },
    description: {
      de: 'Zwei bis drei Sätze für die Trefferliste des Format-Finders: was geschieht und wann das Format passt; höchstens 400 Zeichen.',
      en: 'Two or three sentences for the format finder’s results: what happens and when the format fits; at most 400 characters.',
    },
    placeholder: { de: 'Was geschieht, und wann passt das Format?', en: 'What happens, and when does the format fit?' },
  },
  description: {
    label: { de: 'Beschreibung', en: 'Description' },
    description: {
      de: 'Ablauf, Teilnehmende und Ergebnis in ganzen Sätzen, in eigenen Worten; Absätze, Listen und Links in Markdown.',
      en: 'How it runs, who takes part and what comes out, in full sentences and your own words; paragraphs, lists and links in Markdown.',
    },
  },
  primaryLevel: {
    label: { de: 'Hauptstufe der Beteiligung', en: 'Main participation level' },
    description: {
      de: 'Wählen Sie die Stufe, die das Format in der Regel erreicht; nach ihr ordnet der Format-Finder das Format ein.',
      en: 'Choose the level the format usually reaches; the format finder classifies the format by it.',
    },
  },
  levels: {
    label: { de: 'Mögliche Stufen der Beteiligung', en: 'Possible participation levels' },
    description: {
      de: 'Wählen Sie alle Stufen, die das Format je nach Ausgestaltung erreichen kann, die Hauptstufe eingeschlossen.',
      en: 'Choose every level the format can reach depending on how it is run, including the main level.',
    },
  },
  iap2Levels: {
    label: { de: 'Stufen nach IAP2', en: 'IAP2 levels' },
    description: {
      de: 'Wählen Sie die Stufen des internationalen IAP2-Spektrums, die dem Format entsprechen – für den Vergleich mit englischsprachigen Quellen.',
      en: 'Choose the levels of the international IAP2 spectrum that match the format, for comparison with English-language sources.',
    },
  },
  targetGroups: {
    label: { de: 'Zielgruppen', en: 'Target groups' },
    description: {
      de: 'Wählen Sie alle Gruppen, die das Format gut erreicht oder für die es gedacht ist.',
      en: 'Choose every group the format reaches well or is meant for.',
    },
  },
  recruitment: {
    label: { de: 'Gewinnung der Teilnehmenden', en: 'Recruitment' },
    description: {
      de: 'Wählen Sie alle Wege, auf denen Teilnehmende für dieses Format üblicherweise gewonnen werden.',
      en: 'Choose every way participants are usually recruited for this format.',
    },
  },
  participantsMin: {
    label: { de: 'Teilnehmende mindestens', en: 'Minimum participants' },
    description: {
      de: 'Kleinste sinnvolle Zahl der Teilnehmenden in Personen; leer lassen, wenn keine Untergrenze bekannt ist.',
      en: 'Smallest sensible number of participants, in people; leave empty when no lower limit is known.',
    },
    placeholder: { de: 'z. B. 12', en: 'e.g. 12' },
  },
  participantsMax: {
    label: { de: 'Teilnehmende höchstens', en: 'Maximum participants' },
    description: {
      de: 'Größte Zahl der Teilnehmenden in Personen, für die das Format taugt; leer heißt: keine Obergrenze.',
      en: 'Largest number of participants, in people, the format works for; empty means no upper limit.',
    },
    placeholder: { de: 'z. B. 75', en: 'e.g. 75' },
  },
  participantsNote: {
    label: { de: 'Hinweis zur Gruppengröße', en: 'Note on group size' },
    description: {
      de: 'Was die Zahlen allein nicht sagen, etwa Größe der Kleingruppen oder Erfahrungswerte aus der Praxis; höchstens 500 Zeichen.',
      en: 'What the numbers alone do not say, such as the size of breakout groups or figures from practice; at most 500 characters.',
    },
    placeholder: { de: 'z. B. Kleingruppen à 6–8 Personen', en: 'e.g. breakout groups of 6–8 people' },
  },
  modes: {
    label: { de: 'Durchführungsformen', en: 'Modes' },
    description: {
      de: 'Wählen Sie alle Formen, in denen das Format stattfinden kann.',
      en: 'Choose every way in which the format can take place.',
    },
  },
  goals: {
    label: { de: 'Ziele', en: 'Goals' },
    description: {
      de: 'Wählen Sie alle Ziele, die das Format erreichen kann.',
      en: 'Choose every goal the format can achieve.',
    },
  },
  phases: {
    label: { de: 'Projektphasen', en: 'Project phases' },
    description: {
      de: 'Wählen Sie alle Phasen eines Vorhabens, in denen sich das Format sinnvoll einsetzen lässt.',
      en: 'Choose every phase of a project in which the format is useful.',
    },
  },
  conflictFit: {
    label: { de: 'Eignung bei Konflikten', en: 'Suitability for conflict' },
    description: {
      de: 'Wählen Sie, für welche Konfliktlage das Format geeignet ist.',
      en: 'Choose the conflict situation the format suits.',
    },
  },
  durationClass: {
    label: { de: 'Dauer (Einordnung)', en: 'Duration (class)' },
    description: {
      de: 'Wählen Sie, wie lange die Beteiligung selbst typischerweise dauert, ohne Vorbereitung; danach filtert der Format-Finder.',
      en: 'Choose how long the participation itself typically takes, without preparation; the format finder filters by it.',
    },
  },
  durationText: {
    label: { de: 'Dauer (Angabe)', en: 'Duration (details)' },
    description: {
      de: 'Die Dauer in Worten, so genau wie bekannt, auch mit Spannen; höchstens 200 Zeichen.',
      en: 'The duration in words, as precisely as known, ranges allowed; at most 200 characters.',
    },
    placeholder: { de: 'z. B. ca. 2–2,5 Stunden', en: 'e.g. about 2–2.5 hours' },
  },
  leadTimeClass: {
    label: { de: 'Vorlaufzeit (Einordnung)', en: 'Lead time (class)' },
    description: {
      de: 'Wählen Sie, wie viel Zeit die Vorbereitung bis zum ersten Termin braucht.',
      en: 'Choose how much time preparation takes before the first session.',
    },
  },
  leadTimeText: {
    label: { de: 'Vorlaufzeit (Angabe)', en: 'Lead time (details)' },
    description: {
      de: 'Wie lange die Vorbereitung dauert und was sie umfasst, etwa Einladung oder Technikprobe; höchstens 200 Zeichen.',
      en: 'How long preparation takes and what it involves, such as invitations or a technology check; at most 200 characters.',
    },
    placeholder: { de: 'z. B. mehrere Wochen (Einladung, Technikprobe)', en: 'e.g. several weeks (invitations, technology check)' },
  },
  costLevel: {
    label: { de: 'Kostenniveau', en: 'Cost level' },
    description: {
      de: 'Wählen Sie, wie hoch die Kosten im Vergleich zu anderen Formaten ungefähr sind.',
      en: 'Choose roughly how high the costs are compared with other formats.',
    },
  },
  budgetBand: {
    label: { de: 'Budgetrahmen', en: 'Budget band' },
    description: {
      de: 'Wählen Sie die Spanne der typischen Gesamtkosten in Euro; leer lassen, wenn keine Quelle sie nennt.',
      en: 'Choose the range of the typical total cost in euros; leave empty when no source states it.',
    },
  },
  facilitation: {
    label: { de: 'Moderation', en: 'Facilitation' },
    description: {
      de: 'Wählen Sie, welche Moderation das Format braucht.',
      en: 'Choose what facilitation the format needs.',
    },
  },
  facilitationNote: {
    label: { de: 'Hinweis zur Moderation', en: 'Note on facilitation' },
    description: {
      de: 'Besonderheiten der Moderation, etwa eine bestimmte Technik oder wer welche Rolle übernimmt; höchstens 200 Zeichen.',
      en: 'Particulars of the facilitation, such as a specific technique or who takes which role; at most 200 characters.',
    },
    placeholder: { de: 'z. B. Moderation je Tisch', en: 'e.g. one facilitator per table' },
  },
  digitalTools: {
    label: { de: 'Digitale Werkzeuge', en: 'Digital tools' },
    description: {
      de: 'Die Technik, die das Format braucht, als JSON-Liste von Texten, z. B. ["Videokonferenz mit Breakout-Räumen", "Online-Abstimmung"].',
      en: 'The technology the format needs, as a JSON list of texts, e.g. ["video call with breakout rooms", "online voting"].',
    },
  },
  accessibilityNotes: {
    label: { de: 'Hinweise zur Barrierefreiheit', en: 'Accessibility notes' },
    description: {
      de: 'Was nötig ist, damit alle teilnehmen können, etwa Technikprobe, Gebärdensprache oder Telefoneinwahl; höchstens 1.000 Zeichen.',
      en: 'What it takes for everyone to be able to join, such as a technology check, sign language or dial-in by phone; at most 1,000 characters.',
    },
    placeholder: { de: 'z. B. Telefoneinwahl als Ausweichmöglichkeit anbieten', en: 'e.g. offer dial-in by phone as a fallback' },
  },
  strengths: {
    label: { de: 'Stärken', en: 'Strengths' },
    description: {
      de: 'Was das Format besonders gut kann, als Markdown-Liste mit einem Punkt je Zeile („- …“).',
      en: 'What the format does particularly well, as a Markdown list with one point per line ("- …").',
    },
  },
  limitations: {
    label: { de: 'Grenzen', en: 'Limitations' },
    description: {
      de: 'Wofür das Format nicht taugt und was es voraussetzt, als Markdown-Liste mit einem Punkt je Zeile („- …“).',
      en: 'What the format is not suited for and what it requires, as a Markdown list with one point per line ("- …").',
    },
  },
  toolkitDocuments: {
    label: { de: 'Dokumente der Werkzeugkiste', en: 'Toolkit documents' },
    description: {
      de: 'Vorlagen und Leitfäden aus der Werkzeugkiste, die bei diesem Format helfen.',
      en: 'Templates and guides from the toolkit that help with this format.',
    },
  },
  pilotMunicipalities: {
    label: { de: 'Pilotkommunen', en: 'Pilot municipalities' },
    description: {
      de: 'Kommunen, die das Format erprobt haben.',
      en: 'Municipalities that have tried the format.',
    },
  },
  provenance: {
    label: { de: 'Herkunft der Angaben', en: 'Provenance' },
    description: {
      de: 'Woher jede Angabe stammt: Feldname → Kürzel aus „Quellen“ (mehrere mit +), „estimate“ für Schätzungen, „derived“ für Abgeleitetes, z. B. {"participantsMax": "BK"}.',
      en: 'Where each fact comes from: field name → id from "Sources" (several joined by +), "estimate" for estimates, "derived" for derived values, e.g. {"participantsMax": "BK"}.',
    },
  },
  sources: {
    label: { de: 'Quellen', en: 'Sources' },
    description: {
      de: 'Die Quellen, auf die „Herkunft der Angaben“ verweist, je mit Kürzel und Fundstelle, z. B. [{"id": "BK", "ref": "https://…"}]; mehrere Fundstellen mit „ ; “ trennen.',
      en: 'The sources that "Provenance" refers to, each with an id and a reference, e.g. [{"id": "BK", "ref": "https://…"}]; separate several references with " ; ".',
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

export const participationFormatView: ContentTypeView<keyof typeof fields> = {
  uid: PARTICIPATION_FORMAT,
  name: { de: 'Beteiligungsformat', en: 'Participation format' },
  fields,
  edit: [
    // What it is
    [
      ['name', 6],
      ['slug', 6],
    ],
    [['kind', 6]],
    [['summary', 12]],
    [['description', 12]],
    // Level
    [['primaryLevel', 6]],
    [
      ['levels', 6],
      ['iap2Levels', 6],
    ],
    // Who and how many
    [['targetGroups', 12]],
    [['recruitment', 12]],
    [
      ['participantsMin', 4],
      ['participantsMax', 4],
    ],
    [['participantsNote', 12]],
    [['modes', 6]],
    // Goals, phases, conflict
    [['goals', 12]],
    [['phases', 12]],
    [['conflictFit', 6]],
    // Time, cost, lead time
    [
      ['durationClass', 6],
      ['durationText', 6],
    ],
    [
      ['leadTimeClass', 6],
      ['leadTimeText', 6],
    ],
    [
      ['costLevel', 6],
      ['budgetBand', 6],
    ],
    // Practice
    [
      ['facilitation', 6],
      ['facilitationNote', 6],
    ],
    [['digitalTools', 12]],
    [['accessibilityNotes', 12]],
    [['strengths', 12]],
    [['limitations', 12]],
    // Relations
    [
      ['toolkitDocuments', 6],
      ['pilotMunicipalities', 6],
    ],
    // Sources
    [['provenance', 12]],
    [['sources', 12]],
  ],
  // Multi-valued code fields (modes among them) are JSON underneath, which the content manager
  // cannot show as a column: it drops such columns from the list on the next start.
  list: ['name', 'kind', 'primaryLevel', 'durationClass', 'updatedAt'],
  mainField: 'name',
  defaultSortBy: 'name',
  defaultSortOrder: 'ASC',
};
