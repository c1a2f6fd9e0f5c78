import { buildSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { operationCost, requestedPageSize } from '../../src/graphql/query-cost';
import { jsonDepth } from '../../src/domain/json-depth';
import { apolloLimitOptions, graphqlLimitsFromEnv } from '../../src/graphql/limits';

// The shapes Strapi generates: lists with `pagination`, connections with `nodes`, and a custom query with `input`.
const schema = buildSchema(`
  input PaginationArg { page: Int pageSize: Int start: Int limit: Int }
  input FinderInput { pageSize: Int goals: [String] }
  type Document { title: String formats(pagination: PaginationArg): [Format]! }
  type Format { name: String modes: [String] toolkitDocuments(pagination: PaginationArg): [Document]! }
  type PageInfo { total: Int }
  type FormatConnection { nodes: [Format!]! pageInfo: PageInfo! }
  type Match { slug: String }
  type FinderAnswer { data: [Match!]! }
  type Query {
    formats(pagination: PaginationArg): [Format]!
    format(slug: String): Format
    formats_connection(pagination: PaginationArg): FormatConnection
    finder(input: FinderInput): FinderAnswer!
    search(pageSize: Int): [Match!]!
  }
`);
const options = { defaultListSize: 25, maxListSize: 100 };

function cost(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition') as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === 'FragmentDefinition').map((fragment) => [fragment.name.value, fragment]),
  );
  return operationCost(schema, operation, fragments, variables, options);
}

describe('operationCost', () => {
  it('counts the objects of one list at its page size, the default when none is given', () => {
    expect(cost('{ formats(pagination: { pageSize: 10 }) { name } }')).toBe(10);
    expect(cost('{ formats { name modes } }')).toBe(25);
    expect(cost('{ format(slug: "a") { name } }')).toBe(1);
  });

  it('multiplies a list inside a list', () => {
    // 100 formats, each with 25 documents, each with 25 formats.
    expect(cost('{ formats(pagination: { pageSize: 100 }) { name toolkitDocuments { title formats { name } } } }')).toBe(100 * (1 + 25 * (1 + 25)));
    expect(cost('{ formats(pagination: { pageSize: 2 }) { toolkitDocuments(pagination: { limit: 3 }) { title } } }')).toBe(2 * (1 + 3));
  });

  it('adds aliases', () => {
    const alias = (n: number) => `a${n}: formats(pagination: { pageSize: 100 }) { name }`;
    expect(cost(`{ ${Array.from({ length: 200 }, (_, n) => alias(n)).join(' ')} }`)).toBe(200 * 100);
  });

  it('reads page sizes from variables and caps them at the maximum', () => {
    expect(cost('query ($size: Int) { formats(pagination: { pageSize: $size }) { name } }', { size: 7 })).toBe(7);
    expect(cost('query ($p: PaginationArg) { formats(pagination: $p) { name } }', { p: { pageSize: 5000 } })).toBe(100);
    // Strapi reads a limit of -1 as "all": as many as the maximum.
    expect(cost('{ formats(pagination: { limit: -1 }) { name } }')).toBe(100);
  });

  it('gives a connection`s page size to its nodes', () => {
    expect(cost('{ formats_connection(pagination: { pageSize: 100 }) { pageInfo { total } nodes { name } } }')).toBe(1 + 1 + 100);
    expect(cost('{ formats_connection { nodes { name } } }')).toBe(1 + 25);
  });

  it('reads pageSize from a custom query`s arguments or its input', () => {
    expect(cost('{ search(pageSize: 2) { slug } }')).toBe(2);
    expect(cost('{ finder(input: { pageSize: 4 }) { data { slug } } }')).toBe(1 + 4);
    expect(cost('{ finder { data { slug } } }')).toBe(1 + 25);
  });

  it('costs fragments where they are spread, once each, in linear time', () => {
    expect(cost('{ formats(pagination: { pageSize: 4 }) { ...F } } fragment F on Format { toolkitDocuments(pagination: { pageSize: 2 }) { title } }')).toBe(4 * (1 + 2));
    expect(cost('{ formats(pagination: { pageSize: 4 }) { ... on Format { toolkitDocuments(pagination: { pageSize: 2 }) { title } } } }')).toBe(4 * (1 + 2));
    // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^30 fields if expanded.
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, n) => `fragment F${n} on Format { a: name ${n + 1 < levels ? `...F${n + 1} ...F${n + 1}` : ''} toolkitDocuments(pagination: { pageSize: 1 }) { title } }`);
    const started = Date.now();
    expect(cost(`{ format { ...F0 } } ${fragments.join(' ')}`)).toBe(1 + (2 ** levels - 1));
    expect(Date.now() - started).toBeLessThan(200);
  });
});

