import { renderRegistrationPage } from '../../server/src/domain/page-html';
import { enteredOf, formErrorsOf, pageLanguageOf, refusedPageView, registeredPageView, registrationPageView, type PageEvent } from '../../server/src/domain/page-views';
import { catalogueFor } from '../../server/src/messages';

const de = catalogueFor('de', {}).page;
const en = catalogueFor('en', {}).page;
const locales = [
  { locale: 'de', languageName: 'Deutsch' },
  { locale: 'en', languageName: 'English' },
];
const scene = (language: 'de' | 'en') => ({ language, texts: language === 'de' ? de : en, locales });
const event = (extra: Partial<PageEvent> = {}): PageEvent => ({ documentId: 'abc123', title: 'Werkstatt <Klima>', placesLeft: 4, opening: { outcome: 'registered' }, ...extra });
const unknownMessage = 'Diese Veranstaltung gibt es nicht.';

describe('the registration page view', () => {
  it('shows the title, the places left and a form posting to the register endpoint, in German by default', () => {
    const page = registrationPageView({ ...scene('de'), event: event(), unknownMessage, withLanguageLinks: true });
    expect(page).toMatchObject({ language: 'de', title: 'Anmeldung: Werkstatt <Klima>', paragraphs: ['Noch 4 Plätze frei.'], status: 200 });
    expect(page.form).toMatchObject({ action: '/api/registrations/register', event: 'abc123', locale: 'de', button: 'Verbindlich anmelden', errors: {} });
    expect(page.languageLinks).toEqual([{ href: '/api/registrations/page?event=abc123&locale=en', label: 'English', language: 'en' }]);
  });

  it('words one place, unlimited places and the waitlist', () => {
    expect(registrationPageView({ ...scene('en'), event: event({ placesLeft: 1 }), unknownMessage }).paragraphs).toEqual(['1 place left.']);
    expect(registrationPageView({ ...scene('en'), event: event({ placesLeft: null }), unknownMessage }).paragraphs).toEqual(['There are places left.']);
    const waitlist = registrationPageView({ ...scene('de'), event: event({ placesLeft: 0, opening: { outcome: 'waitlisted' } }), unknownMessage });
    expect(waitlist.paragraphs[0]).toMatch(/Warteliste/);
    expect(waitlist.form?.button).toBe('Auf die Warteliste setzen');
  });

  it('shows no form when the event takes no registration, saying why', () => {
    const page = registrationPageView({ ...scene('de'), event: event({ opening: { outcome: 'refused', message: 'Der Anmeldeschluss ist vorbei.' } }), unknownMessage });
    expect(page.form).toBeUndefined();
    expect(page).toMatchObject({ title: 'Keine Anmeldung möglich: Werkstatt <Klima>', paragraphs: ['Der Anmeldeschluss ist vorbei.'], status: 200 });
  });

  it('answers an unknown event with a 404 page', () => {
    expect(registrationPageView({ ...scene('de'), event: null, unknownMessage })).toMatchObject({ status: 404, paragraphs: [unknownMessage], title: 'Veranstaltung nicht gefunden' });
  });

  it('puts each problem at its field in the page’s language, the duplicate address in the service’s words, the rest in the summary', () => {
    const duplicate = 'Mit dieser E-Mail-Adresse besteht schon eine Anmeldung.';
    const problems = formErrorsOf(
      [
        { path: ['consent'], message: 'consent must be true' },
        { path: ['email'], message: duplicate },
        { path: ['extra'], message: 'unknown field extra' },
      ],
      de,
      duplicate,
    );
    expect(problems).toEqual({ errors: { consent: de.errors.consent, email: duplicate }, otherErrors: ['unknown field extra'] });
    expect(formErrorsOf([{ path: ['email'], message: 'email must be an e-mail address' }], en).errors).toEqual({ email: en.errors.email });
    const page = registrationPageView({ ...scene('de'), event: event(), unknownMessage, entered: enteredOf({ firstName: 'Erika', consent: 'off', other: 3 }), problems });
    expect(page.status).toBe(400);
    expect(page.form?.values).toEqual({ firstName: 'Erika' });
  });

  it('answers a registration with the outcome and a refusal with the way back', () => {
    const registered = registeredPageView({ ...scene('de'), eventTitle: 'Werkstatt', outcome: { state: 'registered', waitlistPosition: null, message: 'Sie sind angemeldet.' } });
    expect(registered).toMatchObject({ title: 'Sie sind angemeldet', paragraphs: ['Werkstatt', 'Sie sind angemeldet.'], status: 201 });
    const waitlisted = registeredPageView({ ...scene('en'), eventTitle: 'Workshop', outcome: { state: 'waitlisted', waitlistPosition: 2, message: 'position 2' } });
    expect(waitlisted.title).toBe('You are on the waiting list');
    const refused = refusedPageView({ ...scene('en'), event: 'abc123', message: 'Registration for this event is closed.' });
    expect(refused).toMatchObject({ title: 'Registration not possible', status: 400, links: [{ href: '/api/registrations/page?event=abc123&locale=en', label: 'Back to the registration' }] });
  });

  it('takes the asked language only when configured', () => {
    expect(pageLanguageOf('EN', ['de', 'en'])).toBe('en');
    expect(pageLanguageOf('fr', ['de', 'en'])).toBe('de');
    expect(pageLanguageOf(undefined, ['de', 'en'])).toBe('de');
  });
});

