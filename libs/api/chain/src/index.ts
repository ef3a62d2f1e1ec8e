export * from './chain.enums';
export * from './chain-link.entity';
export * from './chain-placement.entity';
export * from './chain-settings.entity';
export * from './chain-target.entity';
export * from './supply-chain-entry.entity';
