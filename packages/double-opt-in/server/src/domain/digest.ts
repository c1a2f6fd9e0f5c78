import { z } from 'zod';
import type { Preferences } from './facets';
import { escapeHtml } from './html';
import { fillHtml, fillText, footerHtml, mailDocument, oneLine } from './mail-html';
import { fillSlots, joinFixed, slotsOf } from './mail-slots';
import type { RenderedMail } from './mail-template';

/**
 * The digest mailing: which of the announced items concern a member, which items an editor is
 * offered by default, and the mail listing them. Pure: no Strapi; the host's items come in as data.
 */

const localized = z.record(z.string(), z.string());

/** One item a host's digest source hands over (e.g. a participation opportunity), in every language it has. */
export const digestItemSchema = z.object({
  id: z.union([z.string().min(1).max(100), z.number().int()]).transform(String),
  title: localized,
  summary: localized.nullish(),
  url: localized,
  /** Codes per dimension: `interests` and each configured facet (`districts`, …). */
  facets: z.record(z.string(), z.array(z.string())),
  startsAt: z.string().nullish(),
  /** IANA time zone of `startsAt` as the mail writes it; default: config `digest.timeZone`. */
  timeZone: z.string().nullish(),
  publishedAt: z.string().nullish(),
});

export type DigestItem = z.output<typeof digestItemSchema>;

/** The host's items, checked: the valid ones, and a sentence for each that is not. */
export function parseDigestItems(value: unknown): { items: DigestItem[]; problems: string[] } {
  if (!Array.isArray(value)) return { items: [], problems: ['the digest source must return an array of items'] };
  const items: DigestItem[] = [];
  const problems: string[] = [];
  value.forEach((candidate, index) => {
    const parsed = digestItemSchema.safeParse(candidate);
    if (parsed.success) items.push(parsed.data);
    else problems.push(`item ${index}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join(', ')}`);
  });
  return { items, problems };
}

export interface MatchDimension {
  name: string;
  /** Item codes that match whatever a member chose in this dimension ("whole city"). */
  concernsAll: readonly string[];
}

/**
 * An item concerns a member when, in every dimension, the member chose nothing (everything), or
 * the item's codes meet the member's, or the item carries a code that concerns everyone.
 */
export function itemMatches(item: Pick<DigestItem, 'facets'>, preferences: Preferences, dimensions: readonly MatchDimension[]): boolean {
  return dimensions.every((dimension) => {
    const chosen = preferences[dimension.name] ?? [];
    if (chosen.length === 0) return true;
    const offered = item.facets[dimension.name] ?? [];
    return offered.some((code) => chosen.includes(code) || dimension.concernsAll.includes(code));
  });
}

const startOf = (item: Pick<DigestItem, 'startsAt'>) => (item.startsAt ? Date.parse(item.startsAt) : Number.POSITIVE_INFINITY);

/** Soonest first; items without a start last; equal starts by id, so every mail lists them alike. */
export function soonestFirst<T extends Pick<DigestItem, 'startsAt' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => startOf(a) - startOf(b) || a.id.localeCompare(b.id));
}

// A digest picks the items of every member from the same list: it is sorted once, and each
// member's selection keeps that order.
const sortedLists = new WeakMap<readonly DigestItem[], DigestItem[]>();
function sortedOnce(items: readonly DigestItem[]): DigestItem[] {
  let sorted = sortedLists.get(items);
  if (!sorted) {
    sorted = soonestFirst(items);
    sortedLists.set(items, sorted);
  }
  return sorted;
}

/** The items of one member's mail: those that concern them, soonest first, at most `max`. Empty: no mail. */
export function itemsFor(preferences: Preferences, items: readonly DigestItem[], dimensions: readonly MatchDimension[], max = Number.POSITIVE_INFINITY): DigestItem[] {
  const listed: DigestItem[] = [];
  for (const item of sortedOnce(items)) {
    if (listed.length >= max) break;
    if (itemMatches(item, preferences, dimensions)) listed.push(item);
  }
  return listed;
}

/**
 * What an editor is offered ticked: items published since the last digest started (all of them
 * when there was none) that no earlier digest listed. The source offers only published items
 * still to come. `announced` matters because publishing an item again moves its `publishedAt`:
 * without it, a corrected item would be ticked again and go out twice.
 */
export function defaultSelection(
  items: readonly Pick<DigestItem, 'id' | 'publishedAt'>[],
  lastDigestStartedAt: Date | null,
  announced: ReadonlySet<string> = new Set(),
): string[] {
  return items
    .filter((item) => !announced.has(item.id))
    .filter((item) => !lastDigestStartedAt || !item.publishedAt || Date.parse(item.publishedAt) > lastDigestStartedAt.getTime())
    .map((item) => item.id);
}

