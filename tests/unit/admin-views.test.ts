import participationFormat from '../../src/api/participation-format/content-types/participation-format/schema.json';
import pilotMunicipality from '../../src/api/pilot-municipality/content-types/pilot-municipality/schema.json';
import toolkitDocument from '../../src/api/toolkit-document/content-types/toolkit-document/schema.json';
import participationOpportunity from '../../src/api/participation-opportunity/content-types/participation-opportunity/schema.json';
import opportunityDate from '../../src/components/opportunity/date.json';
import opportunityPlace from '../../src/components/opportunity/place.json';
import { registerCustomFields } from '../../src/bootstrap/custom-fields';
import { OPPORTUNITY_DATE, OPPORTUNITY_PLACE, PARTICIPATION_FORMAT, PARTICIPATION_OPPORTUNITY, PILOT_MUNICIPALITY, TOOLKIT_DOCUMENT } from '../../src/content-types';
import { ADMIN_VIEWS, adminTranslations, type ContentTypeView } from '../../src/domain/admin-views';
import { applyView, assertViewFits, type ViewApplication } from '../../src/domain/admin-views/apply-view';
import type { ContentManagerConfiguration, FieldMetadata } from '../../src/domain/admin-views/content-manager-configuration';
import { FIELD_ACCESS } from '../../src/domain/admin-views/field-access';
// The pool plugin's types bring their views in the package; their tests are in
// packages/double-opt-in/tests/unit/admin-views.test.ts.

interface Attribute {
  type: string;
  customField?: string;
  relation?: string;
}
type Schema = { attributes: Record<string, Attribute> };

const SCHEMAS: Record<string, Schema> = {
  [PARTICIPATION_FORMAT]: participationFormat as Schema,
  [TOOLKIT_DOCUMENT]: toolkitDocument as Schema,
  [PILOT_MUNICIPALITY]: pilotMunicipality as Schema,
  [PARTICIPATION_OPPORTUNITY]: participationOpportunity as Schema,
  // Components are configured in the content manager like types, each with its own view.
  [OPPORTUNITY_DATE]: opportunityDate as Schema,
  [OPPORTUNITY_PLACE]: opportunityPlace as Schema,
};

/** Fields Strapi adds to every type, which a view may use as list columns or sort. */
const TIMESTAMPS: Readonly<Record<string, Attribute>> = { createdAt: { type: 'datetime' }, updatedAt: { type: 'datetime' }, publishedAt: { type: 'datetime' } };

// The custom fields the app registers, as Strapi sees them: the underlying type and the input size.
const customFields = new Map<string, { type: string; inputSize?: FieldSize }>();
const registry = {
  customFields: {
    register(fields: Array<{ name: string; plugin?: string; type: string; inputSize?: FieldSize }>) {
      for (const field of [fields].flat()) customFields.set(field.plugin ? `plugin::${field.plugin}.${field.name}` : `global::${field.name}`, field);
    },
  },
};
registerCustomFields(registry as unknown as Parameters<typeof registerCustomFields>[0]);

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

describe('participation opportunity view', () => {
  const view = ADMIN_VIEWS.find((candidate) => candidate.uid === PARTICIPATION_OPPORTUNITY)!;

  it('tells editors when the online link becomes public and why to cancel rather than delete', () => {
    expect(view.fields.onlineLink.description.de).toMatch(/24 Stunden/);
    expect(view.fields.eventStatus.description.de).toMatch(/Abgesagt.*statt zu löschen/);
  });

  it('keeps a date’s calendar key read-only', () => {
    const first = apply(OPPORTUNITY_DATE, strapiDefaults(OPPORTUNITY_DATE));
    expect(first.configuration.metadatas.key.edit).toMatchObject({ label: 'Kennung im Kalender', editable: false });
    expect(first.configuration.metadatas.start.edit).toMatchObject({ label: 'Beginn', editable: true });
  });
});

describe('participation format view', () => {
  const view = ADMIN_VIEWS.find((candidate) => candidate.uid === PARTICIPATION_FORMAT)!;

  it('follows an editor’s order: what, level, who, goals, time and cost, practice, relations, sources', () => {
    expect(view.edit.flatMap((row) => row.map(([field]) => field))).toEqual([
      'name',
      'slug',
      'kind',
      'summary',
      'description',
      'primaryLevel',
      'levels',
      'iap2Levels',
      'targetGroups',
      'recruitment',
      'participantsMin',
      'participantsMax',
      'participantsNote',
      'modes',
      'goals',
      'phases',
      'conflictFit',
      'durationClass',
      'durationText',
      'leadTimeClass',
      'leadTimeText',
      'costLevel',
      'budgetBand',
      'facilitation',
      'facilitationNote',
      'digitalTools',
      'accessibilityNotes',
      'strengths',
      'limitations',
      'toolkitDocuments',
      'pilotMunicipalities',
      'provenance',
      'sources',
    ]);
  });

  it('says that an empty maximum means no upper bound', () => {
    expect(view.fields.participantsMax.description.de).toMatch(/leer.*keine Obergrenze/);
  });
});

