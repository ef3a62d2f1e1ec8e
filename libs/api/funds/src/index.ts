export * from './fund.entity';
export * from './fund-rule-change.entity';
export * from './investment.entity';
export * from './fund.enums';
export * from './reinvestment-rules.sql';
