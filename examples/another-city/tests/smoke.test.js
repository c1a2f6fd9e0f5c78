'use strict';

/*
 * Smoke tests of another city's app: the two plugins, installed from their packed tarballs, on
 * this app's own content type, in French. One app for the whole file, booted in this process on a
 * fresh database (PostgreSQL when DATABASE_CLIENT=postgres, else a SQLite file in .tmp/), with an
 * SMTP server of its own. Run: npm test.
 */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { URL, URLSearchParams } = require('node:url');
const { APP_DIR, startApp, usesPostgres } = require('./support/app');
const { MailCatcher, headerOf, linkIn } = require('./support/smtp');
const codes = require('../src/codes');

// Names the plugin package exports for its content types (no path into its code).
const { SUBSCRIBER, CONSENT_EVENT, MAILING } = require('@mitwirken/strapi-plugin-double-opt-in/strapi-server');

const DISPOSITIF = 'api::dispositif.dispositif';

const catcher = new MailCatcher();
let app;

before(async () => {
  const smtpPort = await catcher.start();
  app = await startApp({ smtpPort });
});

after(async () => {
  await app?.stop();
  await catcher.stop();
});

const url = (pathAndQuery) => new URL(pathAndQuery, app.baseUrl).toString();
const getJson = async (pathAndQuery) => {
  const response = await fetch(url(pathAndQuery));
  return { status: response.status, body: await response.json() };
};

describe('the installation', () => {
  it('runs on the database the environment names', () => {
    assert.equal(app.strapi.db.dialect.client, usesPostgres() ? 'postgres' : 'sqlite');
  });

  it('loads both plugins from this app’s node_modules (the installed tarballs), not from the repository', () => {
    for (const name of ['@mitwirken/strapi-plugin-format-finder', '@mitwirken/strapi-plugin-double-opt-in']) {
      const manifest = require.resolve(`${name}/package.json`, { paths: [APP_DIR] });
      assert.equal(manifest, path.join(APP_DIR, 'node_modules', name, 'package.json'));
      assert.ok(require(manifest).files.includes('dist'));
    }
    assert.ok(app.strapi.plugin('format-finder'));
    assert.ok(app.strapi.plugin('double-opt-in'));
  });

  it('shares one copy of the packages the plugins and Strapi must share (see README: "Two pins")', () => {
    // Two copies of @strapi/utils: the plugins' validation errors are not Strapi's, and become 500s.
    // Two copies of react-intl: the plugins' admin pages find no translations context.
    const resolvedFrom = (request, from) => require.resolve(request, { paths: [path.dirname(require.resolve(`${from}/package.json`, { paths: [APP_DIR] }))] });
    for (const plugin of ['@mitwirken/strapi-plugin-format-finder', '@mitwirken/strapi-plugin-double-opt-in']) {
      assert.equal(resolvedFrom('@strapi/utils', plugin), resolvedFrom('@strapi/utils', '@strapi/core'), `${plugin} and Strapi use different copies of @strapi/utils`);
      assert.equal(resolvedFrom('react-intl', plugin), resolvedFrom('react-intl', '@strapi/admin'), `${plugin} and the admin use different copies of react-intl`);
    }
  });

  it('has French as the default locale and German next to it', async () => {
    const locales = app.strapi.plugin('i18n').service('locales');
    assert.deepEqual((await locales.find()).map((locale) => locale.code).sort(), ['de', 'fr']);
    assert.equal(await locales.getDefaultLocale(), 'fr');
  });

  it('stores the codes of its own code lists', () => {
    const { attributes } = app.strapi.contentType(DISPOSITIF);
    assert.deepEqual(attributes.duree.enum, codes.codes(codes.durees));
    assert.deepEqual(attributes.budget.enum, codes.codes(codes.budgets));
    assert.deepEqual(attributes.niveauCout.enum, codes.codes(codes.niveauxCout));
    assert.deepEqual(attributes.delaiPreparation.enum, codes.codes(codes.delais));
    assert.deepEqual(attributes.conflit.enum, codes.codes(codes.conflits));
  });
});

