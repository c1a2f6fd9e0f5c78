import { defaultConfig } from '../../server/src/config';
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

export const settings = defaultConfig;

export function indexOf(records: FormatRecord[], locale = 'de') {
  const options = resolveOptions(
    {
      ...defaultConfig,
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
  return buildFormatIndex(locale, records, options, defaultConfig);
}
