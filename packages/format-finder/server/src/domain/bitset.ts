/** Fixed-size bit sets over format positions, for counting facets without scanning formats. */
export type Bitset = Uint32Array;

export function createBitset(size: number, filled = false): Bitset {
  const words = new Uint32Array(Math.ceil(size / 32));
  if (filled) {
    words.fill(0xffffffff);
    const rest = size % 32;
    if (rest) words[words.length - 1] = (1 << rest) - 1 >>> 0;
  }
  return words;
}

export function setBit(set: Bitset, index: number): void {
  set[index >>> 5] |= 1 << (index & 31);
}

export function hasBit(set: Bitset, index: number): boolean {
  return (set[index >>> 5] & (1 << (index & 31))) !== 0;
}

/** `target &= other`, in place. */
export function intersectInto(target: Bitset, other: Bitset): Bitset {
  for (let i = 0; i < target.length; i++) target[i] &= other[i];
  return target;
}

function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBits(set: Bitset): number {
  let total = 0;
  for (let i = 0; i < set.length; i++) total += popcount32(set[i]);
  return total;
}

/** Size of `a ∩ b` without allocating. */
export function countIntersection(a: Bitset, b: Bitset): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += popcount32(a[i] & b[i]);
  return total;
}