export interface DigestMember {
  id: number;
  language: string;
  preferences: Preferences;
}

export interface DigestAudience {
  /** Members who get a mail, with how many items theirs lists. */
  recipients: Array<{ id: number; language: string; itemCount: number }>;
  /** Members none of the items concerns: no mail, no delivery row. */
  withoutMatch: number;
  perLanguage: Record<string, number>;
}

/** Who gets the digest: every member at least one item concerns. */
export function digestAudience(members: readonly DigestMember[], items: readonly DigestItem[], dimensions: readonly MatchDimension[], max?: number): DigestAudience {
  const recipients: DigestAudience['recipients'] = [];
  const perLanguage: Record<string, number> = {};
  let withoutMatch = 0;
  for (const member of members) {
    const count = itemsFor(member.preferences, items, dimensions, max).length;
    if (count === 0) {
      withoutMatch += 1;
      continue;
    }
    recipients.push({ id: member.id, language: member.language, itemCount: count });
    perLanguage[member.language] = (perLanguage[member.language] ?? 0) + 1;
  }
  return { recipients, withoutMatch, perLanguage };
}

/** The texts of a digest mail in one language (`digest` of the catalogue). */
export interface DigestTexts {
  subject: string;
  greeting: string;
  intro: string;
  more: string;
  when: string;
  choices: string;
}

export interface DigestMailInput {
  texts: DigestTexts;
  /** The member's language: the items' titles, summaries and links in it (else in `fallbackLanguage`). */
  language: string;
  fallbackLanguage: string;
  items: readonly DigestItem[];
  values: { firstName: string; lastName: string; unsubscribeUrl: string; dataRequestUrl: string };
  footer: string;
  dateLocale: string;
  timeZone: string;
}

