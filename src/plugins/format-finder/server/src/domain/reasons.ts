import { STATUS_CODE, selectedOptions, type ChoiceCriterion, type Criterion, type MatchStatus, type Search } from './criteria';
import type { CriterionOptions, FormatIndex } from './format-index';
import type { FormatRecord } from './format-record';
import { optionStatus } from './match-rules';

type Lang = 'de' | 'en';

/** What a reason can speak of; every value is already a label in the answer's language. */
interface Facts {
  wanted: string;
  hit: string;
  miss: string;
  have: string;
}

type Template = (facts: Facts) => string;
type Catalog = Record<Criterion, Partial<Record<Exclude<MatchStatus, 'unknown'>, Template>>>;

const CRITERION_LABELS: Record<Lang, Record<Criterion, string>> = {
  de: {
    goals: 'Zielen',
    level: 'Beteiligungsstufe',
    modes: 'Durchführungsart',
    participants: 'Gruppengröße',
    duration: 'Dauer',
    budget: 'Kosten',
    leadTime: 'Vorlaufzeit',
    targetGroups: 'Zielgruppen',
    conflict: 'Konflikteignung',
    phase: 'Projektphasen',
    accessibility: 'Zugänglichkeit',
  },
  en: {
    goals: 'goals',
    level: 'participation level',
    modes: 'mode',
    participants: 'group size',
    duration: 'duration',
    budget: 'cost',
    leadTime: 'lead time',
    targetGroups: 'target groups',
    conflict: 'conflict suitability',
    phase: 'project phases',
    accessibility: 'accessibility',
  },
};

