import { z } from 'zod';
import type { FieldProblem } from './code-validation';

export interface PublicQueryContext {
  /** Locale codes configured in the CMS. */
  locales: readonly string[];
  /** The REST API's `maxLimit`. */
  maxPageSize: number;
  /** Whether the caller may read drafts (API tokens for previews); anonymous visitors may not. */
  allowDrafts: boolean;
}

const positiveInteger = (name: string, max?: number) => {
  let schema = z.coerce.number({ message: `${name} must be a whole number` }).int(`${name} must be a whole number`).min(1, `${name} must be at least 1`);
  if (max !== undefined) schema = schema.max(max, `${name} must be at most ${max}`);
  return schema;
};

function paginationSchema(maxPageSize: number) {
  return z.strictObject(
    {
      page: positiveInteger('pagination[page]').optional(),
      pageSize: positiveInteger('pagination[pageSize]', maxPageSize).optional(),
      start: z.coerce.number().int('pagination[start] must be a whole number').min(0, 'pagination[start] must be at least 0').optional(),
      limit: positiveInteger('pagination[limit]', maxPageSize).optional(),
      withCount: z.enum(['true', 'false'], { message: 'pagination[withCount] must be true or false' }).optional(),
    },
    { message: 'pagination must be an object' },
  );
}

/**
 * Checks the parts of a public list or detail query that Strapi itself accepts too leniently:
 * pagination values (Strapi silently falls back to defaults), unknown locales (Strapi answers with
 * the default language as if it were the one asked for) and `status=draft` (Strapi would hand
 * unpublished drafts to anyone allowed to read).
 */
export function findPublicQueryProblems(query: Record<string, unknown>, context: PublicQueryContext): FieldProblem[] {
  const problems: FieldProblem[] = [];

  if ('status' in query) {
    const allowed = context.allowDrafts ? ['published', 'draft'] : ['published'];
    if (!allowed.includes(String(query.status))) {
      problems.push({
        path: 'status',
        message: context.allowDrafts
          ? `status must be one of ${allowed.join(', ')}`
          : 'status: only published entries are public; drafts need an API token',
        allowed,
      });
    }
  }

  if ('locale' in query) {
    const allowed = [...[...context.locales].sort(), '*'];
    if (typeof query.locale !== 'string' || !allowed.includes(query.locale)) {
      problems.push({ path: 'locale', message: `locale must be one of ${allowed.join(', ')}`, allowed });
    }
  }

  if ('pagination' in query) {
    const result = paginationSchema(context.maxPageSize).safeParse(query.pagination);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const path = ['pagination', ...issue.path.map(String)];
        problems.push({
          path: path.map((part, index) => (index === 0 ? part : `[${part}]`)).join(''),
          message:
            keys.length > 0
              ? `pagination has unknown keys ${keys.join(', ')}; allowed: page, pageSize, start, limit, withCount`
              : issue.message,
        });
      }
    }
    const pagination = query.pagination as Record<string, unknown> | undefined;
    if (pagination && typeof pagination === 'object' && ('page' in pagination || 'pageSize' in pagination) && ('start' in pagination || 'limit' in pagination)) {
      problems.push({ path: 'pagination', message: 'pagination takes either page and pageSize or start and limit, not both' });
    }
  }

  return problems;
}
