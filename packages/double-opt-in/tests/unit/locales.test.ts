import configModule, { defaultConfig, resolveConfig } from '../../server/src/config';
import { renderMail } from '../../server/src/domain/mail-template';
import { renderMarkdownMail } from '../../server/src/domain/markdown-mail';
import { renderPage } from '../../server/src/domain/pages';
import { buildSignupSchema, problemsOf } from '../../server/src/domain/signup-schema';
import { SHIPPED_CATALOGUES, localeOf, matchLocale, resolveCatalogues } from '../../server/src/messages';
import { de } from '../../server/src/messages/de';
import { FRENCH_CONSENT, fr } from '../fixtures/fr';

/** The config a host with French writes: the locale, its texts, its consent wording. */
const withFrench = (overrides: Record<string, unknown> = {}) => ({
  locales: ['de', 'fr'],
  messages: { fr },
  consent: { version: '1', text: { de: defaultConfig.consent.text.de, fr: FRENCH_CONSENT } },
  ...overrides,
});

describe('the catalogues', () => {
  it('ship German and English with the same keys, and resolve unchanged without overrides', () => {
    expect(Object.keys(SHIPPED_CATALOGUES)).toEqual(['de', 'en']);
    const { catalogues, problems } = resolveCatalogues(['de', 'en']);
    expect(problems).toEqual([]);
    expect(catalogues).toEqual(SHIPPED_CATALOGUES);
  });

  it('keep product names neutral: the host names its list', () => {
    expect(SHIPPED_CATALOGUES.de.pages.siteName).toBe('Verteiler');
    expect(SHIPPED_CATALOGUES.en.pages.siteName).toBe('Mailing list');
    expect(JSON.stringify(SHIPPED_CATALOGUES)).not.toMatch(/Mitmach-Pool|Dortmund/);
  });

  it('let one overridden text win and keep the others', () => {
    const { catalogues, problems } = resolveCatalogues(['de', 'en'], { de: { pages: { signupTitle: 'Im Mitmach-Pool anmelden' } } });
    expect(problems).toEqual([]);
    expect(catalogues.de.pages.signupTitle).toBe('Im Mitmach-Pool anmelden');
    expect(catalogues.de.pages.confirmTitle).toBe(de.pages.confirmTitle);
    expect(catalogues.de.mails).toEqual(de.mails);
    expect(catalogues.en).toEqual(SHIPPED_CATALOGUES.en);
  });

  it('take a new language from the config alone', () => {
    const { catalogues, problems } = resolveCatalogues(['de', 'fr'], { fr });
    expect(problems).toEqual([]);
    expect(catalogues.fr.pages.confirmButton).toBe('Confirmer l’inscription');
  });

  it('list every text a new language lacks', () => {
    const { pages, ...withoutPages } = fr;
    const partial = { ...withoutPages, pages: { ...pages, confirmTitle: undefined, signupButton: undefined } };
    const { problems } = resolveCatalogues(['de', 'fr'], { fr: partial });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^messages\.fr lacks 2 text\(s\) \(no catalogue ships for fr; shipped: de, en; a new language must give every text\): pages\.confirmTitle, pages\.signupButton$/);

    const nothing = resolveCatalogues(['fr'], { fr: { pages: { confirmTitle: 'Confirmer' } } });
    expect(nothing.problems[0]).toContain('languageName, dateLocale, mails.confirmation.subject, mails.confirmation.body');
  });

  it('start a regional variant from its language: de-CH needs only what differs', () => {
    const { catalogues, problems } = resolveCatalogues(['de-CH'], { 'de-CH': { pages: { emailLabel: 'E-Mail-Adresse (CH)' } } });
    expect(problems).toEqual([]);
    expect(catalogues['de-CH'].pages.emailLabel).toBe('E-Mail-Adresse (CH)');
    expect(catalogues['de-CH'].pages.confirmTitle).toBe(de.pages.confirmTitle);
  });

  it('refuse unknown keys, texts that are not text, broken mails and texts for a locale that is not configured', () => {
    const { problems } = resolveCatalogues(['de', 'en'], {
      de: { pages: { sigupTitle: 'Tippfehler' }, mails: { confirmation: { body: 'Kein Link' } } },
      en: { answers: { accepted: 42 } },
      it: { languageName: 'Italiano' },
    });
    expect(problems).toEqual([
      'messages.it: it is not one of the configured locales (de, en)',
      'messages.de has unknown key(s): pages.sigupTitle',
      'messages.de.mails.confirmation: body must contain {{confirmUrl}}',
      'messages.en.answers.accepted must be text',
    ]);
  });
});

