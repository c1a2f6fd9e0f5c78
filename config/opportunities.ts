import type { Core } from '@strapi/strapi';
import { districts } from '../src/domain/code-lists';

/**
 * Participation opportunities (Beteiligungsangebote). Checked at start by
 * src/domain/opportunities/opportunity-config.ts.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // Dortmund's twelve Stadtbezirke and "whole city". Another city lists its own here, each as
  // { code: 'lower_case_code', label: { de: '…', en: '…' } }; codes already stored must stay listed.
  districts: districts.codes.map((code) => ({ code, label: { ...districts.labels[code] } })),
  // The public sees an online link from this many hours before the start of the next date.
  onlineLinkLeadHours: env.int('OPPORTUNITY_ONLINE_LINK_LEAD_HOURS', 24),
  // Ended dates stay in the calendar feeds this many days, so subscribed calendars keep them.
  calendarPastDays: env.int('OPPORTUNITY_CALENDAR_PAST_DAYS', 30),
  // The web front's address for page links in answers and calendars; default: PUBLIC_URL.
  ...(env('OPPORTUNITY_PAGE_URL') ? { publicUrl: env('OPPORTUNITY_PAGE_URL') } : {}),
});
