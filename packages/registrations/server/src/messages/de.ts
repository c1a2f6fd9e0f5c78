/** The shipped German texts: what a person reads when a registration is taken or refused. */
export const de = {
  registered: 'Sie sind angemeldet. Ihr Platz ist reserviert.',
  waitlisted: 'Alle Plätze sind vergeben. Sie stehen auf der Warteliste an Position {position}; wird ein Platz frei, rücken Sie nach.',
  refused: {
    'not-here': 'Für diese Veranstaltung kann man sich hier nicht anmelden.',
    closed: 'Die Anmeldung für diese Veranstaltung ist geschlossen.',
    'deadline-passed': 'Der Anmeldeschluss ist vorbei: Anmeldungen waren bis {deadline} möglich.',
    full: 'Die Veranstaltung ist ausgebucht, und es gibt keine Warteliste.',
  },
  unknownEvent: 'Diese Veranstaltung gibt es nicht oder sie ist nicht veröffentlicht.',
  alreadyRegistered: 'Mit dieser E-Mail-Adresse besteht schon eine Anmeldung für diese Veranstaltung.',
  tooMany: 'Zu viele Anfragen. Bitte versuchen Sie es in {minutes} Minuten noch einmal.',
  /** The public registration page and the page answering its form. */
  page: {
    siteName: 'Anmeldung',
    languageName: 'Deutsch',
    title: 'Anmeldung: {title}',
    placesLeft: 'Noch {count} Plätze frei.',
    placesLeftOne: 'Noch 1 Platz frei.',
    placesUnlimited: 'Es sind noch Plätze frei.',
    waitlistOnly: 'Alle Plätze sind vergeben. Wenn Sie sich anmelden, kommen Sie auf die Warteliste.',
    closedTitle: 'Keine Anmeldung möglich: {title}',
    requiredHint: 'Felder mit * müssen ausgefüllt werden.',
    firstName: 'Vorname',
    lastName: 'Nachname',
    email: 'E-Mail-Adresse',
    consentLegend: 'Einwilligung',
    consent: 'Ich willige ein, dass meine Angaben (Name und E-Mail-Adresse) für die Anmeldung zu dieser Veranstaltung gespeichert und dafür verwendet werden.',
    button: 'Verbindlich anmelden',
    waitlistButton: 'Auf die Warteliste setzen',
    errorSummary: 'Bitte prüfen Sie Ihre Angaben',
    errors: {
      firstName: 'Bitte geben Sie Ihren Vornamen an (ohne Web- oder E-Mail-Adresse).',
      lastName: 'Bitte geben Sie Ihren Nachnamen an (ohne Web- oder E-Mail-Adresse).',
      email: 'Bitte geben Sie eine E-Mail-Adresse wie name@example.org an.',
      consent: 'Bitte willigen Sie ein, sonst können wir Sie nicht anmelden.',
    },
    registeredTitle: 'Sie sind angemeldet',
    waitlistedTitle: 'Sie stehen auf der Warteliste',
    refusedTitle: 'Anmeldung nicht möglich',
    unknownTitle: 'Veranstaltung nicht gefunden',
    backToForm: 'Zurück zur Anmeldung',
  },
};

export type Catalogue = typeof de;
