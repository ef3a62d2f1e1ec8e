import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** Global: every context that changes data records it here. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
