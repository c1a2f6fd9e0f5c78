/**
 * The controlled vocabularies of the participation model, in one place.
 *
 * Codes are what the database stores and the API speaks; labels are what people read.
 * The schema.json enumerations of the content types must list the same codes: a unit test
 * holds them together, because Strapi reads enumerations from JSON and cannot import this file.
 */

export type LocaleCode = 'de' | 'en';
export type Label = Readonly<Record<LocaleCode, string>>;

function codeList<const T extends Record<string, Label>>(labels: T) {
  const codes = Object.keys(labels) as Array<keyof T & string>;
  return { codes, labels } as const;
}

/** German "Stufen der Beteiligung". */
export const participationLevels = codeList({
  information: { de: 'Information', en: 'Information' },
  konsultation: { de: 'Konsultation', en: 'Consultation' },
  kooperation: { de: 'Kooperation', en: 'Cooperation' },
  mitentscheidung: { de: 'Mitentscheidung', en: 'Co-decision' },
});

/** IAP2 spectrum: codes only, the spectrum's own wording is copyrighted. */
export const iap2Levels = codeList({
  inform: { de: 'inform', en: 'inform' },
  consult: { de: 'consult', en: 'consult' },
  involve: { de: 'involve', en: 'involve' },
  collaborate: { de: 'collaborate', en: 'collaborate' },
  empower: { de: 'empower', en: 'empower' },
});

export const modes = codeList({
  praesenz: { de: 'Präsenz', en: 'In person' },
  online: { de: 'Online', en: 'Online' },
  hybrid: { de: 'Hybrid', en: 'Hybrid' },
  schriftlich: { de: 'Schriftlich', en: 'In writing' },
  aufsuchend: { de: 'Aufsuchend', en: 'Outreach' },
});

export const durationClasses = codeList({
  stunden: { de: 'Wenige Stunden', en: 'A few hours' },
  tag: { de: 'Ein Tag', en: 'One day' },
  mehrtaegig: { de: 'Mehrere Tage', en: 'Several days' },
  wochen_monate: { de: 'Wochen bis Monate', en: 'Weeks to months' },
  fortlaufend: { de: 'Fortlaufend', en: 'Ongoing' },
});

export const leadTimeClasses = codeList({
  tage: { de: 'Einige Tage', en: 'A few days' },
  wochen: { de: 'Einige Wochen', en: 'A few weeks' },
  monate: { de: 'Mehrere Monate', en: 'Several months' },
});

export const costLevels = codeList({
  niedrig: { de: 'Niedrig', en: 'Low' },
  mittel: { de: 'Mittel', en: 'Medium' },
  hoch: { de: 'Hoch', en: 'High' },
});

/**
 * Budget bands as used by the Beteiligungskompass, in euros. Codes start with a letter because
 * GraphQL enum values may not start with a digit.
 */
export const budgetBands = codeList({
  bis_1000: { de: '0 – 1.000 €', en: '€0 – 1,000' },
  von_1000_bis_5000: { de: '1.000 – 5.000 €', en: '€1,000 – 5,000' },
  von_5000_bis_10000: { de: '5.000 – 10.000 €', en: '€5,000 – 10,000' },
  von_10000_bis_30000: { de: '10.000 – 30.000 €', en: '€10,000 – 30,000' },
  von_30000_bis_50000: { de: '30.000 – 50.000 €', en: '€30,000 – 50,000' },
  von_50000_bis_100000: { de: '50.000 – 100.000 €', en: '€50,000 – 100,000' },
  ueber_100000: { de: 'über 100.000 €', en: 'over €100,000' },
});

/** The upper bound of each budget band in euros (null: open-ended), for range comparisons. */
export const budgetBandCeilings: Readonly<Record<(typeof budgetBands.codes)[number], number | null>> = {
  bis_1000: 1000,
  von_1000_bis_5000: 5000,
  von_5000_bis_10000: 10000,
  von_10000_bis_30000: 30000,
  von_30000_bis_50000: 50000,
  von_50000_bis_100000: 100000,
  ueber_100000: null,
};

