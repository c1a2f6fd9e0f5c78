import { toSlug } from '../../src/domain/slug';

describe('toSlug', () => {
  it.each([
    ['Bürgerrat', 'buergerrat'],
    ['Digitaler Bürger*innendialog', 'digitaler-buergerinnendialog'],
    ['Straßenfest & Öffentlichkeit', 'strassenfest-und-oeffentlichkeit'],
    ['  World Café  ', 'world-cafe'],
    ['21st Century Town Meeting', '21st-century-town-meeting'],
  ])('%s → %s', (input, slug) => {
    expect(toSlug(input)).toBe(slug);
  });
});
