import participationFormat from '../../src/api/participation-format/content-types/participation-format/schema.json';
import pilotMunicipality from '../../src/api/pilot-municipality/content-types/pilot-municipality/schema.json';
import toolkitDocument from '../../src/api/toolkit-document/content-types/toolkit-document/schema.json';
import participationOpportunity from '../../src/api/participation-opportunity/content-types/participation-opportunity/schema.json';
import * as lists from '../../src/domain/code-lists';
import {
  participationFormatFields,
  participationOpportunityFields,
  pilotMunicipalityFields,
  toolkitDocumentFields,
  type CodedFields,
} from '../../src/domain/content-fields';

import { CODE_MULTI_SELECT, CODE_SELECT, codeListName, customFieldUid } from '../../src/domain/custom-fields';

type Schema = { attributes: Record<string, { type: string; customField?: string; options?: { codeList?: string }; enum?: string[] }> };

const cases: Array<[string, Schema, CodedFields]> = [
  ['participation-format', participationFormat as Schema, participationFormatFields],
  ['toolkit-document', toolkitDocument as Schema, toolkitDocumentFields],
  ['pilot-municipality', pilotMunicipality as Schema, pilotMunicipalityFields],
  ['participation-opportunity', participationOpportunity as Schema, participationOpportunityFields],
];

describe.each(cases)('%s schema and code lists', (_name, schema, fields) => {
  // A code-select is stored as an enumeration (Strapi swaps the custom field for its type at boot).
  it.each(Object.entries(fields.single))('enumeration %s lists exactly the codes of its code list', (field, list) => {
    expect(schema.attributes[field]).toMatchObject({ type: 'customField', customField: customFieldUid(CODE_SELECT), options: { codeList: codeListName(list) } });
    expect(schema.attributes[field].enum).toEqual([...list.codes]);
  });

  // A code-multi-select is stored as JSON.
  it('stores every multi-valued field as a JSON attribute', () => {
    for (const [field, list] of Object.entries(fields.multiple)) {
      expect(schema.attributes[field]).toMatchObject({ type: 'customField', customField: customFieldUid(CODE_MULTI_SELECT), options: { codeList: codeListName(list) } });
    }
  });
});

describe('code lists', () => {
  const all = Object.entries(lists).filter(([, value]) => typeof value === 'object' && value && 'codes' in value) as Array<
    [string, { codes: string[]; labels: Record<string, { de: string; en: string }> }]
  >;

  it.each(all)('%s has a German and an English label for every code', (_name, list) => {
    for (const code of list.codes) {
      expect(list.labels[code].de.length).toBeGreaterThan(0);
      expect(list.labels[code].en.length).toBeGreaterThan(0);
    }
  });

  it.each(all)('%s codes are valid GraphQL enum names', (_name, list) => {
    for (const code of list.codes) expect(code).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it('every budget band has a ceiling, ordered from low to high', () => {
    const ceilings = lists.budgetBands.codes.map((code) => lists.budgetBandCeilings[code]);
    const bounded = ceilings.filter((value): value is number => value !== null);
    expect(bounded).toEqual([...bounded].sort((a, b) => a - b));
    expect(ceilings.at(-1)).toBeNull();
  });
});
