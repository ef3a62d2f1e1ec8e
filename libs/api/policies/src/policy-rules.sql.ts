/**
 * An item that matches on `:today`: not retired, and its policy not expired. The one SQL form of
 * "active", used by the project card, the 免申即享 list and the recomputation alike.
 */
export const ACTIVE_ITEM_SQL = (alias: string): string =>
  `${alias}.retired_at IS NULL AND ${alias}.policy_id IN
     (SELECT ap.id FROM policies ap WHERE ap.valid_until IS NULL OR ap.valid_until >= CAST(:today AS date))`;
