import type { FieldProblem } from '@mitwirken/strapi-plugin-kit';
import type { z } from 'zod';

/** One thing wrong with the input (the kit's shape, so the finder's problems are the same). */
export type { FieldProblem };

/** A problem of one top-level field. */
export const fieldProblem = (field: string, message: string, extra: Pick<FieldProblem, 'allowed' | 'rule'> = {}): FieldProblem => ({ path: [field], message, ...extra });

/** The problems of a failed zod parse, each message naming its field. */
export function fieldProblemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      return { path: [keys], message: `unknown field ${keys}` };
    }
    const path = issue.path.length ? issue.path.map(String) : ['(body)'];
    const message = issue.message.includes(path[0]) ? issue.message : `${path.join('.')}: ${issue.message}`;
    const rule = issue.code === 'custom' ? (issue.params as { rule?: unknown } | undefined)?.rule : undefined;
    return typeof rule === 'string' ? { path, message, rule } : { path, message };
  });
}