export const goals = codeList({
  informieren_kompetenz: { de: 'Informieren und Kompetenz aufbauen', en: 'Inform and build competence' },
  probleme_bedarfe: { de: 'Probleme und Bedarfe erkennen', en: 'Identify problems and needs' },
  ideen_vorschlaege: { de: 'Ideen und Vorschläge sammeln', en: 'Collect ideas and proposals' },
  feedback_massnahmen: { de: 'Rückmeldung zu Vorhaben einholen', en: 'Get feedback on plans' },
  konflikte_abbauen: { de: 'Konflikte abbauen', en: 'Reduce conflict' },
  entscheidung_abgeben: { de: 'Entscheidungen abgeben', en: 'Hand decisions to citizens' },
});

export const targetGroups = codeList({
  allgemeine_oeffentlichkeit: { de: 'Allgemeine Öffentlichkeit', en: 'General public' },
  betroffene_stakeholder: { de: 'Betroffene und Interessengruppen', en: 'Affected people and stakeholders' },
  fachleute: { de: 'Fachleute', en: 'Experts' },
  kinder_jugendliche: { de: 'Kinder und Jugendliche', en: 'Children and young people' },
  unterrepraesentierte: { de: 'Unterrepräsentierte Gruppen', en: 'Under-represented groups' },
  senior_innen: { de: 'Senior*innen', en: 'Older people' },
});

export const conflictFits = codeList({
  keine_verhaerteten: { de: 'Unterschiedliche Interessen, keine verhärteten Fronten', en: 'Diverse interests, no entrenched fronts' },
  beide: { de: 'Mit und ohne verhärtete Fronten', en: 'With or without entrenched fronts' },
  verhaertet: { de: 'Verhärtete Fronten', en: 'Entrenched fronts' },
});

export const recruitmentMethods = codeList({
  offen: { de: 'Offen für alle', en: 'Open to all' },
  offene_anmeldung: { de: 'Offene Anmeldung', en: 'Open registration' },
  zufallsauswahl: { de: 'Zufallsauswahl', en: 'Random selection' },
  zufallsauswahl_geschichtet: { de: 'Geschichtete Zufallsauswahl', en: 'Stratified random selection' },
  eingeladen: { de: 'Auf Einladung', en: 'By invitation' },
  eingeladen_stakeholder: { de: 'Eingeladene Interessengruppen', en: 'Invited stakeholders' },
  gezielte_ansprache: { de: 'Gezielte Ansprache', en: 'Targeted outreach' },
  aufsuchend: { de: 'Aufsuchend', en: 'Outreach on site' },
  selbstselektion: { de: 'Selbstauswahl', en: 'Self-selection' },
  konfliktparteien: { de: 'Konfliktparteien', en: 'Parties to the conflict' },
  expert_innen: { de: 'Expert*innen', en: 'Experts' },
});

export const projectPhases = codeList({
  agenda_setting: { de: 'Themen setzen', en: 'Agenda setting' },
  information: { de: 'Information', en: 'Information' },
  analyse: { de: 'Analyse', en: 'Analysis' },
  ideen: { de: 'Ideenfindung', en: 'Generating ideas' },
  planung: { de: 'Planung', en: 'Planning' },
  prototyp: { de: 'Prototyp', en: 'Prototyping' },
  entscheidungsvorbereitung: { de: 'Entscheidungsvorbereitung', en: 'Preparing decisions' },
  entscheidung: { de: 'Entscheidung', en: 'Decision' },
  umsetzung: { de: 'Umsetzung', en: 'Implementation' },
  konfliktbearbeitung: { de: 'Konfliktbearbeitung', en: 'Conflict resolution' },
  aktivierung: { de: 'Aktivierung', en: 'Activation' },
  vernetzung: { de: 'Vernetzung', en: 'Networking' },
  feedback: { de: 'Rückmeldung', en: 'Feedback' },
  monitoring: { de: 'Begleitung und Monitoring', en: 'Monitoring' },
  evaluation: { de: 'Auswertung', en: 'Evaluation' },
});

