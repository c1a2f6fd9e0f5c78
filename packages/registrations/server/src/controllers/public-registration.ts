import type { Core } from '@strapi/strapi';
import { validationError, type FieldProblem } from '@mitwirken/strapi-plugin-kit';
import type { z } from 'zod';
import { buildRegistrationSchema, registrationFromForm } from '../domain/registration-input';
import { getService } from '../get-service';

export interface Context {
  request: { body?: unknown };
  status: number;
  body: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's issues as field problems, each message naming its field (unknown keys named as such). */
function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      return { path: [keys], message: `unknown field ${keys}` };
    }
    const path = issue.path.length ? issue.path.map(String) : ['(body)'];
    return { path, message: issue.message.includes(path[0]) ? issue.message : `${path.join('.')}: ${issue.message}` };
  });
}

/** HTTP adapter of the public registration: check the body, ask the service, answer 201. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async register(ctx: Context) {
    const body = ctx.request.body;
    if (!isRecord(body)) throw validationError([{ path: ['(body)'], message: 'the body must be an object with event, firstName, lastName, email and consent' }]);
    const parsed = buildRegistrationSchema(getService(strapi, 'settings').get().locales).safeParse(registrationFromForm(body));
    if (!parsed.success) throw validationError(problemsOf(parsed.error));
    const outcome = await getService(strapi, 'registrations').register(parsed.data);
    ctx.status = 201;
    ctx.body = { data: { state: outcome.state, waitlistPosition: outcome.waitlistPosition }, meta: { message: outcome.message } };
  },
});
