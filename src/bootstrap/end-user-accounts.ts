import type { Core } from '@strapi/strapi';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/**
 * The users-permissions routes through which anyone creates an end-user account or has mail sent:
 * sign-up, sign-in through a provider (which creates the account), the password and confirmation
 * mails. The product has no end-user accounts (editors use the admin, citizens the pool), so the
 * Public role loses these unless a city switches them on. Login with an account an administrator
 * made (`auth.callback`, `auth.refresh`) stays.
 */
export const END_USER_SIGNUP_ACTIONS: readonly string[] = [
  'plugin::users-permissions.auth.register',
  'plugin::users-permissions.auth.connect',
  'plugin::users-permissions.auth.forgotPassword',
  'plugin::users-permissions.auth.resetPassword',
  'plugin::users-permissions.auth.emailConfirmation',
  'plugin::users-permissions.auth.sendEmailConfirmation',
];

/** `USERS_REGISTER_ENABLED`: unset or `false` keeps the end-user sign-up off, `true` switches it on; anything else stops the start. */
export function endUserSignupEnabled(value: string | undefined): boolean {
  const normalized = (value ?? '').trim().toLowerCase();
  if (normalized === '' || normalized === 'false') return false;
  if (normalized === 'true') return true;
  throw new Error(`USERS_REGISTER_ENABLED must be true or false (was "${value}")`);
}

/**
 * Applies the switch at every start, so that the environment, not a click in the admin, decides:
 * off sets the users-permissions advanced setting `allow_register` to false (a provider sign-in
 * then creates no account either) and takes the actions above from the Public role; on sets it
 * to true and gives the actions back.
 */
export async function applyEndUserSignup(strapi: Core.Strapi, enabled: boolean): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) as Record<string, unknown> | null) ?? {};
  if (advanced.allow_register !== enabled) await store.set({ key: 'advanced', value: { ...advanced, allow_register: enabled } });

  const role = await strapi.db.query(ROLE).findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions Public role is missing');
  if (!enabled) {
    await strapi.db.query(PERMISSION).deleteMany({ where: { action: { $in: [...END_USER_SIGNUP_ACTIONS] }, role: role.id } });
    return;
  }
  for (const action of END_USER_SIGNUP_ACTIONS) {
    const existing = await strapi.db.query(PERMISSION).findOne({ where: { action, role: role.id } });
    if (!existing) await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }
}
