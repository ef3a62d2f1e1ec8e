import { badField } from '../errors/app-errors';

/** A cursor: the sort key it belongs to, the last row's sort value as SQL text, the row's id. */
export interface ListCursor {
  key: string;
  value: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function badCursor(): Error {
  return badField('after', '分页游标无效，请从第一页重新加载');
}

/** Opaque to clients; the value stays the database's own text, so the cursor is exact. */
export function encodeListCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.value, cursor.id])).toString('base64url');
}

/** The cursor, if it is one of this sort key's; anything else is the client's mistake. */
export function decodeListCursor(text: string, key: string): ListCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    parsed[0] !== key ||
    typeof parsed[1] !== 'string' ||
    typeof parsed[2] !== 'string' ||
    !UUID.test(parsed[2])
  ) {
    throw badCursor();
  }
  return { key, value: parsed[1], id: parsed[2] };
}
