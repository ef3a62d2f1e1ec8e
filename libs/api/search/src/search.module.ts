import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@lianzhao/api-enterprises';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** 全局搜索: reads the other contexts' lists under their own search conditions and scopes. */
@Module({
  imports: [EnterprisesModule],
  providers: [SearchService, SearchResolver],
})
export class SearchModule {}
