'use strict';

const codes = require('../src/codes');

/*
 * Beaulieu installs the two plugins from their packages and adapts them through this file alone:
 * the finder searches Beaulieu's own type (api::dispositif.dispositif) with its attribute names and
 * code lists, and both plugins speak French — a language neither ships — from the texts below.
 */

const DISPOSITIF = 'api::dispositif.dispositif';

/** The format finder's texts in French: no French catalogue ships, so every text is given. */
const finderFr = {
  name: 'Trouver un dispositif',
  previewPermission: 'Utiliser l’aperçu de la recherche de dispositifs',
  and: 'et',
  or: 'ou',
  unknown: 'Aucune indication sur {{criterion}}.',
  criteria: {
    goals: 'les objectifs',
    level: 'le niveau de participation',
    modes: 'les modalités',
    participants: 'la taille du groupe',
    duration: 'la durée',
    budget: 'le coût',
    leadTime: 'le délai de préparation',
    targetGroups: 'les publics',
    conflict: 'la situation de conflit',
    phase: 'les phases du projet',
    accessibility: 'l’accessibilité',
  },
  groupSize: {
    range: 'de {{min}} à {{max}} personnes',
    atLeast: 'à partir de {{min}} personnes',
    atMost: 'jusqu’à {{max}} personnes',
  },
  costLevelEstimated: 'coût {{level}}, estimé',
  reasons: {
    goals: {
      matched: 'Répond à tous les objectifs souhaités : {{hit}}.',
      partly: 'Répond à {{hit}}, mais pas à {{miss}}.',
      not_matched: 'Ne répond à aucun des objectifs souhaités ({{wanted}}).',
    },
    targetGroups: {
      matched: 'S’adresse aux publics souhaités : {{hit}}.',
      partly: 'S’adresse à {{hit}}, mais pas à {{miss}}.',
      not_matched: 'Conçu pour d’autres publics ({{have}}).',
    },
    accessibility: {
      matched: 'Répond à : {{hit}}.',
      partly: 'Répond à {{hit}}, mais pas à {{miss}}.',
      not_matched: 'Ne répond pas à : {{miss}}.',
    },
    modes: {
      matched: 'Possible {{hit}}.',
      partly: 'Pas {{wanted}}, mais possible {{have}}.',
      not_matched: 'Seulement {{have}}, pas {{wanted}}.',
    },
    level: {
      matched: 'Atteint le niveau {{wanted}}.',
      partly: 'Atteint {{have}}, un niveau à côté de {{wanted}}.',
      not_matched: 'Atteint {{have}}, pas {{wanted}}.',
    },
    participants: {
      matched: 'Convient à {{wanted}} personnes ({{have}}).',
      partly: '{{wanted}} personnes, c’est un peu en dehors de la taille habituelle ({{have}}).',
      not_matched: '{{wanted}} personnes ne correspondent pas à la taille habituelle ({{have}}).',
    },
    duration: {
      matched: 'La durée ({{have}}) tient dans le temps disponible ({{wanted}}).',
      partly: 'Dure un peu plus longtemps ({{have}}) que le temps disponible ({{wanted}}).',
      not_matched: 'Dure bien plus longtemps ({{have}}) que le temps disponible ({{wanted}}).',
    },
    leadTime: {
      matched: 'La préparation ({{have}}) tient dans le délai ({{wanted}}).',
      partly: 'Demande un peu plus de préparation ({{have}}) que {{wanted}}.',
      not_matched: 'Demande bien plus de préparation ({{have}}) que {{wanted}}.',
    },
    budget: {
      matched: 'Coût ({{have}}) dans l’enveloppe de {{wanted}}.',
      partly: 'Le coût ({{have}}) peut dépasser l’enveloppe de {{wanted}}.',
      not_matched: 'Le coût ({{have}}) dépasse l’enveloppe de {{wanted}}.',
    },
    conflict: {
      matched: 'Adapté à la situation : {{wanted}}.',
      not_matched: 'Pas conçu pour la situation « {{wanted}} ».',
    },
    phase: {
      matched: 'Convient à la phase {{wanted}}.',
      not_matched: 'Relève d’autres phases ({{have}}).',
    },
  },
};

