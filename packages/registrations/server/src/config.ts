import { issuesText, mergeConfig } from '@mitwirken/strapi-plugin-kit';
import { z } from 'zod';

const localeCode = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a locale code such as de, fr or de-CH' });
const fieldName = z.string().min(1).nullable();

/** Plugin-side names of the event's settings; values are attribute names of the host's type, `null` where the host has none. */
export const EVENT_FIELDS = ['mode', 'places', 'reservedPlaces', 'deadline', 'waitlist'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

export const configSchema = z.strictObject({
  /** The host's event type; no default, the host names its own (e.g. `api::event.event`). */
  eventContentType: z.string().regex(/^(api|plugin)::[\w-]+\.[\w-]+$/, { error: 'must name the content type holding the events, such as api::event.event (there is no default)' }),
  /**
   * Which of the event's attributes hold its settings. `mode` holds how people register (the
   * event takes registrations here when it holds `modeValue`; `null`: every event does), `places`
   * the number of places (empty = unlimited), `reservedPlaces` those the office fills by hand,
   * `deadline` the last moment to register, `waitlist` whether a full event keeps a waitlist.
   */
  fields: z.strictObject({ mode: fieldName, places: fieldName, reservedPlaces: fieldName, deadline: fieldName, waitlist: fieldName }),
  modeValue: z.string().min(1),
  /** The event's attribute holding its title, shown on the registration page (read in the page's locale when the type is localised). */
  titleField: z.string().min(1),
  /** Further reasons an event takes no registrations: it is closed when one of the fields holds one of the values (e.g. a status "cancelled"). */
  closedWhen: z.array(z.strictObject({ field: z.string().min(1), values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1) })),
  /** Languages of the answers; the first is the default. Each takes the shipped texts (de, en) or English, under the host's `messages`. */
  locales: z.array(localeCode).min(1),
  /** Texts per locale, deep-merged over the shipped catalogue. */
  messages: z.record(z.string(), z.record(z.string(), z.unknown())),
  /** Stylesheets the registration page links instead of its built-in style (the host's site look). */
  pageStylesheets: z.array(z.string().min(1)),
  /** The time zone a deadline is worded in. */
  timeZone: z.string().min(1),
  /** Requests per client IP and window on the public endpoint, counted in the database so all instances count together. */
  rateLimit: z.strictObject({ enabled: z.boolean(), windowSeconds: z.number().int().min(1), perIp: z.number().int().min(1) }),
});

export type RegistrationsConfig = z.infer<typeof configSchema>;

/** Defaults for any host; the event type must be named, the field names are the plugin's own unless the host maps them. */
export const defaultConfig: RegistrationsConfig = {
  eventContentType: '',
  fields: { mode: 'registrationMode', places: 'places', reservedPlaces: 'reservedPlaces', deadline: 'registrationDeadline', waitlist: 'waitlist' },
  modeValue: 'here',
  titleField: 'title',
  closedWhen: [],
  locales: ['de', 'en'],
  messages: {},
  pageStylesheets: [],
  timeZone: 'Europe/Berlin',
  // As the sign-up of a mailing list: a person registers a few times, a script hundreds.
  rateLimit: { enabled: true, windowSeconds: 900, perIp: 30 },
};

const MERGED_BY_KEY = ['fields', 'rateLimit'] as const;

export function resolveConfig(userConfig: unknown): RegistrationsConfig {
  const result = configSchema.safeParse(mergeConfig(defaultConfig, userConfig, MERGED_BY_KEY));
  if (!result.success) throw new Error(`registrations config is invalid: ${issuesText(result.error.issues)}`);
  const config = result.data;
  try {
    new Intl.DateTimeFormat('en', { timeZone: config.timeZone });
  } catch {
    throw new Error(`registrations config is invalid: timeZone: ${config.timeZone} is no IANA time zone`);
  }
  return config;
}

export default {
  default: {},
  validator(config: unknown) {
    resolveConfig(config);
  },
};
