import { ORGANIZATION_KINDS, ORGANIZATION_KIND_LABELS } from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';

export const OrganizationKindEnum = graphqlEnum(
  'OrganizationKind',
  '合作机构类型',
  ORGANIZATION_KINDS,
  ORGANIZATION_KIND_LABELS,
);