/** Beaulieu's dispositifs, in French; the first also in German. */
const DISPOSITIFS = [
  {
    titre: 'Atelier de quartier',
    identifiant: 'atelier-de-quartier',
    resume: 'Habitants et associations imaginent ensemble l’avenir d’une place.',
    objectifs: ['idees', 'co_construire'],
    niveaux: ['concertation'],
    modalites: ['presentiel'],
    participantsMin: 10,
    participantsMax: 40,
    duree: 'heures',
    budget: 'moins_1000',
    delaiPreparation: 'un_mois',
    publicsCibles: ['habitants', 'associations'],
    conflit: 'apaise',
    phases: ['diagnostic', 'conception'],
  },
  {
    titre: 'Consultation en ligne',
    identifiant: 'consultation-en-ligne',
    resume: 'Un questionnaire et des propositions à commenter sur le site de la ville.',
    objectifs: ['recueillir_avis', 'idees'],
    niveaux: ['consultation'],
    modalites: ['en_ligne'],
    participantsMin: 50,
    duree: 'semaines',
    niveauCout: 'faible',
    delaiPreparation: 'un_mois',
    publicsCibles: ['habitants', 'jeunes'],
    conflit: 'les_deux',
    phases: ['conception'],
  },
  {
    titre: 'Conférence de citoyens',
    identifiant: 'conference-de-citoyens',
    resume: 'Un panel tiré au sort se forme, délibère et rend un avis.',
    objectifs: ['decider', 'recueillir_avis'],
    niveaux: ['co_decision'],
    modalites: ['presentiel', 'hybride'],
    participantsMin: 15,
    participantsMax: 25,
    duree: 'mois',
    budget: 'plus_20000',
    delaiPreparation: 'six_mois',
    publicsCibles: ['habitants'],
    conflit: 'tendu',
    phases: ['decision'],
  },
  {
    titre: 'Balade urbaine',
    identifiant: 'balade-urbaine',
    resume: 'On parcourt le quartier avec celles et ceux qui y vivent.',
    objectifs: ['informer', 'recueillir_avis'],
    niveaux: ['information', 'consultation'],
    modalites: ['aller_vers'],
    participantsMin: 5,
    participantsMax: 30,
    duree: 'heures',
    budget: 'moins_1000',
    delaiPreparation: 'une_semaine',
    publicsCibles: ['habitants', 'seniors'],
    conflit: 'apaise',
    phases: ['diagnostic'],
  },
];
const DRAFT = { ...DISPOSITIFS[0], titre: 'Budget participatif (brouillon)', identifiant: 'budget-participatif', objectifs: ['idees', 'co_construire', 'decider'] };
const GERMAN = { titre: 'Stadtteilwerkstatt', identifiant: 'stadtteilwerkstatt', resume: 'Bewohner und Vereine planen gemeinsam einen Platz.' };

