import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, ValidateBy } from 'class-validator';
import { toWanYuan } from '@lianzhao/api-core';

/**
 * A non-negative decimal of at most two places and `integerDigits` digits before the point, as
 * the numeric(p,2) column it lands in holds it. Normalised first (`1,234.50` → `1234.5`).
 */
function IsFixedDecimal(label: string, integerDigits: number, positive: boolean): PropertyDecorator {
  const pattern = new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,2})?$`);
  const problem = (value: unknown): string | null => {
    if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) return `${label}须为数字`;
    if (value.startsWith('-')) return `${label}不能为负数`;
    if (!pattern.test(value)) {
      return /\.\d{3,}$/.test(value) ? `${label}最多保留两位小数` : `${label}超出范围`;
    }
    if (positive && /^0+(\.0+)?$/.test(value)) return `${label}须大于 0`;
    return null;
  };
  return ValidateBy({
    name: 'isFixedDecimal',
    validator: {
      validate: (value: unknown) => problem(value) === null,
      defaultMessage: (args) => problem(args?.value) ?? '',
    },
  });
}

export interface DecimalFieldOptions {
  /** Digits before the point: 14 for 万元 amounts (numeric(16,2)), 4 for a multiple, 2 for a coefficient. */
  integerDigits: number;
  /** Required on a create form; optional (absent = unchanged) otherwise. */
  required: boolean;
  /** Zero refused (an amount), else allowed (a multiple of 0, a government contribution of 0). */
  positive?: boolean;
  description?: string;
}

/** An exact decimal input field: money in 万元, a 返投 multiple or a coefficient. */
export function DecimalField(label: string, options: DecimalFieldOptions): PropertyDecorator {
  const presence = options.required ? [IsNotEmpty({ message: `请输入${label}` })] : [IsOptional()];
  return applyDecorators(
    Field(() => String, { nullable: !options.required, description: options.description ?? label }),
    Transform(toWanYuan),
    ...presence,
    IsFixedDecimal(label, options.integerDigits, options.positive ?? false),
  );
}
