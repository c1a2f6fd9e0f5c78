import type { Core } from '@strapi/strapi';
import { OPPORTUNITY_DIGEST_SOURCE, PARTICIPATION_FORMAT, PARTICIPATION_OPPORTUNITY } from '../src/content-types';
import opportunities from './opportunities';
import { SITE_ASSETS, siteNavigation } from '../src/front/page-shell';
import { smtpSocketWithoutDelay } from './lib/smtp-socket';
import { DEFAULT_CACHE_CONTROL } from './lib/http-cache-defaults';
import { SITE_TEXTS } from '../src/front/site-texts';
import { apolloLimitOptions, graphqlLimitsFromEnv, strapiLimits } from '../src/graphql/limits';
import { ACTIVE_MIME_TYPES, allowedUploadTypes } from '../src/domain/upload-types';
import { POOL_ADMIN_WORDING } from '../src/domain/admin-views/pool-wording';
import {
  budgetBands,
  conflictFits,
  costLevels,
  durationClasses,
  goals,
  leadTimeClasses,
  modes,
  opportunityTopics,
  participationLevels,
  projectPhases,
  targetGroups,
  type Label,
} from '../src/domain/code-lists';

/** A code list as the format finder's options: codes in order, with labels per locale. */
const asOptions = (list: { codes: readonly string[]; labels: Readonly<Record<string, Label>> }) =>
  list.codes.map((code) => ({ code, label: { ...list.labels[code] } }));

/** The pool's own pages (sign-up, confirm, unsubscribe, my data) in the look of the web front. */
const englishNavigation = siteNavigation('en');
const poolPageLayout = {
  siteName: { de: SITE_TEXTS.de.siteName, en: SITE_TEXTS.en.siteName },
  stylesheets: [SITE_ASSETS.stylesheet],
  navigation: siteNavigation('de').map((link, position) => ({
    label: { de: link.label, en: englishNavigation[position].label },
    href: { de: link.href, en: englishNavigation[position].href },
  })),
};

/**
 * The plugins ship neutral names ("Verteiler"/"Mailing list", "Formatsuche"/"Format search");
 * Dortmund names its list and its finder. Only the texts that carry a name are set here; every
 * other text comes from the plugins' catalogues.
 */
const POOL = { de: SITE_TEXTS.de.nav_pool, en: SITE_TEXTS.en.nav_pool };
const poolMessages = {
  de: {
    pages: {
      siteName: POOL.de,
      signupTitle: `Im ${POOL.de} anmelden`,
      confirmedLead: `Vielen Dank! Sie sind jetzt im ${POOL.de} und erhalten Informationen über Möglichkeiten zum Mitwirken. Abmelden können Sie sich jederzeit über den Link in jeder E-Mail.`,
    },
    permissions: { readPool: 'Pool, Postausgang und Protokoll ansehen' },
    digest: {
      subject: 'Neue Mitmach-Angebote',
      intro: 'es gibt neue Mitmach-Angebote, die zu Ihren Themen und Stadtbezirken passen:',
    },
  },
  en: {
    pages: {
      siteName: POOL.en,
      signupTitle: `Join the ${POOL.en}`,
      confirmedLead: 'Thank you! You are now in the pool and will receive information about ways to take part. You can unsubscribe at any time with the link in every e-mail.',
    },
    digest: {
      subject: 'New opportunities to take part in Dortmund',
      intro: 'here are new opportunities to take part that match your topics and districts:',
    },
  },
};
/**
 * How the app's codes relate for the finder (the package ships none): which modes serve an
 * accessibility need, which mode half-serves another, which conflict fits suit a situation, and
 * which budget bands a cost level stands for when a format has no band.
 */
const FINDER_RELATIONS = {
  accessibilityNeeds: [
    { code: 'ohne_internet', label: { de: 'Ohne Internet', en: 'Without internet' }, anyOf: [{ field: 'modes' as const, values: ['praesenz', 'hybrid', 'schriftlich', 'aufsuchend'] }] },
    { code: 'ohne_anreise', label: { de: 'Ohne Anreise', en: 'Without travelling' }, anyOf: [{ field: 'modes' as const, values: ['online', 'hybrid', 'schriftlich', 'aufsuchend'] }] },
    { code: 'kurze_teilnahme', label: { de: 'Kurze Teilnahme', en: 'Short time commitment' }, anyOf: [{ field: 'durationClass' as const, values: ['stunden'] }] },
    { code: 'aufsuchend', label: { de: 'Vor Ort bei den Menschen', en: 'Reaches people where they are' }, anyOf: [{ field: 'modes' as const, values: ['aufsuchend'] }] },
  ],
  modeAlternatives: { online: ['hybrid'], praesenz: ['hybrid'] },
  conflictCompatible: { keine_verhaerteten: ['keine_verhaerteten', 'beide'], verhaertet: ['verhaertet', 'beide'] },
  costLevelBands: {
    niedrig: ['bis_1000', 'von_1000_bis_5000'],
    mittel: ['von_5000_bis_10000', 'von_10000_bis_30000'],
    hoch: ['von_30000_bis_50000', 'von_50000_bis_100000', 'ueber_100000'],
  },
};
/**
 * The phases of a participation process for the finder's phase plan, in the app's codes: each
 * phase asks for the level of participation it stands for and the goal (or project phase) it serves.
 */
