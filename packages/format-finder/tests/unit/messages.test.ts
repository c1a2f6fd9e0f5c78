import { resolveConfig } from '../../server/src/config';
import type { Search } from '../../server/src/domain/criteria';
import { explain } from '../../server/src/domain/reasons';
import { buildSearchSchema, parseSearch } from '../../server/src/domain/search-schema';
import { SHIPPED_CATALOGUES, cataloguesOf, resolveCatalogues, type Catalogue } from '../../server/src/messages';
import { indexOf, record } from './fixtures';

/** The one setting without a default: the host's content type. */
const HOST = { contentType: 'api::format.format' };

/** French as a host adds it through the config alone: every text, typed so none can be missing. */
const fr = {
  name: 'Recherche de formats',
  previewPermission: 'Utiliser l’aperçu de la recherche de formats',
  and: 'et',
  or: 'ou',
  unknown: 'Aucune indication sur {{criterion}}.',
  criteria: {
    goals: 'les objectifs',
    level: 'le niveau de participation',
    modes: 'le mode',
    participants: 'la taille du groupe',
    duration: 'la durée',
    budget: 'le coût',
    leadTime: 'le délai de préparation',
    targetGroups: 'les publics cibles',
    conflict: 'l’adéquation aux conflits',
    phase: 'les phases du projet',
    accessibility: 'l’accessibilité',
  },
  groupSize: { range: '{{min}} à {{max}} personnes', atLeast: 'dès {{min}} personnes', atMost: 'jusqu’à {{max}} personnes' },
  costLevelEstimated: 'niveau de coût {{level}}, estimé',
  reasons: {
    goals: { matched: 'Sert tous les objectifs souhaités : {{hit}}.', partly: 'Sert {{hit}}, mais pas {{miss}}.', not_matched: 'Ne sert aucun des objectifs souhaités ({{wanted}}).' },
    targetGroups: { matched: 'S’adresse aux publics souhaités : {{hit}}.', partly: 'S’adresse à {{hit}}, mais pas à {{miss}}.', not_matched: 'Est conçu pour d’autres publics ({{have}}).' },
    accessibility: { matched: 'Remplit : {{hit}}.', partly: 'Remplit {{hit}}, mais pas {{miss}}.', not_matched: 'Ne remplit pas : {{miss}}.' },
    modes: { matched: 'Réalisable en {{hit}}.', partly: 'Pas en {{wanted}}, mais possible en {{have}}.', not_matched: 'Seulement en {{have}}, pas en {{wanted}}.' },
    level: { matched: 'Atteint le niveau {{wanted}}.', partly: 'Atteint {{have}}, un niveau à côté de {{wanted}}.', not_matched: 'Atteint {{have}}, pas {{wanted}}.' },
    participants: { matched: 'Convient à {{wanted}} personnes ({{have}}).', partly: '{{wanted}} personnes, c’est un peu en dehors de la taille habituelle ({{have}}).', not_matched: '{{wanted}} personnes ne correspondent pas à la taille habituelle ({{have}}).' },
    duration: { matched: 'La durée ({{have}}) tient dans le temps disponible ({{wanted}}).', partly: 'Dure {{have}}, un peu plus que le temps disponible ({{wanted}}).', not_matched: 'Dure {{have}}, bien plus que le temps disponible ({{wanted}}).' },
    leadTime: { matched: 'La préparation ({{have}}) tient dans le délai ({{wanted}}).', partly: 'Demande {{have}} de préparation, un peu plus que {{wanted}}.', not_matched: 'Demande {{have}} de préparation, bien plus que {{wanted}}.' },
    budget: { matched: 'Le coût ({{have}}) reste dans {{wanted}}.', partly: 'Le coût ({{have}}) peut dépasser {{wanted}}.', not_matched: 'Le coût ({{have}}) dépasse {{wanted}}.' },
    conflict: { matched: 'Convient à la situation de conflit : {{wanted}}.', not_matched: 'Pas conçu pour la situation de conflit « {{wanted}} ».' },
    phase: { matched: 'Correspond à la phase {{wanted}}.', not_matched: 'Appartient à d’autres phases du projet ({{have}}).' },
  },
} satisfies Catalogue;

