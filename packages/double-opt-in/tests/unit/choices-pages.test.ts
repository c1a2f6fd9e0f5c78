import { renderPage, type SignupFormView } from '../../server/src/domain/pages';

const form = (overrides: Partial<SignupFormView> = {}): SignupFormView => ({
  action: '/api/double-opt-in/subscribe',
  locale: 'de',
  consentText: 'Ich will informiert werden.',
  interests: [],
  honeypotField: 'website',
  startedAt: 1_700_000_000_000,
  ...overrides,
});

const districts = { name: 'districts', legend: 'Welche Bezirke?', options: [{ code: 'nord', label: 'Nord' }, { code: 'sued', label: 'Süd & Mitte' }] };

describe('choices on the pages', () => {
  it('shows each facet of the sign-up as its own labelled group, keeping what was ticked and the problem at its group', () => {
    const html = renderPage({ title: 'Anmelden', signup: form({ facets: [{ ...districts, chosen: ['sued'] }], errors: { districts: 'Bitte nur aus der Liste.' } }) }, 'de');
    expect(html).toContain('<fieldset aria-describedby="districts-error"><legend>Welche Bezirke?</legend><p class="field-error" id="districts-error">Bitte nur aus der Liste.</p>');
    expect(html).toContain('<input type="checkbox" id="districts-nord" name="districts" value="nord"><label for="districts-nord">Nord</label>');
    expect(html).toContain('id="districts-sued" name="districts" value="sued" checked><label for="districts-sued">Süd &amp; Mitte</label>');
  });

  it('offers the my-data page’s choices as a form that posts the token', () => {
    const html = renderPage(
      { title: 'Meine Daten', choices: { heading: 'Worüber?', hint: 'Nichts gewählt: alles.', action: '/api/double-opt-in/my-data/preferences?lang=de', hidden: { token: 'a"b' }, groups: [districts], button: 'Speichern' } },
      'de',
    );
    expect(html).toContain('<h2>Worüber?</h2>');
    expect(html).toContain('<form method="post" action="/api/double-opt-in/my-data/preferences?lang=de" class="choices">');
    expect(html).toContain('<input type="hidden" name="token" value="a&quot;b">');
    expect(html).toContain('<button type="submit">Speichern</button>');
  });
});
