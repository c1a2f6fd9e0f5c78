// Second-person pronouns and verb forms, and the du imperatives Strapi's texts open a sentence,
// a clause or a "bitte" with. Words that are nouns as well ("Suche", "Upgrade") count only in the
// shape of a request.
const DU_WORDS = [
  'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', 'euren', 'eurem',
  'hast', 'hattest', 'bist', 'warst', 'kannst', 'könntest', 'musst', 'müsstest', 'willst', 'wolltest', 'möchtest', 'wirst', 'würdest',
  'solltest', 'sollst', 'darfst', 'hättest', 'brauchst', 'findest', 'siehst', 'weißt', 'gibst', 'wählst', 'klickst', 'erhältst',
  'bekommst', 'benötigst', 'verwendest', 'lädst', 'speicherst', 'erstellst', 'erstelltest', 'fügst', 'hinzufügst', 'bearbeitest',
  'veröffentlichst', 'änderst', 'verlierst', 'löschst', 'stellst', 'legst', 'gehst', 'kommst', 'machst', 'startest', 'tust',
  'aktivierst', 'deaktivierst', 'entfernst', 'verschiebst', 'arbeitest', 'suchst', 'triffst', 'liest', 'verlässt', 'kontaktierst',
  'überschreibst', 'überprüfst', 'sendest',
];
const DU_IMPERATIVES = [
  'wähle', 'gehe', 'geh', 'füge', 'füg', 'bearbeite', 'erstelle', 'erstell', 'klicke', 'klick', 'verschiebe', 'generiere', 'ziehe',
  'lösche', 'lade', 'lad', 'ersetze', 'lies', 'lese', 'teste', 'sende', 'lege', 'konfiguriere', 'greife', 'definiere', 'halte',
  'ändere', 'verwalte', 'speichere', 'versuche', 'versuch', 'dupliziere', 'selektiere', 'lerne', 'entdecke', 'beginne', 'entferne',
  'deinstalliere', 'kopiere', 'veröffentliche', 'folge', 'nutze', 'setze', 'drücke', 'zeige', 'verbiete', 'aktiviere', 'deaktiviere',
  'sortiere', 'gib', 'schau', 'sieh', 'sehe', 'nimm', 'öffne', 'benenne', 'richte', 'stelle', 'stell', 'verwende', 'melde', 'logge',
  'starte', 'fülle', 'bestätige', 'wechsle', 'wechsel', 'trage', 'vergiss', 'importiere', 'exportiere', 'erfahre', 'teile', 'warte',
  'hilf', 'besuche', 'probiere', 'navigiere', 'wiederhole', 'schließe', 'verbinde', 'aktualisiere', 'kontaktiere', 'überprüfe',
  'prüfe', 'lass', 'mach', 'tippe', 'gestalte', 'organisiere', 'passe', 'plane', 'behalte', 'fang', 'bleib', 'denk', 'achte',
  'vergewissere', 'hol', 'erzähle', 'erhalte', 'führe', 'schütze', 'beschütze', 'modelliere', 'erweitere', 'deploye', 'sei',
  'behebe', 'fordere', 'suche(?=\\s+(nach|und))', 'upgrade(?=\\s*,)',
];
const DU_WORD = new RegExp(`(^|[^\\p{L}])(${DU_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const DU_IMPERATIVE = new RegExp(`(^|[.!?:;(>]\\s*|\\bbitte\\s+|,\\s*(und|oder|dann)?\\s*)(${DU_IMPERATIVES.join('|')})(?![\\p{L}])`, 'iu');

/** Whether a German text addresses its reader with "du"; the admin's texts must say "Sie". */
export function usesDuForm(text: string): boolean {
  return DU_WORD.test(text) || DU_IMPERATIVE.test(text);
}
