import participationFormat from '../../src/api/participation-format/content-types/participation-format/schema.json';
import pilotMunicipality from '../../src/api/pilot-municipality/content-types/pilot-municipality/schema.json';
import toolkitDocument from '../../src/api/toolkit-document/content-types/toolkit-document/schema.json';
import participationOpportunity from '../../src/api/participation-opportunity/content-types/participation-opportunity/schema.json';
import place from '../../src/components/opportunity/place.json';
import { participationFormatFields, participationOpportunityFields, pilotMunicipalityFields, toolkitDocumentFields, type CodedFields } from '../../src/domain/content-fields';
import { CODE_LISTS, CODE_MULTI_SELECT, CODE_SELECT, PROVENANCE, codeOptions, customFieldUid } from '../../src/domain/custom-fields';
import { districts, formatKinds, goals } from '../../src/domain/code-lists';
import { configuredCodeListsAnswer, isConfigurableCodeList, readConfiguredCodeLists } from '../../src/domain/configured-code-lists';
import doubleOptIn from '@mitwirken/strapi-plugin-double-opt-in/strapi-server';

// The plugin's schemas as the installed package ships them.
const mailing = doubleOptIn.contentTypes['mailing'].schema;
const subscriber = doubleOptIn.contentTypes['subscriber'].schema;

type Attribute = { type: string; customField?: string; options?: { codeList?: string }; enum?: string[] };
type Schema = { attributes: Record<string, Attribute> };

/** JSON fields that are not code lists, each with the reason. */
const FREE_JSON_FIELDS: Record<string, string> = {
  digitalTools: 'free names of tools, not a closed list',
  sources: 'a list of references, shown by the provenance widget',
};

const cases: Array<[string, Schema, CodedFields]> = [
  ['participation-format', participationFormat as Schema, participationFormatFields],
  ['toolkit-document', toolkitDocument as Schema, toolkitDocumentFields],
  ['pilot-municipality', pilotMunicipality as Schema, pilotMunicipalityFields],
  ['participation-opportunity', participationOpportunity as Schema, participationOpportunityFields],
];

describe.each(cases)('%s: every code-list field uses a code-list widget', (_name, schema, fields) => {
  const attributes = Object.entries(schema.attributes);

  it('no attribute is left as a plain enumeration or JSON code editor', () => {
    const plain = attributes.filter(([name, attribute]) => attribute.type === 'enumeration' || (attribute.type === 'json' && !(name in FREE_JSON_FIELDS)));
    expect(plain.map(([name]) => name)).toEqual([]);
  });

  it('every custom field names a code list that exists, and the coded fields are exactly the custom fields', () => {
    const codeFields = attributes.filter(([, attribute]) => attribute.customField === customFieldUid(CODE_SELECT) || attribute.customField === customFieldUid(CODE_MULTI_SELECT));
    for (const [name, attribute] of codeFields) {
      expect({ name, known: (attribute.options?.codeList ?? '') in CODE_LISTS }).toEqual({ name, known: true });
    }
    expect(codeFields.map(([name]) => name).sort()).toEqual([...Object.keys(fields.single), ...Object.keys(fields.multiple)].sort());
  });

  it('the provenance, where there is one, uses the provenance widget', () => {
    if (schema.attributes.provenance) expect(schema.attributes.provenance.customField).toBe(customFieldUid(PROVENANCE));
  });
});

describe('code options for the widgets', () => {
  it('come from the code list in its order, labelled in the admin language', () => {
    expect(codeOptions('goals', 'de').map((option) => option.value)).toEqual([...goals.codes]);
    expect(codeOptions('goals', 'de')[2]).toEqual({ value: 'ideen_vorschlaege', label: 'Ideen und Vorschläge sammeln' });
    expect(codeOptions('formatKinds', 'en')[1]).toEqual({ value: 'moderationsmethode', label: formatKinds.labels.moderationsmethode.en });
    expect(codeOptions('goals', 'de-DE')[0].label).toBe(goals.labels.informieren_kompetenz.de);
  });

  it('an unknown list gives no options rather than failing the edit view', () => {
    expect(codeOptions('nonexistent', 'de')).toEqual([]);
  });
});

describe('lists a city configures', () => {
  const altstadt = { codes: ['altstadt', 'neustadt'], labels: { altstadt: { de: 'Altstadt', en: 'Old town' }, neustadt: { de: 'Neustadt', en: 'New town' } } };

  it('are never stored as an enumeration, whose column would fix the codes', () => {
    const configurable = [participationFormat, toolkitDocument, pilotMunicipality, participationOpportunity, place].flatMap((schema) =>
      Object.entries((schema as Schema).attributes).filter(([, attribute]) => isConfigurableCodeList(attribute.options?.codeList ?? '')),
    );
    expect(configurable.map(([name]) => name).sort()).toEqual(['district', 'districts']);
    for (const [name, attribute] of configurable) {
      expect({ name, widget: attribute.customField }).not.toEqual({ name, widget: customFieldUid(CODE_SELECT) });
    }
    expect(isConfigurableCodeList('goals')).toBe(false);
  });

  it('travel to the admin with both labels, in their order, and are read back as they were', () => {
    const answer = configuredCodeListsAnswer({ districts: altstadt });
    expect(answer).toEqual({
      data: {
        districts: [
          { code: 'altstadt', label: { de: 'Altstadt', en: 'Old town' } },
          { code: 'neustadt', label: { de: 'Neustadt', en: 'New town' } },
        ],
      },
    });
    expect(readConfiguredCodeLists(JSON.parse(JSON.stringify(answer)))).toEqual({ districts: altstadt });
  });

  it('replace the built-in list in the widgets, and only the list of their name', () => {
    expect(codeOptions('districts', 'de', { districts: altstadt })).toEqual([
      { value: 'altstadt', label: 'Altstadt' },
      { value: 'neustadt', label: 'Neustadt' },
    ]);
    expect(codeOptions('districts', 'en-GB', { districts: altstadt })[0].label).toBe('Old town');
    expect(codeOptions('goals', 'de', { districts: altstadt })).toEqual(codeOptions('goals', 'de'));
    expect(codeOptions('districts', 'de', {}).map((option) => option.value)).toEqual([...districts.codes]);
  });

  it('leave the built-in list standing when an answer is missing, empty or malformed', () => {
    for (const body of [null, 'Forbidden', {}, { data: null }, { data: { districts: [] } }, { data: { districts: [{ code: 'x', label: { de: 'X' } }] } }, { data: { districts: 'eving' } }]) {
      expect(readConfiguredCodeLists(body)).toEqual({});
    }
    // A list the admin does not ask for is ignored, not mistaken for one of its own.
    expect(readConfiguredCodeLists({ data: { goals: [{ code: 'x', label: { de: 'X', en: 'X' } }] } })).toEqual({});
  });
});

describe("the pool's interests", () => {
  it('are chosen with the pool’s interests widget on mailings and members, never typed as JSON', () => {
    expect(mailing.attributes.interests).toMatchObject({ type: 'customField', customField: 'plugin::double-opt-in.interests' });
    expect(subscriber.attributes.interests).toMatchObject({ type: 'customField', customField: 'plugin::double-opt-in.interests', private: true });
  });
});
