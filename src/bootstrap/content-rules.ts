import type { Core } from '@strapi/strapi';
import { PARTICIPATION_FORMAT, PILOT_MUNICIPALITY, TOOLKIT_DOCUMENT } from '../content-types';
import { findCodeProblems, findRangeProblems } from '../domain/code-validation';
import {
  participationFormatFields,
  pilotMunicipalityFields,
  toolkitDocumentFields,
  type CodedFields,
} from '../domain/content-fields';
import { toSlug } from '../domain/slug';
import { toValidationError } from '../validation-error';

interface ContentRule {
  fields: CodedFields;
  /** Attribute the slug is made from when an editor or import leaves it empty. */
  slugSource: string;
  ranges: ReadonlyArray<readonly [string, string]>;
}

const RULES: Record<string, ContentRule> = {
  [PARTICIPATION_FORMAT]: {
    fields: participationFormatFields,
    slugSource: 'name',
    ranges: [['participantsMin', 'participantsMax']],
  },
  [TOOLKIT_DOCUMENT]: { fields: toolkitDocumentFields, slugSource: 'title', ranges: [] },
  [PILOT_MUNICIPALITY]: { fields: pilotMunicipalityFields, slugSource: 'name', ranges: [] },
};

/**
 * Strapi keeps a slug per locale. A new translation takes the slug the document already has, so a
 * link to a format stays the same in every language.
 */
async function siblingSlug(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  const row = await strapi.db.query(uid as never).findOne({ where: { documentId, slug: { $notNull: true } }, select: ['slug'] });
  return (row as { slug?: string } | null)?.slug ?? null;
}

/**
 * Document-service middleware that applies the same rules to every writer: the admin, the
 * REST/GraphQL API (for tokens allowed to write) and the seed. It checks code lists that
 * Strapi cannot check on JSON attributes and fills an empty slug from another locale or from the name.
 */
export function registerContentRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const rule = RULES[context.uid];
    if (!rule || (context.action !== 'create' && context.action !== 'update')) return next();

    const params = context.params as { data?: Record<string, unknown> };
    const data = params.data;
    if (data) {
      const problems = [...findCodeProblems(data, rule.fields), ...findRangeProblems(data, rule.ranges)];
      if (problems.length > 0) throw toValidationError(problems);

      const wantsSlug = context.action === 'create' ? !data.slug : 'slug' in data && !data.slug;
      if (wantsSlug) {
        const documentId = (context.params as { documentId?: string }).documentId;
        const sibling = documentId ? await siblingSlug(strapi, context.uid, documentId) : null;
        const source = data[rule.slugSource];
        data.slug = sibling ?? (typeof source === 'string' && source.trim() ? toSlug(source) : data.slug);
      }
    }
    return next();
  });
}
