export * from './lead.entity';
export * from './lead-stage-change.entity';
export * from './follow-up.entity';
export * from './leads.service';
export * from './lead-stage-listeners';
export * from './follow-ups.service';
export * from './leads.module';
export * from './dto/lead.inputs';
