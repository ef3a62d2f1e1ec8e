export * from './enterprise.entity';
export * from './enterprise-contact.entity';
export * from './enterprises.service';
export * from './enterprise-queries';
export * from './enterprises.module';
export * from './dto/enterprise.inputs';
export * from './enterprise.events';
export * from './enterprise-reassignment.service';
