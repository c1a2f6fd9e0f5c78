'use strict';

/**
 * Beaulieu's code lists for its participation schemes ("dispositifs de participation"): the codes
 * stored in a dispositif, in order, with their labels in French and German. The content type's
 * enumerations (schema.json) and the format finder's options (config/plugins.js) both come from
 * here, so a code exists once.
 */
const list = (entries) => entries.map(([code, fr, de]) => ({ code, label: { fr, de } }));

const objectifs = list([
  ['informer', 'Informer', 'Informieren'],
  ['recueillir_avis', 'Recueillir des avis', 'Meinungen einholen'],
  ['idees', 'Faire émerger des idées', 'Ideen sammeln'],
  ['co_construire', 'Co-construire un projet', 'Gemeinsam planen'],
  ['decider', 'Décider ensemble', 'Gemeinsam entscheiden'],
]);

/** Ordered: a neighbouring level counts as partly. */
const niveaux = list([
  ['information', 'Information', 'Information'],
  ['consultation', 'Consultation', 'Konsultation'],
  ['concertation', 'Concertation', 'Kooperation'],
  ['co_decision', 'Co-décision', 'Mitentscheidung'],
]);

const modalites = list([
  ['presentiel', 'en présentiel', 'in Präsenz'],
  ['en_ligne', 'en ligne', 'online'],
  ['hybride', 'hybride', 'hybrid'],
  ['ecrit', 'par écrit', 'schriftlich'],
  ['aller_vers', 'en allant vers les habitants', 'aufsuchend'],
]);

/** Ordered from short to long. */
const durees = list([
  ['heures', 'quelques heures', 'wenige Stunden'],
  ['un_jour', 'une journée', 'ein Tag'],
  ['semaines', 'quelques semaines', 'einige Wochen'],
  ['mois', 'plusieurs mois', 'mehrere Monate'],
]);

/** Ordered from small to large. */
const budgets = list([
  ['moins_1000', 'moins de 1 000 €', 'unter 1.000 €'],
  ['de_1000_a_5000', 'de 1 000 à 5 000 €', '1.000 bis 5.000 €'],
  ['de_5000_a_20000', 'de 5 000 à 20 000 €', '5.000 bis 20.000 €'],
  ['plus_20000', 'plus de 20 000 €', 'über 20.000 €'],
]);

/** A rough cost level, for dispositifs without a budget band; each stands for some bands. */
const niveauxCout = list([
  ['faible', 'faible', 'niedrig'],
  ['moyen', 'moyen', 'mittel'],
  ['eleve', 'élevé', 'hoch'],
]);
const bandesParNiveauCout = {
  faible: ['moins_1000', 'de_1000_a_5000'],
  moyen: ['de_5000_a_20000'],
  eleve: ['plus_20000'],
};

/** Ordered from short to long. */
const delais = list([
  ['une_semaine', 'une semaine', 'eine Woche'],
  ['un_mois', 'un mois', 'ein Monat'],
  ['trois_mois', 'trois mois', 'drei Monate'],
  ['six_mois', 'six mois ou plus', 'sechs Monate oder mehr'],
]);

const publicsCibles = list([
  ['habitants', 'habitants', 'Einwohnerinnen und Einwohner'],
  ['jeunes', 'jeunes', 'Jugendliche'],
  ['seniors', 'seniors', 'Ältere Menschen'],
  ['associations', 'associations', 'Vereine'],
  ['entreprises', 'entreprises', 'Unternehmen'],
]);

/** What a dispositif suits: calm situations, tense ones, or both. A situation is calm or tense. */
const conflits = list([
  ['apaise', 'situation apaisée', 'ohne verhärtete Fronten'],
  ['tendu', 'situation tendue', 'verhärtete Fronten'],
  ['les_deux', 'les deux', 'beides'],
]);

const phases = list([
  ['diagnostic', 'diagnostic', 'Bestandsaufnahme'],
  ['conception', 'conception', 'Planung'],
  ['decision', 'décision', 'Entscheidung'],
  ['mise_en_oeuvre', 'mise en œuvre', 'Umsetzung'],
  ['evaluation', 'évaluation', 'Auswertung'],
]);

const codes = (options) => options.map((option) => option.code);

module.exports = {
  objectifs,
  niveaux,
  modalites,
  durees,
  budgets,
  niveauxCout,
  bandesParNiveauCout,
  delais,
  publicsCibles,
  conflits,
  phases,
  codes,
};
