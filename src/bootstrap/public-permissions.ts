import type { Core } from '@strapi/strapi';
import { PARTICIPATION_OPPORTUNITY, PUBLIC_CONTENT_TYPES } from '../content-types';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/**
 * What anonymous visitors may do: list and read each public type, subscribe to the opportunities'
 * calendars, and use the format finder.
 * Nothing here writes.
 */
export const PUBLIC_ACTIONS: readonly string[] = [
  ...PUBLIC_CONTENT_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  ...['calendar', 'filteredCalendar', 'eventCalendar'].map((action) => `${PARTICIPATION_OPPORTUNITY}.${action}`),
  'plugin::format-finder.finder.search',
  'plugin::format-finder.finder.searchBody',
  'plugin::format-finder.finder.criteria',
];

/**
 * Grants the given actions to the Public role once per action. The grant is remembered, so an
 * administrator who later revokes an action in the admin is not overruled at the next start.
 */
export async function grantPublicActions(strapi: Core.Strapi, actions: readonly string[]): Promise<string[]> {
  const store = strapi.store({ type: 'core', name: 'mitwirken' });
  const granted = ((await store.get({ key: 'public-grants' })) as string[] | null) ?? [];
  const pending = actions.filter((action) => !granted.includes(action));
  if (pending.length === 0) return [];

  const role = await strapi.db.query(ROLE).findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions Public role is missing');

  for (const action of pending) {
    const existing = await strapi.db.query(PERMISSION).findOne({ where: { action, role: role.id } });
    if (!existing) await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }
  await store.set({ key: 'public-grants', value: [...granted, ...pending] });
  return pending;
}
