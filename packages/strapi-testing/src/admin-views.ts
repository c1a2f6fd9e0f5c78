/**
 * The checks every admin view must pass against its content type and the content manager's rules
 * (@strapi/content-manager 5.54), shared by the app's and the plugins' unit tests of their views.
 * Call `describeAdminViews` at the top level of a test file: it defines the tests.
 */
import { describe, expect, it } from '@jest/globals';
import { assertViewFits, type ContentManagerConfiguration, type ContentTypeView, type FieldAccess, type FieldMetadata } from '@mitwirken/strapi-plugin-kit/views';

export interface Attribute {
  type: string;
  customField?: string;
  relation?: string;
}
export type Schema = { attributes: Record<string, Attribute> };

interface FieldSize {
  default: number;
  isResizable: boolean;
}

/** Fields Strapi adds to every type, which a view may use as list columns or sort. */
export const TIMESTAMPS: Readonly<Record<string, Attribute>> = { createdAt: { type: 'datetime' }, updatedAt: { type: 'datetime' }, publishedAt: { type: 'datetime' } };

/** A registry that records the custom fields a `registerCustomFields` registers, as Strapi sees them: the underlying type and the input size. */
export function customFieldRegistry() {
  const customFields = new Map<string, { type: string; inputSize?: FieldSize }>();
  const registry = {
    customFields: {
      register(fields: Array<{ name: string; plugin?: string; type: string; inputSize?: FieldSize }>) {
        for (const field of [fields].flat()) customFields.set(field.plugin ? `plugin::${field.plugin}.${field.name}` : `global::${field.name}`, field);
      },
    },
  };
  return { customFields, registry };
}

export interface AdminViewChecks {
  readonly views: readonly ContentTypeView[];
  readonly schemas: Readonly<Record<string, Schema>>;
  readonly access: Readonly<Record<string, FieldAccess>>;
  /** Each `registerCustomFields` of the code whose schemas are checked, handed the recording registry. */
  readonly registerCustomFields: ReadonlyArray<(registry: never) => void>;
  /** The languages every text must be given in; the first is the language labels must not be the attribute name in. */
  readonly languages: readonly [string, ...string[]];
}

export function describeAdminViews({ views: ADMIN_VIEWS, schemas: SCHEMAS, access: FIELD_ACCESS, registerCustomFields, languages }: AdminViewChecks): void {
  const { customFields, registry } = customFieldRegistry();
  for (const register of registerCustomFields) register(registry as never);
  const [first] = languages;
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
      for (const locale of languages) {
        expect(field.label[locale].trim()).not.toBe('');
        expect(field.description[locale].trim()).not.toBe('');
        expect(field.description[locale]).not.toBe(field.label[locale]);
        expect(field.description[locale]).not.toMatch(/\n/);
        if (field.placeholder) expect(field.placeholder[locale].trim()).not.toBe('');
      }
      expect(field.label[first]).not.toBe(attribute);
    });

    it('describes list-only fields as fully as attributes', () => {
      for (const [name, field] of Object.entries(view.fields)) {
        expect(known[name]).toBeDefined();
        expect(field.label[first]).not.toBe(name);
        for (const locale of languages) expect(field.description[locale]).not.toBe(field.label[locale]);
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
}

/** A configuration as the content manager creates it for a new type: every label is the attribute name. */
export function strapiDefaults(schema: Schema): ContentManagerConfiguration {
  const names = [...Object.keys(schema.attributes), ...Object.keys(TIMESTAMPS)];
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
    layouts: { edit: Object.keys(schema.attributes).map((name) => [{ name, size: 6 }]), list: names.slice(0, 4) },
  };
}

