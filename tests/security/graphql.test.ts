/**
 * GraphQL and JSON bodies that once ran a 384 MB instance out of heap or answered 500: each is now
 * refused with a 400 naming its limit, fast, while the instance keeps answering `/_health`.
 */
import { appDir, expectAlive, graphql, healthDuring, http, instanceUrls, proxyUrl, type Answer } from './support';

const [instance] = instanceUrls;
const heavyFormats = 'participationFormats(pagination: { pageSize: 100 }) { name description toolkitDocuments { title formats { name } } }';
const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, n) => `a${n}: ${field}`).join(' ')} }`;
const deepList = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function expectNoInternals(answer: Answer): void {
  expect(answer.text).not.toMatch(/stacktrace|node_modules|at [\w.<>]+ \(/);
  expect(answer.text).not.toContain(appDir);
}

describe('GraphQL requests an attacker sends', () => {
  it.each([
    ['200 aliases of the formats list with nested lists (24 KB)', aliases(200, heavyFormats), /Aliases limit of 30 exceeded, found 200/],
    ['2,000 aliases of formatFinder', aliases(2000, 'formatFinder(input: { modes: ["online"] }) { data { slug name criteria { reason } } }'), /more th\w+ 5000 tokens/],
    ['one list of 100 formats with 25 documents of 25 formats each', `{ ${heavyFormats} }`, /may load 65100 objects .*at most 10000 are allowed/],
  ])('refuses %s with a 400 in well under a second, /_health answering meanwhile', async (_name, query, message) => {
    const { result: answer, maxMs } = await healthDuring(instance, () => graphql(query, {}, instance));
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].message).toMatch(message);
    expect(answer.ms).toBeLessThan(1000);
    expect(maxMs).toBeLessThan(1000);
    expectNoInternals(answer);
    await expectAlive(instance);
  });

  it('refuses the same through the proxy', async () => {
    const answer = await graphql(aliases(200, heavyFormats));
    expect(answer.status).toBe(400);
    expect(answer.ms).toBeLessThan(1000);
  });

  it('refuses ten such requests at once without stalling the instance', async () => {
    const query = aliases(200, heavyFormats);
    const { result: answers, maxMs } = await healthDuring(instance, () => Promise.all(Array.from({ length: 10 }, () => graphql(query, {}, instance))));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(400));
    expect(maxMs).toBeLessThan(1000);
    for (const base of instanceUrls) await expectAlive(base);
  });

  it.each([
    ['cyclic fragments', '{ participationFormats { ...A } } fragment A on ParticipationFormat { name ...B } fragment B on ParticipationFormat { slug ...A }'],
    ['a fragment spreading itself', '{ participationFormats { ...A } } fragment A on ParticipationFormat { name ...A }'],
    ['an unknown fragment', '{ participationFormats { ...Missing } }'],
    ['depth past the limit', `{ participationFormats { ${'toolkitDocuments { formats { '.repeat(6)}name${' } }'.repeat(6)} } }`],
  ])('answers %s with a 400, without internals', async (_name, query) => {
    const answer = await graphql(query, {}, instance);
    expect(answer.status).toBe(400);
    expectNoInternals(answer);
  });

  it('answers variables nested 5,000 deep with a 400 naming the limit', async () => {
    const body = `{"query":"query ($input: FormatFinderInput) { formatFinder(input: $input) { data { slug } } }","variables":{"input":{"goals":${deepList(5000)}}}}`;
    const answer = await http('POST', '/graphql', { base: instance, body });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].message).toMatch(/nested more than 50 levels deep/);
    expectNoInternals(answer);
  });

  it('still answers a legitimate query', async () => {
    const answer = await graphql('{ participationFormats(pagination: { pageSize: 100 }) { slug toolkitDocuments { title } pilotMunicipalities { name } } }');
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.participationFormats.length).toBeGreaterThan(0);
  });
});

describe('JSON bodies nested 5,000 deep on REST', () => {
  it.each([
    ['the finder search', '/api/format-finder/search', `{"goals":${deepList(5000)}}`],
    ['the pool sign-up', '/api/double-opt-in/subscribe', `{"email":"tief@example.org","interests":${deepList(5000)}}`],
    ['the finder search, an object', '/api/format-finder/search', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`],
  ])('answers %s with a 400 naming the limit', async (_name, path, body) => {
    for (const base of [instance, proxyUrl]) {
      const answer = await http('POST', path, { base, body });
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toMatch(/nested more than 50 levels deep; at most 50 levels are allowed/);
      expectNoInternals(answer);
    }
  });

  it('leaves both instances alive', async () => {
    for (const base of [...instanceUrls, proxyUrl]) await expectAlive(base);
  });
});