function pick(text: Record<string, string> | null | undefined, language: string, fallback: string): string {
  if (!text) return '';
  return text[language] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

// Building an Intl.DateTimeFormat costs far more than formatting with it, and a digest formats the
// same few dates for every member: one formatter per locale and time zone.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}\u0000${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

// Every member's mail shows the same few dates: each is formatted once per locale and time zone.
const formattedDates = new WeakMap<DigestItem, Map<string, string | null>>();

function when(item: DigestItem, input: Pick<DigestMailInput, 'dateLocale' | 'timeZone'>): string | null {
  if (!item.startsAt) return null;
  const timeZone = item.timeZone || input.timeZone;
  const key = `${input.dateLocale}\u0000${timeZone}`;
  let byFormat = formattedDates.get(item);
  if (!byFormat) formattedDates.set(item, (byFormat = new Map()));
  if (!byFormat.has(key)) {
    const date = new Date(item.startsAt);
    byFormat.set(key, Number.isNaN(date.getTime()) ? null : dateFormat(input.dateLocale, timeZone).format(date));
  }
  return byFormat.get(key) ?? null;
}

const SAFE_URL = /^https?:\/\//i;

/** An item as one mail lists it: in the member's language, with its date written out. */
interface DigestEntry {
  title: string;
  summary: string;
  url: string;
  when: string | null;
}

function entryOf(item: DigestItem, input: Pick<DigestMailInput, 'language' | 'fallbackLanguage' | 'dateLocale' | 'timeZone'>): DigestEntry {
  const { language, fallbackLanguage } = input;
  return {
    title: pick(item.title, language, fallbackLanguage),
    summary: pick(item.summary, language, fallbackLanguage),
    url: pick(item.url, language, fallbackLanguage),
    when: when(item, input),
  };
}

function entryText(entry: DigestEntry, texts: DigestTexts): string {
  return [`* ${entry.title}`, entry.when ? `  ${texts.when}: ${entry.when}` : '', entry.summary ? `  ${entry.summary.replace(/\s*\n\s*/g, ' ')}` : '', entry.url ? `  ${texts.more}: ${entry.url}` : '']
    .filter(Boolean)
    .join('\n');
}

function entryHtml(entry: DigestEntry, texts: DigestTexts): string {
  const heading = entry.url && SAFE_URL.test(entry.url) ? `<a href="${escapeHtml(entry.url)}">${escapeHtml(entry.title)}</a>` : escapeHtml(entry.title);
  return [
    '<li style="margin-bottom: 1em;">',
    `<h2 style="font-size: 18px; margin: 0 0 .25em;">${heading}</h2>`,
    entry.when ? `<p style="margin: 0;"><strong>${escapeHtml(texts.when)}:</strong> ${escapeHtml(entry.when)}</p>` : '',
    entry.summary ? `<p style="margin: .25em 0 0;">${escapeHtml(entry.summary)}</p>` : '',
    '</li>',
  ].join('');
}

/** One member's digest: the items in their language, as plain text and accessible HTML, with the unsubscribe footer. */
export function renderDigestMail(input: DigestMailInput): RenderedMail {
  const { texts, values } = input;
  const subject = oneLine(fillText(texts.subject, values));
  const entries = input.items.map((item) => entryOf(item, input));

  const textParts = [fillText(texts.greeting, values), fillText(texts.intro, values)];
  for (const entry of entries) textParts.push(entryText(entry, texts));
  textParts.push(fillText(texts.choices, values));
  const text = `${textParts.join('\n\n')}\n\n-- \n${fillText(input.footer.trim(), values)}`;

  const itemHtml = entries.map((entry) => entryHtml(entry, texts));
  const html = mailDocument(input.language, subject, [
    `<p>${fillHtml(escapeHtml(texts.greeting), values)}</p>`,
    `<p>${fillHtml(escapeHtml(texts.intro), values)}</p>`,
    `<ul style="padding-left: 1.2em;">${itemHtml.join('\n')}</ul>`,
    `<p>${fillHtml(escapeHtml(texts.choices), values)}</p>`,
    '<hr>',
    footerHtml(input.footer, values),
  ]);
  return { subject, text, html };
}

/** A digest's texts in one language prepared once: `render` makes one member's mail. */
export interface CompiledDigestMail {
  /** Equal, byte for byte, to `renderDigestMail` with the same texts and these items and values. */
  render(items: readonly DigestItem[], values: DigestMailInput['values']): RenderedMail;
}

// Stand-ins for where the document puts the subject and the body; escapeHtml leaves them alone.
const SUBJECT_MARK = '\u0000subject\u0000';
const BODY_MARK = '\u0000body\u0000';

/**
 * `renderDigestMail` in two steps: the greeting, intro, choices and footer are split into fixed
 * pieces and placeholders once per language, and each item's text and HTML are written once (kept
 * with the item); per member only the values are put in and their items' pieces joined.
 */
export function compileDigestMail(input: Omit<DigestMailInput, 'items' | 'values'>): CompiledDigestMail {
  const { texts } = input;
  const subjectSlots = slotsOf(texts.subject, 'text');
  const textHead = joinFixed([...slotsOf(texts.greeting, 'text'), '\n\n', ...slotsOf(texts.intro, 'text'), '\n\n']);
  const textTail = joinFixed([...slotsOf(texts.choices, 'text'), '\n\n-- \n', ...slotsOf(input.footer.trim(), 'text')]);
  const document = mailDocument(input.language, SUBJECT_MARK, [BODY_MARK]);
  const [before, rest] = document.split(SUBJECT_MARK);
  const [between, after] = rest.split(BODY_MARK);
  const htmlHead = joinFixed([
    '<p>',
    ...slotsOf(escapeHtml(texts.greeting), 'html'),
    '</p>\n<p>',
    ...slotsOf(escapeHtml(texts.intro), 'html'),
    '</p>\n<ul style="padding-left: 1.2em;">',
  ]);
  // The footer without values keeps every placeholder (a prototype-less object has no name at all).
  const htmlTail = joinFixed(['</ul>\n<p>', ...slotsOf(escapeHtml(texts.choices), 'html'), '</p>\n<hr>\n', ...slotsOf(footerHtml(input.footer, Object.create(null)), 'html')]);
  const pieces = new WeakMap<DigestItem, { text: string; html: string }>();
  const piecesOf = (item: DigestItem) => {
    let kept = pieces.get(item);
    if (!kept) {
      const entry = entryOf(item, input);
      kept = { text: entryText(entry, texts), html: entryHtml(entry, texts) };
      pieces.set(item, kept);
    }
    return kept;
  };
  return {
    render(items, values) {
      const subject = oneLine(fillSlots(subjectSlots, values));
      let text = fillSlots(textHead, values);
      let list = '';
      items.forEach((item, index) => {
        const { text: itemText, html } = piecesOf(item);
        text += `${itemText}\n\n`;
        list += index === 0 ? html : `\n${html}`;
      });
      text += fillSlots(textTail, values);
      const html = `${before}${escapeHtml(subject)}${between}${fillSlots(htmlHead, values)}${list}${fillSlots(htmlTail, values)}${after}`;
      return { subject, text, html };
    },
  };
}
