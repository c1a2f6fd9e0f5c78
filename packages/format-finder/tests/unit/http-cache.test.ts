import { entityTag, ifNoneMatchHits, indexVersion, normalizedQuery } from '../../server/src/domain/http-cache';

const fingerprint = { count: 46, idSum: 1081, lastUpdate: '2026-01-01T10:00:00.000Z' };
const shaping = { options: { goals: [{ code: 'ideen', label: { de: 'Ideen' } }] }, config: { weights: { goals: 3 } }, locales: ['de', 'en'] };

describe('indexVersion', () => {
  it('stays the same for the same data and config', () => {
    expect(indexVersion(fingerprint, shaping)).toBe(indexVersion({ ...fingerprint }, JSON.parse(JSON.stringify(shaping))));
  });

  it('changes with the published formats, a code list, the config and the locales', () => {
    const version = indexVersion(fingerprint, shaping);
    expect(indexVersion({ ...fingerprint, count: 45 }, shaping)).not.toBe(version);
    expect(indexVersion({ ...fingerprint, lastUpdate: '2026-01-01T10:00:01.000Z' }, shaping)).not.toBe(version);
    expect(indexVersion(fingerprint, { ...shaping, options: { goals: [{ code: 'ideen', label: { de: 'Ideen sammeln' } }] } })).not.toBe(version);
    expect(indexVersion(fingerprint, { ...shaping, config: { weights: { goals: 2 } } })).not.toBe(version);
    expect(indexVersion(fingerprint, { ...shaping, locales: ['de', 'en', 'fr'] })).not.toBe(version);
  });
});

describe('entity tags of answers', () => {
  it('share a tag whatever the order of the parameters, and match weak forms', () => {
    const tag = entityTag(['search', 'v1', normalizedQuery('modes=online&goals=ideen')]);
    expect(entityTag(['search', 'v1', normalizedQuery('goals=ideen&modes=online')])).toBe(tag);
    expect(entityTag(['criteria', 'v1', normalizedQuery('goals=ideen&modes=online')])).not.toBe(tag);
    expect(ifNoneMatchHits(`W/${tag}`, tag)).toBe(true);
    expect(ifNoneMatchHits('"other"', tag)).toBe(false);
  });
});
