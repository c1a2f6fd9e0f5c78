import { opportunityDigestItems } from '../../src/domain/opportunities/opportunity-digest';
import type { StoredOpportunity } from '../../src/domain/opportunities/public-opportunity';

const NOW = new Date('2030-03-01T10:00:00Z');

const record = (overrides: Partial<StoredOpportunity>): StoredOpportunity => ({
  id: 1,
  documentId: 'doc1',
  locale: 'de',
  title: 'Demo: Werkstatt',
  slug: 'werkstatt',
  summary: 'Demo-Inhalt',
  topics: ['mobilitaet'],
  districts: ['eving'],
  eventStatus: 'geplant',
  attendance: 'praesenz',
  dates: [{ start: '2030-03-10T17:00:00Z', end: '2030-03-10T19:00:00Z', timeZone: 'Europe/Berlin' }],
  registration: 'keine',
  publishedAt: '2030-02-20T08:00:00Z',
  updatedAt: '2030-02-20T08:00:00Z',
  ...overrides,
});

describe('opportunities as digest items', () => {
  it('joins the language versions into one item with title, summary and page link per language', () => {
    const [item] = opportunityDigestItems(
      { de: [record({})], en: [record({ locale: 'en', title: 'Demo: workshop', summary: null, publishedAt: '2030-02-21T08:00:00Z' })] },
      'https://mitwirken.example',
      NOW,
    );
    expect(item).toEqual({
      id: 'doc1',
      title: { de: 'Demo: Werkstatt', en: 'Demo: workshop' },
      summary: { de: 'Demo-Inhalt' },
      url: { de: 'https://mitwirken.example/de/angebote/werkstatt', en: 'https://mitwirken.example/en/opportunities/werkstatt' },
      facets: { interests: ['mobilitaet'], districts: ['eving'] },
      startsAt: '2030-03-10T17:00:00Z',
      timeZone: 'Europe/Berlin',
      publishedAt: '2030-02-20T08:00:00Z',
    });
  });

  it('counts the place’s district, starts at the next date, and leaves out cancelled, fully booked and past opportunities', () => {
    const items = opportunityDigestItems(
      {
        de: [
          record({ documentId: 'a', place: { district: 'hoerde' }, dates: [{ start: '2030-02-01T10:00:00Z' }, { start: '2030-04-01T10:00:00Z' }] }),
          record({ documentId: 'cancelled', eventStatus: 'abgesagt' }),
          record({ documentId: 'full', eventStatus: 'ausgebucht' }),
          record({ documentId: 'past', dates: [{ start: '2030-02-01T10:00:00Z' }] }),
        ],
      },
      'https://mitwirken.example',
      NOW,
    );
    expect(items.map((item) => item.id)).toEqual(['a']);
    expect(items[0]).toMatchObject({ facets: { districts: ['eving', 'hoerde'] }, startsAt: '2030-04-01T10:00:00Z' });
  });
});
