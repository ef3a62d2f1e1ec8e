import { Module } from '@nestjs/common';
import { ReferenceResolver } from './reference.resolver';
import { ReferenceService } from './reference.service';
import { ReferenceEditingService } from './reference-editing.service';

@Module({ providers: [ReferenceService, ReferenceEditingService, ReferenceResolver], exports: [ReferenceService] })
export class ReferenceModule {}
