import { endUserSignupEnabled } from '../../src/bootstrap/end-user-accounts';

describe('USERS_REGISTER_ENABLED', () => {
  it.each([[undefined], [''], ['false'], [' FALSE ']])('%j keeps the end-user sign-up off', (value) => {
    expect(endUserSignupEnabled(value)).toBe(false);
  });

  it.each([['true'], ['TRUE']])('%j switches it on', (value) => {
    expect(endUserSignupEnabled(value)).toBe(true);
  });

  it.each([['yes'], ['1'], ['on']])('%j stops the start, naming the variable', (value) => {
    expect(() => endUserSignupEnabled(value)).toThrow(/USERS_REGISTER_ENABLED must be true or false/);
  });
});