describe('the registration page HTML', () => {
  it('has labelled fields with autocomplete, required, the consent checkbox, no script, every text escaped', () => {
    const html = renderRegistrationPage(registrationPageView({ ...scene('de'), event: event(), unknownMessage, withLanguageLinks: true }), de);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<h1>Anmeldung: Werkstatt &lt;Klima&gt;</h1>');
    expect(html).toMatch(/<label for="firstName">Vorname/);
    expect(html).toMatch(/<input type="text" id="firstName" name="firstName" autocomplete="given-name" required/);
    expect(html).toMatch(/<input type="text" id="lastName" name="lastName" autocomplete="family-name" required/);
    expect(html).toMatch(/<input type="email" id="email" name="email" autocomplete="email" required/);
    expect(html).toMatch(/<input type="checkbox" id="consent" name="consent" value="on" required>/);
    expect(html).toContain('<form method="post" action="/api/registrations/register"');
    expect(html).toContain('<input type="hidden" name="event" value="abc123">');
    expect(html).not.toMatch(/<script|class="error-summary"| on\w+=/i);
    expect(html).toContain('hreflang="en"');
  });

  it('after a refused post: a focused summary linking to the fields, each error tied to its field', () => {
    const problems = formErrorsOf([{ path: ['consent'], message: 'x' }, { path: ['email'], message: 'y' }], de);
    const html = renderRegistrationPage(registrationPageView({ ...scene('de'), event: event(), unknownMessage, entered: { email: 'a"b' }, problems }), de);
    expect(html).toMatch(/<div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus/);
    expect(html.indexOf('href="#email"')).toBeLessThan(html.indexOf('href="#consent"'));
    expect(html).toContain('<p class="field-error" id="consent-error">');
    expect(html).toMatch(/id="consent" name="consent" value="on" required aria-invalid="true" aria-describedby="consent-error"/);
    expect(html).toMatch(/id="email"[^>]*value="a&quot;b" aria-invalid="true" aria-describedby="email-error"/);
    expect(html).not.toMatch(/id="firstName"[^>]*aria-invalid/);
  });

  it('links the host’s stylesheets instead of the built-in style', () => {
    const html = renderRegistrationPage(registrationPageView({ ...scene('en'), event: event(), unknownMessage }), en, ['/site.css']);
    expect(html).toContain('<link rel="stylesheet" href="/site.css">');
    expect(html).not.toContain('<style>');
  });
});
