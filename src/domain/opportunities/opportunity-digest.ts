/**
 * Participation opportunities as items of the pool's digest ("Neue Mitmach-Angebote"): the
 * double-opt-in plugin knows no opportunity, only digest items with a title, summary and link per
 * language, codes per dimension (topics as the pool's interests, districts) and a start. Pure.
 */
import { nextDate, sortedDates } from './opportunity-timing';
import { opportunityPagePath, type StoredOpportunity } from './public-opportunity';

export interface OpportunityDigestItem {
  id: string;
  title: Record<string, string>;
  summary: Record<string, string>;
  url: Record<string, string>;
  facets: { interests: string[]; districts: string[] };
  startsAt: string | null;
  timeZone: string | null;
  publishedAt: string | null;
}

/** Cancelled or fully booked opportunities, and those whose dates have all ended, are not announced. */
const announceable = (record: StoredOpportunity, now: Date) =>
  record.eventStatus !== 'abgesagt' && record.eventStatus !== 'ausgebucht' && nextDate(sortedDates(record.dates ?? []), now) !== null;

/**
 * One digest item per published opportunity still to come, from its published language versions
 * (`byLocale`: locale → records). The districts include the place's district, as the list's filter
 * counts it; the start is the next date's; published is the earliest language version's.
 */
export function opportunityDigestItems(byLocale: Readonly<Record<string, readonly StoredOpportunity[]>>, publicUrl: string, now: Date): OpportunityDigestItem[] {
  const items = new Map<string, OpportunityDigestItem>();
  for (const [locale, records] of Object.entries(byLocale)) {
    for (const record of records) {
      if (!announceable(record, now)) continue;
      const next = nextDate(sortedDates(record.dates ?? []), now);
      const entry = items.get(record.documentId) ?? {
        id: record.documentId,
        title: {},
        summary: {},
        url: {},
        facets: {
          interests: [...(record.topics ?? [])],
          districts: [...new Set([...(record.districts ?? []), ...(record.place?.district ? [record.place.district] : [])])],
        },
        startsAt: next?.start ?? null,
        timeZone: next?.timeZone ?? null,
        publishedAt: record.publishedAt ?? null,
      };
      entry.title[locale] = record.title;
      if (record.summary) entry.summary[locale] = record.summary;
      entry.url[locale] = `${publicUrl}${opportunityPagePath(locale, record.slug)}`;
      if (record.publishedAt && (!entry.publishedAt || Date.parse(record.publishedAt) < Date.parse(entry.publishedAt))) entry.publishedAt = record.publishedAt;
      items.set(record.documentId, entry);
    }
  }
  return [...items.values()];
}
