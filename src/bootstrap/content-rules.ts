import type { Core, UID } from '@strapi/strapi';
import { randomUUID } from 'crypto';
import { appService } from '../app-services';
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
import { isWebAddress } from '../domain/web-address';
import { opportunityConfig } from '../api/participation-opportunity/opportunity-config';
import { toValidationError } from '../validation-error';
import { mergeLikeClone } from '../domain/clone-merge';
import { createDocumentVersions, type LocaleParam } from './document-versions';

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

/** A short, stable key per opportunity date: it becomes part of the date's calendar UID. */
const newDateKey = () => randomUUID().slice(0, 8);

const RULES: Record<string, ContentRule> = {
  [PARTICIPATION_FORMAT]: {
    fields: participationFormatFields,
    slugSource: 'name',
    ranges: [['participantsMin', 'participantsMax']],
  },
  [TOOLKIT_DOCUMENT]: { fields: toolkitDocumentFields, slugSource: 'title', ranges: [] },
  [PILOT_MUNICIPALITY]: {
    fields: pilotMunicipalityFields,
    slugSource: 'name',
    ranges: [],
    problems: (data) =>
      typeof data.website === 'string' && data.website.trim() !== '' && !isWebAddress(data.website)
        ? [{ path: 'website', message: 'website must be a web address starting with https:// or http://' }]
        : [],
  },
};

/**
 * Strapi keeps a slug per locale. A new translation takes the slug the document already has, so a
 * link to a format stays the same in every language.
 */
async function siblingSlug(strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<string | null> {
  const row = await strapi.db.query(uid).findOne({ where: { documentId, slug: { $notNull: true } }, select: ['slug'] });
  return (row as { slug?: string } | null)?.slug ?? null;
}

type WriteParams = {
  data?: Record<string, unknown>;
  documentId?: string;
  locale?: LocaleParam;
};

function findProblems(rule: ContentRule, data: Record<string, unknown>): FieldProblem[] {
  return [...findCodeProblems(data, rule.fields), ...findRangeProblems(data, rule.ranges), ...(rule.problems?.(data) ?? [])];
}

function refuseProblems(rule: ContentRule, data: Record<string, unknown>): void {
  const problems = findProblems(rule, data);
  if (problems.length > 0) throw toValidationError(problems);
}

/**
 * Document-service middleware that applies the same rules to every writer (the admin, the
 * REST/GraphQL API for tokens allowed to write, the seed, the content bundle) and to every action
 * that writes: what create and update store, what a clone stores (the source overridden by the
 * clone's data), the draft a publish makes public, the published version a discarded draft is
 * replaced by. Actions that only remove (delete, unpublish) pass. It checks code lists that Strapi
 * cannot check on JSON attributes and fills an empty slug from another locale or from the name.
 */
export function registerContentRules(strapi: Core.Strapi): void {
  // Read now so that a wrong setting stops the start, not the first save.
  opportunityConfig(strapi);
  const versions = createDocumentVersions(strapi);
  // The districts come from the service the admin's district widgets are answered from, so what
  // an editor is offered and what a save is checked against cannot differ.
  const districtCodes = () => appService(strapi, PARTICIPATION_OPPORTUNITY).districtCodes();
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

  async function fillSlug(uid: UID.ContentType, rule: ContentRule, action: 'create' | 'update', params: WriteParams, data: Record<string, unknown>): Promise<void> {
    const wantsSlug = action === 'create' ? !data.slug : 'slug' in data && !data.slug;
    if (!wantsSlug) return;
    const sibling = params.documentId ? await siblingSlug(strapi, uid, params.documentId) : null;
    const source = data[rule.slugSource];
    data.slug = sibling ?? (typeof source === 'string' && source.trim() ? toSlug(source) : data.slug);
  }

  /** A copy gets an address of its own: the source's slug taken over would make two pages claim it. */
  async function uniqueSlug(uid: UID.ContentType, slug: unknown, locale: unknown): Promise<unknown> {
    if (typeof slug !== 'string' || !slug) return slug;
    const uids = strapi.plugin('content-manager').service('uid') as {
      findUniqueUID(input: { contentTypeUID: string; field: string; value: string; locale?: string }): Promise<string>;
    };
    return uids.findUniqueUID({ contentTypeUID: uid, field: 'slug', value: slug, locale: typeof locale === 'string' ? locale : undefined });
  }

  strapi.documents.use(async (context, next) => {
    const rule = rules[context.uid];
    if (!rule) return next();
    const uid = context.uid;
    const params = context.params as WriteParams;
    const documentId = params.documentId;

    switch (context.action) {
      case 'create': {
        // A create with status "published" publishes exactly what it stores.
        if (!params.data) break;
        refuseProblems(rule, params.data);
        rule.prepare?.(params.data);
        await fillSlug(uid, rule, 'create', params, params.data);
        break;
      }
      case 'update': {
        if (!params.data) break;
        // What the draft will hold (an update replaces the attributes it names), which is also
        // what an update with status "published" publishes.
        const [stored] = documentId ? await versions.find(uid, documentId, params.locale, 'draft') : [];
        refuseProblems(rule, stored ? { ...stored, ...params.data } : params.data);
        rule.prepare?.(params.data);
        await fillSlug(uid, rule, 'update', params, params.data);
        break;
      }
      case 'clone': {
        if (!documentId) break;
        const data = (params.data ??= {});
        const sources = await versions.find(uid, documentId, params.locale, 'draft');
        for (const source of sources) refuseProblems(rule, mergeLikeClone(source, data));
        rule.prepare?.(data);
        const [source] = sources;
        if (sources.length === 1) data.slug = await uniqueSlug(uid, data.slug || source.slug, source.locale);
        break;
      }
      case 'publish':
      case 'discardDraft': {
        // Publish makes the draft public, however its values got there; discarding the draft
        // makes the published version the draft again.
        if (!documentId) break;
        const from = context.action === 'publish' ? 'draft' : 'published';
        for (const version of await versions.find(uid, documentId, params.locale, from)) refuseProblems(rule, version);
        break;
      }
    }
    return next();
  });
}
