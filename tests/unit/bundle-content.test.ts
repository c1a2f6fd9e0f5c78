import {
  contentHash,
  contentToData,
  entryToContent,
  restrictContent,
  serializeContent,
  shapeOf,
  sharedKeys,
  UnsupportedAttributeError,
  type AttributeDefinition,
} from '../../src/bundle/bundle-content';
import { canonicalJson } from '../../src/bundle/checksum';

const toolkitAttributes: Record<string, AttributeDefinition> = {
  title: { type: 'string' },
  slug: { type: 'uid' },
  audience: { type: 'json' },
  secretNote: { type: 'string', private: true },
  files: { type: 'media', multiple: true },
  cover: { type: 'media' },
  formats: { type: 'relation', relation: 'manyToMany', target: 'api::participation-format.participation-format' },
  pilotMunicipalities: { type: 'relation', relation: 'manyToMany', target: 'api::pilot-municipality.pilot-municipality', mappedBy: 'toolkitDocuments' },
  owner: { type: 'relation', relation: 'manyToOne', target: 'admin::user' },
  documentId: { type: 'string' },
  createdAt: { type: 'datetime' },
  createdBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user' },
  locale: { type: 'string' },
  localizations: { type: 'relation', relation: 'oneToMany', target: 'api::toolkit-document.toolkit-document' },
};

describe('shapeOf', () => {
  it('carries public fields, owning relations to bundle types and media; leaves instance bookkeeping behind', () => {
    expect(shapeOf('toolkit-document', toolkitAttributes)).toEqual({
      fields: ['title', 'slug', 'audience'],
      relations: [{ name: 'formats', targetUid: 'api::participation-format.participation-format', many: true }],
      media: [
        { name: 'files', many: true },
        { name: 'cover', many: false },
      ],
    });
  });

  it('refuses attribute kinds it cannot carry yet, rather than dropping them', () => {
    expect(() => shapeOf('toolkit-document', { steps: { type: 'component' } })).toThrow(new UnsupportedAttributeError('toolkit-document.steps is a component; bundles do not carry components yet'));
  });
});

describe('entryToContent and contentToData', () => {
  const shape = shapeOf('toolkit-document', toolkitAttributes);
  const entry = {
    id: 7,
    documentId: 'abc',
    title: 'Ablaufplan',
    slug: 'ablaufplan-vorlage',
    audience: ['moderation'],
    secretNote: 'intern',
    createdAt: '2026-01-01T00:00:00Z',
    files: [
      { id: 11, url: '/uploads/a.csv' },
      { id: 12, url: '/uploads/b.md' },
    ],
    cover: null,
    formats: [
      { id: 1, documentId: 'f1', slug: 'world-cafe' },
      { id: 2, documentId: 'f2', slug: 'planungszelle' },
    ],
  };
  const checksums: Record<number, string> = { 11: 'a'.repeat(64), 12: 'b'.repeat(64) };

  it('turns an entry into content without ids, with relations by slug and files by checksum', () => {
    expect(entryToContent(entry, shape, (file) => checksums[file.id])).toEqual({
      fields: { title: 'Ablaufplan', slug: 'ablaufplan-vorlage', audience: ['moderation'] },
      relations: {
        formats: [
          { type: 'participation-format', slug: 'world-cafe' },
          { type: 'participation-format', slug: 'planungszelle' },
        ],
      },
      media: { files: ['a'.repeat(64), 'b'.repeat(64)], cover: [] },
    });
  });

  it('turns content into write data with this instance’s ids, naming references it cannot resolve', () => {
    const content = entryToContent(entry, shape, (file) => checksums[file.id]);
    const documentIds: Record<string, string> = { 'world-cafe': 'local-1' };
    const fileIds: Record<string, number> = { ['a'.repeat(64)]: 101, ['b'.repeat(64)]: 102 };
    const result = contentToData(content, shape, (ref) => documentIds[ref.slug], (checksum) => fileIds[checksum]);
    expect(result).toEqual({
      data: { title: 'Ablaufplan', slug: 'ablaufplan-vorlage', audience: ['moderation'], formats: ['local-1'], files: [101, 102], cover: null },
      unresolved: [{ type: 'participation-format', slug: 'planungszelle' }],
    });
    expect(contentToData(content, shape, () => 'x', (checksum) => fileIds[checksum], { relations: false }).data).not.toHaveProperty('formats');
  });
});

describe('comparing content', () => {
  it('hashes equal content equally, whatever the key order', () => {
    const a = { fields: { b: 1, a: { y: 2, x: 1 } }, relations: {}, media: {} };
    const b = { media: {}, relations: {}, fields: { a: { x: 1, y: 2 }, b: 1 } };
    expect(contentHash(a)).toBe(contentHash(b));
    expect(serializeContent(a)).toBe(serializeContent(b));
    expect(canonicalJson([3, 1, 2], 0)).toBe('[3,1,2]');
    expect(contentHash({ ...a, fields: { ...a.fields, b: 2 } })).not.toBe(contentHash(a));
  });

  it('compares on the keys both instances know', () => {
    const shape = shapeOf('participation-format', { name: { type: 'string' }, slug: { type: 'uid' } });
    const bundle = { fields: { name: 'World Café', slug: 'world-cafe', newField: 'only at the source' }, relations: {}, media: {} };
    const keys = sharedKeys(bundle, shape);
    expect(keys).toEqual({ fields: ['name', 'slug'], relations: [], media: [] });
    const local = { fields: { name: 'World Café', slug: 'world-cafe', localField: 'only here' }, relations: {}, media: {} };
    expect(contentHash(restrictContent(local, keys))).toBe(contentHash(restrictContent(bundle, keys)));
  });
});
