import type { Core } from '@strapi/strapi';
import { ALL_ACTION_IDS as POOL_ACTIONS, actionId as poolActionId } from '@mitwirken/strapi-plugin-double-opt-in/constants';
import { isContentTypeUid, isLocalized } from '../content-type-schema';
import { PARTICIPATION_OPPORTUNITY, PUBLIC_CONTENT_TYPES } from '../content-types';
import { AUDIT_ENTRY, CONSENT_EVENT, MAILING, MAIL_TEMPLATE, OUTBOX_MESSAGE, RATE_LIMIT_COUNTER, SUBSCRIBER } from '@mitwirken/strapi-plugin-double-opt-in/constants';
import { PREVIEW_ACTION as FINDER_PREVIEW } from '@mitwirken/strapi-plugin-format-finder/strapi-server';
import { RATE_LIMIT_COUNTER as REGISTRATION_RATE_LIMIT, REGISTRATION } from '@mitwirken/strapi-plugin-registrations/strapi-server';

/** The role of the pool's office; found by its code, so an administrator may rename it. */
export const POOL_ROLE_CODE = 'mitwirken-pool-office';
export const POOL_ROLE_NAME = 'Mitmach-Pool';
const POOL_ROLE_DESCRIPTION =
  'Betreut den Mitmach-Pool: Mitglieder und Nachweise ansehen, Liste exportieren, Rundmails und Mail-Texte schreiben und versenden. / Runs the participation pool.';

export const EDITOR_ROLE_CODE = 'strapi-editor';
export const AUTHOR_ROLE_CODE = 'strapi-author';

/** Content types with the members' personal data: only the pool's office reads them. */
export const POOL_PERSONAL_DATA_TYPES = [SUBSCRIBER, CONSENT_EVENT, OUTBOX_MESSAGE, RATE_LIMIT_COUNTER, AUDIT_ENTRY] as const;

const CM = 'plugin::content-manager.explorer';

/** Nobody's job needs these: the hash of a pending confirmation link and its expiry. */
const UNREADABLE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  [SUBSCRIBER]: ['confirmTokenHash', 'confirmTokenExpiresAt'],
};

/** What the pool's office may do in the content manager, per type. */
const POOL_ROLE_CONTENT: ReadonlyArray<readonly [string, readonly string[]]> = [
  [SUBSCRIBER, ['read']],
  [CONSENT_EVENT, ['read']],
  [OUTBOX_MESSAGE, ['read']],
  [AUDIT_ENTRY, ['read']],
  [MAILING, ['create', 'read', 'update', 'delete']],
  [MAIL_TEMPLATE, ['create', 'read', 'update']],
];

type Step =
  | 'pool-role'
  | 'editor-author-without-pool'
  | 'finder-preview'
  | 'editor-author-locales'
  | 'editor-author-public-content'
  | 'editor-author-opportunities'
  | 'pool-import'
  | 'registrations-personal-data';

/** Who registered for an opportunity: personal data, read by the pool's office, by no Editor or Author. */
const REGISTRATION_TYPES = [REGISTRATION, REGISTRATION_RATE_LIMIT] as const;

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

/**
 * The admin roles the product ships with, set up once per step and remembered (like the public
 * role's grants), so an administrator's later change to any role is never overruled on restart:
 * - "Mitmach-Pool" gets the pool's actions and its content types;
 * - Editor and Author lose the members' personal data, the mail texts and the pool's actions
 *   (Strapi gives them every content type when it creates them); Editors keep writing mailing
 *   drafts, which only the pool's office can test-send and start;
 * - Editor and Author may use the format finder's preview, since they maintain the formats;
 * - Editor and Author may work in every content locale: Strapi creates them before the locales
 *   exist, without a locale on their permissions, which its i18n plugin reads as "no locale", so an
 *   Editor could create a German format and then not open it;
 * - Editors have full access to the public content (Strapi 5.54 creates them without delete and
 *   publish), Authors the same on what they created themselves, except publishing;
 * - the same for participation opportunities, a type added later: its own step, so an installation
 *   that set up its roles before it existed gets it, and an administrator's earlier changes to the
 *   other types' permissions are not undone;
 * - "Mitmach-Pool" may import the list the office kept before (a later action of the plugin, so
 *   roles set up before it get it here; a fresh role already has it from `pool-role`);
 * - the registrations (a later plugin, so its own step): Editor and Author lose them (Strapi gave
 *   them every type, these too), "Mitmach-Pool" reads them.
 */
