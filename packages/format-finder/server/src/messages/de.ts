import type { Criterion, MatchStatus } from '../domain/criteria';

type Reasons = Partial<Record<Exclude<MatchStatus, 'unknown'>, string>>;

/**
 * German: the finder's name and the sentences that explain a match. Its shape is the shape of every
 * catalogue (`Catalogue` below); a host overrides single texts or adds a language through the config
 * (`messages`, see the README). Placeholders: `{{wanted}}` (what was asked for), `{{hit}}` (what of
 * it the format offers), `{{miss}}` (what it lacks), `{{have}}` (what the format has) — each a list
 * of labels in the answer's language.
 */
export const de = {
  /** The finder's name in this language (in the criteria answer); neutral, the host names its own. */
  name: 'Formatsuche',
  /** Name of the admin permission (Settings → Roles), taken from the first locale. */
  previewPermission: 'Vorschau der Formatsuche nutzen',
  /** The words that join the last two items of a list ("a, b und c") and alternatives ("online oder hybrid"). */
  and: 'und',
  or: 'oder',
  /** A format without a value for the criterion; `{{criterion}}` is the criterion as named below. */
  unknown: 'Keine Angaben zu {{criterion}}.',
  /** Each criterion as the sentence for unknown values names it. */
  criteria: {
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
  /** A format's usual group size, as `{{have}}` of the participants reasons. */
  groupSize: {
    range: '{{min}}–{{max}} Personen',
    atLeast: 'ab {{min}} Personen',
    atMost: 'bis {{max}} Personen',
  },
  /** A format with a cost level instead of a budget band, as `{{have}}` of the budget reasons. */
  costLevelEstimated: 'Kostenstufe {{level}}, geschätzt',
  /** Per criterion and status, one sentence. */
  reasons: {
    goals: {
      matched: 'Dient allen gewünschten Zielen: {{hit}}.',
      partly: 'Dient {{hit}}, nicht aber {{miss}}.',
      not_matched: 'Dient keinem der gewünschten Ziele ({{wanted}}).',
    },
    targetGroups: {
      matched: 'Spricht die gewünschten Zielgruppen an: {{hit}}.',
      partly: 'Spricht {{hit}} an, nicht aber {{miss}}.',
      not_matched: 'Ist für andere Zielgruppen gedacht ({{have}}).',
    },
    accessibility: {
      matched: 'Erfüllt: {{hit}}.',
      partly: 'Erfüllt {{hit}}, nicht aber {{miss}}.',
      not_matched: 'Erfüllt nicht: {{miss}}.',
    },
    modes: {
      matched: 'Durchführbar als {{hit}}.',
      partly: 'Nicht als {{wanted}}, aber als {{have}} möglich.',
      not_matched: 'Nur als {{have}}, nicht als {{wanted}}.',
    },
    level: {
      matched: 'Erreicht die Stufe {{wanted}}.',
      partly: 'Erreicht {{have}}, eine Stufe neben {{wanted}}.',
      not_matched: 'Erreicht {{have}}, nicht {{wanted}}.',
    },
    participants: {
      matched: 'Für {{wanted}} Personen geeignet ({{have}}).',
      partly: '{{wanted}} Personen liegen knapp außerhalb der üblichen Größe ({{have}}).',
      not_matched: '{{wanted}} Personen passen nicht zur üblichen Größe ({{have}}).',
    },
    duration: {
      matched: 'Dauer ({{have}}) passt in die verfügbare Zeit ({{wanted}}).',
      partly: 'Dauert mit {{have}} etwas länger als die verfügbare Zeit ({{wanted}}).',
      not_matched: 'Dauert mit {{have}} deutlich länger als die verfügbare Zeit ({{wanted}}).',
    },
    leadTime: {
      matched: 'Vorbereitung ({{have}}) passt in den Vorlauf ({{wanted}}).',
      partly: 'Braucht mit {{have}} etwas mehr Vorlauf als {{wanted}}.',
      not_matched: 'Braucht mit {{have}} deutlich mehr Vorlauf als {{wanted}}.',
    },
    budget: {
      matched: 'Kosten ({{have}}) im Rahmen von {{wanted}}.',
      partly: 'Kosten ({{have}}) können den Rahmen von {{wanted}} übersteigen.',
      not_matched: 'Kosten ({{have}}) liegen über dem Rahmen von {{wanted}}.',
    },
    conflict: {
      matched: 'Geeignet für die Konfliktlage: {{wanted}}.',
      not_matched: 'Nicht für die Konfliktlage „{{wanted}}“ gedacht.',
    },
    phase: {
      matched: 'Passt zur Projektphase {{wanted}}.',
      not_matched: 'Gehört in andere Projektphasen ({{have}}).',
    },
  },
} satisfies { criteria: Record<Criterion, string>; reasons: Record<Criterion, Reasons> } & Record<string, unknown>;

/** The shape of a catalogue: inferred from the German one, so a shipped catalogue lacking a key does not compile. */
export type Catalogue = typeof de;