export const facilitationNeeds = codeList({
  keine: { de: 'Keine Moderation nötig', en: 'No facilitation needed' },
  einfach: { de: 'Einfache Moderation', en: 'Basic facilitation' },
  online_moderation: { de: 'Online-Moderation', en: 'Online facilitation' },
  professionell: { de: 'Professionelle Moderation', en: 'Professional facilitation' },
  professionell_team: { de: 'Professionelles Moderationsteam', en: 'Professional facilitation team' },
});

export const formatKinds = codeList({
  methode: { de: 'Methode', en: 'Method' },
  moderationsmethode: { de: 'Moderationsmethode', en: 'Facilitation technique' },
  instrument: { de: 'Instrument', en: 'Instrument' },
});

export const toolkitDocumentKinds = codeList({
  ablaufplan_vorlage: { de: 'Ablaufplan-Vorlage', en: 'Run sheet template' },
  praesentation_vorlage: { de: 'Präsentationsvorlage', en: 'Presentation template' },
  moderationsleitfaden: { de: 'Moderationsleitfaden', en: 'Facilitation guide' },
  technik_tipps: { de: 'Technik-Tipps', en: 'Technical set-up tips' },
  checkliste: { de: 'Checkliste', en: 'Checklist' },
  evaluation: { de: 'Auswertung', en: 'Evaluation' },
  sonstiges: { de: 'Sonstiges', en: 'Other' },
});

export const toolkitPhases = codeList({
  vorbereitung: { de: 'Vorbereitung', en: 'Preparation' },
  durchfuehrung: { de: 'Durchführung', en: 'Running' },
  nachbereitung: { de: 'Nachbereitung', en: 'Follow-up' },
});

export const toolkitAudiences = codeList({
  organisation: { de: 'Organisation', en: 'Organisers' },
  moderation: { de: 'Moderation', en: 'Moderators' },
  technik: { de: 'Technische Betreuung', en: 'Technical support' },
});

