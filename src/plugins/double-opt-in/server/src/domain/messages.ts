import type { MailKind, MailTemplate } from './mail-template';

export type Language = 'de' | 'en';

export function languageOf(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** Shipped defaults of the mails; editors override them per locale in the admin. */
export const DEFAULT_MAILS: Record<MailKind, Record<Language, MailTemplate>> = {
  confirmation: {
    de: {
      subject: 'Bitte bestätigen Sie Ihre Anmeldung',
      body: [
        'Guten Tag {{firstName}} {{lastName}},',
        'Sie haben sich – oder jemand hat Sie – mit dieser E-Mail-Adresse angemeldet, um Informationen über Möglichkeiten zum Mitwirken zu erhalten.',
        'Bitte bestätigen Sie die Anmeldung über diesen Link. Er gilt {{expiresInHours}} Stunden:\n{{confirmUrl}}',
        'Wenn Sie sich nicht angemeldet haben, müssen Sie nichts tun: Ohne Bestätigung erhalten Sie keine weiteren E-Mails, und Ihre Angaben werden gelöscht.',
      ].join('\n\n'),
    },
    en: {
      subject: 'Please confirm your sign-up',
      body: [
        'Hello {{firstName}} {{lastName}},',
        'You – or someone else – signed up with this e-mail address to receive information about ways to take part.',
        'Please confirm the sign-up with this link. It is valid for {{expiresInHours}} hours:\n{{confirmUrl}}',
        'If you did not sign up, there is nothing to do: without confirmation you will receive no further e-mails, and your details will be deleted.',
      ].join('\n\n'),
    },
  },
  already_subscribed: {
    de: {
      subject: 'Sie sind bereits angemeldet',
      body: [
        'Guten Tag {{firstName}} {{lastName}},',
        'für diese E-Mail-Adresse ist bereits eine bestätigte Anmeldung vorhanden. Es hat sich nichts geändert.',
        'Abmelden können Sie sich jederzeit hier:\n{{unsubscribeUrl}}',
        'Welche Daten wir über Sie speichern, erfahren Sie hier:\n{{dataRequestUrl}}',
      ].join('\n\n'),
    },
    en: {
      subject: 'You are already signed up',
      body: [
        'Hello {{firstName}} {{lastName}},',
        'this e-mail address already has a confirmed sign-up. Nothing has changed.',
        'You can unsubscribe at any time here:\n{{unsubscribeUrl}}',
        'To see what data we keep about you, go here:\n{{dataRequestUrl}}',
      ].join('\n\n'),
    },
  },
  data_access: {
    de: {
      subject: 'Ihre gespeicherten Daten',
      body: [
        'Guten Tag {{firstName}} {{lastName}},',
        'über diesen Link können Sie Ihre gespeicherten Daten ansehen, herunterladen oder löschen lassen. Er gilt {{expiresInHours}} Stunden:\n{{dataUrl}}',
        'Wenn Sie diese Auskunft nicht angefordert haben, können Sie diese E-Mail ignorieren.',
      ].join('\n\n'),
    },
    en: {
      subject: 'The data we keep about you',
      body: [
        'Hello {{firstName}} {{lastName}},',
        'with this link you can view, download or erase the data we keep about you. It is valid for {{expiresInHours}} hours:\n{{dataUrl}}',
        'If you did not ask for this, you can ignore this e-mail.',
      ].join('\n\n'),
    },
  },
};

/** The footer every mail after the confirmation carries. */
export const UNSUBSCRIBE_FOOTER: Record<Language, string> = {
  de: 'Sie erhalten diese E-Mail, weil Sie sich für Informationen über Möglichkeiten zum Mitwirken angemeldet haben.\nAbmelden: {{unsubscribeUrl}}',
  en: 'You receive this e-mail because you signed up for information about ways to take part.\nUnsubscribe: {{unsubscribeUrl}}',
};

/** Answer texts of the public endpoints. */
export const ANSWERS: Record<Language, { accepted: string; dataRequestAccepted: string }> = {
  de: {
    accepted: 'Danke! Bitte prüfen Sie Ihr Postfach und bestätigen Sie die Anmeldung über den Link in der E-Mail.',
    dataRequestAccepted: 'Wenn zu dieser Adresse Daten gespeichert sind, erhalten Sie eine E-Mail mit einem Link.',
  },
  en: {
    accepted: 'Thank you! Please check your inbox and confirm the sign-up with the link in the e-mail.',
    dataRequestAccepted: 'If we keep data for this address, you will receive an e-mail with a link.',
  },
};

/** Texts of the HTML pages. */
export const PAGE_TEXTS: Record<Language, Record<string, string>> = {
  de: {
    siteName: 'Mitmach-Pool',
    confirmTitle: 'Anmeldung bestätigen',
    confirmLead: 'Bitte bestätigen Sie, dass Sie Informationen über Möglichkeiten zum Mitwirken erhalten möchten.',
    confirmButton: 'Anmeldung bestätigen',
    confirmedTitle: 'Anmeldung bestätigt',
    confirmedLead: 'Vielen Dank! Sie sind jetzt im Mitmach-Pool und erhalten Informationen über Möglichkeiten zum Mitwirken. Abmelden können Sie sich jederzeit über den Link in jeder E-Mail.',
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
    eraseButton: 'Alle meine Daten löschen',
    eraseHint: 'Die Löschung entfernt Ihre Anmeldung; die Einwilligungsnachweise werden anonymisiert.',
    erasedTitle: 'Ihre Daten wurden gelöscht',
    erasedLead: 'Ihre Anmeldung und Ihre persönlichen Daten sind gelöscht. Sie erhalten keine E-Mails mehr.',
    signupReceivedTitle: 'Fast geschafft',
    signupTitle: 'Im Mitmach-Pool anmelden',
    signupLead: 'Melden Sie sich an, und wir schreiben Ihnen, wenn es in Ihrer Stadt etwas zum Mitwirken gibt. Sie erhalten zuerst eine E-Mail mit einem Link, mit dem Sie die Anmeldung bestätigen.',
    signupButton: 'Anmelden',
    interestsLegend: 'Welche Themen interessieren Sie? (freiwillig)',
    consentLegend: 'Einwilligung',
    requiredHint: 'Pflichtfelder sind mit * markiert.',
    errorSummary: 'Bitte prüfen Sie Ihre Angaben',
    error_firstName: 'Bitte geben Sie Ihren Vornamen ein (höchstens 100 Zeichen, ohne < und >).',
    error_lastName: 'Bitte geben Sie Ihren Nachnamen ein (höchstens 100 Zeichen, ohne < und >).',
    error_email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org.',
    error_consent: 'Ohne Ihre Einwilligung können wir Sie nicht aufnehmen. Bitte setzen Sie das Häkchen.',
    error_interests: 'Bitte wählen Sie nur Themen aus der Liste.',
    error_other: 'Das Formular konnte nicht verarbeitet werden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
    languageSwitch: 'English',
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
  en: {
    siteName: 'Mitmach-Pool',
    confirmTitle: 'Confirm your sign-up',
    confirmLead: 'Please confirm that you want to receive information about ways to take part.',
    confirmButton: 'Confirm sign-up',
    confirmedTitle: 'Sign-up confirmed',
    confirmedLead: 'Thank you! You are now in the pool and will receive information about ways to take part. You can unsubscribe at any time with the link in every e-mail.',
    invalidTitle: 'This link is not valid',
    invalidLead: 'The link has expired, has already been used or is incomplete. If you want to sign up, please sign up again; you will then receive a new link.',
    expiredTitle: 'This link has expired',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeLead: 'Do you no longer want to receive e-mails about ways to take part?',
    unsubscribeButton: 'Unsubscribe now',
    unsubscribedTitle: 'Unsubscribed',
    unsubscribedLead: 'You will receive no more e-mails. Your consent and the unsubscription are kept as proof; you can ask for erasure under "My data".',
    dataRequestTitle: 'My data',
    dataRequestLead: 'Enter your e-mail address. If we keep data for it, we will send you a link to view, download or erase it.',
    emailLabel: 'E-mail address',
    dataRequestButton: 'Send me the link',
    dataRequestSentTitle: 'Please check your inbox',
    myDataTitle: 'The data we keep about you',
    myDataDownload: 'Download as JSON',
    eraseButton: 'Erase all my data',
    eraseHint: 'Erasure removes your sign-up; the consent records are anonymised.',
    erasedTitle: 'Your data has been erased',
    erasedLead: 'Your sign-up and your personal data have been erased. You will receive no more e-mails.',
    signupReceivedTitle: 'Almost done',
    signupTitle: 'Join the Mitmach-Pool',
    signupLead: 'Sign up and we will write to you when there is a way to take part in your city. You will first receive an e-mail with a link to confirm the sign-up.',
    signupButton: 'Sign up',
    interestsLegend: 'Which topics interest you? (optional)',
    consentLegend: 'Consent',
    requiredHint: 'Required fields are marked with *.',
    errorSummary: 'Please check your details',
    error_firstName: 'Please enter your first name (at most 100 characters, without < and >).',
    error_lastName: 'Please enter your last name (at most 100 characters, without < and >).',
    error_email: 'Please enter a valid e-mail address, for example name@example.org.',
    error_consent: 'We cannot add you without your consent. Please tick the box.',
    error_interests: 'Please choose only topics from the list.',
    error_other: 'The form could not be processed. Please reload the page and try again.',
    languageSwitch: 'Deutsch',
    skipLink: 'Skip to content',
    privacyLink: 'View or erase my data',
    firstName: 'First name',
    lastName: 'Last name',
    status: 'Status',
    language: 'Language',
    interests: 'Interests',
    createdAt: 'Signed up on',
    confirmedAt: 'Confirmed on',
    events: 'Consent records',
    status_pending: 'unconfirmed',
    status_confirmed: 'confirmed',
    status_unsubscribed: 'unsubscribed',
  },
};
