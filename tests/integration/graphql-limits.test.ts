import request from 'supertest';
import { runSeed } from '../../src/seed';
import { startTestApp, type TestApp } from '../harness/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp('graphql-limits');
  await runSeed(app.strapi);
  await app.strapi.plugin('format-finder').service('format-index').rebuild();
});

afterAll(async () => {
  await app?.stop();
});

type Answer = { status: number; body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }; text: string };

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await request(app.server).post('/graphql').send({ query, variables });
  return { status: res.status, body: res.body, text: res.text };
}

const heavyFormats = 'participationFormats(pagination: { pageSize: 100 }) { name description toolkitDocuments { title formats { name } } }';
const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, n) => `a${n}: ${field}`).join(' ')} }`;
/** JSON nested `depth` deep, as text: building it as an object and stringifying would recurse. */
const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('GraphQL cost limits', () => {
  it('refuses 200 aliases of the formats list with a 400 naming the alias limit', async () => {
    const answer = await graphql(aliases(200, heavyFormats));
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].message).toMatch(/Aliases limit of 30 exceeded, found 200/);
  });

  it('refuses 2,000 aliases of formatFinder with a 400 naming the token limit', async () => {
    const answer = await graphql(aliases(2000, 'formatFinder(input: { modes: ["online"] }) { data { slug } }'));
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].message).toMatch(/Document contains more th\w+ 5000 tokens/);
  });

  it('refuses 31 cheap aliases, but answers 30', async () => {
    expect((await graphql(aliases(31, 'pilotMunicipalities { name }'))).status).toBe(400);
    const allowed = await graphql(aliases(30, 'pilotMunicipalities { name }'));
    expect(allowed.status).toBe(200);
    expect(allowed.body.errors).toBeUndefined();
  });

  it('refuses a query whose page sizes multiply past the cost limit, also through variables', async () => {
    const answer = await graphql(`{ ${heavyFormats} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].message).toMatch(/may load 65100 objects .*; at most 10000 are allowed/);

    const viaVariables = await graphql('query ($p: PaginationArg) { participationFormats(pagination: $p) { toolkitDocuments(pagination: $p) { formats(pagination: $p) { name } } } }', {
      p: { pageSize: 30 },
    });
    expect(viaVariables.status).toBe(400);
    expect(viaVariables.body.errors![0].message).toMatch(/may load 27930 objects/);
  });

  it('refuses too many directives', async () => {
    const answer = await graphql(`{ pilotMunicipalities { ${'name @include(if: true) '.repeat(21)} } }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].message).toMatch(/Directives limit of 20 exceeded, found 21/);
  });

  it.each([
    ['cyclic fragments', '{ participationFormats { ...A } } fragment A on ParticipationFormat { name ...B } fragment B on ParticipationFormat { slug ...A }', /Cannot spread fragment "A" within itself/],
    ['a fragment spreading itself', '{ participationFormats { ...A } } fragment A on ParticipationFormat { name ...A }', /Cannot spread fragment "A" within itself/],
    ['an unknown fragment', '{ participationFormats { ...Missing } }', /Unknown fragment "Missing"/],
    ['depth past 10', `{ participationFormats { ${'toolkitDocuments { formats { '.repeat(5)}name${' } }'.repeat(5)} } }`, /exceeds maximum operation depth of 10/],
  ])('answers %s with a 400', async (_name, query, message) => {
    const answer = await graphql(query);
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].message).toMatch(message);
    expect(answer.text).not.toMatch(/stacktrace/);
  });

  it('refuses variables nested deeper than 50 with a 400 naming the limit', async () => {
    const res = await request(app.server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(`{"query":"query ($input: FormatFinderInput) { formatFinder(input: $input) { data { slug } } }","variables":{"input":{"goals":${deepJson(5000)}}}}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toBe('The variables object is nested more than 50 levels deep; at most 50 levels are allowed');
  });

  it('still answers the queries the project itself sends', async () => {
    const queries: Array<[string, Record<string, unknown>?]> = [
      [
        `{ participationFormats_connection(pagination: { pageSize: 100 }) { pageInfo { total } nodes { slug } }
           toolkitDocuments { slug title files { url mime } }
           pilotMunicipalities(sort: "name:asc") { name federalState } }`,
      ],
      ['{ participationFormats(pagination: { pageSize: 100 }, sort: "slug") { documentId } }'],
      [
        'query ($slug: String!) { participationFormats(locale: "en", filters: { slug: { eq: $slug } }) { name locale modes goals pilotMunicipalities { name } toolkitDocuments { title } } }',
        { slug: 'digitaler-buergerdialog' },
      ],
      [
        `query ($input: FormatFinderInput) { formatFinder(input: $input) {
           data { slug score criteria { criterion status reason } }
           meta { locale pagination { total } facets { criterion options { code count } } relaxation { suggestions { drop count } } } } }`,
        { input: { goals: ['ideen_vorschlaege'], modes: ['online'], participants: 40 } },
      ],
      ['{ participationOpportunitySearch(attendance: ["online", "hybrid"], pageSize: 2) { data { slug onlineLink currentStatus dates { start timeZone } } pagination { total pageCount } } }'],
      ['{ __schema { queryType { name } types { name fields { name } } } }'],
    ];
    for (const [query, variables] of queries) {
      const answer = await graphql(query, variables);
      expect({ query, status: answer.status, errors: answer.body.errors }).toEqual({ query, status: 200, errors: undefined });
    }
  });
});

describe('deep JSON bodies on REST', () => {
  it.each([
    ['the finder search', '/api/format-finder/search', (deep: string) => `{"goals":${deep}}`],
    ['the pool sign-up', '/api/double-opt-in/subscribe', (deep: string) => `{"email":"a@example.org","interests":${deep}}`],
    ['a deep object', '/api/format-finder/search', () => `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`],
  ])('answers %s nested 5,000 deep with a 400 naming the limit', async (_name, path, body) => {
    const res = await request(app.server).post(path).set('content-type', 'application/json').send(body(deepJson(5000)));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ name: 'ValidationError', message: 'The request body is nested more than 50 levels deep; at most 50 levels are allowed' });
    expect(res.text).not.toMatch(/stack|\/work\//);
  });

  it('lets ordinary bodies through', async () => {
    const res = await request(app.server).post('/api/format-finder/search').send({ goals: ['ideen_vorschlaege'], modes: ['online'] });
    expect(res.status).toBe(200);
  });
});
