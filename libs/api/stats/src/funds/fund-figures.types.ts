import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AmountFigure, CountFigure } from '../figures.types';

@ObjectType({ description: '一只基金的返投（万元，按现行规则即时计算）' })
export class FundReinvestmentFigures {
  @Field(() => ID)
  fundId!: string;

  @Field({ description: '基金名称' })
  name!: string;

  @Field({ description: '返投任务' })
  obligation!: string;

  @Field(() => AmountFigure, { description: '已认定（含招引落地；钻取列出已认定的投资）' })
  counted!: AmountFigure;

  @Field(() => AmountFigure, { description: '已出资、待落地' })
  pending!: AmountFigure;

  @Field(() => String, { nullable: true, description: '缺口 = max(任务 − 已认定, 0)；倍数为 0 时为空' })
  gap!: string | null;

  @Field(() => String, { nullable: true, description: '完成率（四位小数）；任务为 0 时为空' })
  ratio!: string | null;

  @Field(() => CountFigure, { description: '已认定的投资（笔）' })
  countedInvestments!: CountFigure;

  @Field(() => CountFigure, { description: '已出资、待落地的投资（笔）' })
  pendingInvestments!: CountFigure;
}

@ObjectType({ description: '驾驶舱：基金与返投（全区，按现行规则即时计算）' })
export class DashboardFunds {
  @Field({ description: '返投任务合计（万元）' })
  obligation!: string;

  @Field(() => AmountFigure, { description: '已认定合计（万元）' })
  counted!: AmountFigure;

  @Field(() => AmountFigure, { description: '待落地合计（万元）' })
  pending!: AmountFigure;

  @Field({ description: '缺口合计（万元）：各基金缺口之和' })
  gap!: string;

  @Field(() => CountFigure, { description: '已认定的投资（笔）' })
  countedInvestments!: CountFigure;

  @Field(() => CountFigure, { description: '已出资、待落地的投资（笔）' })
  pendingInvestments!: CountFigure;

  @Field({ description: '撬动规模（万元）：有政府出资的基金规模合计' })
  leverageScale!: string;

  @Field({ description: '政府出资合计（万元）' })
  governmentContribution!: string;

  @Field(() => CountFigure, {
    description: '投资科创项目：已出资的科创企业数（钻取列出每家企业最早一笔已出资投资）',
  })
  sciTechProjects!: CountFigure;

  /**
   * Each fund's row, largest fund first; the first `first` of them (all without). Exposed by
   * FundRowsResolver with `first` and counted by `fundCount`: a city has thousands of funds, and
   * each row carries four drill figures, so only the rows a page shows are built.
   */
  fundRows!: (first?: number | null) => FundReinvestmentFigures[];

  /** How many funds the rows cover. */
  fundCount!: number;
}
