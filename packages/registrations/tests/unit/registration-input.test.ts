import { buildRegistrationSchema, normalizedEmail, registrationFromForm } from '../../server/src/domain/registration-input';
import { catalogueFor, fill } from '../../server/src/messages';

const schema = buildRegistrationSchema(['de', 'en']);
const valid = { event: 'abc123def456ghi789jkl012', firstName: 'Ayşe', lastName: 'Müller', email: 'Ayse@Example.org', consent: true };
const paths = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : issue.path.join('.')));
};

describe('the registration input', () => {
  it('takes a complete registration', () => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse({ ...valid, locale: 'en' }).success).toBe(true);
  });

  it('names each field that is wrong', () => {
    expect(paths({ ...valid, consent: false })).toEqual(['consent']);
    expect(paths({ ...valid, consent: undefined })).toEqual(['consent']);
    expect(paths({ ...valid, email: 'not-an-address' })).toEqual(['email']);
    expect(paths({ ...valid, email: 'a@b.org\r\nBcc: x@y.org' })).toEqual(['email']);
    expect(paths({ ...valid, firstName: '' })).toEqual(['firstName']);
    expect(paths({ ...valid, lastName: 'see https://spam.example' })).toEqual(['lastName']);
    expect(paths({ ...valid, event: '../x' })).toEqual(['event']);
    expect(paths({ ...valid, locale: 'fr' })).toEqual(['locale']);
    expect(paths({ ...valid, answers: {} })).toEqual(['answers']);
  });

  it('reads a plain form’s consent and compares addresses without case', () => {
    expect(registrationFromForm({ consent: 'on' }).consent).toBe(true);
    expect(registrationFromForm({ consent: 'no' }).consent).toBe('no');
    expect(normalizedEmail(' Ayse@Example.ORG ')).toBe('ayse@example.org');
  });
});

describe('messages', () => {
  it('are German by default, English on request, and the host’s over the shipped', () => {
    expect(catalogueFor('de', {}).refused.full).toMatch(/ausgebucht/);
    expect(catalogueFor('en', {}).refused.full).toMatch(/fully booked/);
    expect(catalogueFor('de-CH', {}).registered).toBe(catalogueFor('de', {}).registered);
    expect(catalogueFor('de', { de: { refused: { full: 'Voll.' } } }).refused).toMatchObject({ full: 'Voll.', closed: catalogueFor('de', {}).refused.closed });
    expect(fill(catalogueFor('de', {}).waitlisted, { position: 4 })).toContain('Position 4');
  });
});
