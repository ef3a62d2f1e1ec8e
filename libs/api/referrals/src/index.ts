export * from './referral.entity';
export * from './referral-history.entity';
export * from './referral-settings.entity';
export * from './referral.enums';
export * from './referrals.service';
export * from './referral-settings.service';
export * from './referrals.module';
export * from './dto/referral.inputs';
