import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MilestoneCode } from '@lianzhao/domain';
import { MilestoneCodeEnum } from '@lianzhao/api-projects';
import { CountFigure, Drill } from '../figures.types';

@ObjectType({
  description: '某节点在期间内的按时完成情况（有计划日期的节点；按时 = 实际日期不晚于计划日期）',
})
export class MilestoneOnTimeFigure {
  @Field(() => MilestoneCodeEnum)
  code!: MilestoneCode;

  @Field({ description: '节点名称' })
  name!: string;

  @Field(() => CountFigure, { description: '期间内完成（项目数，每个项目每个节点一次）' })
  done!: CountFigure;

  @Field(() => CountFigure, { description: '其中按时完成' })
  onTime!: CountFigure;

  @Field(() => CountFigure, { description: '其中逾期完成' })
  late!: CountFigure;

  @Field(() => Float, { nullable: true, description: '按时完成率 0..1（四位小数）；期间内无完成时为空' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: '平均延误天数（按时完成计 0，一位小数）；无完成时为空' })
  averageDaysLate!: number | null;
}

@ObjectType({ description: '延误最久的项目之一（截至日）' })
export class DelayedProjectFigure {
  @Field(() => ID)
  projectId!: string;

  @Field({ description: '项目名称' })
  name!: string;

  @Field(() => Int, { description: '逾期天数：最早一个未完成且已过计划日期的节点至截至日' })
  daysLate!: number;

  @Field(() => String, { description: '该节点的计划日期' })
  plannedDate!: string;

  @Field(() => Drill, { description: '打开该项目（项目列表按编号筛选）' })
  drill!: Drill;
}

@ObjectType({ description: '驾驶舱：落地节点进度' })
export class DashboardMilestones {
  @Field(() => [MilestoneOnTimeFigure], { description: '各节点按时完成率（期间内完成的节点），按节点顺序' })
  onTime!: MilestoneOnTimeFigure[];

  @Field(() => CountFigure, { description: '红牌：截至日有节点逾期的项目' })
  overdue!: CountFigure;

  @Field(() => CountFigure, { description: '黄牌：截至日无逾期、但有节点 30 天内到期的项目' })
  atRisk!: CountFigure;

  @Field(() => Float, { nullable: true, description: '红牌项目平均逾期天数（一位小数）；无红牌时为空' })
  averageDaysLate!: number | null;

  @Field(() => [DelayedProjectFigure], { description: '逾期最久的十个项目' })
  mostDelayed!: DelayedProjectFigure[];
}
