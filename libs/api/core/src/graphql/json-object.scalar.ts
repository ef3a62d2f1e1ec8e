import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function literal(node: ValueNode): JsonValue {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value)]));
    default:
      throw new GraphQLError('JSONObject literals may not hold variables');
  }
}

/**
 * A JSON object passed through as is. The cockpit's drill-downs use it for a list filter the
 * client hands back unchanged as the list query's `filter` variable, where the list's own input
 * type validates it.
 */
export const JSONObjectScalar = new GraphQLScalarType<JsonObject, JsonObject>({
  name: 'JSONObject',
  description: 'JSON 对象（如钻取列表的筛选条件）',
  serialize(value) {
    if (!isObject(value)) throw new GraphQLError('JSONObject must be an object');
    return value;
  },
  parseValue(value) {
    if (!isObject(value)) throw new GraphQLError('JSONObject must be an object');
    return value;
  },
  parseLiteral(node) {
    const value = literal(node);
    if (!isObject(value)) throw new GraphQLError('JSONObject must be an object');
    return value;
  },
});
