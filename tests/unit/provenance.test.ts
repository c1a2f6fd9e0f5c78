import { describeProvenance, summariseProvenance } from '../../src/domain/provenance';

const sources = [
  { id: 'BST', ref: 'https://example.org/a ; https://example.org/b' },
  { id: 'OW', ref: 'https://example.org/ow' },
  { id: 'BOOK', ref: 'Handbuch Bürgerbeteiligung, S. 12' },
];

describe('describeProvenance', () => {
  it('reads sourced facts with their references, estimates and derived facts', () => {
    const rows = describeProvenance({ goals: 'BST', participantsNote: 'OW+BOOK', costLevel: 'estimate', leadTimeClass: 'derived', levels: 'derived/estimate' }, sources, [
      'levels',
      'goals',
      'participantsNote',
      'costLevel',
      'leadTimeClass',
    ]);
    expect(rows.map((row) => [row.field, row.kind])).toEqual([
      ['levels', 'derived-estimate'],
      ['goals', 'sourced'],
      ['participantsNote', 'sourced'],
      ['costLevel', 'estimate'],
      ['leadTimeClass', 'derived'],
    ]);
    expect(rows[1].sources).toEqual([{ id: 'BST', references: ['https://example.org/a', 'https://example.org/b'] }]);
    expect(rows[2].sources).toEqual([
      { id: 'OW', references: ['https://example.org/ow'] },
      { id: 'BOOK', references: ['Handbuch Bürgerbeteiligung, S. 12'] },
    ]);
    expect(summariseProvenance(rows)).toEqual({ sourced: 2, estimate: 1, derived: 1, 'derived-estimate': 1, other: 0 });
  });

  it('keeps a source id that is missing from the sources, with no references, so the editor sees the gap', () => {
    expect(describeProvenance({ goals: 'NOPE' }, sources)[0]).toMatchObject({ kind: 'sourced', sources: [{ id: 'NOPE', references: [] }] });
  });

  it('shows odd values as they are and tolerates missing or malformed data', () => {
    expect(describeProvenance({ goals: 42 }, null)[0]).toMatchObject({ kind: 'other', raw: '42' });
    expect(describeProvenance(null, sources)).toEqual([]);
    expect(describeProvenance(['goals'], sources)).toEqual([]);
  });

  it('orders fields not named in the order alphabetically after the named ones', () => {
    expect(describeProvenance({ b: 'estimate', a: 'estimate', c: 'estimate' }, [], ['c']).map((row) => row.field)).toEqual(['c', 'a', 'b']);
  });
});
