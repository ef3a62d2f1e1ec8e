import type { Dayjs } from 'dayjs';
import { parseWanYuan } from '@lianzhao/domain';

/** A trimmed optional text field: empty means "none" (null), which the API stores as cleared. */
export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * A 万元 amount (or any exact decimal quantity) as the API expects it: the canonical decimal
 * string, never a float. Empty means null; an invalid value is passed on untouched so the
 * server names the problem should the form's own check ever have been skipped.
 */
export function optionalDecimal(value: string | null | undefined): string | null {
  const text = optionalText(value);
  if (text === null) return null;
  const parsed = parseWanYuan(text);
  return parsed.ok ? parsed.value : text;
}

/** A date picker's value as the API's `YYYY-MM-DD`; the calendar day the user picked, no zone. */
export function dateString(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}
