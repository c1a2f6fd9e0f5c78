import { errors } from '@strapi/utils';
import type { FieldProblem } from './domain/code-validation';

/** Turns field problems into Strapi's 400 ValidationError, in the shape Strapi's own validation uses. */
export function toValidationError(problems: FieldProblem[]): errors.ValidationError {
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
