const path = require('path');

const labelled = (codes) => codes.map(([code, en, de]) => ({ code, label: { en, de } }));

/** The finder on a type of the host's own, with its own attribute names and code lists, in English first. */
module.exports = () => ({
  graphql: { config: { endpoint: '/graphql', apolloServer: { introspection: true } } },
  'format-finder': {
    enabled: true,
    resolve: path.resolve(__dirname, '..', '..', '..'),
    config: {
      contentType: 'api::method.method',
      fields: {
        name: 'title',
        slug: 'handle',
        summary: 'teaser',
        goals: 'purposes',
        levels: 'depth',
        modes: 'channels',
        participantsMin: 'smallestGroup',
        participantsMax: 'largestGroup',
        durationClass: 'timeNeeded',
        budgetBand: 'budget',
        costLevel: 'costs',
        leadTimeClass: 'preparation',
        targetGroups: 'audiences',
        conflictFit: 'conflict',
        phases: 'stages',
      },
      options: {
        goals: labelled([['ideas', 'collect ideas', 'Ideen sammeln'], ['decide', 'decide together', 'gemeinsam entscheiden'], ['inform', 'inform', 'informieren']]),
        level: labelled([['inform', 'inform', 'informieren'], ['consult', 'consult', 'konsultieren'], ['collaborate', 'collaborate', 'zusammenarbeiten']]),
        modes: labelled([['in_person', 'in person', 'vor Ort'], ['online', 'online', 'online'], ['hybrid', 'hybrid', 'hybrid']]),
        duration: labelled([['hours', 'hours', 'Stunden'], ['days', 'days', 'Tage'], ['weeks', 'weeks', 'Wochen']]),
        conflict: labelled([['calm', 'no entrenched fronts', 'keine verhärteten Fronten'], ['heated', 'entrenched fronts', 'verhärtete Fronten']]),
      },
      accessibilityNeeds: [{ code: 'no_travel', label: { en: 'Without travelling', de: 'Ohne Anreise' }, anyOf: [{ field: 'modes', values: ['online', 'hybrid'] }] }],
      modeAlternatives: { online: ['hybrid'], in_person: ['hybrid'] },
      conflictCompatible: { calm: ['calm', 'both'], heated: ['heated', 'both'] },
      costLevelBands: { low: ['small'], high: ['large'] },
      costLevelLabels: { low: { en: 'low', de: 'niedrig' }, high: { en: 'high', de: 'hoch' } },
      locales: ['en', 'de'],
      messages: { en: { name: 'Method finder' } },
      syncIntervalMs: 200,
      rebuildDebounceMs: 0,
    },
  },
});
