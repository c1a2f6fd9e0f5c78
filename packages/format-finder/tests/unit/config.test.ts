import { defaultConfig, resolveConfig } from '../../server/src/config';

describe('the finder config', () => {
  it('refuses to start without the content type it searches, and says so', () => {
    expect(() => resolveConfig({})).toThrow(/^format-finder config is invalid: contentType: must name the content type holding the formats, such as api::method\.method \(there is no default\)/);
    expect(() => resolveConfig({ contentType: 'formats' })).toThrow(/contentType: must name the content type/);
  });

  it("ships no host's codes: accessibility needs and the relations between codes start empty", () => {
    expect(defaultConfig.accessibilityNeeds).toEqual([]);
    expect(defaultConfig.modeAlternatives).toEqual({});
    expect(defaultConfig.conflictCompatible).toEqual({});
    expect(defaultConfig.costLevelBands).toEqual({});
    expect(defaultConfig.costLevelLabels).toEqual({});
    expect(resolveConfig({ contentType: 'api::method.method' }).contentType).toBe('api::method.method');
  });
});
