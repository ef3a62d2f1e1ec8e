import {
  getNamedType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from './connection';

/**
 * What one GraphQL operation may ask for. Every operation of the web client stays well inside
 * (apps/api/test/hardening.spec.ts sends them all through `measureOperation`); a hostile one is
 * refused before any resolver runs.
 */
export const QUERY_LIMITS = {
  /** Lexical tokens of the whole document: bounds the parser's and validation's work up front. */
  tokens: 5_000,
  /** Nested selection levels below the root field (root field = 1). */
  depth: 12,
  /** Aliased fields, fragments expanded. */
  aliases: 30,
  /** Fields to resolve, a list field's selection weighted by the `first` it asks for. */
  cost: 50_000,
} as const;

export type QueryLimit = 'depth' | 'aliases' | 'cost';

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Depth, aliases and cost of one operation, fragments expanded. Each fragment is measured once
 * per parent type (memoised), so fragments spreading fragments cannot make this walk exponential
 * however often they repeat; the figures themselves may grow large and are then refused.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const variableDefaults = new Map<string, unknown>();
  for (const v of operation.variableDefinitions ?? []) {
    if (v.defaultValue) variableDefaults.set(v.variable.name.value, valueFromASTUntyped(v.defaultValue));
  }
  const memo = new Map<string, Measure>();
  const inProgress = new Set<string>();

  const pageSize = (field: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    const argument = field.args.find((a) => a.name === 'first');
    if (!argument) return 1;
    const given = node.arguments?.find((a) => a.name.value === 'first')?.value;
    let value: unknown = argument.defaultValue;
    if (given?.kind === Kind.INT) value = Number(given.value);
    else if (given?.kind === Kind.VARIABLE) {
      const name = given.name.value;
      value = name in variables ? variables[name] : variableDefaults.has(name) ? variableDefaults.get(name) : MAX_PAGE_SIZE;
    }
    // The kit refuses more than MAX_PAGE_SIZE; a nonsense value is refused by validation later.
    return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 1), MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
  };

  const measureSet = (set: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined): Measure => {
    const total: Measure = { depth: 0, aliases: 0, cost: 0 };
    if (!set) return total;
    for (const selection of set.selections) {
      let part: Measure;
      if (selection.kind === Kind.FIELD) {
        const field =
          parent && (isObjectType(parent) || isInterfaceType(parent))
            ? parent.getFields()[selection.name.value]
            : undefined;
        const child = measureSet(selection.selectionSet, field ? getNamedType(field.type) : undefined);
        const weight = field ? pageSize(field, selection) : 1;
        part = {
          depth: 1 + child.depth,
          aliases: (selection.alias ? 1 : 0) + child.aliases,
          cost: 1 + child.cost * weight,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        part = measureSet(selection.selectionSet, typeName ? schema.getType(typeName) ?? undefined : parent);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const key = `${name}@${parent?.name ?? ''}`;
        // Unknown or cyclic fragments are the validation rules' to report; here they weigh nothing.
        if (!fragment || inProgress.has(key)) continue;
        let cached = memo.get(key);
        if (!cached) {
          inProgress.add(key);
          cached = measureSet(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
          inProgress.delete(key);
          memo.set(key, cached);
        }
        part = cached;
      }
      total.depth = Math.max(total.depth, part.depth);
      total.aliases += part.aliases;
      total.cost += part.cost;
    }
    return total;
  };

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return measureSet(operation.selectionSet, root ?? undefined);
}

/** The first limit an operation exceeds, or null. */
export function exceededLimit(measure: OperationMeasure): QueryLimit | null {
  if (measure.depth > QUERY_LIMITS.depth) return 'depth';
  if (measure.aliases > QUERY_LIMITS.aliases) return 'aliases';
  if (measure.cost > QUERY_LIMITS.cost) return 'cost';
  return null;
}

export const QUERY_LIMIT_MESSAGES: Record<QueryLimit, string> = {
  depth: `查询嵌套过深（最多 ${QUERY_LIMITS.depth} 层）`,
  aliases: `查询中的别名过多（最多 ${QUERY_LIMITS.aliases} 个）`,
  cost: `查询的数据量过大（上限 ${QUERY_LIMITS.cost}），请减少字段或每页条数`,
};
