import { STATUS_CODE, selectedOptions, type ChoiceCriterion, type Criterion, type MatchStatus, type Search } from './criteria';
import type { CriterionOptions, FormatIndex, OptionDefinition } from './format-index';
import type { FormatRecord } from './format-record';
import { optionStatus } from './match-rules';
import { SHIPPED_CATALOGUES, baseLanguage, fillText, shippedCatalogue, type Catalogue } from '../messages';

/**
 * The catalogue to explain in when the caller names none: the shipped one of the locale or its
 * language, else English. The finder service passes the configured catalogue of the locale.
 */
export function defaultCatalogue(locale: string): Catalogue {
  return shippedCatalogue(locale) ?? SHIPPED_CATALOGUES.en;
}

/** A label in the locale: its own, else its language's (`de-CH` → `de`), else the fallback locale's, else the code. */
function pickLabel(labels: Readonly<Record<string, string>> | undefined, locale: string, fallbackLocale?: string): string | undefined {
  if (!labels) return undefined;
  return labels[locale] ?? labels[baseLanguage(locale)] ?? (fallbackLocale ? labels[fallbackLocale] : undefined);
}

/** Each option list by code, built once per list (an index keeps its lists until it is replaced). */
const optionsByCode = new WeakMap<readonly OptionDefinition[], Map<string, OptionDefinition>>();

export function optionLabel(options: CriterionOptions, criterion: ChoiceCriterion, code: string, locale: string, fallbackLocale?: string): string {
  const list = options[criterion];
  let byCode = optionsByCode.get(list);
  if (!byCode) {
    byCode = new Map(list.map((option) => [option.code, option]));
    optionsByCode.set(list, byCode);
  }
  return pickLabel(byCode.get(code)?.label, locale, fallbackLocale) ?? code;
}

function list(labels: string[], text: Catalogue): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} ${text.and} ${labels.at(-1)}`;
}

export function rangeText(record: FormatRecord, text: Catalogue): string {
  const { participantsMin: min, participantsMax: max } = record;
  const values = { min: String(min), max: String(max) };
  if (min !== null && max !== null) return fillText(text.groupSize.range, values);
  if (min !== null) return fillText(text.groupSize.atLeast, values);
  return fillText(text.groupSize.atMost, values);
}

/** What the format itself has for a criterion, as labels. */
export function formatValues(index: FormatIndex, record: FormatRecord, criterion: ChoiceCriterion, locale: string, text: Catalogue, fallbackLocale?: string): string[] {
  const label = (code: string) => optionLabel(index.options, criterion, code, locale, fallbackLocale);
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
      const level = pickLabel(index.rules.config.costLevelLabels[record.costLevel], locale, fallbackLocale) ?? record.costLevel;
      return [fillText(text.costLevelEstimated, { level })];
    }
    case 'accessibility':
      return [];
  }
}

/**
 * One sentence in the answer's language on why a format matched a criterion as it did. `text` is
 * the locale's catalogue (default: the shipped one); labels missing in the locale fall back to
 * `fallbackLocale` (the finder's default locale), then to the code.
 */
export function explain(
  index: FormatIndex,
  record: FormatRecord,
  search: Search,
  criterion: Criterion,
  status: MatchStatus,
  locale: string,
  text: Catalogue = defaultCatalogue(locale),
  fallbackLocale?: string,
): string {
  if (status === 'unknown') return fillText(text.unknown, { criterion: text.criteria[criterion] });
  const reasons: Partial<Record<Exclude<MatchStatus, 'unknown'>, string>> = text.reasons[criterion];
  const template = reasons[status] ?? reasons.not_matched;
  if (!template) return '';

  if (criterion === 'participants') {
    return fillText(template, (name) => (name === 'wanted' ? String(search.participants) : name === 'have' ? rangeText(record, text) : name === 'hit' || name === 'miss' ? '' : undefined));
  }

  const wanted = selectedOptions(search, criterion);
  const label = (code: string) => optionLabel(index.options, criterion, code, locale, fallbackLocale);
  const isHit = (option: string) => optionStatus(criterion, option, record, index.rules) === STATUS_CODE.matched;
  // Values are computed only for the placeholders the template uses: answers hold dozens of reasons.
  return fillText(template, (name) => {
    switch (name) {
      case 'wanted':
        return criterion === 'modes' ? wanted.map(label).join(` ${text.or} `) : list(wanted.map(label), text);
      case 'hit':
        return list(wanted.filter(isHit).map(label), text);
      case 'miss':
        return list(wanted.filter((option) => !isHit(option)).map(label), text);
      case 'have':
        return list(formatValues(index, record, criterion, locale, text, fallbackLocale), text) || '–';
      default:
        return undefined;
    }
  });
}