export const federalStates = codeList({
  baden_wuerttemberg: { de: 'Baden-Württemberg', en: 'Baden-Württemberg' },
  bayern: { de: 'Bayern', en: 'Bavaria' },
  berlin: { de: 'Berlin', en: 'Berlin' },
  brandenburg: { de: 'Brandenburg', en: 'Brandenburg' },
  bremen: { de: 'Bremen', en: 'Bremen' },
  hamburg: { de: 'Hamburg', en: 'Hamburg' },
  hessen: { de: 'Hessen', en: 'Hesse' },
  mecklenburg_vorpommern: { de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' },
  niedersachsen: { de: 'Niedersachsen', en: 'Lower Saxony' },
  nordrhein_westfalen: { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  rheinland_pfalz: { de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' },
  saarland: { de: 'Saarland', en: 'Saarland' },
  sachsen: { de: 'Sachsen', en: 'Saxony' },
  sachsen_anhalt: { de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' },
  schleswig_holstein: { de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' },
  thueringen: { de: 'Thüringen', en: 'Thuringia' },
});

/**
 * Topics of participation opportunities; pool members choose their interests from them
 * (config/plugins.ts), so the digest mails each member the opportunities that concern them.
 */
export const opportunityTopics = codeList({
  stadtentwicklung: { de: 'Stadt- und Quartiersentwicklung', en: 'Urban and neighbourhood development' },
  umwelt_klima: { de: 'Umwelt und Klima', en: 'Environment and climate' },
  mobilitaet: { de: 'Mobilität', en: 'Mobility' },
  kinder_jugend: { de: 'Kinder und Jugend', en: 'Children and young people' },
  soziales: { de: 'Soziales und Zusammenleben', en: 'Social affairs and community' },
  digitales: { de: 'Digitales', en: 'Digital matters' },
  wohnen: { de: 'Wohnen', en: 'Housing' },
  bildung_kultur: { de: 'Bildung und Kultur', en: 'Education and culture' },
});

/**
 * Dortmund's twelve Stadtbezirke, the default district list; another city names its own in
 * config/opportunities.ts. `gesamtstadt` marks what concerns the whole city.
 */
export const districts = codeList({
  gesamtstadt: { de: 'Gesamtstadt', en: 'Whole city' },
  innenstadt_west: { de: 'Innenstadt-West', en: 'Innenstadt-West' },
  innenstadt_nord: { de: 'Innenstadt-Nord', en: 'Innenstadt-Nord' },
  innenstadt_ost: { de: 'Innenstadt-Ost', en: 'Innenstadt-Ost' },
  eving: { de: 'Eving', en: 'Eving' },
  scharnhorst: { de: 'Scharnhorst', en: 'Scharnhorst' },
  brackel: { de: 'Brackel', en: 'Brackel' },
  aplerbeck: { de: 'Aplerbeck', en: 'Aplerbeck' },
  hoerde: { de: 'Hörde', en: 'Hörde' },
  hombruch: { de: 'Hombruch', en: 'Hombruch' },
  luetgendortmund: { de: 'Lütgendortmund', en: 'Lütgendortmund' },
  huckarde: { de: 'Huckarde', en: 'Huckarde' },
  mengede: { de: 'Mengede', en: 'Mengede' },
});

/** What an editor says about an opportunity; "vergangen" (past) is derived from its dates, never stored. */
export const opportunityStatuses = codeList({
  geplant: { de: 'Findet statt', en: 'Planned' },
  verschoben: { de: 'Verschoben', en: 'Postponed' },
  abgesagt: { de: 'Abgesagt', en: 'Cancelled' },
  ausgebucht: { de: 'Ausgebucht', en: 'Fully booked' },
});

/** The status in public answers: the stored one, or "vergangen" once every date has ended. */
export const opportunityCurrentStatuses = codeList({
  ...opportunityStatuses.labels,
  vergangen: { de: 'Vergangen', en: 'Past' },
});

/** How people attend; the same codes as a format's modes. */
export const attendanceModes = codeList({
  praesenz: { de: 'Vor Ort', en: 'In person' },
  online: { de: 'Online', en: 'Online' },
  hybrid: { de: 'Hybrid (vor Ort und online)', en: 'Hybrid (in person and online)' },
});

export const registrationKinds = codeList({
  keine: { de: 'Keine Anmeldung nötig', en: 'No registration needed' },
  seite_der_stadt: { de: 'Anmeldung auf einer Seite der Stadt', en: 'Registration on a city web page' },
  extern: { de: 'Anmeldung über einen externen Link', en: 'Registration via an external link' },
  hier: { de: 'Anmeldung hier auf der Plattform', en: 'Registration here on the platform' },
});

export const accessibilityServices = codeList({
  stufenlos: { de: 'Stufenloser Zugang', en: 'Step-free access' },
  rollstuhl_wc: { de: 'Rollstuhlgerechtes WC', en: 'Wheelchair-accessible toilet' },
  gebaerdensprache: { de: 'Gebärdensprachdolmetschung', en: 'Sign language interpreting' },
  schriftdolmetschung: { de: 'Schriftdolmetschung', en: 'Live captioning' },
  induktionsschleife: { de: 'Induktionsschleife', en: 'Induction loop' },
  leichte_sprache: { de: 'Leichte Sprache', en: 'Easy-to-read language' },
  kinderbetreuung: { de: 'Kinderbetreuung', en: 'Childcare' },
  dolmetschen: { de: 'Dolmetschen in weitere Sprachen', en: 'Interpreting into other languages' },
  ruheraum: { de: 'Ruheraum', en: 'Quiet room' },
});

/** Languages spoken at an opportunity, by ISO 639-1 code. */
export const spokenLanguages = codeList({
  de: { de: 'Deutsch', en: 'German' },
  en: { de: 'Englisch', en: 'English' },
  tr: { de: 'Türkisch', en: 'Turkish' },
  ar: { de: 'Arabisch', en: 'Arabic' },
  pl: { de: 'Polnisch', en: 'Polish' },
  ru: { de: 'Russisch', en: 'Russian' },
  uk: { de: 'Ukrainisch', en: 'Ukrainian' },
  ro: { de: 'Rumänisch', en: 'Romanian' },
  bg: { de: 'Bulgarisch', en: 'Bulgarian' },
  fr: { de: 'Französisch', en: 'French' },
});
