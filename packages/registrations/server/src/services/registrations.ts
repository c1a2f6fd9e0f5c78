import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { validationError } from '@mitwirken/strapi-plugin-kit';
import { allocate, isCancelled, placesLeft, promotions, registrationOpen, type EventCounts, type EventSettings, type RefusalReason, type RegistrationState } from '../domain/allocation';
import { eventAttributes, eventSettingsOf } from '../domain/event-settings';
import { normalizedEmail, type RegistrationInput } from '../domain/registration-input';
import type { PageEvent } from '../domain/page-views';
import { getService } from '../get-service';
import { catalogueFor, fill } from '../messages';
import { createEventRepository } from '../repositories/event-repository';
import { createRegistrationRepository, type RegistrationRow } from '../repositories/registration-repository';

export interface RegistrationOutcome {
  /** The registration's documentId: the office's handle on it (never shown to the public). */
  documentId: string;
  state: Extract<RegistrationState, 'registered' | 'waitlisted'>;
  waitlistPosition: number | null;
  /** What the person reads, in their language. */
  message: string;
}

/** What the public may know of an event: never who registered, only how many places are left and whether one can register. */
export interface EventAvailability {
  /** Places still free for the public; `null` = unlimited. */
  placesLeft: number | null;
  /** Whether a registration now would be taken (a place or a waitlist spot). */
  registrationOpen: boolean;
  /** Whether a full event keeps a waitlist. */
  waitlist: boolean;
}

export interface CancelOutcome {
  registration: RegistrationRow;
  /** Whether this call cancelled it (false: it was cancelled before). */
  changed: boolean;
  /** Who moved up from the waitlist to a place, in order. */
  movedUp: RegistrationRow[];
}

const NO_REGISTRATIONS: EventCounts = { holdingPlace: 0, waiting: 0 };

