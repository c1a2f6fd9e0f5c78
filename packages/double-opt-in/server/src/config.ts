import { issuesText, mergeConfig, viewTextProblems, type ViewTextOverrides } from '@mitwirken/strapi-plugin-kit';
import { z } from 'zod';
import { POOL_ADMIN_VIEWS } from './admin-views';
import { checkFacets } from './domain/facets';
import { resolveCatalogues, type Catalogue, type CatalogueOverride } from './messages';

const label = z.record(z.string(), z.string());
/** A BCP 47 language tag as content locales use them: `de`, `en`, `fr`, `de-CH`, `zh-Hant-TW`. */
const localeCode = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a locale code such as de, fr or de-CH' }).max(10);
const cronRule = z.string().min(9);

export const configSchema = z.strictObject({
  /** Base URL the links in mails start with, e.g. https://beteiligung.example.de (no trailing slash). */
  publicUrl: z.string().url(),
  /** HMAC key for unsubscribe and data links; empty: derived from the app keys. Changing it invalidates old links. */
  secret: z.string(),
  /** Languages of mails and pages (locale codes); the first is the default. Each needs a catalogue: shipped (de, en) or in `messages`. */
  locales: z
    .array(localeCode)
    .min(1)
    .refine((locales) => new Set(locales.map((locale) => locale.toLowerCase())).size === locales.length, { error: 'names a locale twice' }),
  /**
   * Texts per locale, deep-merged over the shipped catalogue of that locale (or of its language:
   * `de-CH` starts from `de`); a locale without one gives every text. See server/src/messages/de.ts.
   */
  messages: z.record(z.string(), z.record(z.string(), z.unknown())),
  /**
   * The host's own wording of the admin views (labels, help texts, placeholders, type names) over
   * the shipped ones, by content-type UID and language: `{ [uid]: { name?, fields?: { [field]:
   * { label?, description?, placeholder? } } } }`, each text `{ de: '…', en: '…' }`.
   */
  adminViews: z.record(z.string(), z.unknown()),
  /** The consent wording people agree to, versioned: every consent event keeps version and wording. */
  consent: z.strictObject({ version: z.string().min(1), text: label }),
  /** Interest codes a sign-up may name (topics, districts); empty: none. */
  interests: z.array(z.strictObject({ code: z.string().min(1).max(100), label: label.optional() })),
  /**
   * Further choices beside the interests, each a named list (e.g. districts): people pick any of
   * its options at sign-up and on the my-data page; none picked means all of them. A digest item
   * carries codes per facet (and `interests`). Codes in `concernsAll` match every choice (e.g. "whole city").
   */
  facets: z.array(
    z.strictObject({
      name: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, { error: 'must be a camelCase name such as districts' }),
      legend: label,
      options: z.array(z.strictObject({ code: z.string().min(1).max(100), label: label.optional() })).min(1),
      concernsAll: z.array(z.string()).optional(),
    }),
  ),
  /**
   * The digest mailing ("new opportunities"): `source` names a service of the host
   * (`strapi.service(source)`) whose `digestItems({ now, locales })` returns the published,
   * upcoming items it may announce (see the README). Without it, the digest kind is not offered.
   */
  digest: z.strictObject({
    source: z.string().regex(/^(api|plugin)::[\w-]+\.[\w-]+$/, { error: 'must be a service UID such as api::event.digest-source' }).optional(),
    /** Items listed in one mail at most (the soonest first). */
    maxItemsPerMail: z.number().int().min(1).max(200),
    /** How an item's start is written in the mail when the item names no time zone (IANA name). */
    timeZone: z.string().refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, { error: 'must be an IANA time zone such as Europe/Berlin' }),
  }),
  confirmationTtlHours: z.number().positive(),
  dataAccessTtlHours: z.number().positive(),
  /** Unconfirmed sign-ups older than this are deleted. */
  pendingRetentionDays: z.number().positive(),
  /** What of the client's IP address a consent event keeps. */
  ipStorage: z.enum(['none', 'truncated', 'full']),
  /** Send "you are already in the pool" to a confirmed address that signs up again. */
  notifyAlreadySubscribed: z.boolean(),
  pages: z.strictObject({
    /** Send people to a frontend page instead of the plugin's own page; the token is appended as `?token=`. */
    redirect: z.strictObject({ confirm: z.string().url().optional(), unsubscribe: z.string().url().optional(), myData: z.string().url().optional() }),
    /** Origins redirects may go to; a redirect elsewhere is refused at start-up. */
    allowedRedirectOrigins: z.array(z.string().url()),
    /** The site around the plugin's own pages, so they look like the city's site. */
    layout: z
      .strictObject({
        /** Shown at the top of every page, per language; default: `pages.siteName` of the catalogue. */
        siteName: label.optional(),
        /** Stylesheets (paths or URLs) that replace the built-in style. */
        stylesheets: z.array(z.string().min(1)).optional(),
        /** Header links per language, e.g. back to the site's pages. */
        navigation: z.array(z.strictObject({ label, href: label })).optional(),
      })
      .optional(),
  }),
  mail: z.strictObject({
    /** `email-plugin`: send through Strapi's email plugin; `log`: keep the mail and log it (development without SMTP). */
    transport: z.enum(['email-plugin', 'log']),
    from: z.string().optional(),
    replyTo: z.string().optional(),
  }),
  outbox: z.strictObject({
    enabled: z.boolean(),
    rule: cronRule,
    batchSize: z.number().int().min(1).max(1000),
    concurrency: z.number().int().min(1).max(100),
    /** Messages per second at most; 0: no limit. */
    ratePerSecond: z.number().min(0),
    /** A claimed row not marked within this time counts as abandoned (its worker died) and is claimed again. */
    lockSeconds: z.number().int().min(5),
    /** Where each instance notes accepted mails before marking them (relative to the app root); see the README. */
    journalDir: z.string().min(1),
    backoff: z.strictObject({ baseMs: z.number().int().min(1), maxMs: z.number().int().min(1), maxAttempts: z.number().int().min(1) }),
  }),
  purge: z.strictObject({ enabled: z.boolean(), rule: cronRule }),
  rateLimit: z.strictObject({
    enabled: z.boolean(),
    windowSeconds: z.number().int().min(1),
    /** Requests per client IP and window on the public endpoints. */
    perIp: z.number().int().min(1),
    /** Sign-ups and data requests per target address and window: the form must not flood an inbox. */
    perAddress: z.number().int().min(1),
  }),
  abuse: z.strictObject({
    /** A field people do not see; filled in, the sign-up is silently dropped. */
    honeypotField: z.string().min(1),
    /** Sign-ups sent sooner than this after the form was shown (`startedAt`) are silently dropped. */
    minFillSeconds: z.number().min(0),
    /** Self-hosted proof of work (ALTCHA); needs `hmacKey` when enabled. */
    altcha: z.strictObject({ enabled: z.boolean(), hmacKey: z.string(), maxNumber: z.number().int().min(1000) }),
  }),
});