describe('requestedPageSize', () => {
  it('finds pagination.pageSize, pagination.limit, pageSize, limit and input.pageSize', () => {
    expect(requestedPageSize({ pagination: { pageSize: 3 } })).toBe(3);
    expect(requestedPageSize({ pagination: { limit: 4 } })).toBe(4);
    expect(requestedPageSize({ pageSize: 5 })).toBe(5);
    expect(requestedPageSize({ input: { pageSize: 6 } })).toBe(6);
    expect(requestedPageSize({ filters: { pageSize: 7 } })).toBeUndefined();
  });
});

describe('jsonDepth', () => {
  it('counts nesting of objects and arrays', () => {
    expect(jsonDepth('x')).toBe(0);
    expect(jsonDepth(null)).toBe(0);
    expect(jsonDepth({})).toBe(1);
    expect(jsonDepth({ a: [1, { b: 2 }] })).toBe(3);
  });

  it('walks 100,000 levels without recursion and stops early above the bound', () => {
    let deep: unknown = {};
    for (let level = 0; level < 100_000; level += 1) deep = { a: deep };
    expect(jsonDepth(deep)).toBe(100_001);
    expect(jsonDepth(deep, 50)).toBe(51);
    expect(jsonDepth(JSON.parse('['.repeat(5000) + ']'.repeat(5000)), 50)).toBe(51);
  });
});

describe('graphqlLimitsFromEnv and the Apollo options', () => {
  const envOf = (values: Record<string, string>) => {
    const env = (name: string, fallback?: string) => values[name] ?? fallback;
    env.int = (name: string, fallback: number) => (values[name] === undefined ? fallback : Number.parseInt(values[name], 10));
    env.bool = (name: string, fallback: boolean) => (values[name] === undefined ? fallback : values[name] === 'true');
    return env;
  };

  it('has the documented defaults and reads overrides', () => {
    expect(graphqlLimitsFromEnv(envOf({}))).toMatchObject({ maxTokens: 5000, maxAliases: 30, maxDirectives: 20, maxCost: 10000, maxVariablesDepth: 50, depthLimit: 10 });
    expect(graphqlLimitsFromEnv(envOf({ GRAPHQL_MAX_ALIASES: '5', GRAPHQL_MAX_COST: '99' }))).toMatchObject({ maxAliases: 5, maxCost: 99 });
  });

  it('sends stack traces only in development', () => {
    expect(apolloLimitOptions(graphqlLimitsFromEnv(envOf({ NODE_ENV: 'production' }))).includeStacktraceInErrorResponses).toBe(false);
    expect(apolloLimitOptions(graphqlLimitsFromEnv(envOf({ NODE_ENV: 'test' }))).includeStacktraceInErrorResponses).toBe(false);
    expect(apolloLimitOptions(graphqlLimitsFromEnv(envOf({ NODE_ENV: 'development' }))).includeStacktraceInErrorResponses).toBe(true);
    expect(apolloLimitOptions(graphqlLimitsFromEnv(envOf({}))).includeStacktraceInErrorResponses).toBe(true);
  });

  it('keeps an unexpected error`s own message and stack out of the answer outside development', async () => {
    const [plugin] = apolloLimitOptions(graphqlLimitsFromEnv(envOf({ NODE_ENV: 'production' }))).plugins;
    const listener = await plugin.requestDidStart();
    const errors = [
      { message: 'Internal Server Error', extensions: { code: 'INTERNAL_SERVER_ERROR', error: { name: 'error', message: 'relation "x" does not exist at /srv/app/node_modules/knex' }, stacktrace: ['at /srv/app'] } },
      { message: 'Forbidden access', extensions: { code: 'FORBIDDEN', error: { name: 'ForbiddenError', message: 'Forbidden access' } } },
    ];
    await listener.willSendResponse({ response: { body: { kind: 'single', singleResult: { errors } } } });
    expect(errors).toEqual([
      { message: 'Internal Server Error', extensions: { code: 'INTERNAL_SERVER_ERROR', error: { name: 'InternalServerError', message: 'Internal Server Error' } } },
      { message: 'Forbidden access', extensions: { code: 'FORBIDDEN', error: { name: 'ForbiddenError', message: 'Forbidden access' } } },
    ]);
  });
});
