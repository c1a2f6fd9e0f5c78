/**
 * Who gets a place: pure rules, so they are tested without a database and the repository only has
 * to run them under the event's lock. Nothing here reads a clock or the database; the caller
 * passes `now` and the counts it read inside the same transaction that then writes the outcome.
 */

/** An event's registration settings as the host's fields hold them (read through the configured field names). */
export interface EventSettings {
  /** Whether the event takes registrations on this platform (its mode field holds the configured value). */
  registrationHere: boolean;
  /** All places; `null` = no upper bound. */
  places: number | null;
  /** Places the office fills by hand; never given through a public registration. */
  reservedPlaces: number;
  /** After this instant no one registers; `null` = no deadline. */
  deadline: Date | null;
  waitlist: boolean;
  /** A host rule closed it (e.g. its status says cancelled). */
  closed: boolean;
}

/** What the event holds at the moment of the decision (counted under its lock). */
export interface EventCounts {
  /** Registrations holding a place: registered and attended. */
  holdingPlace: number;
  /** People on the waitlist. */
  waiting: number;
}

export type RefusalReason = 'not-here' | 'closed' | 'deadline-passed' | 'full';

export type Allocation = { outcome: 'registered' } | { outcome: 'waitlisted'; position: number } | { outcome: 'refused'; reason: RefusalReason };

/** Places a public registration can take; `null` = unlimited. Never negative, whatever an editor typed. */
export function publicPlaces(settings: Pick<EventSettings, 'places' | 'reservedPlaces'>): number | null {
  if (settings.places === null) return null;
  return Math.max(0, settings.places - Math.max(0, settings.reservedPlaces));
}

/** Places still free for the public; `null` = unlimited. */
export function placesLeft(settings: Pick<EventSettings, 'places' | 'reservedPlaces'>, counts: Pick<EventCounts, 'holdingPlace'>): number | null {
  const total = publicPlaces(settings);
  return total === null ? null : Math.max(0, total - counts.holdingPlace);
}

/** Why a registration is not possible at all at `now`, before places are looked at. */
function closedReason(settings: EventSettings, now: Date): RefusalReason | null {
  if (!settings.registrationHere) return 'not-here';
  if (settings.closed) return 'closed';
  if (settings.deadline !== null && now.getTime() > settings.deadline.getTime()) return 'deadline-passed';
  return null;
}

/**
 * One new registration: a place while one is free, else the end of the waitlist when there is one,
 * else refused. A waitlist that already has people means no free place is handed past them: a
 * freed place goes to the first in line (see `promotions`), not to whoever asks next.
 */
export function allocate(settings: EventSettings, counts: EventCounts, now: Date): Allocation {
  const reason = closedReason(settings, now);
  if (reason) return { outcome: 'refused', reason };
  const left = placesLeft(settings, counts);
  if ((left === null || left > 0) && counts.waiting === 0) return { outcome: 'registered' };
  if (settings.waitlist) return { outcome: 'waitlisted', position: counts.waiting + 1 };
  return { outcome: 'refused', reason: 'full' };
}

/** Whether registration is open now for someone new: a place or a waitlist spot would be given. */
export function registrationOpen(settings: EventSettings, counts: EventCounts, now: Date): boolean {
  return allocate(settings, counts, now).outcome !== 'refused';
}

/**
 * How many from the head of the waitlist move up now: as many as there are free places, at most
 * as many as wait. After one cancellation of a place that is one; after the office adds places it
 * may be more. The deadline does not stop it: those waiting registered in time.
 */
export function promotions(settings: Pick<EventSettings, 'places' | 'reservedPlaces'>, counts: EventCounts): number {
  const left = placesLeft(settings, counts);
  if (left === null) return counts.waiting;
  return Math.min(left, counts.waiting);
}

/** The states a registration goes through. */
export const REGISTRATION_STATES = ['registered', 'waitlisted', 'cancelled_by_person', 'cancelled_by_office', 'attended'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** States that hold one of the event's places. */
export const HOLDING_PLACE: readonly RegistrationState[] = ['registered', 'attended'];

export const isCancelled = (state: RegistrationState) => state === 'cancelled_by_person' || state === 'cancelled_by_office';