export type DoubleOptInConfig = Omit<z.infer<typeof configSchema>, 'messages' | 'adminViews'> & {
  /** The host's texts per locale, as given; the complete catalogues come from `resolveCatalogues`. */
  messages: Record<string, CatalogueOverride>;
  /** The host's wording of the admin views, checked against the shipped views. */
  adminViews: ViewTextOverrides;
};

export const defaultConfig: DoubleOptInConfig = {
  publicUrl: 'http://localhost:1337',
  secret: '',
  locales: ['de', 'en'],
  messages: {},
  adminViews: {},
  consent: {
    version: '1',
    text: {
      de: 'Ich möchte per E-Mail über Möglichkeiten zum Mitwirken informiert werden. Meine Einwilligung kann ich jederzeit über den Abmeldelink in jeder E-Mail widerrufen.',
      en: 'I want to be informed by e-mail about ways to take part. I can withdraw my consent at any time with the unsubscribe link in every e-mail.',
    },
  },
  interests: [],
  facets: [],
  digest: { maxItemsPerMail: 30, timeZone: 'Europe/Berlin' },
  confirmationTtlHours: 48,
  dataAccessTtlHours: 24,
  pendingRetentionDays: 14,
  ipStorage: 'none',
  notifyAlreadySubscribed: true,
  pages: { redirect: {}, allowedRedirectOrigins: [] },
  mail: { transport: 'log' },
  outbox: {
    enabled: true,
    rule: '*/5 * * * * *',
    batchSize: 50,
    concurrency: 5,
    ratePerSecond: 0,
    lockSeconds: 120,
    journalDir: '.tmp/outbox-journal',
    backoff: { baseMs: 30_000, maxMs: 3_600_000, maxAttempts: 12 },
  },
  purge: { enabled: true, rule: '0 17 * * * *' },
  rateLimit: { enabled: true, windowSeconds: 900, perIp: 30, perAddress: 3 },
  abuse: { honeypotField: 'website', minFillSeconds: 2, altcha: { enabled: false, hmacKey: '', maxNumber: 100_000 } },
};

const MERGED_BY_KEY = ['consent', 'pages', 'mail', 'outbox', 'purge', 'rateLimit', 'abuse', 'digest'] as const;

/**
 * The app's config over the defaults: top-level values replace the default, the objects listed in
 * MERGED_BY_KEY are merged one level deep. Redirect targets must lie within the allowed origins.
 */
export function resolveConfig(userConfig: unknown): DoubleOptInConfig {
  const merged = mergeConfig(defaultConfig, userConfig, MERGED_BY_KEY);
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    throw new Error(`double-opt-in config is invalid: ${issuesText(result.error.issues)}`);
  }
  const config = result.data;
  const allowed = config.pages.allowedRedirectOrigins.map((url) => new URL(url).origin);
  for (const [page, target] of Object.entries(config.pages.redirect)) {
    if (target && !allowed.includes(new URL(target).origin)) {
      throw new Error(`double-opt-in config is invalid: pages.redirect.${page} (${target}) is not within pages.allowedRedirectOrigins`);
    }
  }
  if (config.abuse.altcha.enabled && !config.abuse.altcha.hmacKey) {
    throw new Error('double-opt-in config is invalid: abuse.altcha.hmacKey is required when ALTCHA is enabled');
  }
  // People consent to a wording in their language: every locale needs one.
  const withoutConsent = config.locales.filter((locale) => !config.consent.text[locale]);
  if (withoutConsent.length) {
    throw new Error(`double-opt-in config is invalid: consent.text has no wording for ${withoutConsent.join(', ')} (every locale in \`locales\` needs one)`);
  }
  const facetProblems = checkFacets(config.facets);
  if (facetProblems.length) throw new Error(`double-opt-in config is invalid: ${facetProblems.join('; ')}`);
  const { problems } = resolveCatalogues(config.locales, config.messages);
  problems.push(...viewTextProblems(POOL_ADMIN_VIEWS, config.adminViews, 'adminViews'));
  if (problems.length) throw new Error(`double-opt-in config is invalid: ${problems.join('; ')}`);
  return config as DoubleOptInConfig;
}

/** The complete catalogue of every configured locale (the config must have passed `resolveConfig`). */
export function cataloguesOf(config: DoubleOptInConfig): Record<string, Catalogue> {
  return resolveCatalogues(config.locales, config.messages).catalogues;
}

export default {
  default: {},
  validator(config: unknown) {
    resolveConfig(config);
  },
};
