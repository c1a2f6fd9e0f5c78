import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PARTICIPATION_FORMAT, PILOT_MUNICIPALITY, TOOLKIT_DOCUMENT } from '../content-types';
import { findCodeProblems, findRangeProblems, type FieldProblem } from '../domain/code-validation';
import {
  participationFormatFields,
  pilotMunicipalityFields,
  toolkitDocumentFields,
  type CodedFields,
} from '../domain/content-fields';
import { toSlug } from '../domain/slug';

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

function toValidationError(problems: FieldProblem[]): errors.ValidationError {
  const message = problems.map((problem) => problem.message).join('; ');
  return new errors.ValidationError(message, {
    errors: problems.map((problem) => ({
      path: problem.path.split(/[[\].]/).filter(Boolean),
      message: problem.message,
      name: 'ValidationError',
      ...(problem.allowed ? { allowed: problem.allowed } : {}),
    })),
  });
}

/**
 * Document-service middleware that applies the same rules to every writer: the admin, the
 * REST/GraphQL API (for tokens allowed to write) and the seed. It checks code lists that
 * Strapi cannot check on JSON attributes and fills an empty slug from the name.
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

      const source = data[rule.slugSource];
      if (context.action === 'create' && !data.slug && typeof source === 'string' && source.trim()) {
        data.slug = toSlug(source);
      }
    }
    return next();
  });
}
