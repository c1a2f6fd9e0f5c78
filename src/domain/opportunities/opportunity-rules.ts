/**
 * Write-time rules of a participation opportunity beyond what Strapi's schema checks: code lists
 * (districts as the city configured them), dates in order and in a real time zone, links that
 * are web addresses, and fields that only make sense together. Absent fields are left alone, so
 * partial updates pass; each problem names its field.
 */
import { accessibilityServices, opportunityTopics, spokenLanguages } from '../code-lists';
import { findCodeProblems, type FieldProblem } from '../code-validation';
import { isWebAddress } from '../web-address';
import { isTimeZone } from './zoned-time';

export interface OpportunityRuleContext {
  readonly districtCodes: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function dateProblems(dates: unknown): FieldProblem[] {
  if (dates === undefined || dates === null) return [];
  if (!Array.isArray(dates)) return [{ path: 'dates', message: 'dates must be a list of dates' }];
  const problems: FieldProblem[] = [];
  dates.forEach((date, index) => {
    if (!isRecord(date)) {
      problems.push({ path: `dates[${index}]`, message: `dates[${index}] must be an object with start, end and timeZone` });
      return;
    }
    const start = typeof date.start === 'string' || date.start instanceof Date ? new Date(date.start as string).getTime() : NaN;
    if (isBlank(date.start) || Number.isNaN(start)) {
      problems.push({ path: `dates[${index}].start`, message: `dates[${index}].start must be a date and time` });
    }
    if (!isBlank(date.end)) {
      const end = new Date(date.end as string).getTime();
      if (Number.isNaN(end)) problems.push({ path: `dates[${index}].end`, message: `dates[${index}].end must be a date and time` });
      else if (!Number.isNaN(start) && end < start) {
        problems.push({ path: `dates[${index}].end`, message: `dates[${index}].end must not be before dates[${index}].start` });
      }
    }
    if (!isBlank(date.timeZone) && (typeof date.timeZone !== 'string' || !isTimeZone(date.timeZone))) {
      problems.push({ path: `dates[${index}].timeZone`, message: `dates[${index}].timeZone must be an IANA time zone such as Europe/Berlin or UTC` });
    }
  });
  return problems;
}

export function findOpportunityProblems(data: Record<string, unknown>, context: OpportunityRuleContext): FieldProblem[] {
  const districtList = { codes: context.districtCodes };
  const problems = [
    ...findCodeProblems(data, {
      single: {},
      multiple: { topics: opportunityTopics, districts: districtList, accessibilityServices, languages: spokenLanguages },
    }),
    ...dateProblems(data.dates),
  ];

  if (isRecord(data.place) && !isBlank(data.place.district) && !context.districtCodes.includes(String(data.place.district))) {
    problems.push({
      path: 'place.district',
      message: `place.district is ${JSON.stringify(data.place.district)}; allowed: ${context.districtCodes.join(', ')}`,
      allowed: context.districtCodes,
    });
  }

  for (const field of ['onlineLink', 'registrationUrl'] as const) {
    if (!isBlank(data[field]) && !isWebAddress(data[field])) {
      problems.push({ path: field, message: `${field} must be a web address starting with https:// or http://` });
    }
  }

  if (data.showOnlineLink === true && 'onlineLink' in data && isBlank(data.onlineLink)) {
    problems.push({ path: 'onlineLink', message: 'onlineLink is needed when showOnlineLink is on' });
  }

  // "hier" registers on the platform itself: no link to elsewhere.
  if (typeof data.registration === 'string' && data.registration !== 'keine' && data.registration !== 'hier' && isBlank(data.registrationUrl)) {
    problems.push({ path: 'registrationUrl', message: `registrationUrl is needed when registration is ${data.registration}` });
  }

  // Reserved places are part of the places; more reserved than there are would leave a negative count.
  if (typeof data.reservedPlaces === 'number' && typeof data.capacity === 'number' && data.reservedPlaces > data.capacity) {
    problems.push({ path: 'reservedPlaces', message: `reservedPlaces (${data.reservedPlaces}) must not be more than capacity (${data.capacity})` });
  }

  return problems;
}

/**
 * Gives every date a key of its own the first time it is saved. The key makes the date's calendar
 * UID, which must stay the same when the date is moved, so that subscribed calendars update the
 * event instead of adding a second one.
 */
export function withDateKeys(dates: unknown, newKey: () => string): unknown {
  if (!Array.isArray(dates)) return dates;
  return dates.map((date) => (isRecord(date) && isBlank(date.key) ? { ...date, key: newKey() } : date));
}
