import type { ValueTransformer } from 'typeorm';

/** `1234.5000` → `1234.5`: numeric columns come back padded to their scale. */
export function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/**
 * For `numeric` money and area columns: values stay exact decimal strings end to end (never
 * floats) and read back without the scale's padding.
 */
export const decimalTransformer: ValueTransformer = {
  from: (value: string | null) => (value === null ? null : trimDecimal(value)),
  to: (value: string | null | undefined) => value,
};
