/**
 * One filter condition of a list: a SQL boolean over the list's table alias, with its named
 * parameters. Filters are written as functions returning these, so a shared piece (attribution,
 * a rule's SQL twin) plugs into every list without knowing the list's query builder.
 */
export interface SqlCondition {
  sql: string;
  params?: Record<string, unknown>;
}
