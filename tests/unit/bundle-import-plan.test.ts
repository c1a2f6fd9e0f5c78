import { describePlan, planImport, type PlanInput, type PlanItem } from '../../src/bundle/import-plan';
import { itemKey } from '../../src/bundle/manifest';

const item = (slug: string, locale: string, status: 'draft' | 'published', bundleHash: string, type = 'participation-format'): PlanItem => ({ type, slug, locale, status, bundleHash });

function plan(items: PlanItem[], overrides: Partial<PlanInput> = {}) {
  return planImport({
    items,
    local: new Map(),
    localDraftsAhead: new Set(),
    importedHashes: {},
    unavailableTypes: new Set(),
    unavailableLocales: new Set(),
    overwrite: false,
    ...overrides,
  });
}

const actions = (result: ReturnType<typeof plan>) => result.items.map((entry) => `${entry.slug}.${entry.locale}.${entry.status}: ${entry.action}`);

describe('planImport', () => {
  it('creates what is missing and leaves what is equal', () => {
    const equal = item('world-cafe', 'de', 'published', 'h1');
    const result = plan([equal, item('planungszelle', 'de', 'published', 'h2')], { local: new Map([[itemKey(equal), { hash: 'h1' }]]) });
    expect(actions(result)).toEqual(['world-cafe.de.published: unchanged', 'planungszelle.de.published: create']);
    expect(result.writes.map((entry) => entry.slug)).toEqual(['planungszelle']);
    expect(result.counts).toMatchObject({ create: 1, unchanged: 1 });
  });

  it('keeps a local edit, and replaces it with --overwrite', () => {
    const edited = item('world-cafe', 'de', 'published', 'bundle');
    const local = new Map([[itemKey(edited), { hash: 'edited-here' }]]);
    expect(plan([edited], { local }).items[0]).toMatchObject({ action: 'keep-local-edit', write: false, reason: 'edited here; --overwrite replaces it' });
    expect(plan([edited], { local, overwrite: true }).items[0]).toMatchObject({ action: 'update', write: true });
  });

  it('updates what an earlier import wrote and nobody edited since', () => {
    const newer = item('world-cafe', 'de', 'published', 'bundle-v2');
    const result = plan([newer], { local: new Map([[itemKey(newer), { hash: 'bundle-v1' }]]), importedHashes: { [itemKey(newer)]: 'bundle-v1' } });
    expect(result.items[0]).toMatchObject({ action: 'update', reason: 'not edited here since the last import', write: true });
  });

  it('keeps a whole document when one of its languages was edited here', () => {
    const german = item('world-cafe', 'de', 'published', 'bundle-de');
    const english = item('world-cafe', 'en', 'published', 'bundle-en');
    const result = plan([german, english], { local: new Map([[itemKey(german), { hash: 'edited-here' }]]) });
    expect(actions(result)).toEqual(['world-cafe.de.published: keep-local-edit', 'world-cafe.en.published: keep-local-edit']);
    expect(result.items[1].reason).toContain('another version of this document was edited here');
    expect(result.writes).toEqual([]);
  });

  it('does not publish over unpublished work here, unless told to', () => {
    const published = item('world-cafe', 'de', 'published', 'bundle');
    const input = { local: new Map([[itemKey(published), { hash: 'old' }]]), importedHashes: { [itemKey(published)]: 'old' }, localDraftsAhead: new Set(['participation-format/world-cafe.de']) };
    expect(plan([published], input).items[0]).toMatchObject({ action: 'keep-local-edit', reason: 'has unpublished changes here; --overwrite replaces it' });
    expect(plan([published], { ...input, overwrite: true }).items[0]).toMatchObject({ action: 'update' });
    // With a draft of its own in the bundle, the local draft is compared with that instead.
    expect(plan([published, item('world-cafe', 'de', 'draft', 'draft')], input).items[0]).toMatchObject({ action: 'update' });
  });

  it('writes published versions before drafts, and a draft again after its published version', () => {
    const published = item('world-cafe', 'de', 'published', 'p');
    const draft = item('world-cafe', 'de', 'draft', 'd');
    const onlyDraft = item('entwurf', 'de', 'draft', 'e');
    const result = plan([onlyDraft, published, draft], { local: new Map([[itemKey(draft), { hash: 'd' }]]) });
    expect(actions(result)).toEqual(['entwurf.de.draft: create', 'world-cafe.de.published: create', 'world-cafe.de.draft: unchanged']);
    // Publishing writes the draft too, so the unchanged draft is written again afterwards.
    expect(result.writes.map((entry) => `${entry.slug}.${entry.status}`)).toEqual(['world-cafe.published', 'entwurf.draft', 'world-cafe.draft']);
  });

  it('skips types and locales this instance does not have', () => {
    const result = plan([item('confirmation', 'de', 'published', 'm', 'mail-template'), item('world-cafe', 'fr', 'published', 'f')], {
      unavailableTypes: new Set(['mail-template']),
      unavailableLocales: new Set(['fr']),
    });
    expect(result.items.map((entry) => [entry.action, entry.reason])).toEqual([
      ['skip', 'this instance has no mail-template'],
      ['skip', 'this instance has no locale fr'],
    ]);
    expect(result.writes).toEqual([]);
  });
});

describe('describePlan', () => {
  it('prints one line per item and a summary', () => {
    const result = plan([item('world-cafe', 'de', 'published', 'h')]);
    expect(describePlan(result, { apply: false })).toEqual([
      'create           participation-format/world-cafe (de, published) — not here yet',
      'Dry run, nothing written: 1 create',
      'Run again with --apply to import.',
    ]);
    expect(describePlan(result, { apply: true }).at(-1)).toBe('Imported: 1 create');
  });
});
