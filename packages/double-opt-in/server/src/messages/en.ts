import type { Catalogue } from './de';

/** English; the same keys as the German catalogue. The product name is neutral ("mailing list"). */
export const en = {
  languageName: 'English',
  dateLocale: 'en-GB',

  mails: {
    confirmation: {
      subject: 'Please confirm your sign-up',
      body: [
        'Hello {{firstName}} {{lastName}},',
        'You – or someone else – signed up with this e-mail address to receive information about ways to take part.',
        'Please confirm the sign-up with this link. It is valid for {{expiresInHours}} hours:\n{{confirmUrl}}',
        'If you did not sign up, there is nothing to do: without confirmation you will receive no further e-mails, and your details will be deleted.',
      ].join('\n\n'),
    },
    already_subscribed: {
      subject: 'You are already signed up',
      body: [
        'Hello {{firstName}} {{lastName}},',
        'this e-mail address already has a confirmed sign-up. Nothing has changed.',
        'You can unsubscribe at any time here:\n{{unsubscribeUrl}}',
        'To see what data we keep about you, go here:\n{{dataRequestUrl}}',
      ].join('\n\n'),
    },
    data_access: {
      subject: 'The data we keep about you',
      body: [
        'Hello {{firstName}} {{lastName}},',
        'with this link you can view, download or erase the data we keep about you. It is valid for {{expiresInHours}} hours:\n{{dataUrl}}',
        'If you did not ask for this, you can ignore this e-mail.',
      ].join('\n\n'),
    },
  },

  unsubscribeFooter: 'You receive this e-mail because you signed up for information about ways to take part.\nUnsubscribe: {{unsubscribeUrl}}',

  answers: {
    accepted: 'Thank you! Please check your inbox and confirm the sign-up with the link in the e-mail.',
    dataRequestAccepted: 'If we keep data for this address, you will receive an e-mail with a link.',
  },

  pages: {
    siteName: 'Mailing list',
    mainNavigation: 'Main navigation',
    confirmTitle: 'Confirm your sign-up',
    confirmLead: 'Please confirm that you want to receive information about ways to take part.',
    confirmButton: 'Confirm sign-up',
    confirmedTitle: 'Sign-up confirmed',
    confirmedLead: 'Thank you! You are now on the mailing list and will receive information about ways to take part. You can unsubscribe at any time with the link in every e-mail.',
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
    myDataFileName: 'my-data.json',
    eraseButton: 'Erase all my data',
    eraseHint: 'Erasure removes your sign-up; the consent records are anonymised.',
    erasedTitle: 'Your data has been erased',
    erasedLead: 'Your sign-up and your personal data have been erased. You will receive no more e-mails.',
    signupReceivedTitle: 'Almost done',
    signupTitle: 'Join the mailing list',
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

  mailings: {
    previewFirstName: 'Jane',
    previewLastName: 'Doe',
    testFirstName: 'Test',
    testLastName: 'Recipient',
    testSubjectPrefix: '[Test]',
  },

  permissions: {
    readPool: 'View the mailing list, outbox and activity log',
    exportPool: 'Export confirmed members as CSV',
    writeMailings: 'View mailings, preview and progress',
    sendMailings: 'Test, start, pause and cancel mailings',
    importPool: 'Import an existing list, decide on entries without proof',
  },
  imports: {
    consentRecord: 'imported, evidence: {{date}} {{reference}}, imported by {{importedBy}}',
  },
} satisfies Catalogue;
