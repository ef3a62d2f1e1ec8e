import { NOTIFICATION_KINDS, NOTIFICATION_KIND_LABELS } from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';

export const NotificationKindEnum = graphqlEnum(
  'NotificationKind',
  '通知类型',
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_LABELS,
);
