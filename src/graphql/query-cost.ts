import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The worst-case number of objects an operation can make the server load: every field that answers
 * objects counts one per object, and a list answers as many objects as it may hold (its requested
 * page size, else the default page size, never more than the maximum). A list inside a list
 * multiplies. Scalars cost nothing: the objects around them were counted already.
 *
 * Pure (graphql-js only): the Apollo plugin in ./limits feeds it the parsed, validated document.
 */
export interface CostOptions {
  /** Objects a list answers when the query names no page size (Strapi's `defaultLimit`). */
  defaultListSize: number;
  /** The most objects a list can answer (Strapi's `maxLimit`); larger requests count as this. */
  maxListSize: number;
}

type Variables = Readonly<Record<string, unknown>> | undefined;

/** The page size a field asks for: `pagination.pageSize`/`limit`, `pageSize`/`limit`, or `input.pageSize`. */
export function requestedPageSize(args: Readonly<Record<string, unknown>>): number | undefined {
  const candidates: unknown[] = [];
  for (const holder of [args.pagination, args, args.input]) {
    if (holder && typeof holder === 'object') {
      const record = holder as Record<string, unknown>;
      candidates.push(record.pageSize, record.limit);
    }
  }
  return candidates.find((value): value is number => typeof value === 'number');
}

function argumentValues(field: FieldNode, variables: Variables): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const argument of field.arguments ?? []) {
    values[argument.name.value] = valueFromASTUntyped(argument.value, variables as Record<string, unknown>);
  }
  return values;
}

function boundedSize(size: number | undefined, options: CostOptions): number {
  // Strapi reads a non-positive or missing limit as "as many as allowed".
  if (size === undefined || !Number.isFinite(size) || size <= 0) return options.maxListSize;
  return Math.min(Math.floor(size), options.maxListSize);
}

function fieldDefinition(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/**
 * Costs an operation. Fragments are costed once each (a fragment's cost does not depend on where
 * it is spread), so a document that spreads fragments exponentially is still costed in linear time.
 * Expects a document that passed graphql-js validation (no fragment cycles, known fields).
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Variables,
  options: CostOptions,
): number {
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  /** `inheritedSize`: a connection's page size, for its `nodes` list that has no arguments of its own. */
  function selectionCost(selectionSet: SelectionSetNode, parent: GraphQLCompositeType, inheritedSize: number | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        total += fragmentCost(selection.name.value, inheritedSize);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) total += selectionCost(selection.selectionSet, condition, inheritedSize);
        continue;
      }
      const definition = fieldDefinition(parent, selection.name.value);
      if (!definition || !selection.selectionSet) continue;
      const returned = getNamedType(definition.type);
      if (!isCompositeType(returned)) continue;
      const args = argumentValues(selection, variables);
      const ownSize = requestedPageSize(args);
      const isList = isListType(getNullableType(definition.type));
      const items = isList ? boundedSize(ownSize ?? inheritedSize ?? options.defaultListSize, options) : 1;
      const childSize = isList ? undefined : ownSize === undefined ? undefined : boundedSize(ownSize, options);
      total += items * (1 + selectionCost(selection.selectionSet, returned, childSize));
    }
    return total;
  }

  function fragmentCost(name: string, inheritedSize: number | undefined): number {
    const key = `${name}:${inheritedSize ?? ''}`;
    const known = fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = fragments[name];
    // Unknown or cyclic fragments are refused by validation before any cost is asked for.
    if (!fragment || inProgress.has(key)) return 0;
    const type = schema.getType(fragment.typeCondition.name.value);
    if (!type || !isCompositeType(type)) return 0;
    inProgress.add(key);
    const cost = selectionCost(fragment.selectionSet, type, inheritedSize);
    inProgress.delete(key);
    fragmentCosts.set(key, cost);
    return cost;
  }

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root, undefined) : 0;
}