const PROCESS_PHASES = [
  { code: 'inform', label: { de: 'Informieren', en: 'Inform' }, search: { level: 'information', goals: ['informieren_kompetenz'] } },
  { code: 'consult', label: { de: 'Beraten', en: 'Consult' }, search: { level: 'konsultation', goals: ['feedback_massnahmen'] } },
  { code: 'co-decide', label: { de: 'Mitentscheiden', en: 'Co-decide' }, search: { level: 'mitentscheidung', goals: ['entscheidung_abgeben'] } },
  { code: 'report-back', label: { de: 'Rückmelden', en: 'Report back' }, search: { level: 'information', phase: 'feedback' } },
];
const finderMessages = {
  de: { name: SITE_TEXTS.de.finderTitle, previewPermission: `${SITE_TEXTS.de.finderTitle}-Vorschau nutzen` },
  en: { name: SITE_TEXTS.en.finderTitle },
};

/**
 * What pool members choose to hear about: the topics of participation opportunities (the pool's
 * interests) and the city's districts (config/opportunities.ts), so the digest "Neue
 * Mitmach-Angebote" mails each member only the opportunities that concern them.
 */
const POOL_INTERESTS = asOptions(opportunityTopics);
const poolFacets = (districts: ReadonlyArray<{ code: string; label: Record<string, string> }>) => [
  {
    name: 'districts',
    legend: { de: 'Welche Stadtbezirke interessieren Sie? (freiwillig; ohne Auswahl: alle)', en: 'Which districts are you interested in? (optional; none chosen: all)' },
    options: districts.map((district) => ({ code: district.code, label: { ...district.label } })),
    // What concerns the whole city concerns every district.
    concernsAll: districts.some((district) => district.code === 'gesamtstadt') ? ['gesamtstadt'] : [],
  },
];

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  // Without SMTP_HOST the pool keeps its mails in the outbox and logs them (see README).
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
              pool: env.bool('SMTP_POOL', true),
              maxConnections: env.int('SMTP_MAX_CONNECTIONS', 5),
              maxMessages: env.int('SMTP_MAX_MESSAGES', 100),
              connectionTimeout: env.int('SMTP_CONNECTION_TIMEOUT_MS', 10000),
              getSocket: smtpSocketWithoutDelay,
            },
            settings: {
              defaultFrom: env('MAIL_FROM', 'Mitmach-Pool <mitmachen@example.org>'),
              defaultReplyTo: env('MAIL_REPLY_TO', env('MAIL_FROM', 'mitmachen@example.org')),
            },
          },
        },
      }
    : {}),
  // Only the types the toolkit needs (README, "Security"): an upload is served from the app's origin.
  // UPLOAD_ALLOWED_TYPES narrows them (extensions, comma-separated); active types are never allowed.
  upload: {
    config: {
      security: {
        allowedTypes: allowedUploadTypes(env('UPLOAD_ALLOWED_TYPES', '')).map((type) => type.mime),
        deniedTypes: [...ACTIVE_MIME_TYPES],
      },
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The Apollo landing page loads from a CDN; cities behind strict networks get a blank page.
      landingPage: env.bool('GRAPHQL_LANDING_PAGE', false),
      // Aliases, tokens, directives, cost, variables and these three (src/graphql/limits.ts, README "Security").
      ...strapiLimits(graphqlLimitsFromEnv(env)),
      apolloServer: { introspection: true, ...apolloLimitOptions(graphqlLimitsFromEnv(env)) },
    },
  },
  'format-finder': {
    enabled: true,
    config: {
      contentType: PARTICIPATION_FORMAT,
      options: {
        goals: asOptions(goals),
        level: asOptions(participationLevels),
        modes: asOptions(modes),
        duration: asOptions(durationClasses),
        budget: asOptions(budgetBands),
        leadTime: asOptions(leadTimeClasses),
        targetGroups: asOptions(targetGroups),
        // A situation has entrenched fronts or not; "beide" describes formats, not situations.
        conflict: asOptions(conflictFits).filter((option) => option.code !== 'beide'),
        phase: asOptions(projectPhases),
      },
      ...FINDER_RELATIONS,
      costLevelLabels: Object.fromEntries(costLevels.codes.map((code) => [code, { ...costLevels.labels[code] }])),
      processPhases: PROCESS_PHASES,
      messages: finderMessages,
      syncIntervalMs: env.int('FORMAT_FINDER_SYNC_MS', 2000),
      // The finder tags its answers itself from its index's version (see config/http-cache.ts for the app's).
      httpCache: { enabled: true, cacheControl: env('HTTP_CACHE_FINDER', DEFAULT_CACHE_CONTROL.finder) },
    },
  },
  // Registration here on the platform for the city's opportunities: the plugin counts places and
  // keeps the waitlist; the opportunity's own fields hold its settings (README, "Registration").
  registrations: {
    enabled: true,
    config: {
      eventContentType: PARTICIPATION_OPPORTUNITY,
      fields: { mode: 'registration', places: 'capacity', reservedPlaces: 'reservedPlaces', deadline: 'registrationDeadline', waitlist: 'waitlist' },
      modeValue: 'hier',
      // Cancelled or marked fully booked by the editor: no one registers, whatever the count says.
      closedWhen: [{ field: 'eventStatus', values: ['abgesagt', 'ausgebucht'] }],
      locales: ['de', 'en'],
      // The registration page in the look of the web front, under the site's name.
      pageStylesheets: [SITE_ASSETS.stylesheet],
      messages: { de: { page: { siteName: SITE_TEXTS.de.siteName } }, en: { page: { siteName: SITE_TEXTS.en.siteName } } },
      rateLimit: {
        enabled: env.bool('REGISTRATION_RATE_LIMIT', true),
        perIp: env.int('REGISTRATION_RATE_LIMIT_PER_IP', 30),
      },
    },
  },
  // Only for `npm run bench:signup`: Strapi's stock create on a one-field type, as the baseline.
  ...(env.bool('BENCH_BASELINE', false) ? { 'bench-baseline': { enabled: true, resolve: './bench/baseline-plugin' } } : {}),
  'double-opt-in': {
    enabled: true,
    config: {
      publicUrl: env('PUBLIC_URL', `http://localhost:${env.int('PORT', 1337)}`),
      secret: env('DOUBLE_OPT_IN_SECRET', ''),
      locales: ['de', 'en'],
      messages: poolMessages,
      adminViews: POOL_ADMIN_WORDING,
      consent: {
        version: '2026-11-28',
        text: {
          de: 'Ich möchte in den Mitmach-Pool aufgenommen werden und per E-Mail über Möglichkeiten zum Mitwirken in meiner Stadt informiert werden. Meine Einwilligung kann ich jederzeit über den Abmeldelink in jeder E-Mail widerrufen.',
          en: 'I want to join the Mitmach-Pool and be informed by e-mail about ways to take part in my city. I can withdraw my consent at any time with the unsubscribe link in every e-mail.',
        },
      },
      interests: POOL_INTERESTS,
      facets: poolFacets(opportunities({ env } as Core.Config.Shared.ConfigParams).districts),
      digest: { source: OPPORTUNITY_DIGEST_SOURCE },
      pages: { layout: poolPageLayout },
      ipStorage: env('POOL_IP_STORAGE', 'none') as 'none' | 'truncated' | 'full',
      mail: {
        transport: env('SMTP_HOST') ? 'email-plugin' : 'log',
        from: env('MAIL_FROM'),
        replyTo: env('MAIL_REPLY_TO'),
      },
      outbox: {
        enabled: env.bool('OUTBOX_ENABLED', true),
        rule: env('OUTBOX_CRON', '*/5 * * * * *'),
        concurrency: env.int('OUTBOX_CONCURRENCY', 5),
        ratePerSecond: env.int('OUTBOX_RATE_PER_SECOND', 0),
        batchSize: env.int('OUTBOX_BATCH_SIZE', 50),
        lockSeconds: env.int('OUTBOX_LOCK_SECONDS', 120),
        backoff: {
          baseMs: env.int('OUTBOX_RETRY_BASE_MS', 30_000),
          maxMs: env.int('OUTBOX_RETRY_MAX_MS', 3_600_000),
          maxAttempts: env.int('OUTBOX_MAX_ATTEMPTS', 12),
        },
      },
      rateLimit: {
        enabled: env.bool('POOL_RATE_LIMIT', true),
        perIp: env.int('POOL_RATE_LIMIT_PER_IP', 30),
        perAddress: env.int('POOL_RATE_LIMIT_PER_ADDRESS', 3),
      },
    },
  },
});