/**
 * Registrations for the host's events. `register` and `cancel` count and write under the event's
 * lock (see the repository), so no number of simultaneous requests on any number of instances
 * gives a place twice or skips someone on the waitlist.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => getService(strapi, 'settings').get();
  const repository = createRegistrationRepository(strapi);
  const events = () => createEventRepository(strapi, settings().eventContentType, eventAttributes(settings()));
  const catalogue = (locale: string | undefined) => catalogueFor(locale ?? settings().locales[0], settings().messages);

  const formatDeadline = (deadline: Date | null, locale: string) =>
    deadline ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: settings().timeZone }).format(deadline) : '';

  function refusal(reason: RefusalReason, eventSettings: EventSettings, locale: string): errors.ApplicationError {
    const text = fill(catalogue(locale).refused[reason], { deadline: formatDeadline(eventSettings.deadline, locale) });
    return new errors.ApplicationError(text, { reason, field: 'event' });
  }

  async function settingsOf(eventDocumentId: string): Promise<EventSettings | null> {
    const event = await events().findPublished(eventDocumentId);
    return event ? eventSettingsOf(event, settings()) : null;
  }

  /**
   * Moves people up from the waitlist into free places (after a cancellation, or when the office
   * added places): one per free place, those behind moving forward. Runs under the event's lock.
   */
  async function fillFreePlaces(eventDocumentId: string): Promise<RegistrationRow[]> {
    const eventSettings = await settingsOf(eventDocumentId);
    if (!eventSettings) return [];
    const count = promotions(eventSettings, await repository.counts(eventDocumentId));
    const head = await repository.headOfWaitlist(eventDocumentId, count);
    const moved: RegistrationRow[] = [];
    for (const row of head) moved.push((await repository.update(row.id, { state: 'registered', waitlistPosition: null })) as RegistrationRow);
    if (moved.length) await repository.closeWaitlistGap(eventDocumentId, 0, moved.length);
    return moved;
  }

  return {
    /**
     * Registers a person for a published event: a place while one is free, else a waitlist
     * position when the event keeps one. Refused with a 400 that says why (in the person's
     * language, the default language otherwise): registration not here, closed, deadline passed,
     * full; a second active registration of the same address is refused naming `email`.
     */
    async register(input: RegistrationInput, now = new Date()): Promise<RegistrationOutcome> {
      const locale = input.locale ?? settings().locales[0];
      const texts = catalogue(locale);
      const emailNormalized = normalizedEmail(input.email);
      return repository.underEventLock(input.event, async () => {
        const eventSettings = await settingsOf(input.event);
        if (!eventSettings) throw validationError([{ path: ['event'], message: texts.unknownEvent }]);
        if (await repository.findActive(input.event, emailNormalized)) throw validationError([{ path: ['email'], message: texts.alreadyRegistered }]);
        const allocation = allocate(eventSettings, await repository.counts(input.event), now);
        if (allocation.outcome === 'refused') throw refusal(allocation.reason, eventSettings, locale);
        const position = allocation.outcome === 'waitlisted' ? allocation.position : null;
        const row = await repository.create({
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email.trim(),
          emailNormalized,
          state: allocation.outcome,
          waitlistPosition: position,
          eventDocumentId: input.event,
          language: locale,
          registeredAt: now.toISOString(),
        });
        return {
          documentId: row.documentId,
          state: allocation.outcome,
          waitlistPosition: position,
          message: position === null ? texts.registered : fill(texts.waitlisted, { position }),
        };
      });
    },

    /**
     * Cancels a registration (by the person or by the office). A freed place goes at once to the
     * first on the waitlist — one per freed place — and those behind move forward. Cancelling a
     * cancelled registration changes nothing.
     */
    async cancel(registrationDocumentId: string, by: 'person' | 'office', now = new Date()): Promise<CancelOutcome> {
      const found = await repository.findByDocumentId(registrationDocumentId);
      if (!found) throw new errors.NotFoundError('No such registration');
      return repository.underEventLock(found.eventDocumentId, async () => {
        // Read again under the lock: another request may have changed it since.
        const current = (await repository.findById(found.id)) as RegistrationRow;
        if (isCancelled(current.state)) return { registration: current, changed: false, movedUp: [] };
        const cancelled = (await repository.update(current.id, {
          state: by === 'person' ? 'cancelled_by_person' : 'cancelled_by_office',
          waitlistPosition: null,
          cancelledAt: now.toISOString(),
        })) as RegistrationRow;
        if (current.state === 'waitlisted' && current.waitlistPosition !== null) {
          await repository.closeWaitlistGap(current.eventDocumentId, current.waitlistPosition, 1);
          return { registration: cancelled, changed: true, movedUp: [] };
        }
        const movedUp = await fillFreePlaces(current.eventDocumentId);
        return { registration: cancelled, changed: true, movedUp };
      });
    },

    /** Fills free places of an event from its waitlist, under its lock (e.g. after the office raised the places). */
    async moveUp(eventDocumentId: string): Promise<RegistrationRow[]> {
      return repository.underEventLock(eventDocumentId, () => fillFreePlaces(eventDocumentId));
    },

    /**
     * Places left and whether registration is open, per event, for the host's public answers: two
     * queries for any number of events. Events that take no registrations here are absent.
     */
    async availability(eventDocumentIds: readonly string[], now = new Date()): Promise<Map<string, EventAvailability>> {
      const unique = [...new Set(eventDocumentIds)];
      const [stored, counts] = await Promise.all([events().findManyPublished(unique), repository.countsOf(unique)]);
      const result = new Map<string, EventAvailability>();
      for (const [documentId, record] of stored) {
        const eventSettings = eventSettingsOf(record, settings());
        if (!eventSettings.registrationHere) continue;
        const eventCounts = counts.get(documentId) ?? NO_REGISTRATIONS;
        result.set(documentId, { placesLeft: placesLeft(eventSettings, eventCounts), registrationOpen: registrationOpen(eventSettings, eventCounts, now), waitlist: eventSettings.waitlist });
      }
      return result;
    },

    /**
     * What the public registration page shows of an event: its title in `locale`, places left and
     * what a registration now would get (a place, the waitlist, or the reason why not). `null` for
     * an unknown or unpublished event. Read without the lock: the register call decides again.
     */
    async pageEvent(eventDocumentId: string, locale: string, now = new Date()): Promise<PageEvent | null> {
      const eventSettings = await settingsOf(eventDocumentId);
      if (!eventSettings) return null;
      const [title, eventCounts] = await Promise.all([events().titleOf(eventDocumentId, settings().titleField, locale), repository.counts(eventDocumentId)]);
      const allocation = allocate(eventSettings, eventCounts, now);
      return {
        documentId: eventDocumentId,
        title: title ?? '',
        placesLeft: placesLeft(eventSettings, eventCounts),
        opening: allocation.outcome === 'refused' ? { outcome: 'refused', message: refusal(allocation.reason, eventSettings, locale).message } : { outcome: allocation.outcome },
      };
    },

    /** Every registration of an event, oldest first — for the office (admin) and tests; never for a public answer. */
    async ofEvent(eventDocumentId: string): Promise<RegistrationRow[]> {
      return repository.ofEvent(eventDocumentId);
    },
  };
};
