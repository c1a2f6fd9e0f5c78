import participationFormat from '../../src/api/participation-format/content-types/participation-format/schema.json';
import pilotMunicipality from '../../src/api/pilot-municipality/content-types/pilot-municipality/schema.json';
import toolkitDocument from '../../src/api/toolkit-document/content-types/toolkit-document/schema.json';
import participationOpportunity from '../../src/api/participation-opportunity/content-types/participation-opportunity/schema.json';
import opportunityDate from '../../src/components/opportunity/date.json';
import opportunityPlace from '../../src/components/opportunity/place.json';
import { registerCustomFields } from '../../src/bootstrap/custom-fields';
import { OPPORTUNITY_DATE, OPPORTUNITY_PLACE, PARTICIPATION_FORMAT, PARTICIPATION_OPPORTUNITY, PILOT_MUNICIPALITY, TOOLKIT_DOCUMENT } from '../../src/content-types';
import { ADMIN_VIEWS, adminTranslations, type ContentTypeView } from '../../src/domain/admin-views';
import { applyView, type ViewApplication } from '../../src/domain/admin-views/apply-view';
import type { ContentManagerConfiguration } from '../../src/domain/admin-views/content-manager-configuration';
import { FIELD_ACCESS } from '../../src/domain/admin-views/field-access';
import { describeAdminViews, strapiDefaults as defaultConfiguration, TIMESTAMPS, type Schema } from '@mitwirken/strapi-testing';
// The pool plugin's types bring their views in the package; their tests are in
// packages/double-opt-in/tests/unit/admin-views.test.ts.

const SCHEMAS: Record<string, Schema> = {
  [PARTICIPATION_FORMAT]: participationFormat as Schema,
  [TOOLKIT_DOCUMENT]: toolkitDocument as Schema,
  [PILOT_MUNICIPALITY]: pilotMunicipality as Schema,
  [PARTICIPATION_OPPORTUNITY]: participationOpportunity as Schema,
  // Components are configured in the content manager like types, each with its own view.
  [OPPORTUNITY_DATE]: opportunityDate as Schema,
  [OPPORTUNITY_PLACE]: opportunityPlace as Schema,
};

// Every view against its schema and the content manager's rules (shared with the plugins' tests).
describeAdminViews({ views: ADMIN_VIEWS, schemas: SCHEMAS, access: FIELD_ACCESS, registerCustomFields: [registerCustomFields], languages: ['de', 'en'] });

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
const strapiDefaults = (uid: string): ContentManagerConfiguration => defaultConfiguration(SCHEMAS[uid]);

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
