import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a GraphQL enum built from one of the domain's constant lists, so the schema, the
 * database checks and the web all use the same values, with the Chinese label as description.
 */
export function graphqlEnum<V extends string>(
  name: string,
  description: string,
  values: readonly V[],
  labels: Readonly<Record<V, { zh: string }>>,
): { [K in V]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in V]: K };
  registerEnumType(enumObject, {
    name,
    description,
    valuesMap: Object.fromEntries(values.map((v) => [v, { description: labels[v].zh }])) as Partial<
      Record<V, { description: string }>
    >,
  });
  return enumObject;
}

/** A CHECK constraint limiting a column to the same list. */
export function checkIn(column: string, values: readonly string[]): string {
  return `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;
}
