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
};

export type Catalogue = typeof de;
