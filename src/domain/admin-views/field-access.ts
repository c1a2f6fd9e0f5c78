/**
 * Fields of the app's types whose visibility and editability are rules, not preferences: they are
 * enforced on every start, whatever an editor configured in "Configure the view". The pool
 * plugin's rules for its own types live in the package (POOL_FIELD_ACCESS).
 */
import type { FieldAccess } from '@mitwirken/strapi-plugin-kit/views';
import { OPPORTUNITY_DATE } from '../../content-types';

export type { FieldAccess } from '@mitwirken/strapi-plugin-kit/views';

export const FIELD_ACCESS: Readonly<Record<string, FieldAccess>> = {
  // A date's key is its calendar UID: changed by hand, subscribed calendars would show the date twice.
  [OPPORTUNITY_DATE]: { readOnly: ['key'] },
};
