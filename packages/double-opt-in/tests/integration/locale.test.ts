import request from 'supertest';
import { CONSENT_EVENT, MAILING, MAIL_TEMPLATE, SUBSCRIBER } from '../../server/src/uids';
import { FRENCH_CONSENT, fr } from '../fixtures/fr';
import { SmtpSink, urlInMail, useSmtpSink, type TestApp } from '@mitwirken/strapi-testing';
import { startHostApp } from '../harness/host-app';

/**
 * A host adds French through the plugin's config alone: the locale, its catalogue and its consent
 * wording, over this app's config/plugins.ts — nothing else changes. The harness sets the config
 * where config/plugins.ts would have (after the plugins are loaded, before they start).
 */
const sink = new SmtpSink();
let app: TestApp;

beforeAll(async () => {
  await sink.start();
  useSmtpSink(sink);
  process.env.OUTBOX_CRON = '0 0 0 1 1 *'; // the tests drive the worker themselves
  app = await startHostApp('double-opt-in-locale', {
    configure(strapi) {
      const config = strapi.config.get('plugin::double-opt-in') as { locales: string[]; messages: object; consent: { text: object } };
      strapi.config.set('plugin::double-opt-in', {
        ...config,
        locales: [...config.locales, 'fr'],
        messages: { ...config.messages, fr },
        consent: { ...config.consent, text: { ...config.consent.text, fr: FRENCH_CONSENT } },
      });
    },
  });
});

afterAll(async () => {
  await app?.stop();
  await sink.stop();
});

const api = () => request(app.server);
const db = (uid: string) => app.strapi.db.query(uid as never);
const service = (name: string) => app.strapi.plugin('double-opt-in').service(name);

let counter = 0;
const person = (overrides: Record<string, unknown> = {}) => {
  counter += 1;
  return { firstName: 'Marie', lastName: 'Dupont', email: `marie.${counter}@example.org`, consent: true, ...overrides };
};

const pathOf = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

describe('French added through the config', () => {
  it('exists as a content locale, with the mail texts as editable French entries', async () => {
    const locale = await app.strapi.plugin('i18n').service('locales').findByCode('fr');
    expect(locale).toMatchObject({ code: 'fr', name: 'Français (fr)' });
    const template = (await db(MAIL_TEMPLATE).findOne({ where: { kind: 'confirmation', locale: 'fr' } })) as { subject: string } | null;
    expect(template?.subject).toBe('Veuillez confirmer votre inscription');
  });

  it('signs up in French: French answer, French confirmation mail, French confirm page', async () => {
    const signup = person({ locale: 'fr' });
    const res = await api().post('/api/double-opt-in/subscribe').send(signup).expect(202);
    expect(res.body.data.message).toBe(fr.answers.accepted);

    await service('outbox').processBatch();
    const [mail] = await sink.waitFor(signup.email);
    expect(mail.parsed.subject).toBe('Veuillez confirmer votre inscription');
    expect(mail.parsed.text).toContain('Bonjour Marie Dupont,');
    expect(mail.parsed.text).toContain('Il est valable 48 heures :');
    expect(mail.parsed.html).toContain('<html lang="fr">');

    const confirmUrl = urlInMail(mail, '/confirm?token=');
    expect(new URL(confirmUrl).searchParams.get('lang')).toBe('fr');
    const page = await api().get(pathOf(confirmUrl)).expect(200);
    expect(page.text).toContain('<html lang="fr">');
    expect(page.text).toContain('<h1>Confirmer l’inscription</h1>');
    expect(page.text).toContain('<button type="submit">Confirmer l’inscription</button>');
    // The page links to itself in every other language, each named in itself.
    expect(page.text).toMatch(/hreflang="de" lang="de">Deutsch<\/a>/);
    expect(page.text).toMatch(/hreflang="en" lang="en">English<\/a>/);

    const token = new URL(confirmUrl).searchParams.get('token');
    const confirmed = await api().post('/api/double-opt-in/confirm?lang=fr').type('form').send({ token }).expect(200);
    expect(confirmed.text).toContain('<html lang="fr">');
    expect(confirmed.text).toContain('Inscription confirmée');

    const subscriber = (await db(SUBSCRIBER).findOne({ where: { emailNormalized: signup.email } })) as { id: number; language: string; status: string };
    expect(subscriber).toMatchObject({ language: 'fr', status: 'confirmed' });
    const events = (await db(CONSENT_EVENT).findMany({ where: { subscriber: { id: subscriber.id } }, orderBy: { id: 'asc' } })) as Array<Record<string, unknown>>;
    expect(events.map((event) => [event.type, event.language, event.consentText])).toEqual([
      ['signup', 'fr', FRENCH_CONSENT],
      ['confirmation', 'fr', FRENCH_CONSENT],
    ]);
  });

  it('shows the sign-up form in French with the French consent wording', async () => {
    const page = await api().get('/api/double-opt-in/subscribe?lang=fr').expect(200);
    expect(page.text).toContain('<html lang="fr">');
    expect(page.text).toContain(FRENCH_CONSENT);
    expect(page.text).toContain('<input type="hidden" name="locale" value="fr">');
    expect(page.text).toContain('<button type="submit">S’inscrire</button>');
  });

  it('answers a French form post that is wrong with the French form and its errors', async () => {
    const res = await api()
      .post('/api/double-opt-in/subscribe')
      .type('form')
      .send({ firstName: 'Marie', lastName: 'Dupont', email: 'pas-une-adresse', locale: 'fr' })
      .expect(400);
    expect(res.text).toContain('<html lang="fr">');
    expect(res.text).toContain(fr.pages.error_email);
    expect(res.text).toContain(fr.pages.error_consent);
  });

  it('accepts exactly the configured locales and names them', async () => {
    const res = await api().post('/api/double-opt-in/subscribe').send(person({ locale: 'it' })).expect(400);
    expect(res.body.error.message).toMatch(/locale must be one of de, en, fr/);
    await api().get('/api/double-opt-in/archive').query({ language: 'fr' }).expect(200);
    const archive = await api().get('/api/double-opt-in/archive').query({ language: 'it' }).expect(400);
    expect(archive.body.error.message).toBe('language must be one of de, en, fr');
  });

  it('offers French for mailings', () => {
    const { attributes } = app.strapi.contentType(MAILING as never) as unknown as { attributes: { language: { enum: string[] } } };
    expect(attributes.language.enum).toEqual(['de', 'en', 'fr']);
  });

  it('keeps German and English as they were', async () => {
    const german = person();
    await api().post('/api/double-opt-in/subscribe').send(german).expect(202);
    await service('outbox').processBatch();
    const [mail] = await sink.waitFor(german.email);
    expect(mail.parsed.subject).toBe('Bitte bestätigen Sie Ihre Anmeldung');
    const page = await api().get('/api/double-opt-in/subscribe?lang=en').expect(200);
    expect(page.text).toContain('Join the mailing list');
  });
});
