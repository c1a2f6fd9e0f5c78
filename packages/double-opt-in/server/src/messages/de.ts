import type { MailKind, MailTemplate } from '../domain/mail-template';

/**
 * German: every text people see from the plugin (pages, mails, answers) and the names of its
 * admin permissions. Its shape is the shape of every catalogue (`Catalogue` below); a host
 * overrides single texts or adds a language through the config (`messages`, see the README).
 * The product name is neutral ("Verteiler"); the host names its list.
 */
export const de = {
  /** The language's name in itself: the language switch of the pages, the content locale's name. */
  languageName: 'Deutsch',
  /** How dates on the pages are written (an `Intl` locale). */
  dateLocale: 'de-DE',

  /** Defaults of the mails the plugin sends; created once as editable entries (E-Mail-Vorlage). */
  mails: {
    confirmation: {
      subject: 'Bitte bestätigen Sie Ihre Anmeldung',
      body: [
        'Guten Tag {{firstName}} {{lastName}},',
        'Sie haben sich – oder jemand hat Sie – mit dieser E-Mail-Adresse angemeldet, um Informationen über Möglichkeiten zum Mitwirken zu erhalten.',
        'Bitte bestätigen Sie die Anmeldung über diesen Link. Er gilt {{expiresInHours}} Stunden:\n{{confirmUrl}}',
        'Wenn Sie sich nicht angemeldet haben, müssen Sie nichts tun: Ohne Bestätigung erhalten Sie keine weiteren E-Mails, und Ihre Angaben werden gelöscht.',
      ].join('\n\n'),
    },
    already_subscribed: {
      subject: 'Sie sind bereits angemeldet',
      body: [
        'Guten Tag {{firstName}} {{lastName}},',
        'für diese E-Mail-Adresse ist bereits eine bestätigte Anmeldung vorhanden. Es hat sich nichts geändert.',
        'Abmelden können Sie sich jederzeit hier:\n{{unsubscribeUrl}}',
        'Welche Daten wir über Sie speichern, erfahren Sie hier:\n{{dataRequestUrl}}',
      ].join('\n\n'),
    },
    data_access: {
      subject: 'Ihre gespeicherten Daten',
      body: [
        'Guten Tag {{firstName}} {{lastName}},',
        'über diesen Link können Sie Ihre gespeicherten Daten ansehen, herunterladen oder löschen lassen. Er gilt {{expiresInHours}} Stunden:\n{{dataUrl}}',
        'Wenn Sie diese Auskunft nicht angefordert haben, können Sie diese E-Mail ignorieren.',
      ].join('\n\n'),
    },
  },

  /** The footer every mail after the confirmation carries (mailings, "already signed up"). */
  unsubscribeFooter:
    'Sie erhalten diese E-Mail, weil Sie sich für Informationen über Möglichkeiten zum Mitwirken angemeldet haben.\nAbmelden: {{unsubscribeUrl}}',

  /** Answer texts of the public endpoints. */
  answers: {
    accepted: 'Danke! Bitte prüfen Sie Ihr Postfach und bestätigen Sie die Anmeldung über den Link in der E-Mail.',
    dataRequestAccepted: 'Wenn zu dieser Adresse Daten gespeichert sind, erhalten Sie eine E-Mail mit einem Link.',
  },

  /** Texts of the HTML pages. */
  pages: {
    /** At the top of every page and in its title, unless `pages.layout.siteName` names the site. */
    siteName: 'Verteiler',
    mainNavigation: 'Hauptnavigation',
    confirmTitle: 'Anmeldung bestätigen',
    confirmLead: 'Bitte bestätigen Sie, dass Sie Informationen über Möglichkeiten zum Mitwirken erhalten möchten.',
    confirmButton: 'Anmeldung bestätigen',
    confirmedTitle: 'Anmeldung bestätigt',
    confirmedLead: 'Vielen Dank! Sie sind jetzt im Verteiler und erhalten Informationen über Möglichkeiten zum Mitwirken. Abmelden können Sie sich jederzeit über den Link in jeder E-Mail.',
    invalidTitle: 'Dieser Link ist nicht gültig',
    invalidLead: 'Der Link ist abgelaufen, wurde bereits verwendet oder ist unvollständig. Wenn Sie sich anmelden möchten, melden Sie sich bitte erneut an; Sie erhalten dann einen neuen Link.',
    expiredTitle: 'Dieser Link ist abgelaufen',
    unsubscribeTitle: 'Abmelden',
    unsubscribeLead: 'Möchten Sie keine E-Mails mehr über Möglichkeiten zum Mitwirken erhalten?',
    unsubscribeButton: 'Jetzt abmelden',
    unsubscribedTitle: 'Abgemeldet',
    unsubscribedLead: 'Sie erhalten keine E-Mails mehr. Ihre Einwilligung und die Abmeldung bleiben als Nachweis gespeichert; die Löschung können Sie über „Meine Daten“ verlangen.',
    dataRequestTitle: 'Meine Daten',
    dataRequestLead: 'Geben Sie Ihre E-Mail-Adresse ein. Wenn wir Daten zu ihr speichern, senden wir Ihnen einen Link, über den Sie sie ansehen, herunterladen oder löschen können.',
    emailLabel: 'E-Mail-Adresse',
    dataRequestButton: 'Link anfordern',
    dataRequestSentTitle: 'Bitte prüfen Sie Ihr Postfach',
    myDataTitle: 'Ihre gespeicherten Daten',
    myDataDownload: 'Als JSON herunterladen',
    /** Name of the JSON download of one's data. */
    myDataFileName: 'meine-daten.json',
    eraseButton: 'Alle meine Daten löschen',
    eraseHint: 'Die Löschung entfernt Ihre Anmeldung; die Einwilligungsnachweise werden anonymisiert.',
    erasedTitle: 'Ihre Daten wurden gelöscht',
    erasedLead: 'Ihre Anmeldung und Ihre persönlichen Daten sind gelöscht. Sie erhalten keine E-Mails mehr.',
    signupReceivedTitle: 'Fast geschafft',
    signupTitle: 'Für den Verteiler anmelden',
    signupLead: 'Melden Sie sich an, und wir schreiben Ihnen, wenn es in Ihrer Stadt etwas zum Mitwirken gibt. Sie erhalten zuerst eine E-Mail mit einem Link, mit dem Sie die Anmeldung bestätigen.',
    signupButton: 'Anmelden',
    interestsLegend: 'Welche Themen interessieren Sie? (freiwillig)',
    consentLegend: 'Einwilligung',
    requiredHint: 'Pflichtfelder sind mit * markiert.',
    errorSummary: 'Bitte prüfen Sie Ihre Angaben',
    error_firstName: 'Bitte geben Sie Ihren Vornamen ein (höchstens 100 Zeichen, ohne < und >).',
    error_lastName: 'Bitte geben Sie Ihren Nachnamen ein (höchstens 100 Zeichen, ohne < und >).',
    error_firstName_link: 'Der Vorname darf keine Internetadresse und keine E-Mail-Adresse enthalten. Bitte geben Sie nur Ihren Namen ein.',
    error_lastName_link: 'Der Nachname darf keine Internetadresse und keine E-Mail-Adresse enthalten. Bitte geben Sie nur Ihren Namen ein.',
    error_email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org.',
    error_consent: 'Ohne Ihre Einwilligung können wir Sie nicht aufnehmen. Bitte setzen Sie das Häkchen.',
    error_interests: 'Bitte wählen Sie nur Themen aus der Liste.',
    error_facets: 'Bitte wählen Sie nur Einträge aus den Listen.',
    preferencesTitle: 'Worüber möchten Sie informiert werden?',
    preferencesHint: 'Wählen Sie in einer Liste nichts aus, erhalten Sie alles dazu.',
    preferencesButton: 'Auswahl speichern',
    preferencesSavedTitle: 'Ihre Auswahl ist gespeichert',
    preferencesSavedLead: 'Sie erhalten ab jetzt Informationen nach Ihrer neuen Auswahl. Eine neue Bestätigung ist nicht nötig.',
    error_other: 'Das Formular konnte nicht verarbeitet werden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
    skipLink: 'Zum Inhalt springen',
    privacyLink: 'Meine Daten ansehen oder löschen',
    firstName: 'Vorname',
    lastName: 'Nachname',
    status: 'Status',
    language: 'Sprache',
    interests: 'Interessen',
    createdAt: 'Angemeldet am',
    confirmedAt: 'Bestätigt am',
    events: 'Einwilligungsnachweise',
    status_pending: 'unbestätigt',
    status_confirmed: 'bestätigt',
    status_unsubscribed: 'abgemeldet',
  },

  /** The digest of new items (e.g. opportunities to take part): one mail per member with the items that concern them. */
  digest: {
    subject: 'Neue Möglichkeiten zum Mitwirken',
    greeting: 'Guten Tag {{firstName}} {{lastName}},',
    intro: 'es gibt Neues, das zu Ihrer Auswahl passt:',
    when: 'Wann',
    more: 'Mehr erfahren',
    choices: 'Worüber Sie informiert werden, können Sie jederzeit unter „Meine Daten“ ändern: {{dataRequestUrl}}',
  },

  /** What editors see when they preview or test a mailing written in this language. */
  mailings: {
    previewFirstName: 'Erika',
    previewLastName: 'Mustermann',
    testFirstName: 'Test',
    testLastName: 'Empfang',
    testSubjectPrefix: '[Test]',
  },

  /** Names of the plugin's admin permissions (Settings → Roles), taken from the first locale. */
  permissions: {
    readPool: 'Verteiler, Postausgang und Protokoll ansehen',
    exportPool: 'Bestätigte Mitglieder als CSV exportieren',
    writeMailings: 'Rundmails ansehen, Vorschau und Fortschritt',
    sendMailings: 'Rundmails testen, starten, anhalten, abbrechen',
    importPool: 'Bestehende Liste importieren, Einträge ohne Nachweis entscheiden',
  },

  /**
   * The record an import writes as proof of consent (consent event `import`), in the first
   * locale: `{{date}}` of the person's mail, the `{{reference}}` the file gives, `{{importedBy}}`.
   */
  imports: {
    consentRecord: 'importiert, Nachweis: {{date}} {{reference}}, importiert von {{importedBy}}',
  },
} satisfies { mails: Record<MailKind, MailTemplate> } & Record<string, unknown>;

/** The shape of a catalogue: inferred from the German one, so a shipped catalogue lacking a key does not compile. */
export type Catalogue = typeof de;
