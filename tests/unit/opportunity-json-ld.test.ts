import { opportunityJsonLd, postalAddress } from '../../src/front/opportunity-json-ld';
import { toPublicOpportunity, type StoredOpportunity } from '../../src/domain/opportunities/public-opportunity';
import { isoWithOffset } from '../../src/domain/opportunities/zoned-time';

const NOW = new Date('2026-10-20T12:00:00Z');
const context = { now: NOW, onlineLinkLeadHours: 24, publicUrl: 'https://mitwirken.example.org' };

const stored = (facts: Partial<StoredOpportunity> = {}): StoredOpportunity => ({
  id: 7,
  documentId: 'abcdefghijklmnopqrstuvwx',
  locale: 'de',
  title: 'Demo: Werkstatt',
  slug: 'demo-werkstatt',
  summary: 'Erfundenes Beispiel.',
  description: '**Demo**',
  topics: ['umwelt_klima'],
  districts: ['gesamtstadt'],
  eventStatus: 'geplant',
  attendance: 'praesenz',
  // Across the switch to winter time (25 October 2026): the second date reads +01:00.
  dates: [{ start: '2026-10-24T16:00:00.000Z', end: '2026-10-24T18:30:00.000Z', timeZone: 'Europe/Berlin' }],
  place: { name: 'Demo-Bürgerhaus', address: 'Musterstraße 1, 44135 Dortmund', district: 'innenstadt_west', directions: 'Bus 450', accessibilityHints: 'Rampe' },
  onlineLink: 'https://meet.example.org/room',
  showOnlineLink: true,
  registration: 'keine',
  capacity: 40,
  accessibilityServices: ['stufenlos'],
  languages: ['de'],
  free: true,
  organiserOffice: 'Demo-Redaktion',
  contactEmail: 'demo@example.org',
  contactPhone: '+49 231 000000',
  format: { documentId: 'f'.repeat(24), slug: 'world-cafe', name: 'World Café' },
  toolkitDocuments: [],
  publishedAt: '2026-10-01T08:00:00.000Z',
  updatedAt: '2026-10-01T08:00:00.000Z',
  ...facts,
});

type Event = Record<string, unknown>;
const single = (facts: Partial<StoredOpportunity> = {}, now = NOW) => opportunityJsonLd(toPublicOpportunity(stored(facts), { ...context, now })) as Event;

describe('times with their offset', () => {
  it('reads the clock in the zone and names its offset, in summer and winter time', () => {
    expect(isoWithOffset(new Date('2026-10-24T16:00:00Z'), 'Europe/Berlin')).toBe('2026-10-24T18:00:00+02:00');
    expect(isoWithOffset(new Date('2026-10-26T17:00:00Z'), 'Europe/Berlin')).toBe('2026-10-26T18:00:00+01:00');
    expect(isoWithOffset(new Date('2026-10-24T23:30:00Z'), 'Europe/Berlin')).toBe('2026-10-25T01:30:00+02:00');
    expect(isoWithOffset(new Date('2026-01-05T12:00:00Z'), 'America/New_York')).toBe('2026-01-05T07:00:00-05:00');
    expect(isoWithOffset(new Date('2026-01-05T12:00:00Z'), 'Asia/Kolkata')).toBe('2026-01-05T17:30:00+05:30');
  });
});