/** Asks until the finder's index holds `total` dispositifs of the locale (it rebuilds shortly after a write). */
async function searchWhenIndexed(query, total, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const answer = await getJson(`/api/format-finder/search?${query}`);
    if (answer.status === 200 && answer.body.meta.pagination.total === total) return answer;
    if (Date.now() > until) assert.fail(`the finder did not index ${total} dispositif(s): ${answer.status} ${JSON.stringify(answer.body).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('format-finder over the dispositifs', () => {
  before(async () => {
    const documents = app.strapi.documents(DISPOSITIF);
    for (const data of DISPOSITIFS) {
      const created = await documents.create({ locale: 'fr', data });
      await documents.publish({ documentId: created.documentId, locale: 'fr' });
      if (data === DISPOSITIFS[0]) {
        await documents.update({ documentId: created.documentId, locale: 'de', data: GERMAN });
        await documents.publish({ documentId: created.documentId, locale: 'de' });
      }
    }
    await documents.create({ locale: 'fr', data: DRAFT }); // never published
  });

  it('publishes the dispositifs through the public REST API, in French', async () => {
    const { status, body } = await getJson('/api/dispositifs?locale=fr&sort=titre');
    assert.equal(status, 200);
    assert.deepEqual(
      body.data.map((dispositif) => [dispositif.titre, dispositif.identifiant]),
      [
        ['Atelier de quartier', 'atelier-de-quartier'],
        ['Balade urbaine', 'balade-urbaine'],
        ['Conférence de citoyens', 'conference-de-citoyens'],
        ['Consultation en ligne', 'consultation-en-ligne'],
      ],
    );
  });

  it('ranks the published French dispositifs with reasons in French', async () => {
    const { body } = await searchWhenIndexed('goals=idees,co_construire&modes=presentiel&participants=30&duration=un_jour&locale=fr', 4);
    assert.equal(body.meta.locale, 'fr');
    const ranking = body.data.map((item) => [item.name, item.score]);
    assert.equal(ranking.length, 4, JSON.stringify(ranking));
    assert.deepEqual(ranking[0], ['Atelier de quartier', 100]);
    assert.ok(ranking.every(([, score], index) => index === 0 || score <= ranking[index - 1][1]), `not ranked: ${JSON.stringify(ranking)}`);
    assert.ok(ranking.at(-1)[1] < 100);
    assert.ok(!ranking.some(([name]) => name.includes('brouillon')), 'a draft was searched');

    const best = body.data[0];
    assert.equal(best.slug, 'atelier-de-quartier');
    const reasons = Object.fromEntries(best.criteria.map((criterion) => [criterion.criterion, [criterion.status, criterion.reason]]));
    assert.deepEqual(reasons, {
      goals: ['matched', 'Répond à tous les objectifs souhaités : Faire émerger des idées et Co-construire un projet.'],
      modes: ['matched', 'Possible en présentiel.'],
      participants: ['matched', 'Convient à 30 personnes (de 10 à 40 personnes).'],
      duration: ['matched', 'La durée (quelques heures) tient dans le temps disponible (une journée).'],
    });
    const online = body.data.find((item) => item.slug === 'consultation-en-ligne');
    assert.deepEqual(
      online.criteria.find((criterion) => criterion.criterion === 'modes'),
      { criterion: 'modes', status: 'not_matched', must: false, reason: 'Seulement en ligne, pas en présentiel.' },
    );
    // Counts per option over Beaulieu's code lists, for a search form.
    assert.equal(body.meta.facets.modes.presentiel, 2);
    assert.equal(body.meta.facets.modes.aller_vers, 1);
  });

  it('suggests which must to drop when too few dispositifs satisfy the musts', async () => {
    const { status, body } = await getJson('/api/format-finder/search?modes=aller_vers&budget=moins_1000&must=modes,budget&locale=fr');
    assert.equal(status, 200);
    assert.deepEqual(body.data.map((item) => item.name), ['Balade urbaine']);
    const { relaxation } = body.meta;
    assert.ok(relaxation, 'no relaxation hint');
    assert.equal(relaxation.suggestions[0].drop, 'modes');
    assert.ok(relaxation.suggestions[0].count > 1, JSON.stringify(relaxation.suggestions));
    assert.ok(relaxation.nearMisses.length > 0);
    for (const miss of relaxation.nearMisses) {
      assert.equal(miss.nearMiss, true);
      assert.ok(miss.failedMusts.includes('modes'), JSON.stringify(miss));
    }
  });

  it('answers in German over the German versions, with Beaulieu’s German labels', async () => {
    const { body } = await searchWhenIndexed('modes=presentiel&locale=de', 1);
    assert.equal(body.data[0].name, 'Stadtteilwerkstatt');
    assert.equal(body.data[0].criteria[0].reason, 'Durchführbar als in Präsenz.');
  });

  it('names itself and its criteria in French, and refuses a code that is not in Beaulieu’s lists', async () => {
    const criteria = await getJson('/api/format-finder/criteria?locale=fr');
    assert.equal(criteria.status, 200);
    assert.equal(criteria.body.name, 'Trouver un dispositif');
    const modes = criteria.body.criteria.find((criterion) => criterion.criterion === 'modes');
    assert.deepEqual(modes.options.map((option) => option.label), ['en présentiel', 'en ligne', 'hybride', 'par écrit', 'en allant vers les habitants']);
    const refused = await getJson('/api/format-finder/search?modes=praesenz&locale=fr');
    assert.equal(refused.status, 400);
    assert.match(refused.body.error.message, /"praesenz" is not an option; allowed: presentiel, en_ligne, hybride, ecrit, aller_vers/);
  });

  it('refuses a search body nested 5,000 deep with a 400 that names the limit', async () => {
    const response = await fetch(url('/api/format-finder/search'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"modes":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    });
    assert.equal(response.status, 400);
    assert.match((await response.json()).error.message, /nested more than 50 levels deep/);
  });
});

describe('double-opt-in in French: sign-up, confirmation mail, confirm, unsubscribe', () => {
  const person = { firstName: 'Camille', lastName: 'Durand', email: 'camille.durand@example.org' };
  const subscriber = () => app.strapi.db.query(SUBSCRIBER).findOne({ where: { emailNormalized: person.email } });
  let confirmationMail;

  it('shows the sign-up form in French with Beaulieu’s consent wording', async () => {
    const response = await fetch(url('/api/double-opt-in/subscribe?lang=fr'));
    const page = await response.text();
    assert.equal(response.status, 200);
    assert.match(page, /<html lang="fr">/);
    assert.match(page, /S’inscrire à « Beaulieu participe »/);
    assert.match(page, /Je souhaite recevoir par e-mail les occasions de participer à la vie de Beaulieu\./);
    assert.match(page, /<button type="submit">M’inscrire<\/button>/);
  });

  it('accepts a sign-up in French and answers in French', async () => {
    const response = await fetch(url('/api/double-opt-in/subscribe'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // The form was shown 5 s ago (the minimum fill time is 2 s); the honeypot "website" stays empty.
      body: JSON.stringify({ ...person, consent: true, locale: 'fr', startedAt: Date.now() - 5000, interests: ['mobilite'] }),
    });
    assert.equal(response.status, 202);
    const { data } = await response.json();
    assert.equal(data.message, 'Merci ! Consultez votre boîte de réception et confirmez l’inscription avec le lien reçu par e-mail.');
    assert.equal((await subscriber()).status, 'pending');
  });

  it('sends the confirmation mail in French, through SMTP, without list headers', async () => {
    [confirmationMail] = await catcher.waitFor(person.email);
    const { parsed } = confirmationMail;
    assert.equal(parsed.subject, 'Confirmez votre inscription à « Beaulieu participe »');
    assert.equal(parsed.from.value[0].address, 'participer@beaulieu.example');
    assert.match(parsed.text, /^Bonjour Camille Durand,/);
    assert.match(parsed.text, /Le lien est valable 48 heures :/);
    assert.match(parsed.html, /<html lang="fr">/);
    assert.equal(headerOf(confirmationMail, 'List-Unsubscribe'), undefined);
  });

  it('confirms only on the button: GET shows the page, its POST confirms', async () => {
    const link = linkIn(confirmationMail, '/api/double-opt-in/confirm?token=');
    assert.ok(link.startsWith(`${app.baseUrl}/`), `the link points elsewhere: ${link}`);

    const response = await fetch(link);
    const page = await response.text();
    assert.equal(response.status, 200);
    assert.match(page, /<h1>Confirmer l’inscription<\/h1>/);
    assert.match(page, /<button type="submit">Confirmer mon inscription<\/button>/);
    assert.equal((await subscriber()).status, 'pending', 'opening the link confirmed');

    // Submit the page's form as a browser would.
    const action = page.match(/<form method="post" action="([^"]+)">/)[1].replaceAll('&amp;', '&');
    const fields = Object.fromEntries([...page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((match) => [match[1], match[2]]));
    assert.ok(fields.token, 'no token in the form');
    const confirmed = await fetch(url(action), { method: 'POST', body: new URLSearchParams(fields) });
    const done = await confirmed.text();
    assert.equal(confirmed.status, 200);
    assert.match(done, /<html lang="fr">/);
    assert.match(done, /Inscription confirmée/);
    assert.equal((await subscriber()).status, 'confirmed');

    const again = await fetch(url(action), { method: 'POST', body: new URLSearchParams(fields) });
    assert.match(await again.text(), /Ce lien n’est pas valable/, 'a confirmation link works twice');
  });

  it('unsubscribes with one click from a French mailing (RFC 8058)', async () => {
    // An editor writes a mailing in French and starts it (the admin page's start button calls this service).
    const mailing = await app.strapi.documents(MAILING).create({
      data: { title: 'Nouvelles de mars', subject: 'Nouvelles de Beaulieu, {{firstName}}', body: 'Le **jeudi 12 mars**, atelier sur la place du marché.', language: 'fr' },
    });
    await app.strapi.plugin('double-opt-in').service('mailings').start(mailing.documentId);
    const [, news] = await catcher.waitFor(person.email, 2);
    assert.equal(news.parsed.subject, 'Nouvelles de Beaulieu, Camille');
    assert.match(news.parsed.text, /Vous recevez cet e-mail car vous êtes inscrit à « Beaulieu participe »\.\nSe désinscrire : http/);
    assert.equal(headerOf(news, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
    const target = String(headerOf(news, 'List-Unsubscribe')).replace(/^<|>$/g, '');
    assert.ok(target.startsWith(`${app.baseUrl}/api/double-opt-in/unsubscribe?token=`), target);

    // The link in the footer opens a page with a button; opening it changes nothing.
    const page = await fetch(linkIn(news, '/api/double-opt-in/unsubscribe?token='));
    assert.match(await page.text(), /<button type="submit">Me désinscrire<\/button>/);
    assert.equal((await subscriber()).status, 'confirmed');

    // What a mail client does with List-Unsubscribe-Post: one POST, no cookie, no redirect.
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    });
    assert.equal(response.status, 200);
    const gone = await subscriber();
    assert.equal(gone.status, 'unsubscribed');

    const events = await app.strapi.db.query(CONSENT_EVENT).findMany({ where: { subscriber: { id: gone.id } }, orderBy: { id: 'asc' } });
    assert.deepEqual(
      events.map((event) => [event.type, event.language]),
      [
        ['signup', 'fr'],
        ['confirmation', 'fr'],
        ['unsubscribe', 'fr'],
      ],
    );
    assert.match(events[0].consentText, /^Je souhaite recevoir par e-mail/);
  });
});
