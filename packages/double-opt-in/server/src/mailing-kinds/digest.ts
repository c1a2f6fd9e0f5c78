import { errors } from '@strapi/utils';
import { compileDigestMail, digestAudience, itemsFor, parseDigestItems, soonestFirst, type CompiledDigestMail, type DigestItem, type MatchDimension } from '../domain/digest';
import { INTERESTS_DIMENSION } from '../domain/facets';
import type { RenderedMail } from '../domain/mail-template';
import type { AudienceMember } from '../repositories/subscriber-repository';
import type { MailingKind, MailingKindContext, MailingRecipient } from './mailing-kind';

/** What a host's digest source offers: `strapi.service(config.digest.source).digestItems(…)`. */
export interface DigestSource {
  digestItems(options: { now: Date; locales: string[] }): Promise<unknown[]> | unknown[];
}

/** The dimensions an item is matched on: interests, then each configured facet. */
export function digestDimensions(context: MailingKindContext): MatchDimension[] {
  const config = context.config();
  return [{ name: INTERESTS_DIMENSION, concernsAll: [] }, ...config.facets.map((facet) => ({ name: facet.name, concernsAll: facet.concernsAll ?? [] }))];
}

function sourceOf(context: MailingKindContext): DigestSource {
  const uid = context.config().digest.source;
  if (!uid) throw new errors.ApplicationError('no digest source is configured (config digest.source)');
  const service = context.hostService(uid) as Partial<DigestSource> | undefined;
  if (!service || typeof service.digestItems !== 'function') throw new errors.ApplicationError(`digest.source ${uid} is not a service with digestItems()`);
  return service as DigestSource;
}

/** The items the host's source offers now (published, still to come), checked; items it hands over wrongly are logged and left out. */
export async function offeredDigestItems(context: MailingKindContext, now: Date): Promise<DigestItem[]> {
  const { items, problems } = parseDigestItems(await sourceOf(context).digestItems({ now, locales: [...context.config().locales] }));
  if (problems.length) context.warn(`[double-opt-in] digest source: ${problems.length} item(s) left out: ${problems.slice(0, 5).join('; ')}`);
  return soonestFirst(items);
}

/** The picked items as the source offers them now; ids it no longer offers drop out. */
export async function pickedDigestItems(context: MailingKindContext, ids: readonly string[], now: Date): Promise<DigestItem[]> {
  const wanted = new Set(ids.map(String));
  return (await offeredDigestItems(context, now)).filter((item) => wanted.has(item.id));
}

/**
 * The digest's texts compiled once per language and config (the catalogue object stays the same
 * while the config does); each item's pieces are kept with the item the mailing holds, so a
 * digest to thousands writes each item once.
 */
const compiledDigests = new WeakMap<object, Map<string, CompiledDigestMail>>();
function compiledDigest(context: MailingKindContext, language: string): CompiledDigestMail {
  const config = context.config();
  const catalogue = context.catalogue(language);
  let perZone = compiledDigests.get(catalogue);
  if (!perZone) {
    perZone = new Map();
    compiledDigests.set(catalogue, perZone);
  }
  const key = `${language}\u0000${config.locales[0]}\u0000${config.digest.timeZone}`;
  let compiled = perZone.get(key);
  if (!compiled) {
    compiled = compileDigestMail({ texts: catalogue.digest, language, fallbackLanguage: config.locales[0], footer: catalogue.unsubscribeFooter, dateLocale: catalogue.dateLocale, timeZone: config.digest.timeZone });
    perZone.set(key, compiled);
  }
  return compiled;
}

/** One member's digest of these items, in a language. */
export function digestMail(context: MailingKindContext, items: readonly DigestItem[], person: Pick<MailingRecipient, 'firstName' | 'lastName' | 'unsubscribeUrl'>, language: string): RenderedMail {
  return compiledDigest(context, language).render(items, { firstName: person.firstName, lastName: person.lastName, unsubscribeUrl: person.unsubscribeUrl, dataRequestUrl: context.dataRequestUrl(language) });
}

const membersOf = (context: MailingKindContext, people: readonly AudienceMember[]) =>
  people.map((person) => ({ id: person.id, language: context.locale(person.language), preferences: context.preferencesOf(person) }));

/**
 * Who would get the digest of these items now (per language, and how many none concerns), and
 * one example mail per language: a sample recipient of that language with a real member's choices.
 */
export async function digestPreview(context: MailingKindContext, items: DigestItem[], sampleIn: (language: string) => Pick<MailingRecipient, 'firstName' | 'lastName' | 'unsubscribeUrl'>) {
  const config = context.config();
  const members = membersOf(context, await context.confirmedMembers());
  const dimensions = digestDimensions(context);
  const audience = digestAudience(members, items, dimensions, config.digest.maxItemsPerMail);
  const examples = config.locales.flatMap((language) => {
    const first = audience.recipients.find((recipient) => recipient.language === language);
    const member = first && members.find((candidate) => candidate.id === first.id);
    if (!member) return [];
    const listed = itemsFor(member.preferences, items, dimensions, config.digest.maxItemsPerMail);
    const rendered = digestMail(context, listed, sampleIn(language), language);
    return [{ language, itemCount: listed.length, subject: rendered.subject, text: rendered.text, html: rendered.html }];
  });
  return { items: items.length, recipients: audience.recipients.length, perLanguage: audience.perLanguage, withoutMatch: audience.withoutMatch, examples };
}

/**
 * The digest ("new opportunities"): one mail per confirmed member, in their language, listing only
 * the items that concern them. The items come from a service the host names (config
 * `digest.source`), so the plugin knows no content type of the host. At the start the items are
 * kept as they were then (the snapshot `digestItems`), and only members at least one of them
 * concerns get a row; each mail is rendered with the member's choices at the moment it is sent.
 */
export const digestMailing: MailingKind = {
  name: 'digest',
  outboxKind: 'digest',

  async audience(mailing, context, now) {
    const items = await pickedDigestItems(context, mailing.digestItemIds ?? [], now);
    if (items.length === 0) throw new errors.ApplicationError('none of the picked items is published and upcoming any more: pick items first');
    const people = await context.confirmedMembers();
    const audience = digestAudience(membersOf(context, people), items, digestDimensions(context), context.config().digest.maxItemsPerMail);
    const emails = new Map(people.map((person) => [person.id, person.email]));
    return {
      recipients: audience.recipients.map((recipient) => ({ subscriberId: recipient.id, email: emails.get(recipient.id) ?? '' })),
      snapshot: { digestItems: items },
    };
  },

  render(mailing, recipient, context) {
    // Their choices now: someone who narrowed them since the start gets only what still concerns them, or nothing.
    const listed = itemsFor(context.preferencesOf(recipient), mailing.digestItems ?? [], digestDimensions(context), context.config().digest.maxItemsPerMail);
    return listed.length === 0 ? null : digestMail(context, listed, recipient, recipient.language);
  },

  async example(mailing, sample, context, now) {
    // Once started, the example shows what was sent: the items kept at the start.
    const items = mailing.digestItems ?? (await pickedDigestItems(context, mailing.digestItemIds ?? [], now));
    const { examples } = await digestPreview(context, items, () => sample);
    const example = examples.find((candidate) => candidate.language === context.locale(mailing.language)) ?? examples[0];
    return example ? { subject: example.subject, text: example.text, html: example.html } : null;
  },
};
