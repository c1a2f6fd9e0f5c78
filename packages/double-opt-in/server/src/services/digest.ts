import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { MailRenderer, RenderedMail } from '../delivery/mail-renderer';
import {
  defaultSelection,
  digestAudience,
  itemsFor,
  parseDigestItems,
  renderDigestMail,
  soonestFirst,
  type DigestItem,
  type MatchDimension,
} from '../domain/digest';
import { INTERESTS_DIMENSION, type Preferences } from '../domain/facets';
import { getService } from '../get-service';
import { fieldProblem } from '../domain/field-problem';
import { validationError } from '../validation-error';
import { createDigestRepository, type DigestMailingRow } from '../repositories/digest-repository';
import { createSubscriberRepository, type AudienceMember, type SubscriberRow } from '../repositories/subscriber-repository';

/** What a host's digest source offers: `strapi.service(config.digest.source).digestItems(…)`. */
export interface DigestSource {
  digestItems(options: { now: Date; locales: string[] }): Promise<unknown[]> | unknown[];
}

type Person = Pick<SubscriberRow, 'id' | 'firstName' | 'lastName' | 'email' | 'emailNormalized' | 'language' | 'interests' | 'facets'>;

/**
 * The digest mailing ("new opportunities"): one mail per confirmed member, listing only the items
 * that concern them, in their language. The items come from a service the host names (config
 * `digest.source`), so the plugin knows no content type of the host. Starting a digest keeps the
 * items as they were then (`digestItems` of the mailing) and writes a delivery row only for
 * members at least one item concerns; the outbox worker renders each mail when it sends it, with
 * the member's language and choices at that moment.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = createDigestRepository(strapi);
  const subscribers = createSubscriberRepository(strapi);
  const settings = () => getService(strapi, 'settings');
  const preferences = () => getService(strapi, 'preferences');
  const cache = new Map<number, { mailing: DigestMailingRow; until: number }>();

  function dimensions(): MatchDimension[] {
    const config = settings().get();
    return [{ name: INTERESTS_DIMENSION, concernsAll: [] }, ...config.facets.map((facet) => ({ name: facet.name, concernsAll: facet.concernsAll ?? [] }))];
  }

  function source(): DigestSource {
    const uid = settings().get().digest.source;
    if (!uid) throw new errors.ApplicationError('no digest source is configured (config digest.source)');
    const service = strapi.service(uid as never) as Partial<DigestSource> | undefined;
    if (!service || typeof service.digestItems !== 'function') throw new errors.ApplicationError(`digest.source ${uid} is not a service with digestItems()`);
    return service as DigestSource;
  }

  /** The items the source offers now (published, still to come), checked; items it hands over wrongly are logged and left out. */
  async function offered(now: Date): Promise<DigestItem[]> {
    const { items, problems } = parseDigestItems(await source().digestItems({ now, locales: [...settings().get().locales] }));
    if (problems.length) strapi.log.warn(`[double-opt-in] digest source: ${problems.length} item(s) left out: ${problems.slice(0, 5).join('; ')}`);
    return soonestFirst(items);
  }

  async function digestOr404(documentId: string): Promise<DigestMailingRow> {
    const mailing = await repository.findByDocumentId(documentId);
    if (!mailing || mailing.kind !== 'digest') throw new errors.NotFoundError('digest not found');
    return mailing;
  }

  /** The picked items as the source offers them now; ids it no longer offers drop out. */
  async function picked(ids: readonly string[], now: Date): Promise<DigestItem[]> {
    const wanted = new Set(ids.map(String));
    return (await offered(now)).filter((item) => wanted.has(item.id));
  }

  function render(items: readonly DigestItem[], person: Pick<Person, 'id' | 'firstName' | 'lastName' | 'email' | 'emailNormalized' | 'language'>, language: string): { rendered: ReturnType<typeof renderDigestMail>; headers: Record<string, string> } {
    const config = settings().get();
    const catalogue = settings().catalogue(language);
    const unsubscribeUrl = getService(strapi, 'mail-composer').unsubscribeUrl({ ...person, language });
    const rendered = renderDigestMail({
      texts: catalogue.digest,
      language,
      fallbackLanguage: config.locales[0],
      items,
      values: { firstName: person.firstName, lastName: person.lastName, unsubscribeUrl, dataRequestUrl: settings().urls.dataRequest(language) },
      footer: catalogue.unsubscribeFooter,
      dateLocale: catalogue.dateLocale,
      timeZone: config.digest.timeZone,
    });
    return { rendered, headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } };
  }

  const membersOf = (people: readonly AudienceMember[]) =>
    people.map((person) => ({ id: person.id, language: settings().locale(person.language), preferences: preferences().of(person) as Preferences }));

  /** Who would get the digest of these items now, and one example mail per language (sample name, a real member's choices). */
  async function previewOf(items: DigestItem[]) {
    const config = settings().get();
    const people = await subscribers.findConfirmedAudience();
    const members = membersOf(people);
    const audience = digestAudience(members, items, dimensions(), config.digest.maxItemsPerMail);
    const examples = config.locales.flatMap((language) => {
      const first = audience.recipients.find((recipient) => recipient.language === language);
      if (!first) return [];
      const member = members.find((candidate) => candidate.id === first.id)!;
      const names = settings().catalogue(language).mailings;
      const sample = { id: 0, firstName: names.previewFirstName, lastName: names.previewLastName, email: 'preview@example.org', emailNormalized: 'preview@example.org', language };
      const listed = itemsFor(member.preferences, items, dimensions(), config.digest.maxItemsPerMail);
      const { rendered } = render(listed, sample, language);
      return [{ language, itemCount: listed.length, subject: rendered.subject, text: rendered.text, html: rendered.html }];
    });
    return {
      items: items.length,
      recipients: audience.recipients.length,
      perLanguage: audience.perLanguage,
      withoutMatch: audience.withoutMatch,
      examples,
    };
  }

  async function renderDelivery(row: { mailingId: number | null }, subscriber: SubscriberRow | undefined): Promise<RenderedMail | null> {
    if (!row.mailingId || !subscriber || subscriber.status !== 'confirmed' || subscriber.suppressedAt) return null;
    let entry = cache.get(row.mailingId);
    if (!entry || entry.until < Date.now()) {
      const mailing = await repository.findById(row.mailingId);
      if (!mailing) return null;
      entry = { mailing, until: Date.now() + 60_000 };
      cache.set(row.mailingId, entry);
    }
    const language = settings().locale(subscriber.language);
    // Their choices now: someone who narrowed them since the start gets only what still concerns them, or nothing.
    const listed = itemsFor(preferences().of(subscriber), entry.mailing.digestItems ?? [], dimensions(), settings().get().digest.maxItemsPerMail);
    if (listed.length === 0) return null;
    const { rendered, headers } = render(listed, subscriber, language);
    return { subject: rendered.subject, textBody: rendered.text, htmlBody: rendered.html, headers };
  }

  /** The outbox's renderer of `digest` rows; a digest is closed, like any mailing, once its rows are done. */
  const renderer: MailRenderer = {
    needsSubscriber: true,
    render: (row, subscriber) => renderDelivery(row, subscriber),
    afterPass: () => getService(strapi, 'mailings').finishCompleted(),
  };

  return {
    renderer,

    /** Whether the host named a digest source (the admin offers the digest kind only then). */
    enabled(): boolean {
      return Boolean(settings().get().digest.source);
    },

    /** The items an editor may pick, the default ones ticked: published since the last digest started, still to come. */
    async candidates(now = new Date()) {
      const items = await offered(now);
      const lastStartedAt = await repository.lastStartedAt();
      const selected = new Set(defaultSelection(items, lastStartedAt));
      const language = settings().get().locales[0];
      return {
        lastDigestStartedAt: lastStartedAt,
        items: items.map((item) => ({
          id: item.id,
          title: item.title,
          startsAt: item.startsAt ?? null,
          publishedAt: item.publishedAt ?? null,
          facets: item.facets,
          url: item.url[language] ?? Object.values(item.url)[0] ?? null,
          selected: selected.has(item.id),
        })),
      };
    },

    /** A new digest (a draft mailing of kind `digest`); without `itemIds`, the default selection. */
    async create(input: { title?: unknown; itemIds?: unknown }, now = new Date()) {
      const title = typeof input.title === 'string' ? input.title.trim() : '';
      if (!title || title.length > 200) {
        throw validationError([fieldProblem('title', 'title is required (at most 200 characters)')]);
      }
      if (input.itemIds !== undefined && (!Array.isArray(input.itemIds) || input.itemIds.some((id) => typeof id !== 'string' && typeof id !== 'number'))) {
        throw validationError([fieldProblem('itemIds', 'itemIds must be a list of item ids')]);
      }
      const offeredNow = await this.candidates(now);
      const ids = input.itemIds === undefined ? offeredNow.items.filter((item) => item.selected).map((item) => item.id) : (input.itemIds as Array<string | number>).map(String);
      const known = new Set(offeredNow.items.map((item) => item.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length) {
        const message = `itemIds: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not published and upcoming`;
        throw validationError([fieldProblem('itemIds', message)]);
      }
      const language = settings().get().locales[0];
      const items = offeredNow.items.filter((item) => ids.includes(item.id));
      const created = await repository.createDraft({
        title,
        subject: settings().catalogue(language).digest.subject,
        // For the list and the archive; each member's mail is built from the items that concern them.
        body: items.map((item) => `- [${item.title[language] ?? Object.values(item.title)[0]}](${item.url ?? ''})`).join('\n') || '-',
        language,
        digestItemIds: ids,
      });
      return { documentId: created.documentId, itemIds: ids };
    },

    /** Before the start: how many members get it (per language), how many none of the items concerns, and one example per language. */
    async preview(documentIdOrItems: string | { itemIds: unknown }, now = new Date()) {
      if (typeof documentIdOrItems === 'string') {
        const mailing = await digestOr404(documentIdOrItems);
        // Once started, the preview shows what was sent: the items kept at the start.
        const items = mailing.digestItems ?? (await picked(mailing.digestItemIds ?? [], now));
        return previewOf(items);
      }
      const ids = documentIdOrItems.itemIds;
      if (!Array.isArray(ids)) throw validationError([fieldProblem('itemIds', 'itemIds must be a list of item ids')]);
      return previewOf(await picked(ids.map(String), now));
    },

    /** The example mail in one language, for the mailings' preview and test send. */
    async example(documentId: string, language: string) {
      const result = await this.preview(documentId);
      return result.examples.find((example) => example.language === language) ?? result.examples[0] ?? null;
    },

    /**
     * Inside the start's transaction: keeps the picked items as they are now and writes one
     * delivery row per member at least one of them concerns. Returns the number of rows.
     */
    async writeDeliveries(mailingId: number, now: Date): Promise<number> {
      const mailing = await repository.findById(mailingId);
      if (!mailing) throw new errors.NotFoundError('digest not found');
      const items = await picked(mailing.digestItemIds ?? [], now);
      if (items.length === 0) throw new errors.ApplicationError('none of the picked items is published and upcoming any more: pick items first');
      await repository.saveSnapshot(mailing.id, items);
      cache.delete(mailing.id);
      const people = await subscribers.findConfirmedAudience();
      const audience = digestAudience(membersOf(people), items, dimensions(), settings().get().digest.maxItemsPerMail);
      const emails = new Map(people.map((person) => [person.id, person.email]));
      await repository.insertDeliveries(
        mailing,
        audience.recipients.map((recipient) => ({ subscriberId: recipient.id, recipient: emails.get(recipient.id) as string })),
        settings().messageDomain(),
        now,
      );
      return audience.recipients.length;
    },
  };
};