it('gives an English label for every field under the id the content manager looks it up with', () => {
  const { en } = adminTranslations();
  const expected = ADMIN_VIEWS.flatMap((view) => Object.keys(view.fields).map((field) => `content-manager.content-types.${view.uid}.${field}`));
  expect(Object.keys(en).filter((id) => id.startsWith('content-manager.')).sort()).toEqual(expected.sort());
  expect(en[`content-manager.content-types.${PARTICIPATION_FORMAT}.participantsMax`]).toBe('Maximum participants');
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
    // The app's types are named in German in their schemas.
    expect(view.displayName ?? view.name.de).toBe(displayName);
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
  return applyView(view, configuration, { fieldsOfType, applied, access: FIELD_ACCESS[uid] });
}

const editNames = (configuration: ContentManagerConfiguration) => configuration.layouts.edit.flatMap((row) => row.map((cell) => cell.name));

describe('applying a view', () => {
  it('writes texts and layout the first time', () => {
    const first = apply(PARTICIPATION_FORMAT, strapiDefaults(PARTICIPATION_FORMAT));
    const { metadatas, layouts, settings } = first.configuration;

    expect(metadatas.participantsMax.edit).toMatchObject({ label: 'Teilnehmende höchstens', placeholder: 'z. B. 75', visible: true, editable: true });
    expect(metadatas.participantsMax.edit.description).toMatch(/keine Obergrenze/);
    expect(metadatas.participantsMax.list).toMatchObject({ label: 'Teilnehmende höchstens', sortable: true });
    expect(metadatas.kind.edit.placeholder).toBe('');
    expect(metadatas.updatedAt.list.label).toBe('Zuletzt geändert');
    expect(editNames(first.configuration)).toEqual(viewOf(PARTICIPATION_FORMAT).edit.flatMap((row) => row.map(([field]) => field)));
    expect(layouts.edit[0]).toEqual([
      { name: 'name', size: 6 },
      { name: 'slug', size: 6 },
    ]);
    expect(layouts.list).toEqual(['name', 'kind', 'primaryLevel', 'durationClass', 'updatedAt']);
    expect(settings).toMatchObject({ mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC', pageSize: 10 });
    expect(first.written).toEqual({ fields: Object.keys(viewOf(PARTICIPATION_FORMAT).fields), layout: true });
    expect(first.applied.layout).toBe(true);
  });

  it('leaves the configuration it was given unchanged', () => {
    const defaults = strapiDefaults(PARTICIPATION_FORMAT);
    const copy = structuredClone(defaults);
    apply(PARTICIPATION_FORMAT, defaults);
    expect(defaults).toEqual(copy);
  });

  it('keeps what an editor changed afterwards', () => {
    const first = apply(PARTICIPATION_FORMAT, strapiDefaults(PARTICIPATION_FORMAT));
    const edited = structuredClone(first.configuration);
    edited.metadatas.participantsMax.edit.label = 'Max. Personen';
    edited.metadatas.participantsMax.edit.description = 'Leer: unbegrenzt';
    edited.metadatas.name.list.label = 'Format';
    edited.layouts.edit = [...edited.layouts.edit].reverse();
    edited.layouts.list = ['name', 'updatedAt'];
    edited.settings.defaultSortBy = 'updatedAt';
    edited.settings.defaultSortOrder = 'DESC';

    const second = apply(PARTICIPATION_FORMAT, edited, first.applied);
    expect(second.configuration).toEqual(edited);
    expect(second.written).toEqual({ fields: [], layout: false });
    expect(second.applied).toEqual(first.applied);
  });

  it('gives a field added later its texts, without touching the editor’s layout or labels', () => {
    const full = viewOf(PARTICIPATION_FORMAT);
    const { budgetBand: _added, ...earlierFields } = full.fields as Record<string, (typeof full.fields)[string]>;
    const earlier: ContentTypeView = {
      ...full,
      fields: earlierFields,
      edit: full.edit.map((row) => row.filter(([field]) => field !== 'budgetBand')).filter((row) => row.length > 0),
    };
    const first = apply(PARTICIPATION_FORMAT, strapiDefaults(PARTICIPATION_FORMAT), undefined, earlier);
    expect(first.configuration.metadatas.budgetBand.edit.label).toBe('budgetBand');

    const edited = structuredClone(first.configuration);
    edited.metadatas.name.edit.label = 'Bezeichnung';
    edited.layouts.edit = [[{ name: 'name', size: 12 }], ...edited.layouts.edit.slice(1)];

    const later = apply(PARTICIPATION_FORMAT, edited, first.applied);
    expect(later.configuration.metadatas.budgetBand.edit).toMatchObject({ label: 'Budgetrahmen', description: full.fields.budgetBand.description.de });
    expect(later.configuration.metadatas.budgetBand.list.label).toBe('Budgetrahmen');
    expect(later.configuration.metadatas.name.edit.label).toBe('Bezeichnung');
    expect(later.configuration.layouts).toEqual(edited.layouts);
    expect(later.written).toEqual({ fields: ['budgetBand'], layout: false });
    expect(later.applied.fields).toContain('budgetBand');
  });

  it('refuses a view naming a field its content type lacks', () => {
    const view = viewOf(TOOLKIT_DOCUMENT);
    const wrong: ContentTypeView = { ...view, list: [...view.list, 'downloads'] };
    expect(() => apply(TOOLKIT_DOCUMENT, strapiDefaults(TOOLKIT_DOCUMENT), undefined, wrong)).toThrow(/toolkit-document.*downloads/);
  });

  it('refuses a row wider than the grid', () => {
    const view = viewOf(TOOLKIT_DOCUMENT);
    const wrong: ContentTypeView = { ...view, edit: [[['title', 6], ['slug', 6], ['kind', 6]], ...view.edit.slice(1)] };
    expect(() => apply(TOOLKIT_DOCUMENT, strapiDefaults(TOOLKIT_DOCUMENT), undefined, wrong)).toThrow(/wider than 12/);
  });
});
