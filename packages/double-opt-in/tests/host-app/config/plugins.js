const path = require('path');

/** The plugin as a host configures it, with the settings the tests change through the environment. */
module.exports = ({ env }) => ({
  ...(env('SMTP_HOST')
    ? {
        email: {
          config: {
            provider: 'nodemailer',
            providerOptions: {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT'),
              secure: false,
              ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
              pool: true,
              maxConnections: 5,
              connectionTimeout: env.int('SMTP_CONNECTION_TIMEOUT_MS', 10000),
            },
            settings: { defaultFrom: env('MAIL_FROM'), defaultReplyTo: env('MAIL_FROM') },
          },
        },
      }
    : {}),
  graphql: { config: { endpoint: '/graphql', apolloServer: { introspection: true } } },
  'double-opt-in': {
    enabled: true,
    resolve: path.resolve(__dirname, '..', '..', '..'),
    config: {
      publicUrl: env('PUBLIC_URL', 'http://localhost:1337'),
      secret: env('DOUBLE_OPT_IN_SECRET', ''),
      locales: ['de', 'en'],
      consent: {
        version: 'test-1',
        text: {
          de: 'Ich möchte in den Verteiler aufgenommen werden und per E-Mail Informationen erhalten. Widerruf jederzeit über den Link in jeder E-Mail.',
          en: 'I want to join the mailing list and receive information by e-mail. I can withdraw at any time with the link in every e-mail.',
        },
      },
      interests: [
        { code: 'mobilitaet', label: { de: 'Mobilität', en: 'Mobility' } },
        { code: 'umwelt_klima', label: { de: 'Umwelt und Klima', en: 'Environment and climate' } },
      ],
      facets: [
        {
          name: 'districts',
          legend: { de: 'Welche Stadtteile?', en: 'Which districts?' },
          options: [
            { code: 'nord', label: { de: 'Nord', en: 'North' } },
            { code: 'sued', label: { de: 'Süd', en: 'South' } },
            { code: 'ost', label: { de: 'Ost', en: 'East' } },
            { code: 'gesamt', label: { de: 'Ganze Stadt', en: 'Whole city' } },
          ],
          concernsAll: ['gesamt'],
        },
      ],
      digest: { source: 'api::notice.digest-source' },
      ipStorage: env('POOL_IP_STORAGE', 'none'),
      mail: { transport: env('SMTP_HOST') ? 'email-plugin' : 'log', from: env('MAIL_FROM') },
      outbox: {
        enabled: env.bool('OUTBOX_ENABLED', true),
        rule: env('OUTBOX_CRON', '*/5 * * * * *'),
        concurrency: env.int('OUTBOX_CONCURRENCY', 5),
        batchSize: env.int('OUTBOX_BATCH_SIZE', 50),
        lockSeconds: env.int('OUTBOX_LOCK_SECONDS', 120),
        journalDir: env('OUTBOX_JOURNAL_DIR', '.tmp/outbox-journal'),
        backoff: {
          baseMs: env.int('OUTBOX_RETRY_BASE_MS', 30000),
          maxMs: env.int('OUTBOX_RETRY_MAX_MS', 3600000),
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
