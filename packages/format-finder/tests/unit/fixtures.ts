import { defaultConfig, type FinderConfig } from '../../server/src/config';
import { buildFormatIndex, resolveOptions } from '../../server/src/domain/format-index';
import type { FormatRecord } from '../../server/src/domain/format-record';

export const enumerations = {
  levels: ['information', 'konsultation', 'kooperation', 'mitentscheidung'],
  durationClass: ['stunden', 'tag', 'mehrtaegig', 'wochen_monate', 'fortlaufend'],
  leadTimeClass: ['tage', 'wochen', 'monate'],
  budgetBand: ['bis_1000', 'von_1000_bis_5000', 'von_5000_bis_10000', 'von_10000_bis_30000', 'von_30000_bis_50000', 'von_50000_bis_100000', 'ueber_100000'],
};

let counter = 0;

export function record(overrides: Partial<FormatRecord>): FormatRecord {
  counter += 1;
  return {
    documentId: `doc${String(counter).padStart(4, '0')}`,
    locale: 'de',
    name: `Format ${counter}`,
    slug: null,
    summary: null,
    goals: [],
    levels: [],
    modes: [],
    participantsMin: null,
    participantsMax: null,
    durationClass: null,
    budgetBand: null,
    costLevel: null,
    leadTimeClass: null,
    targetGroups: [],
    conflictFit: null,
    phases: [],
    ...overrides,
  };
}

/**
 * A host's settings as the app under packages/ used to ship them as defaults: German codes for
 * modes, conflicts and costs, which the package itself no longer names.
 */
export const settings: FinderConfig = {
  ...defaultConfig,
  contentType: 'api::format.format',
  accessibilityNeeds: [
    { code: 'ohne_internet', label: { de: 'Ohne Internet', en: 'Without internet' }, anyOf: [{ field: 'modes', values: ['praesenz', 'hybrid', 'schriftlich', 'aufsuchend'] }] },
    { code: 'ohne_anreise', label: { de: 'Ohne Anreise', en: 'Without travelling' }, anyOf: [{ field: 'modes', values: ['online', 'hybrid', 'schriftlich', 'aufsuchend'] }] },
    { code: 'kurze_teilnahme', label: { de: 'Kurze Teilnahme', en: 'Short time commitment' }, anyOf: [{ field: 'durationClass', values: ['stunden'] }] },
    { code: 'aufsuchend', label: { de: 'Vor Ort bei den Menschen', en: 'Reaches people where they are' }, anyOf: [{ field: 'modes', values: ['aufsuchend'] }] },
  ],
  modeAlternatives: { online: ['hybrid'], praesenz: ['hybrid'] },
  conflictCompatible: { keine_verhaerteten: ['keine_verhaerteten', 'beide'], verhaertet: ['verhaertet', 'beide'] },
  costLevelBands: {
    niedrig: ['bis_1000', 'von_1000_bis_5000'],
    mittel: ['von_5000_bis_10000', 'von_10000_bis_30000'],
    hoch: ['von_30000_bis_50000', 'von_50000_bis_100000', 'ueber_100000'],
  },
  costLevelLabels: {
    niedrig: { de: 'niedrig', en: 'low' },
    mittel: { de: 'mittel', en: 'medium' },
    hoch: { de: 'hoch', en: 'high' },
  },
};

export function indexOf(records: FormatRecord[], locale = 'de') {
  const options = resolveOptions(
    {
      ...settings,
      options: {
        level: enumerations.levels.map((code) => ({ code })),
        duration: enumerations.durationClass.map((code) => ({ code })),
        leadTime: enumerations.leadTimeClass.map((code) => ({ code })),
        budget: enumerations.budgetBand.map((code) => ({ code })),
        goals: ['informieren_kompetenz', 'probleme_bedarfe', 'ideen_vorschlaege', 'feedback_massnahmen', 'konflikte_abbauen', 'entscheidung_abgeben'].map((code) => ({
          code,
          label: { de: code.replace(/_/g, ' '), en: code },
        })),
        modes: ['praesenz', 'online', 'hybrid', 'schriftlich', 'aufsuchend'].map((code) => ({ code })),
        targetGroups: ['allgemeine_oeffentlichkeit', 'fachleute', 'kinder_jugendliche'].map((code) => ({ code })),
        phase: ['analyse', 'ideen', 'planung'].map((code) => ({ code })),
      },
    },
    {},
    records,
  );
  return buildFormatIndex(locale, records, options, settings);
}