const CATALOG: Record<Lang, Catalog> = {
  de: {
    goals: {
      matched: (f) => `Dient allen gewünschten Zielen: ${f.hit}.`,
      partly: (f) => `Dient ${f.hit}, nicht aber ${f.miss}.`,
      not_matched: (f) => `Dient keinem der gewünschten Ziele (${f.wanted}).`,
    },
    targetGroups: {
      matched: (f) => `Spricht die gewünschten Zielgruppen an: ${f.hit}.`,
      partly: (f) => `Spricht ${f.hit} an, nicht aber ${f.miss}.`,
      not_matched: (f) => `Ist für andere Zielgruppen gedacht (${f.have}).`,
    },
    accessibility: {
      matched: (f) => `Erfüllt: ${f.hit}.`,
      partly: (f) => `Erfüllt ${f.hit}, nicht aber ${f.miss}.`,
      not_matched: (f) => `Erfüllt nicht: ${f.miss}.`,
    },
    modes: {
      matched: (f) => `Durchführbar als ${f.hit}.`,
      partly: (f) => `Nicht als ${f.wanted}, aber als ${f.have} möglich.`,
      not_matched: (f) => `Nur als ${f.have}, nicht als ${f.wanted}.`,
    },
    level: {
      matched: (f) => `Erreicht die Stufe ${f.wanted}.`,
      partly: (f) => `Erreicht ${f.have}, eine Stufe neben ${f.wanted}.`,
      not_matched: (f) => `Erreicht ${f.have}, nicht ${f.wanted}.`,
    },
    participants: {
      matched: (f) => `Für ${f.wanted} Personen geeignet (${f.have}).`,
      partly: (f) => `${f.wanted} Personen liegen knapp außerhalb der üblichen Größe (${f.have}).`,
      not_matched: (f) => `${f.wanted} Personen passen nicht zur üblichen Größe (${f.have}).`,
    },
    duration: {
      matched: (f) => `Dauer (${f.have}) passt in die verfügbare Zeit (${f.wanted}).`,
      partly: (f) => `Dauert mit ${f.have} etwas länger als die verfügbare Zeit (${f.wanted}).`,
      not_matched: (f) => `Dauert mit ${f.have} deutlich länger als die verfügbare Zeit (${f.wanted}).`,
    },
    leadTime: {
      matched: (f) => `Vorbereitung (${f.have}) passt in den Vorlauf (${f.wanted}).`,
      partly: (f) => `Braucht mit ${f.have} etwas mehr Vorlauf als ${f.wanted}.`,
      not_matched: (f) => `Braucht mit ${f.have} deutlich mehr Vorlauf als ${f.wanted}.`,
    },
    budget: {
      matched: (f) => `Kosten (${f.have}) im Rahmen von ${f.wanted}.`,
      partly: (f) => `Kosten (${f.have}) können den Rahmen von ${f.wanted} übersteigen.`,
      not_matched: (f) => `Kosten (${f.have}) liegen über dem Rahmen von ${f.wanted}.`,
    },
    conflict: {
      matched: (f) => `Geeignet für die Konfliktlage: ${f.wanted}.`,
      not_matched: (f) => `Nicht für die Konfliktlage „${f.wanted}“ gedacht.`,
    },
    phase: {
      matched: (f) => `Passt zur Projektphase ${f.wanted}.`,
      not_matched: (f) => `Gehört in andere Projektphasen (${f.have}).`,
    },
  },
  en: {
    goals: {
      matched: (f) => `Serves every goal asked for: ${f.hit}.`,
      partly: (f) => `Serves ${f.hit}, but not ${f.miss}.`,
      not_matched: (f) => `Serves none of the goals asked for (${f.wanted}).`,
    },
    targetGroups: {
      matched: (f) => `Addresses the target groups asked for: ${f.hit}.`,
      partly: (f) => `Addresses ${f.hit}, but not ${f.miss}.`,
      not_matched: (f) => `Is meant for other target groups (${f.have}).`,
    },
    accessibility: {
      matched: (f) => `Meets: ${f.hit}.`,
      partly: (f) => `Meets ${f.hit}, but not ${f.miss}.`,
      not_matched: (f) => `Does not meet: ${f.miss}.`,
    },
    modes: {
      matched: (f) => `Can be run as: ${f.hit}.`,
      partly: (f) => `Not available as ${f.wanted}, but as ${f.have}.`,
      not_matched: (f) => `Only as ${f.have}, not as ${f.wanted}.`,
    },
    level: {
      matched: (f) => `Reaches the level ${f.wanted}.`,
      partly: (f) => `Reaches ${f.have}, one step from ${f.wanted}.`,
      not_matched: (f) => `Reaches ${f.have}, not ${f.wanted}.`,
    },
    participants: {
      matched: (f) => `Suits ${f.wanted} people (${f.have}).`,
      partly: (f) => `${f.wanted} people is just outside the usual size (${f.have}).`,
      not_matched: (f) => `${f.wanted} people does not fit the usual size (${f.have}).`,
    },
    duration: {
      matched: (f) => `Its duration (${f.have}) fits the time available (${f.wanted}).`,
      partly: (f) => `Takes ${f.have}, a little longer than the time available (${f.wanted}).`,
      not_matched: (f) => `Takes ${f.have}, far longer than the time available (${f.wanted}).`,
    },
    leadTime: {
      matched: (f) => `Its preparation (${f.have}) fits the lead time (${f.wanted}).`,
      partly: (f) => `Needs ${f.have} of preparation, a little more than ${f.wanted}.`,
      not_matched: (f) => `Needs ${f.have} of preparation, far more than ${f.wanted}.`,
    },
    budget: {
      matched: (f) => `Its cost (${f.have}) is within ${f.wanted}.`,
      partly: (f) => `Its cost (${f.have}) may exceed ${f.wanted}.`,
      not_matched: (f) => `Its cost (${f.have}) is above ${f.wanted}.`,
    },
    conflict: {
      matched: (f) => `Suits the conflict situation: ${f.wanted}.`,
      not_matched: (f) => `Not meant for the conflict situation "${f.wanted}".`,
    },
    phase: {
      matched: (f) => `Fits the project phase ${f.wanted}.`,
      not_matched: (f) => `Belongs to other project phases (${f.have}).`,
    },
  },
};

