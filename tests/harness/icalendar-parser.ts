/**
 * The iCalendar parser the calendar tests read feeds with: ical.js (Mozilla's, maintained), as
 * its CommonJS build. It is a devDependency to add (`ical.js@2.2.1`); until then `loadIcalJs`
 * answers null and the feed tests say they were skipped.
 */

export interface IcalTime {
  toJSDate(): Date;
  utcOffset(): number;
  zone: { tzid: string } | null;
  timezone?: string;
}

export interface IcalProperty {
  getFirstValue(): unknown;
  getParameter(name: string): string | undefined;
}

export interface IcalComponent {
  name: string;
  getAllSubcomponents(name?: string): IcalComponent[];
  getFirstSubcomponent(name: string): IcalComponent | null;
  getFirstPropertyValue(name: string): unknown;
  getFirstProperty(name: string): IcalProperty | null;
  getAllProperties(name?: string): IcalProperty[];
}

export interface IcalEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  sequence: number;
  startDate: IcalTime;
  endDate: IcalTime;
}

export interface IcalJs {
  parse(input: string): unknown;
  Component: new (jCal: unknown) => IcalComponent;
  Event: new (component: IcalComponent) => IcalEvent;
  TimezoneService: { register(component: IcalComponent): void; reset(): void };
}

export function loadIcalJs(): IcalJs | null {
  try {
    // ical.js is an ES module; require() gets the CommonJS build its package exports for it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require('ical.js') as IcalJs & { default?: IcalJs };
    return loaded.default ?? loaded;
  } catch {
    return null;
  }
}

/** Parses a calendar file and registers its time zones, as a calendar app does on import. */
export function parseCalendar(ical: IcalJs, text: string): { calendar: IcalComponent; events: IcalEvent[] } {
  const calendar = new ical.Component(ical.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ical.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ical.Event(component)) };
}
