import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export interface RootCall {
  /** `Query.users` */
  field: string;
  /** A syntactically valid operation calling the field with placeholder arguments. */
  operation: string;
}

export const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/** A placeholder value of the right type, filling required input fields recursively; every ID is `id`. */
function sampleValue(type: GraphQLInputType, id: string): string {
  if (isNonNullType(type)) return sampleValue(type.ofType, id);
  if (isListType(type)) return `[${sampleValue(type.ofType, id)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields())
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map((f) => `${f.name}: ${sampleValue(f.type, id)}`);
    return `{ ${fields.join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return JSON.stringify(id);
      case 'Int':
        return '1';
      case 'Float':
        return '1.5';
      case 'Boolean':
        return 'true';
      case 'DateTime':
        return JSON.stringify('2026-01-01T00:00:00Z');
      case 'JSONObject':
        return '{}';
      default:
        return JSON.stringify('x');
    }
  }
  return 'null';
}

function callOf(
  kind: 'query' | 'mutation',
  name: string,
  field: GraphQLField<unknown, unknown>,
  id: string,
): string {
  // With a real id, optional ID arguments (an organisation filter, say) carry it too.
  const args = field.args
    .filter(
      (a) =>
        (isNonNullType(a.type) && a.defaultValue === undefined) ||
        (id !== PLACEHOLDER_ID && getNamedType(a.type).name === 'ID'),
    )
    .map((a) => `${a.name}: ${sampleValue(a.type, id)}`);
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} { ${name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

/**
 * Every query and mutation of the schema, each with an operation that reaches its resolver.
 * Every ID argument and input field carries `id`: a placeholder by default, or the id of a real
 * record to probe who may reach it.
 */
export function everyRootCall(schema: GraphQLSchema, id: string = PLACEHOLDER_ID): RootCall[] {
  const calls: RootCall[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!root) continue;
    for (const [name, field] of Object.entries(root.getFields())) {
      calls.push({ field: `${root.name}.${name}`, operation: callOf(kind, name, field, id) });
    }
  }
  return calls;
}
