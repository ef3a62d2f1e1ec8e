import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { Column } from 'typeorm';
import { decimalTransformer } from './decimal.transformer';

/** A nullable amount in 万元: exact to 0.0001 万元 (one yuan), up to 10^14 万元. */
export const WAN_YUAN_COLUMN = {
  type: 'numeric',
  precision: 18,
  scale: 4,
  nullable: true,
  transformer: decimalTransformer,
} as const;

/** A nullable land (亩) or floor (平方米) area, to two decimals (libs/domain `areaProblem` checks input against it). */
export const AREA_COLUMN = {
  type: 'numeric',
  precision: 12,
  scale: 2,
  nullable: true,
  transformer: decimalTransformer,
} as const;

/** An amount in 万元, stored exactly and read as a decimal string: `WanYuanColumn('计划投资')` → 「计划投资（万元）」. */
export function WanYuanColumn(label: string): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, description: `${label}（万元）` }),
    Column(WAN_YUAN_COLUMN),
  );
}

/** A land (亩) or floor (平方米) area, stored exactly and read as a decimal string. */
export function AreaColumn(label: string, unit: '亩' | '平方米'): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, description: `${label}（${unit}）` }),
    Column(AREA_COLUMN),
  );
}