/** The mailing list's texts in French: no French catalogue ships, so every text is given. */
const LIST_FR = 'Beaulieu participe';
const LIST_DE = 'Beaulieu beteiligt';
const mailingListFr = {
  languageName: 'Français',
  dateLocale: 'fr-FR',
  mails: {
    confirmation: {
      subject: 'Confirmez votre inscription à « Beaulieu participe »',
      body: [
        'Bonjour {{firstName}} {{lastName}},',
        'cette adresse e-mail a été inscrite à la liste « Beaulieu participe », pour être informé des occasions de participer à la vie de la ville.',
        'Pour confirmer l’inscription, ouvrez ce lien et appuyez sur le bouton. Le lien est valable {{expiresInHours}} heures :\n{{confirmUrl}}',
        'Si vous n’êtes pas à l’origine de cette inscription, ne faites rien : sans confirmation, vous ne recevrez aucun autre e-mail et vos données seront effacées.',
      ].join('\n\n'),
    },
    already_subscribed: {
      subject: 'Vous êtes déjà inscrit à « Beaulieu participe »',
      body: [
        'Bonjour {{firstName}} {{lastName}},',
        'cette adresse est déjà inscrite et confirmée ; rien n’a changé.',
        'Pour vous désinscrire à tout moment :\n{{unsubscribeUrl}}',
        'Pour savoir quelles données nous conservons sur vous :\n{{dataRequestUrl}}',
      ].join('\n\n'),
    },
    data_access: {
      subject: 'Vos données à Beaulieu participe',
      body: [
        'Bonjour {{firstName}} {{lastName}},',
        'ce lien vous permet de consulter, de télécharger ou d’effacer vos données. Il est valable {{expiresInHours}} heures :\n{{dataUrl}}',
        'Si vous n’avez rien demandé, ignorez simplement cet e-mail.',
      ].join('\n\n'),
    },
  },
  unsubscribeFooter: 'Vous recevez cet e-mail car vous êtes inscrit à « Beaulieu participe ».\nSe désinscrire : {{unsubscribeUrl}}',
  answers: {
    accepted: 'Merci ! Consultez votre boîte de réception et confirmez l’inscription avec le lien reçu par e-mail.',
    dataRequestAccepted: 'Si des données sont enregistrées pour cette adresse, vous recevrez un e-mail avec un lien.',
  },
  pages: {
    siteName: LIST_FR,
    mainNavigation: 'Navigation principale',
    confirmTitle: 'Confirmer l’inscription',
    confirmLead: 'Confirmez-vous vouloir être informé des occasions de participer à Beaulieu ?',
    confirmButton: 'Confirmer mon inscription',
    confirmedTitle: 'Inscription confirmée',
    confirmedLead: 'Merci ! Vous faites désormais partie de « Beaulieu participe ». Chaque e-mail contient un lien pour vous désinscrire.',
    invalidTitle: 'Ce lien n’est pas valable',
    invalidLead: 'Le lien a expiré, a déjà servi ou est incomplet. Pour vous inscrire, recommencez : vous recevrez un nouveau lien.',
    expiredTitle: 'Ce lien a expiré',
    unsubscribeTitle: 'Se désinscrire',
    unsubscribeLead: 'Vous ne souhaitez plus recevoir d’e-mails de « Beaulieu participe » ?',
    unsubscribeButton: 'Me désinscrire',
    unsubscribedTitle: 'Vous êtes désinscrit',
    unsubscribedLead: 'Vous ne recevrez plus d’e-mails. Votre consentement et votre désinscription sont conservés comme preuve ; vous pouvez en demander l’effacement sous « Mes données ».',
    dataRequestTitle: 'Mes données',
    dataRequestLead: 'Indiquez votre adresse e-mail. Si nous conservons des données à son sujet, nous vous enverrons un lien pour les consulter, les télécharger ou les effacer.',
    emailLabel: 'Adresse e-mail',
    dataRequestButton: 'Recevoir le lien',
    dataRequestSentTitle: 'Consultez votre boîte de réception',
    myDataTitle: 'Vos données enregistrées',
    myDataDownload: 'Télécharger (JSON)',
    myDataFileName: 'mes-donnees.json',
    eraseButton: 'Effacer toutes mes données',
    eraseHint: 'L’effacement supprime votre inscription ; les preuves de consentement sont anonymisées.',
    erasedTitle: 'Vos données sont effacées',
    erasedLead: 'Votre inscription et vos données personnelles ont été effacées. Vous ne recevrez plus d’e-mails.',
    signupReceivedTitle: 'Presque terminé',
    signupTitle: 'S’inscrire à « Beaulieu participe »',
    signupLead: 'Inscrivez-vous : nous vous écrirons quand une occasion de participer se présente à Beaulieu. Vous recevrez d’abord un e-mail pour confirmer.',
    signupButton: 'M’inscrire',
    interestsLegend: 'Quels sujets vous intéressent ? (facultatif)',
    consentLegend: 'Consentement',
    requiredHint: 'Les champs obligatoires sont marqués d’un *.',
    errorSummary: 'Merci de vérifier votre saisie',
    error_firstName: 'Indiquez votre prénom (100 caractères au plus, sans < ni >).',
    error_lastName: 'Indiquez votre nom (100 caractères au plus, sans < ni >).',
    error_firstName_link: 'Le prénom ne peut contenir ni adresse web ni adresse e-mail.',
    error_lastName_link: 'Le nom ne peut contenir ni adresse web ni adresse e-mail.',
    error_email: 'Indiquez une adresse e-mail valable, par exemple nom@exemple.fr.',
    error_consent: 'Sans votre consentement, nous ne pouvons pas vous inscrire : cochez la case.',
    error_interests: 'Choisissez uniquement des sujets de la liste.',
    error_other: 'Le formulaire n’a pas pu être traité. Rechargez la page et réessayez.',
    skipLink: 'Aller au contenu',
    privacyLink: 'Consulter ou effacer mes données',
    firstName: 'Prénom',
    lastName: 'Nom',
    status: 'Statut',
    language: 'Langue',
    interests: 'Centres d’intérêt',
    createdAt: 'Inscrit le',
    confirmedAt: 'Confirmé le',
    events: 'Preuves de consentement',
    status_pending: 'non confirmé',
    status_confirmed: 'confirmé',
    status_unsubscribed: 'désinscrit',
    error_facets: 'Choisissez seulement des entrées proposées dans les listes.',
    preferencesTitle: 'Sur quoi souhaitez-vous recevoir des informations ?',
    preferencesHint: 'Si vous ne cochez rien dans une liste, vous recevez tout ce qui la concerne.',
    preferencesButton: 'Enregistrer mon choix',
    preferencesSavedTitle: 'Votre choix est enregistré',
    preferencesSavedLead: 'Vous recevrez désormais les informations selon votre nouveau choix, sans nouvelle confirmation.',
  },
  digest: {
    subject: 'Nouvelles occasions de participer',
    greeting: 'Bonjour {{firstName}} {{lastName}},',
    intro: 'voici les nouveautés qui correspondent à votre choix :',
    when: 'Quand',
    more: 'En savoir plus',
    choices: 'Vous pouvez changer à tout moment ce sur quoi vous êtes informé·e, sous « Mes données » : {{dataRequestUrl}}',
  },
  imports: {
    consentRecord: 'importé, preuve : {{date}} {{reference}}, importé par {{importedBy}}',
  },
  mailings: {
    previewFirstName: 'Camille',
    previewLastName: 'Martin',
    testFirstName: 'Essai',
    testLastName: 'Réception',
    testSubjectPrefix: '[Essai]',
  },
  permissions: {
    readPool: 'Voir les inscrits, la boîte d’envoi et le journal',
    exportPool: 'Exporter les inscrits confirmés (CSV)',
    writeMailings: 'Voir les envois, leur aperçu et leur progression',
    sendMailings: 'Tester, lancer, suspendre et annuler les envois',
    importPool: 'Importer une liste existante et décider des entrées sans preuve',
  },
};