const online = record({ name: 'Online-Dialog', goals: ['ideen_vorschlaege', 'probleme_bedarfe'], modes: ['online'], participantsMax: 75, costLevel: 'niedrig' });
const index = indexOf([online]);
const search: Search = { goals: ['ideen_vorschlaege', 'feedback_massnahmen'], participants: 40, modes: ['praesenz', 'hybrid'], budget: 'bis_1000' };

describe('the reasons’ catalogues', () => {
  it('ship German and English, resolve unchanged without overrides, and name the finder neutrally', () => {
    const { catalogues, problems } = resolveCatalogues(['de', 'en']);
    expect(problems).toEqual([]);
    expect(catalogues).toEqual(SHIPPED_CATALOGUES);
    expect([SHIPPED_CATALOGUES.de.name, SHIPPED_CATALOGUES.en.name]).toEqual(['Formatsuche', 'Format search']);
    expect(JSON.stringify(SHIPPED_CATALOGUES)).not.toMatch(/Format-Finder|Dortmund/);
  });

  it('let an overridden sentence win, the rest stays', () => {
    const config = resolveConfig({ ...HOST, messages: { de: { name: 'Format-Finder', reasons: { participants: { matched: 'Passt für {{wanted}} Leute ({{have}}).' } } } } });
    const german = cataloguesOf(config).de;
    expect(german.name).toBe('Format-Finder');
    expect(explain(index, online, search, 'participants', 'matched', 'de', german)).toBe('Passt für 40 Leute (bis 75 Personen).');
    expect(explain(index, online, search, 'participants', 'partly', 'de', german)).toBe('40 Personen liegen knapp außerhalb der üblichen Größe (bis 75 Personen).');
  });

  it('take French from the config alone and explain in it, labels falling back to the default locale', () => {
    const config = resolveConfig({ ...HOST, locales: ['fr', 'de'], messages: { fr } });
    const french = cataloguesOf(config).fr;
    expect(explain(index, online, search, 'goals', 'partly', 'fr', french, 'de')).toBe('Sert ideen vorschlaege, mais pas feedback massnahmen.');
    expect(explain(index, online, search, 'modes', 'not_matched', 'fr', french, 'de')).toBe('Seulement en online, pas en praesenz ou hybrid.');
    expect(explain(index, online, search, 'participants', 'matched', 'fr', french, 'de')).toBe('Convient à 40 personnes (jusqu’à 75 personnes).');
    expect(explain(index, online, search, 'budget', 'partly', 'fr', french, 'de')).toBe('Le coût (niveau de coût niedrig, estimé) peut dépasser bis_1000.');
    expect(explain(index, online, search, 'phase', 'unknown', 'fr', french)).toBe('Aucune indication sur les phases du projet.');
    const schema = buildSearchSchema(index.options, { locales: config.locales, maxPageSize: 50 });
    expect(parseSearch(schema, { locale: 'en' }).problems?.[0].message).toBe('locale: "en" is not an option; allowed: fr, de');
  });

  it('list what a new language lacks, and refuse unknown keys and placeholders', () => {
    expect(() => resolveConfig({ ...HOST, locales: ['de', 'fr'] })).toThrow(
      /^format-finder config is invalid: messages\.fr lacks 51 text\(s\) \(no catalogue ships for fr; shipped: de, en; a new language must give every text\): name, previewPermission, and, or, unknown, criteria\.goals, /,
    );
    const { problems } = resolveCatalogues(['de', 'en'], { de: { nam: 'Finder', reasons: { goals: { matched: 'Dient {{ziele}}.' } } }, fr: { name: 'x' } });
    expect(problems).toEqual([
      'messages.fr: fr is not one of the configured locales (de, en)',
      'messages.de has unknown key(s): nam',
      'messages.de.reasons.goals.matched uses {{ziele}}; known: {{wanted}}, {{hit}}, {{miss}}, {{have}}',
    ]);
  });

  it('start a regional variant from its language', () => {
    const config = resolveConfig({ ...HOST, locales: ['de-CH', 'fr-CH'], messages: { 'de-CH': { name: 'Formatfinder' }, 'fr-CH': fr } });
    expect(cataloguesOf(config)['de-CH'].reasons).toEqual(SHIPPED_CATALOGUES.de.reasons);
    expect(cataloguesOf(config)['de-CH'].name).toBe('Formatfinder');
  });
});
