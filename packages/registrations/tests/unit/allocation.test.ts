import { allocate, placesLeft, promotions, publicPlaces, registrationOpen, type EventSettings } from '../../server/src/domain/allocation';

const NOW = new Date('2026-10-01T10:00:00Z');
const open = (overrides: Partial<EventSettings> = {}): EventSettings => ({
  registrationHere: true,
  places: 30,
  reservedPlaces: 0,
  deadline: null,
  waitlist: true,
  closed: false,
  ...overrides,
});

describe('allocate', () => {
  it('gives a place while one is free', () => {
    expect(allocate(open(), { holdingPlace: 29, waiting: 0 }, NOW)).toEqual({ outcome: 'registered' });
  });

  it('puts the next person at the end of the waitlist once the places are taken', () => {
    expect(allocate(open(), { holdingPlace: 30, waiting: 0 }, NOW)).toEqual({ outcome: 'waitlisted', position: 1 });
    expect(allocate(open(), { holdingPlace: 30, waiting: 4 }, NOW)).toEqual({ outcome: 'waitlisted', position: 5 });
  });

  it('hands no free place past people already waiting', () => {
    expect(allocate(open(), { holdingPlace: 29, waiting: 2 }, NOW)).toEqual({ outcome: 'waitlisted', position: 3 });
  });

  it('refuses a full event without a waitlist', () => {
    expect(allocate(open({ waitlist: false }), { holdingPlace: 30, waiting: 0 }, NOW)).toEqual({ outcome: 'refused', reason: 'full' });
  });

  it('keeps the reserved places out of the public registration', () => {
    const settings = open({ places: 10, reservedPlaces: 3, waitlist: false });
    expect(allocate(settings, { holdingPlace: 6, waiting: 0 }, NOW).outcome).toBe('registered');
    expect(allocate(settings, { holdingPlace: 7, waiting: 0 }, NOW)).toEqual({ outcome: 'refused', reason: 'full' });
  });

  it('has no upper bound without a number of places', () => {
    expect(allocate(open({ places: null, waitlist: false }), { holdingPlace: 100_000, waiting: 0 }, NOW)).toEqual({ outcome: 'registered' });
  });

  it('refuses after the deadline, and up to its very moment takes registrations', () => {
    expect(allocate(open({ deadline: new Date('2026-10-01T09:59:59Z') }), { holdingPlace: 0, waiting: 0 }, NOW)).toEqual({ outcome: 'refused', reason: 'deadline-passed' });
    expect(allocate(open({ deadline: NOW }), { holdingPlace: 0, waiting: 0 }, NOW).outcome).toBe('registered');
  });

  it('refuses an event that does not take registrations here, and a closed one, before looking at places', () => {
    expect(allocate(open({ registrationHere: false }), { holdingPlace: 0, waiting: 0 }, NOW)).toEqual({ outcome: 'refused', reason: 'not-here' });
    expect(allocate(open({ closed: true }), { holdingPlace: 0, waiting: 0 }, NOW)).toEqual({ outcome: 'refused', reason: 'closed' });
  });

  it('300 people one after the other for 30 places: 30 places, then positions 1 to 270 in order', () => {
    const settings = open();
    let counts = { holdingPlace: 0, waiting: 0 };
    const outcomes = Array.from({ length: 300 }, () => {
      const allocation = allocate(settings, counts, NOW);
      if (allocation.outcome === 'registered') counts = { ...counts, holdingPlace: counts.holdingPlace + 1 };
      if (allocation.outcome === 'waitlisted') counts = { ...counts, waiting: counts.waiting + 1 };
      return allocation;
    });
    expect(outcomes.slice(0, 30).every((allocation) => allocation.outcome === 'registered')).toBe(true);
    expect(outcomes.slice(30).map((allocation) => (allocation.outcome === 'waitlisted' ? allocation.position : 0))).toEqual(Array.from({ length: 270 }, (_, index) => index + 1));
  });
});

describe('places left, open, promotions', () => {
  it('counts free public places, never below zero', () => {
    expect(placesLeft(open({ places: 10, reservedPlaces: 2 }), { holdingPlace: 5 })).toBe(3);
    expect(placesLeft(open({ places: 10, reservedPlaces: 2 }), { holdingPlace: 12 })).toBe(0);
    expect(publicPlaces({ places: 3, reservedPlaces: 5 })).toBe(0);
    expect(placesLeft(open({ places: null }), { holdingPlace: 5 })).toBeNull();
  });

  it('is open while a place or a waitlist spot would be given', () => {
    expect(registrationOpen(open({ waitlist: false }), { holdingPlace: 29, waiting: 0 }, NOW)).toBe(true);
    expect(registrationOpen(open({ waitlist: false }), { holdingPlace: 30, waiting: 0 }, NOW)).toBe(false);
    expect(registrationOpen(open(), { holdingPlace: 30, waiting: 9 }, NOW)).toBe(true);
  });

  it('moves up one per free place, at most as many as wait', () => {
    expect(promotions(open(), { holdingPlace: 29, waiting: 270 })).toBe(1);
    expect(promotions(open(), { holdingPlace: 30, waiting: 270 })).toBe(0);
    expect(promotions(open({ places: 35 }), { holdingPlace: 30, waiting: 2 })).toBe(2);
    expect(promotions(open({ places: null }), { holdingPlace: 30, waiting: 2 })).toBe(2);
  });
});
