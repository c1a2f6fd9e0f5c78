import { baseLanguage, deepMerge, type DeepPartial } from '@mitwirken/strapi-plugin-kit';
import type { Criterion } from '../domain/criteria';

/**
 * The texts of the planner's tools — the order's reasons, compare, export and the phase plan —
 * kept apart from the search's catalogue so a host's complete catalogue of another language stays
 * complete: a locale without planner texts of its own speaks its language's shipped ones, else
 * English, and a host overrides any of them with `plannerMessages`.
 */
export const plannerDe = {
  /** Each fact as a heading or list item names it (nominative). */
  facts: {
    goals: 'Ziele',
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
  } satisfies Record<Criterion, string>,
  order: {
    groupSize: {
      central: 'Passt genau: {{wanted}} Personen liegen mitten im Bereich {{min}}–{{max}}.',
      inside: 'Passt: {{wanted}} Personen liegen im Bereich {{min}}–{{max}}.',
      edge: 'Passt knapp: {{wanted}} Personen liegen am Rand des Bereichs {{min}}–{{max}}.',
      open: 'Passt: {{wanted}} Personen, der Bereich ab {{min}} ist nach oben offen.',
      openEdge: 'Passt knapp: {{wanted}} Personen liegen an der Untergrenze ({{min}}, nach oben offen).',
    },
    goalFocus: {
      main: 'Hauptzweck: Das Format ist für {{hit}} gedacht, nichts anderes.',
      focus: 'Schwerpunkt: {{count}} von {{total}} Zielen des Formats sind gewünscht ({{hit}}).',
      side: 'Eher Nebeneffekt: Nur {{count}} von {{total}} Zielen des Formats sind gewünscht ({{hit}}).',
    },
    mainLevel: {
      main: 'Hauptstufe: Das Format ist vor allem für {{wanted}} gedacht.',
      side: 'Nebenstufe: Das Format ist vor allem für {{have}} gedacht, {{wanted}} nur nebenbei.',
    },
    duration: {
      exact: 'Dauer trifft die verfügbare Zeit ({{have}}).',
      below: 'Dauer ({{have}}) liegt {{distance}} unter der verfügbaren Zeit ({{wanted}}).',
      above: 'Dauer ({{have}}) liegt {{distance}} über der verfügbaren Zeit ({{wanted}}).',
    },
    leadTime: {
      exact: 'Vorbereitung trifft den verfügbaren Vorlauf ({{have}}).',
      below: 'Vorbereitung ({{have}}) liegt {{distance}} unter dem verfügbaren Vorlauf ({{wanted}}).',
      above: 'Vorbereitung ({{have}}) liegt {{distance}} über dem verfügbaren Vorlauf ({{wanted}}).',
    },
    budget: {
      exact: 'Kosten ({{have}}) treffen den Rahmen ({{wanted}}).',
      below: 'Kosten ({{have}}) liegen {{distance}} unter dem Rahmen ({{wanted}}).',
      above: 'Kosten ({{have}}) liegen {{distance}} über dem Rahmen ({{wanted}}).',
    },
    steps: { one: 'eine Stufe', many: '{{count}} Stufen' },
    provenance: {
      sourced: 'Belegt: {{sourced}} aus Quellen.',
      mixed: 'Belegt: {{sourced}} aus Quellen; redaktionell geschätzt: {{estimated}}.',
      estimated: 'Redaktionell geschätzt: {{estimated}}.',
      none: 'Ohne Angaben zur Herkunft der Fakten.',
    },
    tie: 'Gleichauf mit {{count}} weiteren: in allen betrachteten Angaben gleich, daher nach Namen.',
  },
  /** Marks of a fact in the comparison: always a word next to the symbol, never colour alone. */
  marks: { matched: 'passt', partly: 'teilweise', not_matched: 'passt nicht', unknown: 'keine Angabe' },
  provenance: { sourced: 'belegt', estimated: 'geschätzt', none: 'ohne Herkunft' },
  compare: { primaryLevel: 'Hauptstufe', sources: 'Quellen', noValue: '–' },
  export: {
    columns: {
      rank: 'Rang',
      name: 'Format',
      slug: 'Kennung',
      score: 'Punkte',
      reasons: 'Begründungen',
      order: 'Reihenfolge',
      sources: 'Quellen',
      search: 'Suche',
    },
    noSearch: 'ohne Angaben',
    must: 'Muss',
    title: 'Auswahl von Beteiligungsformaten',
  },
  plan: {
    leadTime: 'Längster Vorlauf der ersten Vorschläge: {{have}} (Vorbereitungen laufen nebeneinander).',
    budget: 'Kosten aller ersten Vorschläge zusammen: mindestens im Rahmen {{have}}.',
    unknown: 'keine Angabe',
  },
};

export type PlannerCatalogue = typeof plannerDe;
export type PlannerOverride = DeepPartial<PlannerCatalogue>;

