import request from 'supertest';
import { PARTICIPATION_FORMAT } from '../../src/content-types';
import { runSeed } from '../../src/seed';
import { startTestApp, type TestApp } from '../harness/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp('format-finder');
  await runSeed(app.strapi);
  await app.strapi.plugin('format-finder').service('format-index').rebuild();
});

afterAll(async () => {
  await app?.stop();
});

const search = (query: Record<string, string | number>) => request(app.server).get('/api/format-finder/search').query(query);

/** The finder rebuilds shortly after a change; wait until the answer shows it (bounded). */
async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  return value;
}

const eveningOnline = {
  goals: 'ideen_vorschlaege',
  targetGroups: 'allgemeine_oeffentlichkeit',
  participants: 40,
  modes: 'online',
  duration: 'stunden',
  budget: 'von_1000_bis_5000',
};

describe('GET /api/format-finder/search', () => {
  it('puts the digital citizens’ dialogue and other online formats on top for an online evening with 40 people', async () => {
    const res = await search(eveningOnline).expect(200);
    const top = res.body.data.slice(0, 5);
    expect(top.map((match: { slug: string }) => match.slug).slice(0, 3)).toContain('digitaler-buergerdialog');
    for (const match of top) {
      const modes = match.criteria.find((criterion: { criterion: string }) => criterion.criterion === 'modes');
      expect(['matched', 'partly']).toContain(modes.status);
    }
    const dialogue = res.body.data.find((match: { slug: string }) => match.slug === 'digitaler-buergerdialog');
    expect(dialogue.score).toBeGreaterThanOrEqual(90);
    expect(dialogue.criteria).toEqual(
      expect.arrayContaining([
        { criterion: 'participants', status: 'matched', must: false, reason: 'Für 40 Personen geeignet (bis 75 Personen).' },
        { criterion: 'modes', status: 'matched', must: false, reason: 'Durchführbar als Online.' },
      ]),
    );
    expect(res.body.meta).toMatchObject({ locale: 'de', pagination: { page: 1, pageSize: 10, total: 46 } });
    const scores = res.body.data.map((match: { score: number }) => match.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
  });

  it('answers in English with locale=en', async () => {
    const res = await search({ ...eveningOnline, locale: 'en' }).expect(200);
    const dialogue = res.body.data.find((match: { slug: string }) => match.slug === 'digitaler-buergerdialog');
    expect(dialogue.name).toBe("Digital citizens' dialogue (Bertelsmann format)");
    expect(dialogue.criteria.find((c: { criterion: string }) => c.criterion === 'participants').reason).toBe('Suits 40 people (up to 75 people).');
  });

  it('counts facets per option, ignoring the criterion’s own selection', async () => {
    const res = await search({ modes: 'online', must: 'modes' }).expect(200);
    const onlineCount = res.body.meta.pagination.total;
    expect(res.body.meta.facets.modes.online).toBe(onlineCount);
    const inPerson = await search({ modes: 'praesenz', must: 'modes' }).expect(200);
    expect(res.body.meta.facets.modes.praesenz).toBe(inPerson.body.meta.pagination.total);
    const withGoal = await search({ modes: 'online', goals: 'konflikte_abbauen', must: 'modes,goals' }).expect(200);
    expect(res.body.meta.facets.goals.konflikte_abbauen).toBe(withGoal.body.meta.pagination.total);
  });

  it('suggests which must to drop for an impossible combination, with counts that hold', async () => {
    const impossible = { modes: 'online', participants: 2000, duration: 'stunden', conflict: 'verhaertet', must: 'modes,participants,duration,conflict' };
    const res = await search(impossible).expect(200);
    expect(res.body.meta.pagination.total).toBe(0);
    const { suggestions, nearMisses, minResults } = res.body.meta.relaxation;
    expect(minResults).toBe(3);
    expect(suggestions).toHaveLength(4);
    for (const { drop, count } of suggestions) {
      const remaining = impossible.must.split(',').filter((must) => must !== drop).join(',');
      const relaxed = await search({ ...impossible, must: remaining }).expect(200);
      expect(relaxed.body.meta.pagination.total).toBe(count);
    }
    expect(nearMisses.length).toBeGreaterThan(0);
    for (const miss of nearMisses) {
      expect(miss.nearMiss).toBe(true);
      expect(miss.failedMusts.length).toBeGreaterThan(0);
    }
  });

  it.each([
    [{ colour: 'red' }, 'colour', /unknown parameter colour; allowed: goals, level, modes/],
    [{ modes: 'online,fax' }, 'modes', /modes\[1\]: "fax" is not an option; allowed: praesenz, online, hybrid, schriftlich, aufsuchend/],
    [{ participants: -5 }, 'participants', /participants must be a whole number from 1/],
    [{ duration: 'ewig' }, 'duration', /allowed: stunden, tag, mehrtaegig, wochen_monate, fortlaufend/],
    [{ must: 'budget' }, 'must', /must names budget, but the search gives no value/],
  ])('answers %j with 400 naming the field', async (query, field, message) => {
    const res = await search(query as Record<string, string | number>).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.details.errors[0].path[0]).toBe(field);
  });

  it('offers the same search as POST with a JSON body', async () => {
    const body = { ...eveningOnline, goals: ['ideen_vorschlaege'], targetGroups: ['allgemeine_oeffentlichkeit'], modes: ['online'] };
    const viaPost = await request(app.server).post('/api/format-finder/search').send(body).expect(200);
    const viaGet = await search(eveningOnline).expect(200);
    expect(viaPost.body).toEqual(viaGet.body);
    await request(app.server).post('/api/format-finder/search').send({ ...body, extra: 1 }).expect(400);
  });

  it('lists the criteria with labels for a search form', async () => {
    const res = await request(app.server).get('/api/format-finder/criteria').query({ locale: 'en' }).expect(200);
    const modes = res.body.criteria.find((criterion: { criterion: string }) => criterion.criterion === 'modes');
    expect(modes.options).toContainEqual({ code: 'praesenz', label: 'In person' });
  });
});

