/**
 * Land (亩) and floor space (m²) are kept as numeric(12, 2): two decimals, ten integer digits.
 * Checked before the database sees them, which would otherwise round a third decimal silently
 * and fail the write on an eleventh digit. The value is a canonical decimal string (parseWanYuan).
 */
export const AREA_MAX_DECIMALS = 2;
export const AREA_MAX_INTEGER_DIGITS = 10;

/** The problem with an area value, or null when it fits. */
export function areaProblem(canonical: string): string | null {
  const [int, frac = ''] = canonical.split('.');
  if (frac.length > AREA_MAX_DECIMALS) return `最多保留 ${AREA_MAX_DECIMALS} 位小数`;
  if (int.length > AREA_MAX_INTEGER_DIGITS) return `数值过大：整数部分最多 ${AREA_MAX_INTEGER_DIGITS} 位`;
  return null;
}
