import { Module } from '@nestjs/common';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import { AttributionService } from './attribution.service';

/**
 * Where a record belongs and to whom it is attributed. A context whose records carry it imports
 * this module and registers `SegmentResolver(Entity)` and `AttributionResolver(Entity)` among its own providers; the module
 * passes on the reference and user services that resolver loads through.
 */
@Module({
  imports: [ReferenceModule, UsersModule],
  providers: [AttributionService],
  exports: [AttributionService, ReferenceModule, UsersModule],
})
export class AttributionModule {}
