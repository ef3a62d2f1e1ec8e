import {
  CHAIN_ENTITY_TYPES,
  CHAIN_ENTITY_TYPE_LABELS,
  CHAIN_LINK_STATUSES,
  CHAIN_LINK_STATUS_LABELS,
  CHAIN_TIERS,
  CHAIN_TIER_LABELS,
  SUPPLY_RELATIONS,
  SUPPLY_RELATION_LABELS,
  TARGET_PRIORITIES,
  TARGET_PRIORITY_LABELS,
  TARGET_PROGRESSES,
  TARGET_PROGRESS_LABELS,
} from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';

export const ChainTierEnum = graphqlEnum('ChainTier', '产业链位置', CHAIN_TIERS, CHAIN_TIER_LABELS);
export const ChainLinkStatusEnum = graphqlEnum(
  'ChainLinkStatus',
  '环节状态',
  CHAIN_LINK_STATUSES,
  CHAIN_LINK_STATUS_LABELS,
);
export const ChainEntityTypeEnum = graphqlEnum(
  'ChainEntityType',
  '可放到环节上的对象',
  CHAIN_ENTITY_TYPES,
  CHAIN_ENTITY_TYPE_LABELS,
);
export const TargetPriorityEnum = graphqlEnum(
  'ChainTargetPriority',
  '招商目标优先级',
  TARGET_PRIORITIES,
  TARGET_PRIORITY_LABELS,
);
export const TargetProgressEnum = graphqlEnum(
  'ChainTargetProgress',
  '招商目标进展',
  TARGET_PROGRESSES,
  TARGET_PROGRESS_LABELS,
);
export const SupplyRelationEnum = graphqlEnum(
  'SupplyRelation',
  '供应链关系',
  SUPPLY_RELATIONS,
  SUPPLY_RELATION_LABELS,
);
