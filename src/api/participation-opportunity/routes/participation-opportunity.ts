import { z } from 'zod';
import { accessibilityServices, attendanceModes, districts, opportunityTopics } from '../../../domain/code-lists';
import { CALENDAR_FILTERS, LIST_LOCALES, MAX_PAGE_SIZE } from '../../../domain/opportunities/opportunity-query';

/**
 * Public read routes of participation opportunities. They replace Strapi's generated find and
 * findOne: the answer derives the status, hides the online link until its time, and the list
 * takes plain filter parameters (checked in src/domain/opportunities/opportunity-query.ts).
 * The zod shapes below describe the parameters for the OpenAPI description; districts as the
 * default list names them.
 */
const codes = (list: readonly string[], what: string) =>
  z.string().optional().describe(`${what}: one or more of ${list.join(', ')}; repeat the parameter or separate by commas`);
const locale = z.enum(LIST_LOCALES).optional().describe('Language of the answer; default de');

const listQuery = {
  topic: codes(opportunityTopics.codes, 'Topics (any of them)'),
  district: codes(districts.codes, 'Districts (any of them; the place counts); the city configures the list'),
  attendance: codes(attendanceModes.codes, 'How people attend (any of them)'),
  accessibility: codes(accessibilityServices.codes, 'Services that must all be offered'),
  from: z.string().optional().describe('Dates ending before this are left out: a day (2026-10-24, from its first moment in Europe/Berlin) or a date-time with offset; default: now'),
  to: z.string().optional().describe('Dates starting after this are left out: a day (to its last moment in Europe/Berlin) or a date-time with offset'),
  format: z.string().optional().describe('Slug of a participation format: only opportunities that use it'),
  locale,
  page: z.number().int().min(1).optional().describe('Page, from 1'),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).optional().describe(`Entries per page, at most ${MAX_PAGE_SIZE}; default 25`),
};

const withLocale = { locale };
const idParam = { id: z.string().describe('documentId or slug of the opportunity') };

const BASE = '/participation-opportunities';
const HANDLER = 'api::participation-opportunity.participation-opportunity';

export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: BASE, handler: `${HANDLER}.find`, request: { query: listQuery } },
    // The calendars come before /:id, which would otherwise take "calendar.ics" for a slug.
    { method: 'GET', path: `${BASE}/calendar.ics`, handler: `${HANDLER}.calendar`, request: { query: withLocale } },
    {
      method: 'GET',
      path: `${BASE}/calendar/:kind/:file`,
      handler: `${HANDLER}.filteredCalendar`,
      request: {
        params: {
          kind: z.enum(CALENDAR_FILTERS).describe('What the calendar is limited to'),
          file: z.string().describe('The code, followed by .ics, e.g. umwelt_klima.ics'),
        },
        query: withLocale,
      },
    },
    { method: 'GET', path: `${BASE}/:id/calendar.ics`, handler: `${HANDLER}.eventCalendar`, request: { params: idParam, query: withLocale } },
    { method: 'GET', path: `${BASE}/:id`, handler: `${HANDLER}.findOne`, request: { params: idParam, query: withLocale } },
  ],
};
