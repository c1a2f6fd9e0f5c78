import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defaultSelection, type DigestItem } from '../domain/digest';
import { fieldProblem } from '../domain/field-problem';
import { getService } from '../get-service';
import { digestMailing, digestPreview, offeredDigestItems, pickedDigestItems } from '../mailing-kinds/digest';
import { createMailingRepository, type MailingRow } from '../repositories/mailing-repository';
import { validationError } from '../validation-error';

export type { DigestSource } from '../mailing-kinds/digest';

/**
 * The digest in the editor's hands: the items to pick from, a new digest (a draft mailing of kind
 * `digest`), and who it would reach. Sending it is the pipeline's (services/mailings.ts), rendering
 * it the digest kind's (mailing-kinds/digest.ts); this service calls neither.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const mailings = createMailingRepository(strapi);
  const settings = () => getService(strapi, 'settings');
  const context = () => getService(strapi, 'mailing-kinds').context();

  async function digestOr404(documentId: string): Promise<MailingRow> {
    const mailing = await mailings.findByDocumentId(documentId);
    if (!mailing || mailing.kind !== digestMailing.name) throw new errors.NotFoundError('digest not found');
    return mailing;
  }

  /** The preview with a sample recipient per language (the catalogue's preview names). */
  function previewOf(items: DigestItem[]) {
    const composer = getService(strapi, 'mail-composer');
    return digestPreview(context(), items, (language) => {
      const names = settings().catalogue(language).mailings;
      const sample = { id: 0, email: 'preview@example.org', emailNormalized: 'preview@example.org', language };
      return { firstName: names.previewFirstName, lastName: names.previewLastName, unsubscribeUrl: composer.unsubscribeUrl({ ...sample, firstName: '', lastName: '' }) };
    });
  }

  return {
    /** Whether the host named a digest source (the admin offers the digest kind only then). */
    enabled(): boolean {
      return Boolean(settings().get().digest.source);
    },

    /** The items an editor may pick, the default ones ticked: published since the last digest started, not listed by one, still to come. */
    async candidates(now = new Date()) {
      const items = await offeredDigestItems(context(), now);
      const lastStartedAt = await mailings.lastStartedAt(digestMailing.name);
      const selected = new Set(defaultSelection(items, lastStartedAt, await mailings.announcedItemIds(digestMailing.name)));
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
      const created = await mailings.createDraft({
        kind: digestMailing.name,
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
        const items = mailing.digestItems ?? (await pickedDigestItems(context(), mailing.digestItemIds ?? [], now));
        return previewOf(items);
      }
      const ids = documentIdOrItems.itemIds;
      if (!Array.isArray(ids)) throw validationError([fieldProblem('itemIds', 'itemIds must be a list of item ids')]);
      return previewOf(await pickedDigestItems(context(), ids.map(String), now));
    },
  };
};
