import { POLICY_ITEM_KINDS, POLICY_ITEM_KIND_LABELS } from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';

export const PolicyItemKindEnum = graphqlEnum('PolicyItemKind', '政策条款类别', POLICY_ITEM_KINDS, POLICY_ITEM_KIND_LABELS);