export function languageOf(locale: string): Lang {
  return locale.startsWith('de') ? 'de' : 'en';
}

export function optionLabel(options: CriterionOptions, criterion: ChoiceCriterion, code: string, locale: string): string {
  const option = options[criterion].find((candidate) => candidate.code === code);
  return option?.label?.[locale] ?? option?.label?.[languageOf(locale)] ?? code;
}

function list(labels: string[], lang: Lang): string {
  if (labels.length <= 1) return labels.join('');
  const and = lang === 'de' ? ' und ' : ' and ';
  return `${labels.slice(0, -1).join(', ')}${and}${labels.at(-1)}`;
}

function rangeText(record: FormatRecord, lang: Lang): string {
  const { participantsMin: min, participantsMax: max } = record;
  const people = lang === 'de' ? 'Personen' : 'people';
  if (min !== null && max !== null) return `${min}–${max} ${people}`;
  if (min !== null) return lang === 'de' ? `ab ${min} ${people}` : `${min} ${people} or more`;
  return lang === 'de' ? `bis ${max} ${people}` : `up to ${max} ${people}`;
}

/** What the format itself has for a criterion, as labels. */
function formatValues(index: FormatIndex, record: FormatRecord, criterion: ChoiceCriterion, locale: string): string[] {
  const label = (code: string) => optionLabel(index.options, criterion, code, locale);
  switch (criterion) {
    case 'goals':
      return record.goals.map(label);
    case 'targetGroups':
      return record.targetGroups.map(label);
    case 'modes':
      return record.modes.map(label);
    case 'level':
      return record.levels.map(label);
    case 'phase':
      return record.phases.map(label);
    case 'duration':
      return record.durationClass ? [label(record.durationClass)] : [];
    case 'leadTime':
      return record.leadTimeClass ? [label(record.leadTimeClass)] : [];
    case 'conflict':
      return [];
    case 'budget': {
      if (record.budgetBand) return [label(record.budgetBand)];
      if (!record.costLevel) return [];
      const labels = index.rules.config.costLevelLabels[record.costLevel] ?? {};
      const level = labels[locale] ?? labels[languageOf(locale)] ?? record.costLevel;
      return [languageOf(locale) === 'de' ? `Kostenstufe ${level}, geschätzt` : `cost level ${level}, estimated`];
    }
    case 'accessibility':
      return [];
  }
}

/** One sentence in the answer's language on why a format matched a criterion as it did. */
export function explain(index: FormatIndex, record: FormatRecord, search: Search, criterion: Criterion, status: MatchStatus, locale: string): string {
  const lang = languageOf(locale);
  if (status === 'unknown') {
    const about = CRITERION_LABELS[lang][criterion];
    return lang === 'de' ? `Keine Angaben zu ${about}.` : `No information on ${about}.`;
  }
  const template = CATALOG[lang][criterion][status] ?? CATALOG[lang][criterion].not_matched;
  if (!template) return '';

  if (criterion === 'participants') {
    return template({ wanted: String(search.participants), hit: '', miss: '', have: rangeText(record, lang) });
  }

  const wanted = selectedOptions(search, criterion);
  const hits = wanted.filter((option) => optionStatus(criterion, option, record, index.rules) === STATUS_CODE.matched);
  const misses = wanted.filter((option) => !hits.includes(option));
  const label = (code: string) => optionLabel(index.options, criterion, code, locale);
  const have = formatValues(index, record, criterion, locale);
  const or = lang === 'de' ? ' oder ' : ' or ';
  return template({
    wanted: criterion === 'modes' ? wanted.map(label).join(or) : list(wanted.map(label), lang),
    hit: list(hits.map(label), lang),
    miss: list(misses.map(label), lang),
    have: list(have, lang) || '–',
  });
}
