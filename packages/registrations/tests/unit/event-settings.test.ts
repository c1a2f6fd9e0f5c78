import { defaultConfig, resolveConfig } from '../../server/src/config';
import { eventAttributes, eventSettingsOf } from '../../server/src/domain/event-settings';

const mapping = {
  fields: { mode: 'signupMode', places: 'seats', reservedPlaces: 'heldBack', deadline: 'closesAt', waitlist: 'queue' },
  modeValue: 'onsite',
  closedWhen: [{ field: 'status', values: ['called_off'] }],
};

describe('event settings through the host’s field names', () => {
  it('reads the mapped fields', () => {
    expect(eventSettingsOf({ signupMode: 'onsite', seats: 30, heldBack: 2, closesAt: '2026-10-01T10:00:00.000Z', queue: true, status: 'on' }, mapping)).toEqual({
      registrationHere: true,
      places: 30,
      reservedPlaces: 2,
      deadline: new Date('2026-10-01T10:00:00.000Z'),
      waitlist: true,
      closed: false,
    });
  });

  it('reads empty places as unlimited, nonsense as the safe side, and a closing rule', () => {
    const settings = eventSettingsOf({ signupMode: 'onsite', seats: null, heldBack: -4, closesAt: 'soon', queue: null, status: 'called_off' }, mapping);
    expect(settings).toEqual({ registrationHere: true, places: null, reservedPlaces: 0, deadline: null, waitlist: false, closed: true });
    expect(eventSettingsOf({ signupMode: 'onsite', seats: -3 }, mapping).places).toBe(0);
  });

  it('takes registrations only in the configured mode, or always without a mode field', () => {
    expect(eventSettingsOf({ signupMode: 'elsewhere' }, mapping).registrationHere).toBe(false);
    expect(eventSettingsOf({}, { ...mapping, fields: { ...mapping.fields, mode: null } }).registrationHere).toBe(true);
  });

  it('reads the mapped attributes and those of the closing rules', () => {
    expect(eventAttributes(mapping).sort()).toEqual(['closesAt', 'heldBack', 'queue', 'seats', 'signupMode', 'status']);
  });
});

describe('config', () => {
  it('needs the event type and merges field names and limits key by key', () => {
    expect(() => resolveConfig({})).toThrow(/eventContentType/);
    const config = resolveConfig({ eventContentType: 'api::event.event', fields: { places: 'seats' }, rateLimit: { perIp: 5 } });
    expect(config.fields).toEqual({ ...defaultConfig.fields, places: 'seats' });
    expect(config.rateLimit).toEqual({ ...defaultConfig.rateLimit, perIp: 5 });
    expect(config.locales[0]).toBe('de');
  });

  it('refuses unknown keys and a time zone that does not exist', () => {
    expect(() => resolveConfig({ eventContentType: 'api::event.event', seats: 3 })).toThrow(/seats/);
    expect(() => resolveConfig({ eventContentType: 'api::event.event', timeZone: 'Mars/Olympus' })).toThrow(/timeZone/);
  });
});
