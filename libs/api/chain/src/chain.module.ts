import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@lianzhao/api-enterprises';
import { LeadsModule } from '@lianzhao/api-leads';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import { ChainLinksService } from './chain-links.service';
import { ChainListsService } from './chain-lists.service';
import { ChainMapService } from './chain-map.service';
import { ChainTargetsService } from './chain-targets.service';
import { SupplyChainService } from './supply-chain.service';
import {
  ChainLinksResolver,
  ChainListsResolver,
  ChainPlacementResolver,
  ChainTargetsResolver,
  SupplyChainResolver,
} from './chain.resolver';

/** 产业链图谱: links, placements, targets and chain masters' supply chains. */
@Module({
  imports: [ReferenceModule, UsersModule, EnterprisesModule, LeadsModule],
  providers: [
    ChainLinksService,
    ChainMapService,
    ChainListsService,
    ChainTargetsService,
    SupplyChainService,
    ChainLinksResolver,
    ChainListsResolver,
    ChainPlacementResolver,
    ChainTargetsResolver,
    SupplyChainResolver,
  ],
  exports: [ChainLinksService, ChainMapService],
})
export class ChainModule {}
