/**
 * The plugin's admin views against its own schemas and the content manager's rules (moved here
 * from the app's tests/unit/admin-views.test.ts with the views). The host of these tests stores
 * German texts (its first locale is de); English reaches the admin as translations.
 */
import { applyView, viewTranslations, type ContentManagerConfiguration, type ContentTypeView, type ViewApplication } from '@mitwirken/strapi-plugin-kit';
import { describeAdminViews, strapiDefaults as defaultConfiguration, TIMESTAMPS, type Schema } from '@mitwirken/strapi-testing';
import { FALLBACK_LANGUAGE, POOL_ADMIN_VIEWS, POOL_FIELD_ACCESS } from '../../server/src/admin-views';
import contentTypes from '../../server/src/content-types';
import { registerCustomFields as registerPoolCustomFields } from '../../server/src/custom-fields';
import { AUDIT_ENTRY, CONSENT_EVENT, MAILING, MAIL_TEMPLATE, OUTBOX_MESSAGE, SUBSCRIBER } from '../../server/src/uids';

// The plugin's schemas as the package ships them.
const auditEntry = contentTypes['audit-entry'].schema;
const consentEvent = contentTypes['consent-event'].schema;
const mailTemplate = contentTypes['mail-template'].schema;
const mailing = contentTypes['mailing'].schema;
const outboxMessage = contentTypes['outbox-message'].schema;
const subscriber = contentTypes['subscriber'].schema;

const ADMIN_VIEWS = POOL_ADMIN_VIEWS;
const FIELD_ACCESS = POOL_FIELD_ACCESS;

const SCHEMAS: Record<string, Schema> = {
  [MAILING]: mailing as Schema,
  [MAIL_TEMPLATE]: mailTemplate as Schema,
  [SUBSCRIBER]: subscriber as Schema,
  [CONSENT_EVENT]: consentEvent as Schema,
  [OUTBOX_MESSAGE]: outboxMessage as Schema,
  [AUDIT_ENTRY]: auditEntry as Schema,
};

// Every view against its schema and the content manager's rules (shared with the app's tests).
describeAdminViews({ views: ADMIN_VIEWS, schemas: SCHEMAS, access: FIELD_ACCESS, registerCustomFields: [registerPoolCustomFields], languages: ['de', 'en'] });

/** What the plugin's admin registers as translations (admin/src/index.ts). */
const adminTranslations = () => ({
  de: viewTranslations(ADMIN_VIEWS, 'de', { storedLanguage: FALLBACK_LANGUAGE, labels: false }),
  en: viewTranslations(ADMIN_VIEWS, 'en', { storedLanguage: FALLBACK_LANGUAGE, labels: true }),
});

it('gives an English label for every field under the id the content manager looks it up with', () => {
  const { en } = adminTranslations();
  const expected = ADMIN_VIEWS.flatMap((view) => Object.keys(view.fields).map((field) => `content-manager.content-types.${view.uid}.${field}`));
  expect(Object.keys(en).filter((id) => id.startsWith('content-manager.')).sort()).toEqual(expected.sort());
  expect(en[`content-manager.content-types.${SUBSCRIBER}.confirmTokenHash`]).toBe('Confirmation link hash');
});

it('leaves the German labels to the stored configuration, so an editor may reword them', () => {
  const { de } = adminTranslations();
  for (const view of ADMIN_VIEWS) for (const field of Object.keys(view.fields)) expect(de[`content-manager.content-types.${view.uid}.${field}`]).toBe('');
});

it("names every type in German and in English under its schema's displayName", () => {
  const { de, en } = adminTranslations();
  for (const view of ADMIN_VIEWS) {
    const schema = SCHEMAS[view.uid] as Schema & { info?: { displayName?: string } };
    const displayName = schema.info?.displayName as string;
    // The plugin's types are named in neutral English in their schemas.
    expect(view.displayName ?? view.name.en).toBe(displayName);
    expect(de[displayName]).toBe(view.name.de);
    expect(en[displayName]).toBe(view.name.en);
  }
});

/** A configuration as the content manager creates it for a new type: every label is the attribute name. */
const strapiDefaults = (uid: string): ContentManagerConfiguration => defaultConfiguration(SCHEMAS[uid]);

function viewOf(uid: string): ContentTypeView {
  return ADMIN_VIEWS.find((view) => view.uid === uid)!;
}

function apply(uid: string, configuration: ContentManagerConfiguration, applied?: ViewApplication['applied'], view = viewOf(uid)): ViewApplication {
  const fieldsOfType = [...Object.keys(SCHEMAS[uid].attributes), ...Object.keys(TIMESTAMPS)];
  return applyView(view, configuration, { fieldsOfType, applied, access: FIELD_ACCESS[uid], locale: 'de', fallbackLocale: FALLBACK_LANGUAGE });
}

const editNames = (configuration: ContentManagerConfiguration) => configuration.layouts.edit.flatMap((row) => row.map((cell) => cell.name));

describe('applying a view', () => {
  it('hides the confirmation link’s fields on every start, even after an editor showed them', () => {
    const first = apply(SUBSCRIBER, strapiDefaults(SUBSCRIBER));
    for (const field of ['confirmTokenHash', 'confirmTokenExpiresAt']) {
      expect(first.configuration.metadatas[field].edit).toMatchObject({ visible: false, editable: false });
      expect(editNames(first.configuration)).not.toContain(field);
    }
    expect(first.configuration.metadatas.confirmTokenHash.edit.label).toBe('Prüfwert des Bestätigungslinks');

    const edited = structuredClone(first.configuration);
    edited.metadatas.confirmTokenHash.edit.visible = true;
    edited.metadatas.confirmTokenHash.edit.editable = true;
    edited.layouts.edit.push([{ name: 'confirmTokenHash', size: 6 }]);
    edited.layouts.list.push('confirmTokenExpiresAt');

    const second = apply(SUBSCRIBER, edited, first.applied);
    expect(second.configuration.metadatas.confirmTokenHash.edit).toMatchObject({ visible: false, editable: false });
    expect(editNames(second.configuration)).not.toContain('confirmTokenHash');
    expect(second.configuration.layouts.list).not.toContain('confirmTokenExpiresAt');
  });

  it('keeps fields the plugin maintains read-only on every start', () => {
    const first = apply(MAILING, strapiDefaults(MAILING));
    const edited = structuredClone(first.configuration);
    edited.metadatas.recipientCount.edit.editable = true;
    const second = apply(MAILING, edited, first.applied);
    for (const field of ['startedAt', 'finishedAt', 'recipientCount']) expect(second.configuration.metadatas[field].edit.editable).toBe(false);
    expect(second.configuration.metadatas.title.edit.editable).toBe(true);
    expect(second.configuration.settings).toMatchObject({ defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' });
  });

});
