import type { Catalogue } from './de';

/** The shipped English texts. */
export const en: Catalogue = {
  registered: 'You are registered. Your place is reserved.',
  waitlisted: 'All places are taken. You are on the waiting list at position {position}; when a place becomes free, you move up.',
  refused: {
    'not-here': 'Registration for this event does not take place here.',
    closed: 'Registration for this event is closed.',
    'deadline-passed': 'The registration deadline has passed: registrations were possible until {deadline}.',
    full: 'The event is fully booked and has no waiting list.',
  },
  unknownEvent: 'This event does not exist or is not published.',
  alreadyRegistered: 'There already is a registration for this event with this e-mail address.',
  tooMany: 'Too many requests. Please try again in {minutes} minutes.',
};
