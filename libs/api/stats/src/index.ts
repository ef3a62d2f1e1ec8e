export * from './dashboard.inputs';
export * from './dashboard-scope';
export * from './dashboard.types';
export * from './figures.types';
export * from './stats.module';
export * from './milestones/milestone-figures.types';
export * from './referrals/referral-figures.types';
export * from './funds/fund-figures.types';