describe('GraphQL formatFinder', () => {
  it('answers with the same ranking as REST', async () => {
    const query = `query ($input: FormatFinderInput) {
      formatFinder(input: $input) {
        data { slug score criteria { criterion status reason } }
        meta { locale pagination { total } facets { criterion options { code count } } relaxation { suggestions { drop count } } }
      }
    }`;
    const input = { goals: ['ideen_vorschlaege'], targetGroups: ['allgemeine_oeffentlichkeit'], participants: 40, modes: ['online'], duration: 'stunden', budget: 'von_1000_bis_5000' };
    const gql = await request(app.server).post('/graphql').send({ query, variables: { input } }).expect(200);
    expect(gql.body.errors).toBeUndefined();
    const rest = await search(eveningOnline).expect(200);
    expect(gql.body.data.formatFinder.data.map((match: { slug: string }) => match.slug)).toEqual(rest.body.data.map((match: { slug: string }) => match.slug));
    expect(gql.body.data.formatFinder.data[0].criteria[0].reason).toBe(rest.body.data[0].criteria[0].reason);
    const modes = gql.body.data.formatFinder.meta.facets.find((facet: { criterion: string }) => facet.criterion === 'modes');
    expect(modes.options.find((option: { code: string }) => option.code === 'online').count).toBe(rest.body.meta.facets.modes.online);
  });

  it('refuses bad input with the same message as REST', async () => {
    const gql = await request(app.server)
      .post('/graphql')
      .send({ query: '{ formatFinder(input: { modes: ["fax"] }) { data { slug } } }' })
      .expect(200);
    expect(gql.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(gql.body.errors[0].message).toMatch(/modes\[0\]: "fax" is not an option; allowed: praesenz/);
  });
});

describe('public access', () => {
  it('lets the public search but not reach the admin routes or write anything', async () => {
    await request(app.server).post('/format-finder/search').send({}).expect(401);
    await request(app.server).get('/format-finder/index-status').expect(401);
    await request(app.server).put('/api/format-finder/search').send({}).expect(405);
    await request(app.server).delete('/api/format-finder/search').expect(405);
  });
});

describe('index freshness', () => {
  const formats = () => app.strapi.documents(PARTICIPATION_FORMAT);
  const rankOf = async (slug: string, query: Record<string, string | number>) => {
    const res = await search({ ...query, pageSize: 50 }).expect(200);
    return res.body.data.findIndex((match: { slug: string }) => match.slug === slug);
  };

  it('reflects an edit, an unpublish and a publish in the next answers', async () => {
    const query = { modes: 'schriftlich', must: 'modes' };
    expect(await rankOf('world-cafe', query)).toBe(-1);

    const cafe = (await formats().findFirst({ filters: { slug: 'world-cafe' }, locale: 'de' } as never)) as unknown as { documentId: string };
    await formats().update({ documentId: cafe.documentId, locale: 'de', data: { modes: ['praesenz', 'schriftlich'] } } as never);
    await formats().publish({ documentId: cafe.documentId, locale: 'de' } as never);
    expect(await eventually(() => rankOf('world-cafe', query), (rank) => rank >= 0)).toBeGreaterThanOrEqual(0);

    await formats().unpublish({ documentId: cafe.documentId, locale: 'de' } as never);
    expect(await eventually(() => rankOf('world-cafe', { pageSize: 50 }), (rank) => rank === -1)).toBe(-1);
    const all = await search({ pageSize: 50 }).expect(200);
    expect(all.body.meta.pagination.total).toBe(45);

    await formats().publish({ documentId: cafe.documentId, locale: 'de' } as never);
    expect(await eventually(() => search({}).then((res) => res.body.meta.pagination.total), (total) => total === 46)).toBe(46);
  });

  it('notices a change made by another instance on the same database within 5 seconds', async () => {
    // Another instance's write reaches this one only through the database: change rows directly.
    const table = app.strapi.db.metadata.get(PARTICIPATION_FORMAT as never).tableName;
    // Let rebuilds from earlier writes on this instance settle, so only the sync can see this one.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = Date.now();
    await app.strapi.db.getConnection(table).where({ slug: 'fishbowl', locale: 'de' }).whereNotNull('published_at').delete();
    const total = await eventually(() => search({}).then((res) => res.body.meta.pagination.total), (value) => value === 45, 5000);
    expect(total).toBe(45);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
