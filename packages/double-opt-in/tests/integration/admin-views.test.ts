import request from 'supertest';
import type { TestApp } from '@mitwirken/strapi-testing';
import { POOL_ADMIN_VIEWS } from '../../server/src/admin-views';
import { applyPoolAdminViews } from '../../server/src/admin-views/apply';
import { AUDIT_ENTRY, CONSENT_EVENT, MAILING, MAIL_TEMPLATE, OUTBOX_MESSAGE, SUBSCRIBER } from '../../server/src/uids';
import { startHostApp } from '../harness/host-app';

/**
 * A host with only this package installed (the test host app, first locale `de`) shows the
 * plugin's types labelled: what the content manager's own admin API answers a super admin, after
 * nothing but the plugin's bootstrap ran.
 */
let app: TestApp;
let bearer: string;

beforeAll(async () => {
  process.env.OUTBOX_ENABLED = 'false';
  app = await startHostApp('double-opt-in-admin-views');
  const email = 'views@example.org';
  const password = 'Sicheres-Passwort-2026';
  const superAdmin = await app.strapi.service('admin::role').getSuperAdmin();
  await app.strapi.service('admin::user').create({ email, firstname: 'Vera', lastname: 'Ansicht', password, registrationToken: null, isActive: true, roles: [superAdmin.id] });
  const login = await request(app.server).post('/admin/login').send({ email, password }).expect(200);
  bearer = `Bearer ${login.body.data.token ?? login.body.data.accessToken}`;
});

afterAll(async () => {
  await app?.stop();
});

interface Configuration {
  settings: { mainField?: string; defaultSortBy?: string; defaultSortOrder?: string };
  metadatas: Record<string, { edit: { label?: string; description?: string; visible?: boolean; editable?: boolean }; list: { label?: string } }>;
  layouts: { edit: Array<Array<{ name: string; size: number }>>; list: string[] };
}

async function configurationOf(uid: string): Promise<Configuration> {
  const response = await request(app.server).get(`/content-manager/content-types/${uid}/configuration`).set('Authorization', bearer).expect(200);
  return response.body.data.contentType as Configuration;
}

const viewOf = (uid: string) => POOL_ADMIN_VIEWS.find((view) => view.uid === uid)!;

describe('the pool plugin’s admin views in a host with only the plugin', () => {
  it.each([SUBSCRIBER, CONSENT_EVENT, OUTBOX_MESSAGE, AUDIT_ENTRY, MAILING, MAIL_TEMPLATE])('labels, describes and lays out %s in the host’s default language (German)', async (uid) => {
    const view = viewOf(uid);
    const configuration = await configurationOf(uid);
    for (const [field, texts] of Object.entries(view.fields)) {
      expect([field, configuration.metadatas[field].edit.label]).toEqual([field, texts.label.de]);
      expect([field, configuration.metadatas[field].edit.description]).toEqual([field, texts.description.de]);
      expect(configuration.metadatas[field].list.label).toBe(texts.label.de);
      expect(configuration.metadatas[field].edit.label).not.toBe(field);
      expect(configuration.metadatas[field].edit.description).not.toBe('');
    }
    expect(configuration.layouts.list).toEqual(view.list);
    expect(configuration.settings).toMatchObject({ mainField: view.mainField, defaultSortBy: view.defaultSortBy, defaultSortOrder: view.defaultSortOrder });
  });

  it('shows subscribers with German labels and the confirmation link’s fields hidden', async () => {
    const subscriber = await configurationOf(SUBSCRIBER);
    expect(subscriber.metadatas.email.edit).toMatchObject({ label: 'E-Mail-Adresse', visible: true });
    expect(subscriber.metadatas.lastName.list.label).toBe('Nachname');
    expect(subscriber.layouts.list).toEqual(['email', 'lastName', 'firstName', 'status', 'language', 'confirmedAt']);
    for (const field of ['confirmTokenHash', 'confirmTokenExpiresAt']) {
      expect(subscriber.metadatas[field].edit).toMatchObject({ visible: false, editable: false });
      expect(subscriber.layouts.edit.flat().map((cell) => cell.name)).not.toContain(field);
    }
    expect(subscriber.metadatas.emailNormalized.edit.editable).toBe(false);
  });

  it('writes nothing new on the next start, and keeps a label an editor changed', async () => {
    const edited = await configurationOf(MAILING);
    edited.metadatas.title.edit.label = 'Titel (intern)';
    // As "Configure the view" saves it (the content manager's own service; its admin route takes only what the form sends).
    const contentTypes = app.strapi.plugin('content-manager').service('content-types') as { updateConfiguration(type: { uid: string }, configuration: Configuration): Promise<unknown> };
    await contentTypes.updateConfiguration({ uid: MAILING }, { settings: edited.settings, metadatas: edited.metadatas, layouts: edited.layouts });
    expect(await applyPoolAdminViews(app.strapi)).toEqual({});
    const after = await configurationOf(MAILING);
    expect(after.metadatas.title.edit.label).toBe('Titel (intern)');
    expect(after.metadatas.recipientCount.edit.editable).toBe(false);
  });
});
