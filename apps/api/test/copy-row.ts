import type { DataSource } from 'typeorm';

/**
 * Inserts a copy of one row of `table` with some columns overridden (each cast to its column's
 * type) and a fresh id: the parity tests get real rows, with every constraint of the schema,
 * without spelling out columns that do not matter to the rule under test.
 */
export async function copyRow(
  db: DataSource,
  table: string,
  fromId: string,
  overrides: Record<string, string | null>,
): Promise<string> {
  const columns: { column_name: string; udt_name: string }[] = await db.query(
    `SELECT column_name, udt_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND column_name <> 'id' ORDER BY ordinal_position`,
    [table],
  );
  const keys = Object.keys(overrides);
  const kept = columns.filter((c) => !keys.includes(c.column_name));
  const typeOf = (name: string) => columns.find((c) => c.column_name === name)?.udt_name ?? 'text';
  const names = [...keys, ...kept.map((c) => c.column_name)].map((n) => `"${n}"`).join(', ');
  const values = [...keys.map((k, i) => `CAST($${i + 2} AS ${typeOf(k)})`), ...kept.map((c) => `"${c.column_name}"`)];
  const rows: { id: string }[] = await db.query(
    `INSERT INTO "${table}" (${names}) SELECT ${values.join(', ')} FROM "${table}" WHERE id = $1 RETURNING id`,
    [fromId, ...keys.map((k) => overrides[k])],
  );
  if (!rows.length) throw new Error(`no ${table} row ${fromId} to copy`);
  return rows[0].id;
}
