/** Content-type UIDs of the app, shared by code, seed and tests. */
export const PARTICIPATION_FORMAT = 'api::participation-format.participation-format';
export const TOOLKIT_DOCUMENT = 'api::toolkit-document.toolkit-document';
export const PILOT_MUNICIPALITY = 'api::pilot-municipality.pilot-municipality';
export const PARTICIPATION_OPPORTUNITY = 'api::participation-opportunity.participation-opportunity';

/** Components of the participation opportunity: one date (repeatable) and the place. */
export const OPPORTUNITY_DATE = 'opportunity.date';
export const OPPORTUNITY_PLACE = 'opportunity.place';

/** The service that hands the pool's digest ("Neue Mitmach-Angebote") the published opportunities (config/plugins.ts). */
export const OPPORTUNITY_DIGEST_SOURCE = 'api::participation-opportunity.digest-source';

export const PUBLIC_CONTENT_TYPES = [PARTICIPATION_FORMAT, TOOLKIT_DOCUMENT, PILOT_MUNICIPALITY, PARTICIPATION_OPPORTUNITY] as const;
export type PublicContentType = (typeof PUBLIC_CONTENT_TYPES)[number];

export const DEFAULT_LOCALE = 'de';
export const LOCALES = [
  { code: 'de', name: 'Deutsch (de)' },
  { code: 'en', name: 'English (en)' },
] as const;
