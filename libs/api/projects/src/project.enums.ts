import {
  MILESTONE_CODES,
  MILESTONE_LABELS,
  MILESTONE_STATUSES,
  MILESTONE_STATUS_LABELS,
  PROJECT_HEALTHS,
  PROJECT_HEALTH_LABELS,
  PROJECT_TYPES,
  PROJECT_TYPE_LABELS,
  SITE_SUPPLY_MODES,
  SITE_SUPPLY_MODE_LABELS,
  SPACE_TENURES,
  SPACE_TENURE_LABELS,
  SUPPORT_ITEM_KINDS,
  SUPPORT_ITEM_KIND_LABELS,
} from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';

export const MilestoneCodeEnum = graphqlEnum('MilestoneCode', '落地节点', MILESTONE_CODES, MILESTONE_LABELS);
export const MilestoneStatusEnum = graphqlEnum(
  'MilestoneStatus',
  '节点状态',
  MILESTONE_STATUSES,
  MILESTONE_STATUS_LABELS,
);
export const ProjectTypeEnum = graphqlEnum('ProjectType', '项目类型', PROJECT_TYPES, PROJECT_TYPE_LABELS);
export const ProjectHealthEnum = graphqlEnum(
  'ProjectHealth',
  '项目进度状况',
  PROJECT_HEALTHS,
  PROJECT_HEALTH_LABELS,
);
export const SiteSupplyModeEnum = graphqlEnum(
  'SiteSupplyMode',
  '土地供应方式',
  SITE_SUPPLY_MODES,
  SITE_SUPPLY_MODE_LABELS,
);
export const SpaceTenureEnum = graphqlEnum('SpaceTenure', '空间租购方式', SPACE_TENURES, SPACE_TENURE_LABELS);
export const SupportItemKindEnum = graphqlEnum(
  'SupportItemKind',
  '扶持事项',
  SUPPORT_ITEM_KINDS,
  SUPPORT_ITEM_KIND_LABELS,
);