export async function setUpAdminRoles(strapi: Core.Strapi): Promise<Step[]> {
  const store = strapi.store({ type: 'core', name: 'mitwirken' });
  const done = ((await store.get({ key: 'admin-role-steps' })) as Step[] | null) ?? [];
  const roles = strapi.service('admin::role');
  const fieldsOf = (uid: string) => {
    const [permission] = strapi.service('admin::content-type').getPermissionsWithNestedFields([{ actionId: `${CM}.read`, subjects: [uid], options: { applyToProperties: ['fields'] } }]);
    const fields = (permission?.properties?.fields as string[] | undefined) ?? [];
    return fields.filter((field) => !UNREADABLE_FIELDS[uid]?.includes(field));
  };
  const localesFor = async (uid: string) => {
    if (!isContentTypeUid(strapi, uid) || !isLocalized(strapi.contentType(uid))) return undefined;
    const locales = (await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>;
    return locales.map((locale) => locale.code);
  };
  const roleByCode = (code: string) => strapi.db.query('admin::role').findOne({ where: { code } }) as Promise<{ id: number } | null>;

  /** Editors: full access to `types`; Authors: the same on their own entries, without publishing. */
  const grantPublicContent = async (types: readonly string[]) => {
    const wanted: Array<[string, readonly string[], string[]]> = [
      [EDITOR_ROLE_CODE, ['create', 'read', 'update', 'delete', 'publish'], []],
      [AUTHOR_ROLE_CODE, ['create', 'read', 'update', 'delete'], ['admin::is-creator']],
    ];
    for (const [code, actions, conditions] of wanted) {
      const role = await roleByCode(code);
      if (!role) continue;
      const held = (await strapi.db.query('admin::permission').findMany({ where: { role: { id: role.id } }, select: ['action', 'subject'] })) as Array<{ action: string; subject: string | null }>;
      const missing: PermissionInput[] = [];
      for (const uid of types) {
        const locales = await localesFor(uid);
        for (const action of actions) {
          if (held.some((permission) => permission.action === `${CM}.${action}` && permission.subject === uid)) continue;
          const withFields = ['create', 'read', 'update'].includes(action);
          missing.push({ action: `${CM}.${action}`, subject: uid, properties: { ...(withFields ? { fields: fieldsOf(uid) } : {}), ...(locales ? { locales } : {}) }, conditions });
        }
      }
      if (missing.length > 0) await roles.addPermissions(role.id, missing);
    }
  };

  const steps: Record<Step, () => Promise<void>> = {
    'pool-role': async () => {
      let role = await roleByCode(POOL_ROLE_CODE);
      if (!role) role = await roles.create({ name: POOL_ROLE_NAME, code: POOL_ROLE_CODE, description: POOL_ROLE_DESCRIPTION });
      const permissions: PermissionInput[] = POOL_ACTIONS.map((action) => ({ action, subject: null, properties: {}, conditions: [] }));
      for (const [uid, actions] of POOL_ROLE_CONTENT) {
        const locales = await localesFor(uid);
        for (const action of actions) {
          permissions.push({
            action: `${CM}.${action}`,
            subject: uid,
            properties: { ...(action === 'delete' ? {} : { fields: fieldsOf(uid) }), ...(locales ? { locales } : {}) },
            conditions: [],
          });
        }
      }
      await roles.addPermissions(role!.id, permissions);
    },
    'editor-author-without-pool': async () => {
      for (const code of [EDITOR_ROLE_CODE, AUTHOR_ROLE_CODE]) {
        const role = await roleByCode(code);
        if (!role) continue;
        const subjects: string[] = [...POOL_PERSONAL_DATA_TYPES, MAIL_TEMPLATE, ...(code === AUTHOR_ROLE_CODE ? [MAILING] : [])];
        await strapi.db.query('admin::permission').deleteMany({
          where: { role: { id: role.id }, $or: [{ subject: { $in: subjects } }, { action: { $startsWith: 'plugin::double-opt-in.' } }] },
        });
      }
    },
    'editor-author-locales': async () => {
      const codes = ((await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>).map((locale) => locale.code);
      for (const code of [EDITOR_ROLE_CODE, AUTHOR_ROLE_CODE]) {
        const role = await roleByCode(code);
        if (!role) continue;
        const permissions = (await strapi.db.query('admin::permission').findMany({ where: { role: { id: role.id }, action: { $startsWith: `${CM}.` } } })) as Array<{
          id: number;
          subject: string | null;
          properties: Record<string, unknown> | null;
        }>;
        for (const permission of permissions) {
          if (!permission.subject || permission.properties?.locales !== undefined || !(await localesFor(permission.subject))) continue;
          await strapi.db.query('admin::permission').update({ where: { id: permission.id }, data: { properties: { ...permission.properties, locales: codes } } });
        }
      }
    },
    'editor-author-public-content': () => grantPublicContent(PUBLIC_CONTENT_TYPES.filter((uid) => uid !== PARTICIPATION_OPPORTUNITY)),
    'editor-author-opportunities': () => grantPublicContent([PARTICIPATION_OPPORTUNITY]),
    'pool-import': async () => {
      const role = await roleByCode(POOL_ROLE_CODE);
      if (!role) return;
      const action = poolActionId('importPool');
      if (await strapi.db.query('admin::permission').count({ where: { role: { id: role.id }, action } })) return;
      await roles.addPermissions(role.id, [{ action, subject: null, properties: {}, conditions: [] }]);
    },
    'registrations-personal-data': async () => {
      for (const code of [EDITOR_ROLE_CODE, AUTHOR_ROLE_CODE]) {
        const role = await roleByCode(code);
        if (role) await strapi.db.query('admin::permission').deleteMany({ where: { role: { id: role.id }, subject: { $in: [...REGISTRATION_TYPES] } } });
      }
      const pool = await roleByCode(POOL_ROLE_CODE);
      if (!pool) return;
      if (await strapi.db.query('admin::permission').count({ where: { role: { id: pool.id }, action: `${CM}.read`, subject: REGISTRATION } })) return;
      await roles.addPermissions(pool.id, [{ action: `${CM}.read`, subject: REGISTRATION, properties: { fields: fieldsOf(REGISTRATION) }, conditions: [] }]);
    },
    'finder-preview': async () => {
      for (const code of [EDITOR_ROLE_CODE, AUTHOR_ROLE_CODE]) {
        const role = await roleByCode(code);
        if (role) await roles.addPermissions(role.id, [{ action: FINDER_PREVIEW, subject: null, properties: {}, conditions: [] }]);
      }
    },
  };

  const ran: Step[] = [];
  for (const step of Object.keys(steps) as Step[]) {
    if (done.includes(step)) continue;
    await steps[step]();
    ran.push(step);
  }
  if (ran.length > 0) {
    await store.set({ key: 'admin-role-steps', value: [...done, ...ran] });
  }
  return ran;
}
