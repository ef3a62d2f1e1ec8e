import { registerEnumType } from '@nestjs/graphql';

/** The drill-down lists of the chain map, one per figure. */
export enum ChainListKindEnum {
  ENTERPRISES = 'ENTERPRISES',
  LEADS = 'LEADS',
  REFERRALS = 'REFERRALS',
  INVESTMENTS = 'INVESTMENTS',
  TARGETS = 'TARGETS',
}
export type ChainListKind = `${ChainListKindEnum}`;

registerEnumType(ChainListKindEnum, { name: 'ChainListKind', description: '产业链下钻清单' });
