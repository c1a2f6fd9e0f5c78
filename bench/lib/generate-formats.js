'use strict';
// Deterministic synthetic participation formats for load tests: realistic spreads of codes, no prose.
const { randomBytes } = require('crypto');

function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];
const some = (random, list, max) => {
  const count = 1 + Math.floor(random() * max);
  return [...new Set(Array.from({ length: count }, () => pick(random, list)))];
};

/** `count` rows for `strapi.db.query(uid).createMany`, published, German locale. */
function generateFormats(count, lists, seed = 42) {
  const random = prng(seed);
  const now = new Date();
  return Array.from({ length: count }, (_, i) => {
    const min = pick(random, [null, 5, 10, 20, 50, 100]);
    const max = pick(random, [null, 25, 50, 100, 300, 1000]);
    return {
      documentId: randomBytes(12).toString('hex'),
      locale: 'de',
      publishedAt: now,
      name: `Testformat ${String(i + 1).padStart(5, '0')}`,
      slug: `testformat-${i + 1}`,
      kind: 'methode',
      summary: 'Erzeugt für Lasttests.',
      primaryLevel: pick(random, lists.levels),
      levels: some(random, lists.levels, 2),
      modes: some(random, lists.modes, 2),
      participantsMin: min,
      participantsMax: max !== null && min !== null && max < min ? null : max,
      durationClass: pick(random, lists.durationClasses),
      leadTimeClass: pick(random, lists.leadTimeClasses),
      costLevel: pick(random, lists.costLevels),
      budgetBand: random() < 0.5 ? pick(random, lists.budgetBands) : null,
      goals: some(random, lists.goals, 3),
      targetGroups: some(random, lists.targetGroups, 2),
      conflictFit: pick(random, lists.conflictFits),
      phases: some(random, lists.phases, 2),
      facilitation: 'einfach',
    };
  });
}

module.exports = { generateFormats };
