import { Column } from 'typeorm';
import { REINVESTMENT_BASES, type ReinvestmentBasis, type ReinvestmentRuleValues } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { decimalTransformer } from '@lianzhao/api-database';

const COEFFICIENT = {
  type: 'numeric',
  precision: 4,
  scale: 2,
  default: 1,
  transformer: decimalTransformer,
} as const;

/**
 * The eight columns of a 返投 rule, shared by the fund (the rule as it stands) and each
 * rule-change row (the rule as it became), so the two can never disagree on a name or a type.
 */
export abstract class ReinvestmentRuleColumns implements ReinvestmentRuleValues {
  @Column({
    name: 'reinvestment_multiple',
    type: 'numeric',
    precision: 6,
    scale: 2,
    transformer: decimalTransformer,
  })
  multiple!: string;

  @Column({ name: 'reinvestment_basis', type: 'varchar', length: 24 })
  basis!: ReinvestmentBasis;

  @Column({ type: 'boolean', default: true })
  countLocal!: boolean;

  @Column(COEFFICIENT)
  localCoefficient!: string;

  @Column({ type: 'boolean', default: true })
  countSubsidiary!: boolean;

  @Column(COEFFICIENT)
  subsidiaryCoefficient!: string;

  @Column({ type: 'boolean', default: true })
  countReferred!: boolean;

  @Column(COEFFICIENT)
  referredCoefficient!: string;
}

/** The CHECKs a rule's columns carry in either table. */
export function ruleChecks(table: string): [string, string][] {
  return [
    [`${table}_reinvestment_multiple_check`, 'reinvestment_multiple >= 0'],
    [`${table}_reinvestment_basis_check`, checkIn('reinvestment_basis', REINVESTMENT_BASES)],
    [
      `${table}_coefficients_check`,
      'local_coefficient >= 0 AND subsidiary_coefficient >= 0 AND referred_coefficient >= 0',
    ],
  ];
}
