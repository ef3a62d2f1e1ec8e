import { POLICY_ITEM_KINDS, POLICY_ITEM_KIND_LABELS, POLICY_SUBJECTS, POLICY_SUBJECT_LABELS } from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';

export const PolicyItemKindEnum = graphqlEnum('PolicyItemKind', '政策条款类别', POLICY_ITEM_KINDS, POLICY_ITEM_KIND_LABELS);

export const PolicySubjectEnum = graphqlEnum('PolicySubject', '匹配对象：项目或企业', POLICY_SUBJECTS, POLICY_SUBJECT_LABELS);