export const plannerEn: PlannerCatalogue = {
  facts: {
    goals: 'Goals',
    level: 'Participation level',
    modes: 'Mode',
    participants: 'Group size',
    duration: 'Duration',
    budget: 'Cost',
    leadTime: 'Lead time',
    targetGroups: 'Target groups',
    conflict: 'Conflict suitability',
    phase: 'Project phases',
    accessibility: 'Accessibility',
  },
  order: {
    groupSize: {
      central: 'Fits exactly: {{wanted}} people lie in the middle of the range {{min}}–{{max}}.',
      inside: 'Fits: {{wanted}} people lie within the range {{min}}–{{max}}.',
      edge: 'Fits just: {{wanted}} people lie at the edge of the range {{min}}–{{max}}.',
      open: 'Fits: {{wanted}} people; the range from {{min}} is open-ended.',
      openEdge: 'Fits just: {{wanted}} people lie at the lower limit ({{min}}, open-ended).',
    },
    goalFocus: {
      main: 'Main purpose: the format is meant for {{hit}} and nothing else.',
      focus: 'Focus: {{count}} of the format’s {{total}} goals are wanted ({{hit}}).',
      side: 'Rather a side effect: only {{count}} of the format’s {{total}} goals are wanted ({{hit}}).',
    },
    mainLevel: {
      main: 'Main level: the format is meant above all for {{wanted}}.',
      side: 'Side level: the format is meant above all for {{have}}, {{wanted}} only on the side.',
    },
    duration: {
      exact: 'Its duration matches the time available ({{have}}).',
      below: 'Its duration ({{have}}) is {{distance}} below the time available ({{wanted}}).',
      above: 'Its duration ({{have}}) is {{distance}} above the time available ({{wanted}}).',
    },
    leadTime: {
      exact: 'Its preparation matches the lead time available ({{have}}).',
      below: 'Its preparation ({{have}}) is {{distance}} below the lead time available ({{wanted}}).',
      above: 'Its preparation ({{have}}) is {{distance}} above the lead time available ({{wanted}}).',
    },
    budget: {
      exact: 'Its cost ({{have}}) matches the budget ({{wanted}}).',
      below: 'Its cost ({{have}}) is {{distance}} below the budget ({{wanted}}).',
      above: 'Its cost ({{have}}) is {{distance}} above the budget ({{wanted}}).',
    },
    steps: { one: 'one step', many: '{{count}} steps' },
    provenance: {
      sourced: 'Sourced: {{sourced}}.',
      mixed: 'Sourced: {{sourced}}; editorial estimate: {{estimated}}.',
      estimated: 'Editorial estimate: {{estimated}}.',
      none: 'No information on where the facts come from.',
    },
    tie: 'Level with {{count}} other(s): equal in every fact considered, hence by name.',
  },
  marks: { matched: 'fits', partly: 'partly', not_matched: 'does not fit', unknown: 'no information' },
  provenance: { sourced: 'sourced', estimated: 'estimated', none: 'no provenance' },
  compare: { primaryLevel: 'Main level', sources: 'Sources', noValue: '–' },
  export: {
    columns: {
      rank: 'Rank',
      name: 'Format',
      slug: 'Identifier',
      score: 'Score',
      reasons: 'Reasons',
      order: 'Order',
      sources: 'Sources',
      search: 'Search',
    },
    noSearch: 'no criteria',
    must: 'must',
    title: 'Selection of participation formats',
  },
  plan: {
    leadTime: 'Longest lead time of the first proposals: {{have}} (preparations run side by side).',
    budget: 'Cost of all first proposals together: at least in the band {{have}}.',
    unknown: 'no information',
  },
};

const SHIPPED: Readonly<Record<string, PlannerCatalogue>> = { de: plannerDe, en: plannerEn };

const resolved = new WeakMap<object, Map<string, PlannerCatalogue>>();

/** The planner texts of a locale: shipped (locale, then language, then English) with the host's override over them. */
export function plannerCatalogue(config: { plannerMessages: Readonly<Record<string, unknown>> }, locale: string): PlannerCatalogue {
  let byLocale = resolved.get(config);
  if (!byLocale) resolved.set(config, (byLocale = new Map()));
  let catalogue = byLocale.get(locale);
  if (!catalogue) {
    const shipped = SHIPPED[locale] ?? SHIPPED[baseLanguage(locale)] ?? plannerEn;
    const override = config.plannerMessages[locale] ?? config.plannerMessages[baseLanguage(locale)];
    catalogue = (override ? deepMerge(shipped, override) : shipped) as PlannerCatalogue;
    byLocale.set(locale, catalogue);
  }
  return catalogue;
}

/** The shipped planner texts of a locale, for pure code called without a config. */
export const shippedPlanner = (locale: string): PlannerCatalogue => SHIPPED[locale] ?? SHIPPED[baseLanguage(locale)] ?? plannerEn;