/** German ships with the plugin; Beaulieu only names its list. */
const mailingListDe = {
  pages: { siteName: LIST_DE, signupTitle: `Bei „${LIST_DE}“ anmelden` },
};

module.exports = ({ env }) => ({
  // Mails go to the SMTP server named in SMTP_HOST/SMTP_PORT; without SMTP_HOST they are only logged.
  ...(env('SMTP_HOST')
    ? {
        email: {
          config: {
            provider: 'nodemailer',
            providerOptions: {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT', 587),
              secure: env.bool('SMTP_SECURE', false),
              ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
              ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
            },
            settings: {
              defaultFrom: env('MAIL_FROM', `${LIST_FR} <participer@beaulieu.example>`),
              defaultReplyTo: env('MAIL_REPLY_TO', 'participer@beaulieu.example'),
            },
          },
        },
      }
    : {}),

  'format-finder': {
    enabled: true,
    config: {
      contentType: DISPOSITIF,
      // Finder field → attribute of the dispositif.
      fields: {
        name: 'titre',
        slug: 'identifiant',
        summary: 'resume',
        goals: 'objectifs',
        levels: 'niveaux',
        modes: 'modalites',
        participantsMin: 'participantsMin',
        participantsMax: 'participantsMax',
        durationClass: 'duree',
        budgetBand: 'budget',
        costLevel: 'niveauCout',
        leadTimeClass: 'delaiPreparation',
        targetGroups: 'publicsCibles',
        conflictFit: 'conflit',
        phases: 'phases',
      },
      options: {
        goals: codes.objectifs,
        level: codes.niveaux,
        modes: codes.modalites,
        duration: codes.durees,
        budget: codes.budgets,
        leadTime: codes.delais,
        targetGroups: codes.publicsCibles,
        // A situation is calm or tense; "les deux" describes dispositifs, not situations.
        conflict: codes.conflits.filter((option) => option.code !== 'les_deux'),
        phase: codes.phases,
      },
      accessibilityNeeds: [
        { code: 'sans_internet', label: { fr: 'Sans internet', de: 'Ohne Internet' }, anyOf: [{ field: 'modes', values: ['presentiel', 'hybride', 'ecrit', 'aller_vers'] }] },
        { code: 'sans_deplacement', label: { fr: 'Sans se déplacer', de: 'Ohne Anreise' }, anyOf: [{ field: 'modes', values: ['en_ligne', 'hybride', 'ecrit', 'aller_vers'] }] },
        { code: 'participation_courte', label: { fr: 'Participation courte', de: 'Kurze Teilnahme' }, anyOf: [{ field: 'durationClass', values: ['heures'] }] },
      ],
      modeAlternatives: { presentiel: ['hybride'], en_ligne: ['hybride'] },
      conflictCompatible: { apaise: ['apaise', 'les_deux'], tendu: ['tendu', 'les_deux'] },
      costLevelBands: codes.bandesParNiveauCout,
      costLevelLabels: Object.fromEntries(codes.niveauxCout.map((option) => [option.code, option.label])),
      locales: ['fr', 'de'],
      messages: { fr: finderFr, de: { name: 'Verfahrenssuche' } },
    },
  },

  'double-opt-in': {
    enabled: true,
    config: {
      publicUrl: env('PUBLIC_URL', `http://localhost:${env.int('PORT', 1337)}`),
      // Empty: derived from APP_KEYS. Set it to keep links valid when the app keys rotate.
      secret: env('DOUBLE_OPT_IN_SECRET', ''),
      locales: ['fr', 'de'],
      messages: { fr: mailingListFr, de: mailingListDe },
      consent: {
        version: '2026-01',
        text: {
          fr: 'Je souhaite recevoir par e-mail les occasions de participer à la vie de Beaulieu. Je peux retirer mon consentement à tout moment avec le lien de désinscription présent dans chaque e-mail.',
          de: 'Ich möchte per E-Mail über Möglichkeiten informiert werden, in Beaulieu mitzuwirken. Meine Einwilligung kann ich jederzeit über den Abmeldelink in jeder E-Mail widerrufen.',
        },
      },
      interests: [
        { code: 'urbanisme', label: { fr: 'Urbanisme et quartiers', de: 'Stadt- und Quartiersentwicklung' } },
        { code: 'mobilite', label: { fr: 'Mobilité', de: 'Mobilität' } },
        { code: 'jeunesse', label: { fr: 'Jeunesse', de: 'Jugend' } },
      ],
      pages: { layout: { siteName: { fr: LIST_FR, de: LIST_DE } } },
      mail: {
        transport: env('SMTP_HOST') ? 'email-plugin' : 'log',
        from: env('MAIL_FROM'),
        replyTo: env('MAIL_REPLY_TO'),
      },
      // The defaults, spelled out because a frontend (and a test) must know them: 30 requests per
      // IP and 3 sign-ups per address per 15 minutes, a hidden field "website", at least 2 s
      // between showing the form (startedAt) and sending it, no proof of work (ALTCHA).
      rateLimit: { enabled: env.bool('RATE_LIMIT', true), windowSeconds: 900, perIp: 30, perAddress: 3 },
      abuse: { honeypotField: 'website', minFillSeconds: 2, altcha: { enabled: false, hmacKey: '', maxNumber: 100000 } },
    },
  },
});
