import {
  FOLLOW_UP_KINDS,
  FOLLOW_UP_KIND_LABELS,
  LEAD_GRADES,
  LEAD_STAGES,
  LEAD_STAGE_LABELS,
} from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';

export const LeadStageEnum = graphqlEnum('LeadStage', '线索阶段', LEAD_STAGES, LEAD_STAGE_LABELS);
export const LeadGradeEnum = graphqlEnum('LeadGrade', '线索等级', LEAD_GRADES, {
  A: { zh: 'A 级' },
  B: { zh: 'B 级' },
  C: { zh: 'C 级' },
});
export const FollowUpKindEnum = graphqlEnum(
  'FollowUpKind',
  '跟进方式',
  FOLLOW_UP_KINDS,
  FOLLOW_UP_KIND_LABELS,
);
