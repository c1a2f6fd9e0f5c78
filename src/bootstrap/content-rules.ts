import type { Core } from '@strapi/strapi';
import { randomUUID } from 'crypto';
import { PARTICIPATION_FORMAT, PARTICIPATION_OPPORTUNITY, PILOT_MUNICIPALITY, TOOLKIT_DOCUMENT } from '../content-types';
import { findCodeProblems, findRangeProblems, type FieldProblem } from '../domain/code-validation';
import {
  participationFormatFields,
  pilotMunicipalityFields,
  toolkitDocumentFields,
  type CodedFields,
} from '../domain/content-fields';
import { findOpportunityProblems, withDateKeys } from '../domain/opportunities/opportunity-rules';
import { toSlug } from '../domain/slug';
import { opportunityConfig } from '../api/participation-opportunity/opportunity-config';
import { toValidationError } from '../validation-error';

interface ContentRule {
  fields: CodedFields;
  /** Attribute the slug is made from when an editor or import leaves it empty. */
  slugSource: string;
  ranges: ReadonlyArray<readonly [string, string]>;
  /** Rules of the type beyond code lists and ranges. */
  problems?: (data: Record<string, unknown>) => FieldProblem[];
  /** Fills what the app derives before the data is stored. */
  prepare?: (data: Record<string, unknown>) => void;
}

const NO_CODED_FIELDS: CodedFields = { single: {}, multiple: {} };

type OpportunityService = ReturnType<typeof import('../api/participation-opportunity/services/participation-opportunity').default>;

/** A short, stable key per opportunity date: it becomes part of the date's calendar UID. */
const newDateKey = () => randomUUID().slice(0, 8);

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
  // Read now so that a wrong setting stops the start, not the first save.
  opportunityConfig(strapi);
  // The districts come from the service the admin's district widgets are answered from, so what
  // an editor is offered and what a save is checked against cannot differ.
  const districtCodes = () => (strapi.service(PARTICIPATION_OPPORTUNITY as never) as unknown as OpportunityService).districtCodes();
  const rules: Record<string, ContentRule> = {
    ...RULES,
    [PARTICIPATION_OPPORTUNITY]: {
      // The opportunity's code lists include the districts the city configured, so its own rules check them all.
      fields: NO_CODED_FIELDS,
      slugSource: 'title',
      ranges: [],
      problems: (data) => findOpportunityProblems(data, { districtCodes: districtCodes() }),
      prepare: (data) => {
        if ('dates' in data) data.dates = withDateKeys(data.dates, newDateKey);
      },
    },
  };

  strapi.documents.use(async (context, next) => {
    const rule = rules[context.uid];
    if (!rule || (context.action !== 'create' && context.action !== 'update')) return next();

    const params = context.params as { data?: Record<string, unknown> };
    const data = params.data;
    if (data) {
      const problems = [...findCodeProblems(data, rule.fields), ...findRangeProblems(data, rule.ranges), ...(rule.problems?.(data) ?? [])];
      if (problems.length > 0) throw toValidationError(problems);
      rule.prepare?.(data);

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
