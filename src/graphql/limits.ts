import { GraphQLError, Kind, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type DocumentNode, type ValidationContext } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { operationCost } from './query-cost';
import { jsonDepth, tooDeepMessage } from '../domain/json-depth';

/**
 * Bounds on one GraphQL request, each far above what the site, the tests and the benchmarks send
 * and far below what made a 384 MB instance run out of heap (README, "Security").
 */
export interface GraphqlLimits {
  /** Lexical tokens in the query text; checked while parsing, before any other work. */
  maxTokens: number;
  /** Aliased fields per operation (fragments included): aliases are how one request asks many times. */
  maxAliases: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Apollo's bound on fields counted through fragment spreads (a fragment spread 1,000 times counts 1,000 times). */
  maxSelections: number;
  /** Worst-case objects an operation may load (see ./query-cost). */
  maxCost: number;
  /** Nesting of the request's variables, like the REST bodies' bound. */
  maxVariablesDepth: number;
  /** Strapi's own limits, which the cost uses as list sizes. */
  depthLimit: number;
  defaultLimit: number;
  maxLimit: number;
  /** Stack traces in `extensions.stacktrace`: only while developing. */
  stacktraces: boolean;
}

type Env = {
  (name: string, fallback?: string): string | undefined;
  int(name: string, fallback: number): number;
  bool(name: string, fallback: boolean): boolean;
};

/** The limits from the environment (`GRAPHQL_MAX_*`), with the defaults documented in the README. */
export function graphqlLimitsFromEnv(env: Env): GraphqlLimits {
  return {
    maxTokens: env.int('GRAPHQL_MAX_TOKENS', 5000),
    maxAliases: env.int('GRAPHQL_MAX_ALIASES', 30),
    maxDirectives: env.int('GRAPHQL_MAX_DIRECTIVES', 20),
    maxSelections: env.int('GRAPHQL_MAX_SELECTIONS', 2000),
    maxCost: env.int('GRAPHQL_MAX_COST', 10000),
    maxVariablesDepth: env.int('GRAPHQL_MAX_VARIABLES_DEPTH', env.int('BODY_MAX_DEPTH', 50)),
    depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 10),
    defaultLimit: 25,
    maxLimit: 100,
    stacktraces: env.bool('GRAPHQL_STACKTRACES', (env('NODE_ENV') ?? 'development') === 'development'),
  };
}

/** The GraphQL plugin's own options among the limits: depth, and the page sizes the cost assumes. */
export function strapiLimits({ depthLimit, defaultLimit, maxLimit }: GraphqlLimits) {
  return { depthLimit, defaultLimit, maxLimit };
}

/** A refusal Apollo answers with HTTP 400, like its own validation errors. */
function refusal(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
}

/** Armor's rules throw unless told to report; a throw inside graphql-js validation becomes Apollo's 500. */
const report = [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)];

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

interface OperationContext {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation?: OperationDefinitionNode;
  request: { variables?: Record<string, unknown> };
}

interface SentErrors {
  response: { body: { kind: string; singleResult?: { errors?: Array<{ extensions?: Record<string, unknown> }> } } };
}

/**
 * Strapi's error formatter copies an unexpected error's own message (a database's, a stack
 * overflow's) into `extensions.error`; outside development the answer says only what failed.
 */
function scrubErrors({ response }: SentErrors, limits: GraphqlLimits): void {
  if (limits.stacktraces || response.body.kind !== 'single') return;
  for (const error of response.body.singleResult?.errors ?? []) {
    if (!error.extensions) continue;
    delete error.extensions.stacktrace;
    if (error.extensions.code === 'INTERNAL_SERVER_ERROR') {
      error.extensions.error = { name: 'InternalServerError', message: 'Internal Server Error' };
    }
  }
}

/**
 * Refuses deep variables and costly operations after validation, before anything is resolved,
 * and keeps internals out of the errors it sends.
 */
export function createLimitsPlugin(limits: GraphqlLimits) {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(sent: SentErrors) {
          scrubErrors(sent, limits);
        },
        async didResolveOperation({ schema, document, operation, request }: OperationContext) {
          const depth = jsonDepth(request.variables ?? {}, limits.maxVariablesDepth);
          if (depth > limits.maxVariablesDepth) throw refusal(tooDeepMessage('The variables object', limits.maxVariablesDepth));
          if (!operation) return;
          const cost = operationCost(schema, operation, fragmentsOf(document), request.variables, {
            defaultListSize: limits.defaultLimit,
            maxListSize: limits.maxLimit,
          });
          if (cost > limits.maxCost) {
            throw refusal(
              `The query may load ${cost} objects (page sizes multiplied through nested lists, ${limits.defaultLimit} where none is given); at most ${limits.maxCost} are allowed`,
            );
          }
        },
      };
    },
  };
}

/**
 * The part of the GraphQL plugin's `apolloServer` options that enforces the limits. Setting
 * `maxRecursiveSelections` makes Apollo run graphql-js's own rules first (and the rules here and
 * Strapi's depth limit only on documents that passed them), so a document with cyclic or unknown
 * fragments is refused as invalid instead of sending graphql-depth-limit into endless recursion.
 */
export function apolloLimitOptions(limits: GraphqlLimits) {
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    maxRecursiveSelections: limits.maxSelections,
    validationRules: [
      maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: report }),
      maxDirectivesRule({ n: limits.maxDirectives, propagateOnRejection: false, onReject: report }),
    ],
    plugins: [createLimitsPlugin(limits)],
    includeStacktraceInErrorResponses: limits.stacktraces,
  };
}
