/** An event's stored fields read through the host's field names into the settings the allocation uses. Pure. */
import type { EventField, RegistrationsConfig } from '../config';
import type { EventSettings } from './allocation';

type Mapping = Pick<RegistrationsConfig, 'fields' | 'modeValue' | 'closedWhen'>;

const wholeNumber = (value: unknown): number | null => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? Math.trunc(number) : null;
};

const instant = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date;
};

/** The attribute names to read from the event: the mapped ones and those of the closing rules. */
export function eventAttributes(mapping: Mapping): string[] {
  const mapped = Object.values(mapping.fields).filter((field): field is string => typeof field === 'string');
  return [...new Set([...mapped, ...mapping.closedWhen.map((rule) => rule.field)])];
}

/**
 * A stored value that makes no sense (negative places, a deadline that is no date) reads as the
 * safe side where it would give places away (negative places: none) and as absent otherwise.
 */
export function eventSettingsOf(record: Record<string, unknown>, mapping: Mapping): EventSettings {
  const value = (field: EventField) => (mapping.fields[field] ? record[mapping.fields[field] as string] : undefined);
  const places = wholeNumber(value('places'));
  return {
    registrationHere: mapping.fields.mode === null || value('mode') === mapping.modeValue,
    places: places === null ? null : Math.max(0, places),
    reservedPlaces: Math.max(0, wholeNumber(value('reservedPlaces')) ?? 0),
    deadline: instant(value('deadline')),
    waitlist: value('waitlist') === true || value('waitlist') === 1,
    closed: mapping.closedWhen.some((rule) => rule.values.includes(record[rule.field] as string | number | boolean)),
  };
}
