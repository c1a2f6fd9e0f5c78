import { OPPORTUNITY_DATE, OPPORTUNITY_PLACE, PARTICIPATION_OPPORTUNITY } from '../../content-types';
import type { ContentTypeView, FieldView } from './content-type-view';

const fields = {
  title: {
    label: { de: 'Titel', en: 'Title' },
    description: {
      de: 'Was stattfindet, so wie Bürger*innen danach suchen würden; höchstens 160 Zeichen.',
      en: 'What takes place, as residents would search for it; at most 160 characters.',
    },
    placeholder: { de: 'z. B. Stadtteilwerkstatt zum neuen Quartiersplatz', en: 'e.g. Neighbourhood workshop on the new square' },
  },
  slug: {
    label: { de: 'Adresse (Slug)', en: 'Address (slug)' },
    description: {
      de: 'Letzter Teil der Web-Adresse; bleibt das Feld leer, entsteht er aus dem Titel, die Übersetzung übernimmt ihn.',
      en: 'Last part of the web address; left empty, it is made from the title, and the translation keeps it.',
    },
    placeholder: { de: 'z. B. stadtteilwerkstatt-quartiersplatz', en: 'e.g. stadtteilwerkstatt-quartiersplatz' },
  },
  summary: {
    label: { de: 'Kurzbeschreibung', en: 'Summary' },
    description: {
      de: 'Zwei bis drei Sätze für Listen, Kalender und Rundmails: worum es geht und wer mitmachen kann; höchstens 400 Zeichen.',
      en: 'Two or three sentences for lists, calendars and mailings: what it is about and who can take part; at most 400 characters.',
    },
  },
  description: {
    label: { de: 'Beschreibung', en: 'Description' },
    description: {
      de: 'Ablauf, Ziel und was mit den Ergebnissen geschieht, in ganzen Sätzen; Absätze, Listen und Links in Markdown.',
      en: 'How it runs, its aim and what happens with the results, in full sentences; paragraphs, lists and links in Markdown.',
    },
  },
  topics: {
    label: { de: 'Themen', en: 'Topics' },
    description: {
      de: 'Wählen Sie alle Themen, um die es geht; danach filtern Liste und Kalender, und danach erfahren Interessierte im Mitmach-Pool davon.',
      en: 'Choose every topic it is about; lists and calendars filter by them, and pool members interested in them hear about it.',
    },
  },
  districts: {
    label: { de: 'Stadtbezirke', en: 'Districts' },
    description: {
      de: 'Wählen Sie die Stadtbezirke, die das Angebot betrifft, oder „Gesamtstadt“; der Bezirk des Ortes zählt ohnehin.',
      en: 'Choose the districts the opportunity concerns, or "whole city"; the place’s district counts anyway.',
    },
  },
  eventStatus: {
    label: { de: 'Stand', en: 'Status' },
    description: {
      de: 'Wählen Sie „Abgesagt“ statt zu löschen: abonnierte Kalender streichen den Termin dann; „Vergangen“ ergibt sich von selbst aus den Terminen.',
      en: 'Choose "cancelled" instead of deleting: subscribed calendars then strike the date; "past" follows from the dates by itself.',
    },
  },
  attendance: {
    label: { de: 'Teilnahme', en: 'Attendance' },
    description: {
      de: 'Wählen Sie, ob man vor Ort, online oder auf beide Arten teilnimmt.',
      en: 'Choose whether people attend in person, online or either way.',
    },
  },
  dates: {
    label: { de: 'Termine', en: 'Dates' },
    description: {
      de: 'Ein oder mehrere Termine mit Beginn und Ende; jeder erscheint als eigener Eintrag im Kalender.',
      en: 'One or more dates with start and end; each appears as an entry of its own in calendars.',
    },
  },
  place: {
    label: { de: 'Ort', en: 'Place' },
    description: {
      de: 'Wo das Angebot vor Ort stattfindet, mit Anfahrt und Hinweisen zur Barrierefreiheit; bei reinen Online-Angeboten leer lassen.',
      en: 'Where it takes place in person, with directions and accessibility hints; leave empty for online-only opportunities.',
    },
  },
  onlineLink: {
    label: { de: 'Link zur Online-Teilnahme', en: 'Online link' },
    description: {
      de: 'Adresse der Videokonferenz (https://…); öffentlich erst ab der eingestellten Zeit vor Beginn (Standard 24 Stunden) und nur mit Freigabe.',
      en: 'Address of the video call (https://…); public only from the configured time before the start (default 24 hours) and only when released.',
    },
    placeholder: { de: 'https://', en: 'https://' },
  },
  showOnlineLink: {
    label: { de: 'Online-Link veröffentlichen', en: 'Publish online link' },
    description: {
      de: 'Einschalten, damit der Link ab der eingestellten Zeit vor Beginn auf der Seite und im Kalender erscheint.',
      en: 'Switch on so the link appears on the page and in calendars from the configured time before the start.',
    },
  },
  registration: {
    label: { de: 'Anmeldung', en: 'Registration' },
    description: {
      de: 'Wählen Sie, ob und wo man sich anmeldet; bei einer Anmeldung auf einer anderen Seite gehört der Link in das nächste Feld, „hier auf der Plattform“ braucht keinen.',
      en: 'Choose whether and where people register; for registration elsewhere, the link goes into the next field, “here on the platform” needs none.',
    },
  },
  registrationUrl: {
    label: { de: 'Link zur Anmeldung', en: 'Registration link' },
    description: {
      de: 'Adresse der Anmeldeseite (https://…), auf der Seite der Stadt oder extern.',
      en: 'Address of the registration page (https://…), on the city’s site or elsewhere.',
    },
    placeholder: { de: 'https://', en: 'https://' },
  },
  registrationDeadline: {
    label: { de: 'Anmeldeschluss', en: 'Registration deadline' },
    description: {
      de: 'Bis wann man sich anmelden kann; leer lassen, wenn es keine Frist gibt.',
      en: 'Until when people can register; leave empty when there is no deadline.',
    },
  },
  capacity: {
    label: { de: 'Plätze', en: 'Places' },
    description: {
      de: 'Wie viele Personen teilnehmen können; leer heißt: keine Obergrenze.',
      en: 'How many people can take part; empty means no limit.',
    },
    placeholder: { de: 'z. B. 40', en: 'e.g. 40' },
  },
  reservedPlaces: {
    label: { de: 'Reservierte Plätze', en: 'Reserved places' },
    description: {
      de: 'Plätze, die das Büro selbst vergibt (bei Anmeldung hier auf der Plattform); sie zählen zu den Plätzen und werden nicht öffentlich vergeben.',
      en: 'Places the office fills itself (with registration here on the platform); they count among the places and are not given publicly.',
    },
    placeholder: { de: 'z. B. 5', en: 'e.g. 5' },
  },
  waitlist: {
    label: { de: 'Warteliste', en: 'Waitlist' },
    description: {
      de: 'Einschalten, damit sich Menschen nach der Vergabe aller Plätze auf die Warteliste setzen können; wird ein Platz frei, rückt die erste Person nach.',
      en: 'Switch on so people can join a waitlist once all places are taken; when a place becomes free, the first person moves up.',
    },
  },
  accessibilityServices: {
    label: { de: 'Barrierefreiheit und Angebote', en: 'Accessibility and services' },
    description: {
      de: 'Wählen Sie alles, was sicher angeboten wird, etwa stufenloser Zugang, Gebärdensprache oder Kinderbetreuung.',
      en: 'Choose everything that is definitely offered, such as step-free access, sign language or childcare.',
    },
  },
  languages: {
    label: { de: 'Gesprochene Sprachen', en: 'Languages spoken' },
    description: {
      de: 'Wählen Sie die Sprachen, in denen man teilnehmen kann.',
      en: 'Choose the languages in which people can take part.',
    },
  },
  free: {
    label: { de: 'Kostenlos', en: 'Free of charge' },
    description: {
      de: 'Ausschalten, wenn die Teilnahme etwas kostet, und die Kosten im nächsten Feld nennen.',
      en: 'Switch off when taking part costs something, and state the cost in the next field.',
    },
  },
  costNote: {
    label: { de: 'Hinweis zu Kosten', en: 'Note on cost' },
    description: {
      de: 'Was die Teilnahme kostet oder was erstattet wird; höchstens 300 Zeichen.',
      en: 'What taking part costs or what is reimbursed; at most 300 characters.',
    },
    placeholder: { de: 'z. B. Fahrtkosten werden erstattet', en: 'e.g. travel costs are reimbursed' },
  },
  organiserOffice: {
    label: { de: 'Veranstaltende Stelle', en: 'Organising office' },
    description: {
      de: 'Das Amt oder die Stelle, die einlädt; höchstens 200 Zeichen.',
      en: 'The office or body that invites; at most 200 characters.',
    },
  },
  contactEmail: {
    label: { de: 'Kontakt: E-Mail', en: 'Contact: e-mail' },
    description: {
      de: 'Eine Funktionsadresse der Stelle, keine persönliche Adresse.',
      en: 'A shared address of the office, not a personal one.',
    },
  },
  contactPhone: {
    label: { de: 'Kontakt: Telefon', en: 'Contact: phone' },
    description: {
      de: 'Telefonnummer für Rückfragen, mit Vorwahl; höchstens 40 Zeichen.',
      en: 'Phone number for questions, with area code; at most 40 characters.',
    },
  },
  format: {
    label: { de: 'Beteiligungsformat', en: 'Participation format' },
    description: {
      de: 'Das Format, nach dem das Angebot abläuft; die Seite des Formats zeigt dann seine kommenden Termine.',
      en: 'The format the opportunity follows; the format’s page then shows its upcoming dates.',
    },
  },
  toolkitDocuments: {
    label: { de: 'Dokumente der Werkzeugkiste', en: 'Toolkit documents' },
    description: {
      de: 'Vorlagen und Leitfäden aus der Werkzeugkiste, die zu diesem Angebot gehören.',
      en: 'Templates and guides from the toolkit that belong to this opportunity.',
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

export const participationOpportunityView: ContentTypeView<keyof typeof fields> = {
  uid: PARTICIPATION_OPPORTUNITY,
  name: { de: 'Beteiligungsangebot', en: 'Participation opportunity' },
  fields,
  edit: [
    // What it is
    [
      ['title', 6],
      ['slug', 6],
    ],
    [['summary', 12]],
    [['description', 12]],
    [['topics', 12]],
    [['districts', 12]],
    // When and where
    [
      ['eventStatus', 6],
      ['attendance', 6],
    ],
    [['dates', 12]],
    [['place', 12]],
    [
      ['onlineLink', 8],
      ['showOnlineLink', 4],
    ],
    // Taking part
    [
      ['registration', 6],
      ['registrationUrl', 6],
    ],
    [
      ['registrationDeadline', 6],
      ['capacity', 6],
    ],
    [
      ['reservedPlaces', 6],
      ['waitlist', 6],
    ],
    [['accessibilityServices', 12]],
    [['languages', 12]],
    [
      ['free', 4],
      ['costNote', 8],
    ],
    // Who invites
    [['organiserOffice', 12]],
    [
      ['contactEmail', 6],
      ['contactPhone', 6],
    ],
    // Relations
    [
      ['format', 6],
      ['toolkitDocuments', 6],
    ],
  ],
  list: ['title', 'eventStatus', 'attendance', 'updatedAt'],
  mainField: 'title',
  defaultSortBy: 'updatedAt',
  defaultSortOrder: 'DESC',
};

const dateFields = {
  start: {
    label: { de: 'Beginn', en: 'Start' },
    description: { de: 'Datum und Uhrzeit des Beginns.', en: 'Date and time of the start.' },
  },
  end: {
    label: { de: 'Ende', en: 'End' },
    description: { de: 'Datum und Uhrzeit des Endes; nicht vor dem Beginn.', en: 'Date and time of the end; not before the start.' },
  },
  timeZone: {
    label: { de: 'Zeitzone', en: 'Time zone' },
    description: {
      de: 'Zeitzone des Termins nach IANA; in der Regel Europe/Berlin.',
      en: 'The date’s IANA time zone; usually Europe/Berlin.',
    },
    placeholder: { de: 'Europe/Berlin', en: 'Europe/Berlin' },
  },
  key: {
    label: { de: 'Kennung im Kalender', en: 'Calendar key' },
    description: {
      de: 'Vergibt das System beim ersten Speichern; hält den Termin in abonnierten Kalendern derselbe, auch wenn er verschoben wird.',
      en: 'Set by the system on first save; keeps the date the same event in subscribed calendars, even when it moves.',
    },
  },
} satisfies Record<string, FieldView>;

export const opportunityDateView: ContentTypeView<keyof typeof dateFields> = {
  uid: OPPORTUNITY_DATE,
  name: { de: 'Termin', en: 'Date' },
  fields: dateFields,
  edit: [
    [
      ['start', 6],
      ['end', 6],
    ],
    [
      ['timeZone', 6],
      ['key', 6],
    ],
  ],
  list: ['start', 'end'],
  mainField: 'start',
};

const placeFields = {
  name: {
    label: { de: 'Name des Ortes', en: 'Name of the place' },
    description: { de: 'Wie der Ort heißt, etwa ein Gebäude oder Raum; höchstens 160 Zeichen.', en: 'What the place is called, such as a building or room; at most 160 characters.' },
    placeholder: { de: 'z. B. Bürgerhaus, Saal 1', en: 'e.g. Community centre, hall 1' },
  },
  address: {
    label: { de: 'Adresse', en: 'Address' },
    description: { de: 'Straße, Hausnummer, Postleitzahl und Ort; höchstens 300 Zeichen.', en: 'Street, number, postcode and town; at most 300 characters.' },
  },
  district: {
    label: { de: 'Stadtbezirk', en: 'District' },
    description: { de: 'Wählen Sie den Stadtbezirk, in dem der Ort liegt.', en: 'Choose the district the place is in.' },
  },
  directions: {
    label: { de: 'Anfahrt', en: 'Directions' },
    description: { de: 'Wie man hinkommt, etwa Haltestelle und Eingang; höchstens 1.000 Zeichen.', en: 'How to get there, such as the stop and the entrance; at most 1,000 characters.' },
  },
  accessibilityHints: {
    label: { de: 'Hinweise zur Barrierefreiheit', en: 'Accessibility hints' },
    description: {
      de: 'Was man vorab wissen muss, etwa Aufzug, Rampe, Parkplätze oder Stufen; höchstens 1.000 Zeichen.',
      en: 'What people need to know beforehand, such as lift, ramp, parking or steps; at most 1,000 characters.',
    },
  },
} satisfies Record<string, FieldView>;

export const opportunityPlaceView: ContentTypeView<keyof typeof placeFields> = {
  uid: OPPORTUNITY_PLACE,
  name: { de: 'Ort', en: 'Place' },
  fields: placeFields,
  edit: [
    [
      ['name', 6],
      ['district', 6],
    ],
    [['address', 12]],
    [['directions', 12]],
    [['accessibilityHints', 12]],
  ],
  list: ['name', 'district'],
  mainField: 'name',
};
