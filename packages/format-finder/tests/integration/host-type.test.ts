import request from 'supertest';
import type { TestApp } from '@mitwirken/strapi-testing';
import { startHostApp } from '../harness/host-app';

/** The finder over a host's own type (api::method.method) whose attributes are named differently. */
const METHOD = 'api::method.method';
let app: TestApp;

const methods = () => app.strapi.documents(METHOD as never);
const search = (query: Record<string, string | number>) => request(app.server).get('/api/format-finder/search').query(query);

async function createMethod(data: Record<string, unknown>, publish = true): Promise<string> {
  const created = await methods().create({ data, locale: 'en' } as never);
  const documentId = (created as { documentId: string }).documentId;
  if (publish) await methods().publish({ documentId, locale: 'en' } as never);
  return documentId;
}

/** The index follows edits within its sync interval; wait for it instead of sleeping a fixed time. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('the finder did not follow the change in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  app = await startHostApp('host-type');
  const common = { depth: ['consult'], smallestGroup: 10, largestGroup: 60, timeNeeded: 'hours', conflict: 'calm', stages: [], audiences: [] };
  const walk = await createMethod({ ...common, title: 'Neighbourhood walk', handle: 'neighbourhood-walk', purposes: ['ideas'], channels: ['in_person'] });
  await createMethod({ ...common, title: 'Online ideas board', handle: 'online-ideas-board', purposes: ['ideas'], channels: ['online'], largestGroup: 500 });
  await createMethod({ ...common, title: 'Citizens jury', handle: 'citizens-jury', purposes: ['decide'], channels: ['in_person'], timeNeeded: 'days', depth: ['collaborate'] });
  await createMethod({ ...common, title: 'Unfinished draft', handle: 'unfinished-draft', purposes: ['ideas'], channels: ['online'] }, false);
  await methods().update({ documentId: walk, locale: 'de', data: { title: 'Stadtteilspaziergang', teaser: 'Gemeinsam durch das Viertel' } } as never);
  await methods().publish({ documentId: walk, locale: 'de' } as never);
});

afterAll(async () => {
  await app?.stop();
});

describe('the finder on a type the host names', () => {
  it('orders, compares, exports and plans on a type without primary level, provenance or sources', async () => {
    const ranked = await search({ goals: 'ideas', participants: 40 }).expect(200);
    for (const match of ranked.body.data) expect(match.order.at(-1)).toEqual(expect.objectContaining({ step: expect.stringMatching(/^(provenance|tie)$/) }));
    expect(ranked.body.data[0].order.find((step: { step: string }) => step.step === 'provenance').reason).toBe('No information on where the facts come from.');

    const compared = await request(app.server).get('/api/format-finder/compare').query({ slugs: 'neighbourhood-walk,citizens-jury', goals: 'ideas' }).expect(200);
    const goals = compared.body.data.facts.find((fact: { fact: string }) => fact.fact === 'goals');
    expect(goals.cells.map((cell: { value: string; mark: string }) => [cell.value, cell.mark])).toEqual([['collect ideas', '✓'], ['decide together', '✗']]);
    expect(compared.body.data.facts.map((fact: { fact: string }) => fact.fact)).not.toContain('primaryLevel');

    const csv = await request(app.server).get('/api/format-finder/shortlist.csv').query({ slugs: 'citizens-jury' }).expect(200);
    expect(csv.text.split('\r\n')[1]).toMatch(/^1,Citizens jury,citizens-jury,100,/);

    // The shipped phases are neutral and add nothing: each phase is answered by the situation alone.
    const plan = await request(app.server).get('/api/format-finder/plan').query({ phases: 'informing,co-deciding', goals: 'ideas' }).expect(200);
    expect(plan.body.data.map((phase: { label: string }) => phase.label)).toEqual(['Inform', 'Co-decide']);
    await request(app.server).get('/api/format-finder/plan').query({ phases: 'inform' }).expect(400);
  });

  it('ranks the published methods by the host’s fields, with reasons in the host’s labels', async () => {
    const res = await search({ goals: 'ideas', modes: 'online', participants: 40 }).expect(200);
    const slugs = res.body.data.map((match: { slug: string }) => match.slug);
    expect(slugs[0]).toBe('online-ideas-board');
    expect(slugs).toEqual(expect.arrayContaining(['neighbourhood-walk', 'citizens-jury']));
    expect(slugs).not.toContain('unfinished-draft');
    const goals = res.body.data[0].criteria.find((criterion: { criterion: string }) => criterion.criterion === 'goals');
    expect(goals).toMatchObject({ status: 'matched', reason: 'Serves every goal asked for: collect ideas.' });
    expect(res.body.data[0].name).toBe('Online ideas board');
  });

  it('answers in the second locale from the translated entries and the shipped German texts', async () => {
    const res = await search({ goals: 'ideas', modes: 'in_person', locale: 'de' }).expect(200);
    expect(res.body.data.map((match: { name: string }) => match.name)).toEqual(['Stadtteilspaziergang']);
    const goals = res.body.data[0].criteria.find((criterion: { criterion: string }) => criterion.criterion === 'goals');
    expect(goals.reason).toContain('Ideen sammeln');
  });

  it('lists the host’s criteria and its own name for a search form', async () => {
    const res = await request(app.server).get('/api/format-finder/criteria').expect(200);
    expect(res.body.name).toBe('Method finder');
    const modes = res.body.criteria.find((criterion: { criterion: string }) => criterion.criterion === 'modes');
    expect(modes.options.map((option: { code: string }) => option.code)).toEqual(['in_person', 'online', 'hybrid']);
  });

  it('refuses a code the host’s list does not have, naming the field and what is allowed', async () => {
    const res = await search({ modes: 'praesenz' }).expect(400);
    expect(res.body.error.message).toMatch(/modes/);
    expect(res.body.error.message).toMatch(/in_person, online, hybrid/);
  });

  it('gives GraphQL the same ranking as REST', async () => {
    const query = 'query($input: FormatFinderInput!) { formatFinder(input: $input) { data { slug score } } }';
    const gql = await request(app.server).post('/graphql').send({ query, variables: { input: { goals: ['ideas'], modes: ['online'], participants: 40 } } }).expect(200);
    expect(gql.body.errors).toBeUndefined();
    const rest = await search({ goals: 'ideas', modes: 'online', participants: 40 }).expect(200);
    expect(gql.body.data.formatFinder.data).toEqual(rest.body.data.map((match: { slug: string; score: number }) => ({ slug: match.slug, score: match.score })));
  });

  it('follows a publication and an unpublication within its sync interval', async () => {
    const found = async (slug: string) => ((await search({ goals: 'inform' }).expect(200)).body.data as Array<{ slug: string }>).some((match) => match.slug === slug);
    const documentId = await createMethod({ title: 'Information evening', handle: 'information-evening', purposes: ['inform'], channels: ['in_person'], depth: ['inform'] });
    await eventually(() => found('information-evening'));
    await methods().unpublish({ documentId, locale: 'en' } as never);
    await eventually(async () => !(await found('information-evening')));
  });
});

describe('HTTP caching of the finder’s answers (httpCache)', () => {
  it('tags a search strongly and answers a matching If-None-Match with 304 without searching', async () => {
    const first = await search({ goals: 'ideas', modes: 'online' }).expect(200);
    expect(first.headers.etag).toMatch(/^"[^"]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=30, s-maxage=1, stale-while-revalidate=30');
    // The same search with its parameters in another order is the same answer.
    const reordered = await request(app.server).get('/api/format-finder/search?modes=online&goals=ideas').expect(200);
    expect(reordered.headers.etag).toBe(first.headers.etag);

    const finder = app.strapi.plugin('format-finder').service('finder') as { search: () => unknown };
    const spy = jest.spyOn(finder, 'search');
    try {
      const again = await search({ goals: 'ideas', modes: 'online' }).set('If-None-Match', `W/${first.headers.etag}`).expect(304);
      expect(again.text).toBe('');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    const criteria = await request(app.server).get('/api/format-finder/criteria').expect(200);
    expect(criteria.headers.etag).toBeTruthy();
  });

  it('answers public searches and criteria in the public-answers middleware as the route does, and passes credentials on to the route', async () => {
    // With credentials the route answers (personal: no tag, no-store); without, the middleware. Same bodies.
    const viaRoute = (path: string) => request(app.server).get(path).set('Authorization', 'Bearer whatever');
    for (const path of ['/api/format-finder/search?goals=ideas&modes=online,in_person&participants=40', '/api/format-finder/search?goals[0]=ideas&goals[1]=decide', '/api/format-finder/criteria?locale=de']) {
      const early = await request(app.server).get(path).expect(200);
      const routed = await viaRoute(path).expect(200);
      expect(early.body).toEqual(routed.body);
      expect(early.headers['content-type']).toBe(routed.headers['content-type']);
      expect(early.headers.etag).toBeTruthy();
      expect(routed.headers.etag).toBeUndefined();
      expect(routed.headers['cache-control']).toBe('no-store');
    }
    const refused = await search({ goals: 'no-such-goal' }).expect(400);
    expect(refused.body).toEqual((await viaRoute('/api/format-finder/search?goals=no-such-goal').expect(400)).body);
    expect(refused.headers.etag).toBeUndefined();

    const first = await search({ goals: 'ideas' }).expect(200);
    const tag = first.headers.etag;
    const held = await search({ goals: 'ideas' }).set('If-None-Match', tag).expect(304);
    expect(held.headers.etag).toBe(tag);
    expect(held.headers['cache-control']).toBe(first.headers['cache-control']);
    await request(app.server).head('/api/format-finder/search?goals=ideas').set('If-None-Match', tag).expect(304);
    const head = await request(app.server).head('/api/format-finder/search?goals=ideas').expect(200);
    expect(head.headers.etag).toBe(tag);
    // Another search or a stale tag: answered in full.
    expect((await search({ goals: 'decide' }).set('If-None-Match', tag).expect(200)).body.data).toBeDefined();
    await search({ goals: 'ideas' }).set('If-None-Match', '"stale"').expect(200);
    const withToken = await search({ goals: 'ideas' }).set('If-None-Match', tag).set('Authorization', 'Bearer whatever');
    expect(withToken.status).toBe(200);
    expect(withToken.headers['cache-control']).toBe('no-store');
    const criteria = await request(app.server).get('/api/format-finder/criteria').expect(200);
    await request(app.server).get('/api/format-finder/criteria').set('If-None-Match', criteria.headers.etag).expect(304);
    // A POST search is the route's.
    await request(app.server).post('/api/format-finder/search').send({ goals: ['ideas'] }).expect(200);
  });

  it('changes the tag when a method is published, and never tags an error or a request with credentials', async () => {
    const before = (await search({ goals: 'ideas' }).expect(200)).headers.etag;
    await createMethod({ title: 'Ideas fair', handle: 'ideas-fair', purposes: ['ideas'], channels: ['in_person'], depth: ['consult'], smallestGroup: 10, largestGroup: 60, timeNeeded: 'hours', conflict: 'calm', stages: [], audiences: [] });
    await eventually(async () => (await search({ goals: 'ideas' }).expect(200)).headers.etag !== before);

    const bad = await search({ goals: 'no-such-goal' }).expect(400);
    expect(bad.headers.etag).toBeUndefined();
    const withToken = await search({ goals: 'ideas' }).set('Authorization', 'Bearer whatever');
    expect(withToken.headers.etag).toBeUndefined();
    expect(withToken.headers['cache-control']).toBe('no-store');
  });
});
