import { countBits, countIntersection, createBitset, hasBit, intersectInto, setBit } from '../../server/src/domain/bitset';

describe('bitset', () => {
  it('sets, reads and counts bits across word boundaries', () => {
    const set = createBitset(70);
    for (const index of [0, 31, 32, 63, 69]) setBit(set, index);
    expect([0, 1, 31, 32, 63, 64, 69].map((index) => hasBit(set, index))).toEqual([true, false, true, true, true, false, true]);
    expect(countBits(set)).toBe(5);
  });

  it('fills exactly `size` bits', () => {
    expect(countBits(createBitset(70, true))).toBe(70);
    expect(countBits(createBitset(64, true))).toBe(64);
    expect(countBits(createBitset(0, true))).toBe(0);
  });

  it('intersects and counts intersections', () => {
    const a = createBitset(40, true);
    const b = createBitset(40);
    setBit(b, 3);
    setBit(b, 39);
    expect(countIntersection(a, b)).toBe(2);
    expect(countBits(intersectInto(a, b))).toBe(2);
  });
});
