import type { Core, Modules } from '@strapi/strapi';
import { PARTICIPATION_OPPORTUNITY } from '../../../content-types';
import type { StoredOpportunity } from '../../../domain/opportunities/public-opportunity';
import { readableOpportunity } from '../../../domain/opportunities/readable-opportunity';

const POPULATE = {
  dates: true,
  place: true,
  format: { fields: ['slug', 'name'] },
  toolkitDocuments: { fields: ['slug', 'title'] },
} satisfies Modules.Documents.Params.Pick<typeof PARTICIPATION_OPPORTUNITY, 'populate'>['populate'];

type StoredDocument = Modules.Documents.Result<typeof PARTICIPATION_OPPORTUNITY>;

/**
 * The stored record as the domain reads it. Strapi's `Modules.Documents.Result` types every
 * attribute as optional and JSON attributes as `JSONValue`; the schema's required attributes, the
 * populate above and the write rules' code lists make it a StoredOpportunity, and
 * readableOpportunity makes safe whatever a row holds beyond that.
 */
const storedOpportunity = (document: StoredDocument) => readableOpportunity(document as StoredOpportunity);

const DOCUMENT_ID = /^[a-z0-9]{24}$/;

/**
 * The only code that reads opportunities from the database; it reads published versions only and
 * hands them over with any stored value the public must not get made safe (see readableOpportunity).
 */
export function createOpportunityRepository(strapi: Core.Strapi) {
  const documents = () => strapi.documents(PARTICIPATION_OPPORTUNITY);

  return {
    /** Every published opportunity of a language. A city publishes hundreds, not millions: the list filters in memory. */
    async findPublished(locale: string): Promise<StoredOpportunity[]> {
      const found = await documents().findMany({ locale, status: 'published', populate: POPULATE });
      return found.map(storedOpportunity);
    },

    /** One published opportunity by its documentId or its slug. */
    async findPublishedOne(idOrSlug: string, locale: string): Promise<StoredOpportunity | null> {
      const filters = DOCUMENT_ID.test(idOrSlug) ? { $or: [{ documentId: idOrSlug }, { slug: idOrSlug }] } : { slug: idOrSlug };
      const found = await documents().findFirst({ locale, status: 'published', filters, populate: POPULATE });
      return found ? storedOpportunity(found) : null;
    },
  };
}

export type OpportunityRepository = ReturnType<typeof createOpportunityRepository>;