describe('schema.org Event of an opportunity', () => {
  it('describes an in-person opportunity: place with its postal address, organiser, capacity, language, free', () => {
    expect(single()).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Demo: Werkstatt',
      description: 'Erfundenes Beispiel.',
      url: 'https://mitwirken.example.org/de/angebote/demo-werkstatt',
      startDate: '2026-10-24T18:00:00+02:00',
      endDate: '2026-10-24T20:30:00+02:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        name: 'Demo-Bürgerhaus',
        address: { '@type': 'PostalAddress', streetAddress: 'Musterstraße 1', postalCode: '44135', addressLocality: 'Dortmund' },
      },
      organizer: { '@type': 'Organization', name: 'Demo-Redaktion', email: 'demo@example.org', telephone: '+49 231 000000' },
      maximumAttendeeCapacity: 40,
      inLanguage: 'de',
      isAccessibleForFree: true,
    });
  });

  it('gives an online opportunity its virtual room only once the link is public', () => {
    const online = { attendance: 'online', place: null, dates: [{ start: '2026-10-21T16:00:00.000Z', end: '2026-10-21T17:30:00.000Z', timeZone: 'Europe/Berlin' }] };
    const early = single(online, new Date('2026-10-20T15:00:00Z'));
    expect(early.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(early).not.toHaveProperty('location');
    expect(JSON.stringify(early)).not.toContain('meet.example.org');

    const onTime = single(online, new Date('2026-10-20T16:00:00Z'));
    expect(onTime.location).toEqual({ '@type': 'VirtualLocation', url: 'https://meet.example.org/room' });

    const notAllowed = single({ ...online, showOnlineLink: false }, new Date('2026-10-21T16:30:00Z'));
    expect(notAllowed).not.toHaveProperty('location');
  });

  it('gives a hybrid opportunity both places, and the place alone while the link is not public', () => {
    const hybrid = { attendance: 'hybrid', dates: [{ start: '2026-10-21T16:00:00.000Z', end: '2026-10-21T17:30:00.000Z', timeZone: 'Europe/Berlin' }] };
    const both = single(hybrid, new Date('2026-10-21T10:00:00Z'));
    expect(both.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(both.location).toEqual([
      expect.objectContaining({ '@type': 'Place', name: 'Demo-Bürgerhaus' }),
      { '@type': 'VirtualLocation', url: 'https://meet.example.org/room' },
    ]);
    const early = single(hybrid, new Date('2026-10-19T10:00:00Z'));
    expect(early.location).toEqual(expect.objectContaining({ '@type': 'Place' }));
  });

  it('maps the status: cancelled, postponed; a full event is scheduled with no places left; never "moved online" unasked', () => {
    expect(single({ eventStatus: 'abgesagt' }).eventStatus).toBe('https://schema.org/EventCancelled');
    expect(single({ eventStatus: 'verschoben' }).eventStatus).toBe('https://schema.org/EventPostponed');
    const full = single({ eventStatus: 'ausgebucht' });
    expect(full.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(full.remainingAttendeeCapacity).toBe(0);
    // A past event keeps the status the editor set; its dates say it is over.
    expect(single({}, new Date('2026-11-01T00:00:00Z')).eventStatus).toBe('https://schema.org/EventScheduled');
    for (const status of ['geplant', 'verschoben', 'abgesagt', 'ausgebucht'] as const) {
      expect(JSON.stringify(single({ eventStatus: status, attendance: 'online' }))).not.toContain('EventMovedOnline');
    }
  });

  it('offers only when taking part costs something, without inventing a price', () => {
    expect(single()).not.toHaveProperty('offers');
    const paid = single({ free: false, costNote: '2 € für Getränke', registration: 'extern', registrationUrl: 'https://example.org/anmeldung', registrationDeadline: '2026-10-23T22:00:00.000Z', eventStatus: 'ausgebucht' });
    expect(paid.isAccessibleForFree).toBe(false);
    expect(paid.offers).toEqual({
      '@type': 'Offer',
      url: 'https://example.org/anmeldung',
      description: '2 € für Getränke',
      availability: 'https://schema.org/SoldOut',
      validThrough: '2026-10-24T00:00:00+02:00',
    });
    expect(single({ free: false }).offers).toEqual({ '@type': 'Offer', url: 'https://mitwirken.example.org/de/angebote/demo-werkstatt' });
  });

  it('makes one event per date, each with its own offset, and lists several languages', () => {
    const events = opportunityJsonLd(
      toPublicOpportunity(
        stored({
          languages: ['de', 'tr', 'uk'],
          dates: [
            { start: '2026-10-26T17:00:00.000Z', end: null, timeZone: 'Europe/Berlin', key: 'zweiter' },
            { start: '2026-10-24T16:00:00.000Z', end: '2026-10-24T18:00:00.000Z', timeZone: 'Europe/Berlin' },
          ],
        }),
        context,
      ),
    ) as Event[];
    expect(events).toHaveLength(2);
    expect(events.map((event) => [event['@id'], event.startDate, event.endDate])).toEqual([
      ['https://mitwirken.example.org/de/angebote/demo-werkstatt#date-1', '2026-10-24T18:00:00+02:00', '2026-10-24T20:00:00+02:00'],
      ['https://mitwirken.example.org/de/angebote/demo-werkstatt#zweiter', '2026-10-26T18:00:00+01:00', undefined],
    ]);
    expect(events[0].inLanguage).toEqual(['de', 'tr', 'uk']);
  });

  it('claims nothing the editor left empty', () => {
    const bare = single({ summary: null, organiserOffice: null, contactEmail: null, contactPhone: null, capacity: null, languages: [], place: null });
    for (const key of ['description', 'organizer', 'maximumAttendeeCapacity', 'inLanguage', 'location']) expect(bare).not.toHaveProperty(key);
    expect(single({ organiserOffice: null, contactPhone: null }).organizer).toEqual({ '@type': 'Organization', email: 'demo@example.org' });
  });
});

describe('postal address from the place’s one address field', () => {
  it('splits street, post code and town when written that way, else keeps the text whole', () => {
    expect(postalAddress('Musterstraße 1\n44135 Dortmund')).toEqual({ '@type': 'PostalAddress', streetAddress: 'Musterstraße 1', postalCode: '44135', addressLocality: 'Dortmund' });
    expect(postalAddress('Hauptplatz 3, 8010 Graz')).toEqual({ '@type': 'PostalAddress', streetAddress: 'Hauptplatz 3', postalCode: '8010', addressLocality: 'Graz' });
    expect(postalAddress('Im Rathaus, Saal 2')).toEqual({ '@type': 'PostalAddress', streetAddress: 'Im Rathaus, Saal 2' });
  });
});
