import type { z } from 'zod';

/**
 * One thing wrong with the input, where it is and, when the choice is closed, what is allowed.
 * The path comes straight from the schema (`['districts', '0']`), so whoever words the problem
 * for a person reads the field from it without parsing a string.
 */
export interface FieldProblem {
  path: readonly string[];
  message: string;
  allowed?: readonly string[];
  /** Which rule refused it, where a caller words it in the person's language (`name-with-link`). */
  rule?: string;
}

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
