/**
 * The plugin's admin views against its own schemas and the content manager's rules (moved here
 * from the app's tests/unit/admin-views.test.ts with the views). The host of these tests stores
 * German texts (its first locale is de); English reaches the admin as translations.
 */
import { applyView, assertViewFits, viewTranslations, type ContentManagerConfiguration, type ContentTypeView, type FieldMetadata, type ViewApplication } from '@mitwirken/strapi-plugin-kit';
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

interface Attribute {
  type: string;
  customField?: string;
  relation?: string;
}
type Schema = { attributes: Record<string, Attribute> };

const SCHEMAS: Record<string, Schema> = {
  [MAILING]: mailing as Schema,
  [MAIL_TEMPLATE]: mailTemplate as Schema,
  [SUBSCRIBER]: subscriber as Schema,
  [CONSENT_EVENT]: consentEvent as Schema,
  [OUTBOX_MESSAGE]: outboxMessage as Schema,
  [AUDIT_ENTRY]: auditEntry as Schema,
};

/** Fields Strapi adds to every type, which a view may use as list columns or sort. */
const TIMESTAMPS: Readonly<Record<string, Attribute>> = { createdAt: { type: 'datetime' }, updatedAt: { type: 'datetime' }, publishedAt: { type: 'datetime' } };

// The custom fields the plugin registers, as Strapi sees them: the underlying type and the input size.
const customFields = new Map<string, { type: string; inputSize?: FieldSize }>();
const registry = {
  customFields: {
    register(fields: Array<{ name: string; plugin?: string; type: string; inputSize?: FieldSize }>) {
      for (const field of [fields].flat()) customFields.set(field.plugin ? `plugin::${field.plugin}.${field.name}` : `global::${field.name}`, field);
    },
  },
};
registerPoolCustomFields(registry as unknown as Parameters<typeof registerPoolCustomFields>[0]);

interface FieldSize {
  default: number;
  isResizable: boolean;
}

/** Strapi replaces a custom field by its underlying type after `register`. */
function storedType(attribute: Attribute): string {
  return attribute.customField ? (customFields.get(attribute.customField)?.type ?? attribute.type) : attribute.type;
}

// The content manager's size rules (@strapi/content-manager 5.54, services/field-sizes.js and
// layouts.js): these types only fit a full row; a size it does not allow is moved to the end of
// the edit view on the next start.
const FULL_ROW_ONLY = ['json', 'richtext', 'blocks', 'component', 'dynamiczone'];
function allowedSize(attribute: Attribute, size: number): boolean {
  const custom = attribute.customField ? customFields.get(attribute.customField)?.inputSize : undefined;
  if (custom) return custom.isResizable ? size <= 12 : size === custom.default;
  return FULL_ROW_ONLY.includes(attribute.type) ? size === 12 : size <= 12;
}

// What the content manager can show as a column and sort by (attributes.js of the same version).
const NOT_LISTABLE = ['json', 'password', 'richtext', 'dynamiczone', 'blocks'];
const NOT_SORTABLE = ['component', 'json', 'media', 'richtext', 'dynamiczone', 'blocks'];
const isListable = (attribute: Attribute) => !NOT_LISTABLE.includes(storedType(attribute));
const isSortable = (attribute: Attribute) =>
  !NOT_SORTABLE.includes(storedType(attribute)) && (attribute.type !== 'relation' || ['oneToOne', 'manyToOne'].includes(attribute.relation ?? ''));

const views = ADMIN_VIEWS.map((view) => [view.uid, view] as const);

it('knows the stored type and size of every custom field the schemas use', () => {
  const used = Object.values(SCHEMAS).flatMap((schema) => Object.values(schema.attributes).flatMap((attribute) => attribute.customField ?? []));
  for (const name of used) expect([name, customFields.has(name)]).toEqual([name, true]);
});

it('has a view for each content type editors work with', () => {
  expect(ADMIN_VIEWS.map((view) => view.uid).sort()).toEqual(Object.keys(SCHEMAS).sort());
});

describe.each(views)('admin view of %s', (uid, view) => {
  const schema = SCHEMAS[uid];
  const attributes = Object.keys(schema.attributes);
  const known: Record<string, Attribute> = { ...schema.attributes, ...TIMESTAMPS };
  const editFields = view.edit.flatMap((row) => row.map(([field]) => field));

  it.each(attributes)('labels and describes %s in German and English', (attribute) => {
    const field = view.fields[attribute];
    expect(field).toBeDefined();
    for (const locale of ['de', 'en'] as const) {
      expect(field.label[locale].trim()).not.toBe('');
      expect(field.description[locale].trim()).not.toBe('');
      expect(field.description[locale]).not.toBe(field.label[locale]);
      expect(field.description[locale]).not.toMatch(/\n/);
      if (field.placeholder) expect(field.placeholder[locale].trim()).not.toBe('');
    }
    expect(field.label.de).not.toBe(attribute);
  });

  it('describes list-only fields as fully as attributes', () => {
    for (const [name, field] of Object.entries(view.fields)) {
      expect(known[name]).toBeDefined();
      expect(field.label.de).not.toBe(name);
      expect(field.description.de).not.toBe(field.label.de);
      expect(field.description.en).not.toBe(field.label.en);
    }
  });

  it('names only fields of its content type', () => {
    expect(() => assertViewFits(view, Object.keys(known), FIELD_ACCESS[uid])).not.toThrow();
    for (const field of [...editFields, ...view.list]) expect(view.fields[field as keyof typeof view.fields]).toBeDefined();
  });

  it('puts every attribute into the edit view exactly once, and nothing else', () => {
    expect([...editFields].sort()).toEqual([...attributes].sort());
  });

  it('keeps every row within the 12 columns and every field at a size the content manager allows', () => {
    for (const row of view.edit) {
      expect(row.reduce((width, [, size]) => width + size, 0)).toBeLessThanOrEqual(12);
      for (const [field, size] of row) {
        expect(size).toBeGreaterThan(0);
        if (!allowedSize(schema.attributes[field], size)) throw new Error(`${field} (${schema.attributes[field].type}) cannot be ${size} wide`);
      }
    }
  });

  it('lists only columns the content manager can show, and sorts by a sortable field', () => {
    expect(view.list.length).toBeGreaterThan(0);
    for (const column of view.list) expect([column, isListable(known[column])]).toEqual([column, true]);
    if (view.mainField) expect(isSortable(known[view.mainField])).toBe(true);
    if (view.defaultSortBy) expect(isSortable(known[view.defaultSortBy])).toBe(true);
  });
});

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
function strapiDefaults(uid: string): ContentManagerConfiguration {
  const names = [...Object.keys(SCHEMAS[uid].attributes), ...Object.keys(TIMESTAMPS)];
  const metadatas: Record<string, FieldMetadata> = {};
  for (const name of names) {
    metadatas[name] = {
      edit: { label: name, description: '', placeholder: '', visible: !(name in TIMESTAMPS), editable: true },
      list: { label: name, searchable: true, sortable: true },
    };
  }
  return {
    settings: { bulkable: true, filterable: true, searchable: true, pageSize: 10, mainField: names[0], defaultSortBy: names[0], defaultSortOrder: 'ASC' },
    metadatas,
    layouts: { edit: Object.keys(SCHEMAS[uid].attributes).map((name) => [{ name, size: 6 }]), list: names.slice(0, 4) },
  };
}

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