describe('the config', () => {
  it('accepts any locale code that has its texts, and a missing text stops the start with the list', () => {
    expect(resolveConfig(withFrench()).locales).toEqual(['de', 'fr']);
    expect(() => resolveConfig(withFrench({ messages: {} }))).toThrow(/^double-opt-in config is invalid: messages\.fr lacks \d+ text\(s\) \(no catalogue ships for fr.*\): languageName, dateLocale, /);
  });

  it('is checked by Strapi when the plugin loads, so a locale without its texts stops the start', () => {
    expect(() => configModule.validator(withFrench())).not.toThrow();
    expect(() => configModule.validator(withFrench({ messages: { fr: { pages: { confirmTitle: 'Confirmer' } } } }))).toThrow(/messages\.fr lacks \d+ text\(s\)/);
  });

  it('needs a consent wording for every locale', () => {
    expect(() => resolveConfig(withFrench({ consent: { version: '1', text: { de: 'Ja' } } }))).toThrow('consent.text has no wording for fr');
  });

  it('refuses what is not a locale code, and a locale named twice', () => {
    expect(() => resolveConfig({ locales: ['de', 'français'] })).toThrow(/locales\.1: must be a locale code such as de, fr or de-CH/);
    expect(() => resolveConfig({ locales: ['de', 'DE'] })).toThrow(/locales: names a locale twice/);
  });

  it('validates sign-ups against exactly the configured locales and names them', () => {
    const config = resolveConfig(withFrench());
    const schema = buildSignupSchema({ locales: config.locales, interests: [], honeypotField: 'website' });
    const valid = { firstName: 'Marie', lastName: 'Dupont', email: 'marie@example.org', consent: true };
    expect(schema.safeParse({ ...valid, locale: 'fr' }).success).toBe(true);
    const refused = schema.safeParse({ ...valid, locale: 'en' });
    expect(problemsOf(refused.error!)).toEqual([{ path: 'locale', message: 'locale must be one of de, fr' }]);
  });
});

describe('choosing a locale', () => {
  it('takes the same code, else the same language, else the default', () => {
    expect(matchLocale('fr', ['de', 'fr'])).toBe('fr');
    expect(matchLocale('FR-ch', ['de', 'fr'])).toBe('fr');
    expect(matchLocale('de', ['de-CH', 'fr-CH'])).toBe('de-CH');
    expect(matchLocale('it', ['de', 'fr'])).toBeUndefined();
    expect(localeOf('it', ['de', 'fr'])).toBe('de');
    expect(localeOf(null, ['fr', 'de'])).toBe('fr');
  });
});

describe('French through the pure modules', () => {
  it('renders a page in French with its lang and switch links to every other language', () => {
    const html = renderPage({ title: fr.pages.confirmTitle, lead: fr.pages.confirmLead }, 'fr', {
      siteName: 'Participer à Genève',
      stylesheets: [],
      navigation: [{ href: '/fr/', label: 'Accueil' }],
      languageSwitch: [
        { href: '?lang=de', label: 'Deutsch', language: 'de' },
        { href: '?lang=en', label: 'English', language: 'en' },
      ],
    }, fr.pages);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Confirmer l’inscription – Participer à Genève</title>');
    expect(html).toContain('<nav aria-label="Navigation principale">');
    expect(html).toContain('<a class="skip-link" href="#main">Aller au contenu</a>');
    expect(html).toContain('<a href="?lang=de" hreflang="de" lang="de">Deutsch</a>');
    expect(html).toContain('<a href="?lang=en" hreflang="en" lang="en">English</a>');
  });

  it('renders the sign-up form in French', () => {
    const html = renderPage({
      title: fr.pages.signupTitle,
      signup: { action: '/api/double-opt-in/subscribe', locale: 'fr', consentText: FRENCH_CONSENT, interests: [], honeypotField: 'website', startedAt: 0, errors: { email: fr.pages.error_email } },
    }, 'fr', undefined, fr.pages);
    expect(html).toContain('<title>S’inscrire à la liste de diffusion – Liste de diffusion</title>');
    expect(html).toContain('<label for="firstName">Prénom <span aria-hidden="true">*</span></label>');
    expect(html).toContain('<h2>Veuillez vérifier vos indications</h2>');
    expect(html).toContain('<input type="hidden" name="locale" value="fr">');
    expect(html).toContain('<button type="submit">S’inscrire</button>');
  });

  it('needs the texts for a locale that ships none', () => {
    expect(() => renderPage({ title: 'x' }, 'fr')).toThrow('no texts ship for the locale fr');
  });

  it('renders the French mails', () => {
    const mail = renderMail(fr.mails.confirmation, { firstName: 'Marie', lastName: 'Dupont', confirmUrl: 'https://example.org/c?token=t&lang=fr', expiresInHours: '48' }, 'fr');
    expect(mail.subject).toBe('Veuillez confirmer votre inscription');
    expect(mail.text).toContain('Il est valable 48 heures :\nhttps://example.org/c?token=t&lang=fr');
    expect(mail.html).toContain('<html lang="fr">');
    const mailing = renderMarkdownMail('Nouvelles', 'Bonjour {{firstName}}', { firstName: 'Marie', unsubscribeUrl: 'https://example.org/u' }, 'fr', fr.unsubscribeFooter);
    expect(mailing.text).toBe('Bonjour Marie\n\n-- \nVous recevez cet e-mail parce que vous vous êtes inscrit pour être informé des possibilités de participer.\nSe désinscrire : https://example.org/u');
  });
});
