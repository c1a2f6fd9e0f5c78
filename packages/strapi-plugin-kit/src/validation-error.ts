import { errors } from '@strapi/utils';

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

/** One entry of `details.errors`, in the shape Strapi's own validation answers with. */
export interface ValidationErrorDetail {
  path: string[];
  message: string;
  name: 'ValidationError';
  rule?: string;
  allowed?: string[];
}

/**
 * Strapi's 400 `ValidationError` built from field problems. It keeps the problems as they were
 * given, so a page that shows the form again reads them typed instead of from `details`.
 */
export class FieldValidationError extends errors.ValidationError<string, { errors: ValidationErrorDetail[] }> {
  readonly problems: readonly FieldProblem[];

  constructor(problems: readonly FieldProblem[], message = problems.map((problem) => problem.message).join('; ')) {
    super(message, {
      errors: problems.map((problem) => ({
        path: [...problem.path],
        message: problem.message,
        name: 'ValidationError' as const,
        ...(problem.rule ? { rule: problem.rule } : {}),
        ...(problem.allowed ? { allowed: [...problem.allowed] } : {}),
      })),
    });
    this.problems = problems;
  }
}

/** The error for these problems; `message` when the answer's message says more than the problems joined. */
export const validationError = (problems: readonly FieldProblem[], message?: string): FieldValidationError => new FieldValidationError(problems, message);
