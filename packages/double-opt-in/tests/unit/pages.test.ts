import { renderPage, type SignupFormView } from '../../server/src/domain/pages';

const form = (overrides: Partial<SignupFormView> = {}): SignupFormView => ({
  action: '/api/double-opt-in/subscribe',
  locale: 'de',
  consentText: 'Ich will <informiert> werden.',
  interests: [{ code: 'umwelt', label: 'Umwelt & Klima' }],
  honeypotField: 'website',
  startedAt: 1_700_000_000_000,
  ...overrides,
});

describe('the sign-up page', () => {
  it('is a plain HTML form with labelled fields, the consent wording, the hidden fields and the trap', () => {
    const html = renderPage({ title: 'Anmelden', signup: form() }, 'de');
    expect(html).toContain('<form method="post" action="/api/double-opt-in/subscribe" class="signup" novalidate>');
    for (const field of ['firstName', 'lastName', 'email', 'consent', 'interest-umwelt']) expect(html).toContain(`<label for="${field}">`);
    expect(html).toContain('Ich will &lt;informiert&gt; werden.');
    expect(html).toContain('Umwelt &amp; Klima');
    expect(html).toContain('<input type="hidden" name="startedAt" value="1700000000000">');
    expect(html).toContain('<input type="hidden" name="locale" value="de">');
    expect(html).toMatch(/<div class="trap" aria-hidden="true">.*name="website" tabindex="-1"/);
    expect(html).not.toContain('role="alert"');
  });

  it('shows what was typed and each problem at its field, with a summary that links to them', () => {
    const html = renderPage({
      title: 'Anmelden',
      signup: form({ values: { firstName: '"><script>', email: 'a@b', interests: ['umwelt'] }, errors: { email: 'Bitte eine gültige Adresse.', consent: 'Bitte zustimmen.' } }),
    }, 'de');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;"');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<div class="error-summary" role="alert" tabindex="-1" id="error-summary">');
    expect(html).toContain('<li><a href="#email">Bitte eine gültige Adresse.</a></li>');
    expect(html).toContain('<li><a href="#consent">Bitte zustimmen.</a></li>');
    expect(html).toContain('aria-invalid="true" aria-describedby="email-error"');
    expect(html).toContain('id="interest-umwelt" name="interests" value="umwelt" checked');
    expect(html.indexOf('href="#email"')).toBeLessThan(html.indexOf('href="#consent"'));
  });
});

describe('the layout around the pages', () => {
  it('uses the site’s stylesheet and header links instead of the built-in style, with a skip link', () => {
    const html = renderPage({ title: 'Abgemeldet' }, 'en', {
      siteName: 'Take part',
      stylesheets: ['/site/site.css'],
      navigation: [{ href: '/en/', label: 'Finder' }, { href: '/api/double-opt-in/subscribe?lang=en', label: 'Pool', current: true }],
      languageSwitch: { href: '/api/double-opt-in/subscribe?lang=de', label: 'Deutsch', language: 'de' },
    });
    expect(html).toContain('<link rel="stylesheet" href="/site/site.css">');
    expect(html).not.toContain('<style>');
    expect(html).toContain('<a class="skip-link" href="#main">Skip to content</a>');
    expect(html).toContain('<a href="/api/double-opt-in/subscribe?lang=en" aria-current="page">Pool</a>');
    expect(html).toContain('hreflang="de" lang="de">Deutsch</a>');
    expect(html).toContain('<title>Abgemeldet – Take part</title>');
  });

  it('keeps its own style and no header links when the app names none', () => {
    const html = renderPage({ title: 'Abgemeldet' }, 'de');
    expect(html).toContain('<style>');
    expect(html).not.toContain('skip-link" href');
    expect(html).not.toContain('<nav');
  });
});
