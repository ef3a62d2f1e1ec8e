import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { IsArea, IsWanYuan, toWanYuan } from './domain-validators';

// Amounts travel as exact decimal strings, normalised (`1,234.50` → `1234.5`) before they are
// checked, and blank means cleared. These are the optional input fields every form repeats.

/** An optional amount in 万元: `WanYuanField('计划投资')` → 「计划投资（万元）」. `note` follows the unit. */
export function WanYuanField(label: string, note?: string): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, description: `${label}（万元）${note ? `；${note}` : ''}` }),
    Transform(toWanYuan),
    IsOptional(),
    IsWanYuan(),
  );
}

/** An optional land (亩) or floor (平方米) area that fits its column: `AreaField('用地需求', '亩')`. */
export function AreaField(label: string, unit: '亩' | '平方米'): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, description: `${label}（${unit}）` }),
    Transform(toWanYuan),
    IsOptional(),
    IsArea(),
  );
}
