/**
 * How the registrations look in the admin's content manager, in English with German translations.
 * Pure data, also bundled into the plugin's admin (its English labels reach the admin as translations).
 */
import type { ContentTypeView, FieldAccess, FieldView } from '@mitwirken/strapi-plugin-kit';
import { REGISTRATION } from '../uids';

const fields = {
  firstName: { label: { de: 'Vorname', en: 'First name' }, description: { de: 'Vorname der angemeldeten Person.', en: 'First name of the person registered.' } },
  lastName: { label: { de: 'Nachname', en: 'Last name' }, description: { de: 'Nachname der angemeldeten Person.', en: 'Last name of the person registered.' } },
  email: { label: { de: 'E-Mail-Adresse', en: 'E-mail address' }, description: { de: 'Adresse, an die Bestätigung und Hinweise zur Veranstaltung gehen.', en: 'Address that receives the confirmation and notices about the event.' } },
  emailNormalized: { label: { de: 'E-Mail (zum Vergleich)', en: 'E-mail (for comparison)' }, description: { de: 'Die Adresse in Kleinbuchstaben; daran erkennt das System doppelte Anmeldungen.', en: 'The address in lower case; the system recognises double registrations by it.' } },
  state: {
    label: { de: 'Status', en: 'State' },
    description: {
      de: 'angemeldet (registered), Warteliste (waitlisted), von der Person abgesagt, vom Büro abgesagt oder teilgenommen (attended).',
      en: 'registered, waitlisted, cancelled by the person, cancelled by the office or attended.',
    },
  },
  waitlistPosition: { label: { de: 'Platz auf der Warteliste', en: 'Waitlist position' }, description: { de: '1 rückt als Nächste*r nach; leer, wenn die Person nicht wartet.', en: '1 moves up next; empty when the person is not waiting.' } },
  eventDocumentId: { label: { de: 'Veranstaltung (Dokument-ID)', en: 'Event (document ID)' }, description: { de: 'Die Veranstaltung, für die sich die Person angemeldet hat, über alle Sprachen hinweg.', en: 'The event the person registered for, across all its languages.' } },
  language: { label: { de: 'Sprache', en: 'Language' }, description: { de: 'Sprache, in der sich die Person angemeldet hat, etwa de oder en.', en: 'Language the person registered in, such as de or en.' } },
  registeredAt: { label: { de: 'Angemeldet am', en: 'Registered at' }, description: { de: 'Zeitpunkt der Anmeldung; die Reihenfolge der Warteliste folgt ihm.', en: 'Time of registration; the waitlist follows its order.' } },
  cancelledAt: { label: { de: 'Abgesagt am', en: 'Cancelled at' }, description: { de: 'Zeitpunkt der Absage; leer, solange die Anmeldung gilt.', en: 'Time of the cancellation; empty while the registration stands.' } },
} satisfies Record<string, FieldView>;

export const registrationView: ContentTypeView<keyof typeof fields> = {
  uid: REGISTRATION,
  name: { de: 'Anmeldung', en: 'Registration' },
  displayName: 'Registration',
  fields,
  edit: [
    [
      ['firstName', 6],
      ['lastName', 6],
    ],
    [
      ['email', 6],
      ['language', 6],
    ],
    [
      ['state', 6],
      ['waitlistPosition', 6],
    ],
    [
      ['eventDocumentId', 6],
      ['registeredAt', 6],
    ],
    [['cancelledAt', 6]],
  ],
  list: ['lastName', 'firstName', 'state', 'waitlistPosition', 'registeredAt'],
  mainField: 'lastName',
  defaultSortBy: 'registeredAt',
  defaultSortOrder: 'ASC',
};

export const REGISTRATION_ADMIN_VIEWS: readonly ContentTypeView[] = [registrationView];

/** The language a view's text is taken in when it has none in the host's default language. */
export const FALLBACK_LANGUAGE = 'en';

/**
 * Places are counted under a lock by the service; a state or position changed by hand in the
 * content manager would bypass it, so those fields are shown, not edited.
 */
export const REGISTRATION_FIELD_ACCESS: Readonly<Record<string, FieldAccess>> = {
  [REGISTRATION]: { hidden: ['emailNormalized'], readOnly: ['state', 'waitlistPosition', 'eventDocumentId', 'registeredAt', 'cancelledAt'] },
};
