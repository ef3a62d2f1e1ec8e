import { Injectable } from '@nestjs/common';
import type ExcelJS from 'exceljs';
import {
  addTableSheet,
  Clock,
  exportFile,
  exportWorkbook,
  type ExcelFile,
  type RequestContext,
} from '@lianzhao/api-core';
import {
  CHANNEL_LABELS,
  LEAD_STAGE_LABELS,
  ORGANIZATION_KIND_LABELS,
  type Channel,
} from '@lianzhao/domain';
import type { DashboardFilter } from './dashboard.inputs';
import { DashboardScope } from './dashboard-scope';
import { FundFiguresService } from './funds/fund-figures.service';
import { LandingService } from './landing/landing.service';
import type { LandingGroup, ProjectTally } from './landing/landing.types';
import { MilestoneFiguresService } from './milestones/milestone-figures.service';
import { PipelineService } from './pipeline/pipeline.service';
import { ReferralFiguresService } from './referrals/referral-figures.service';
import type { ReferralFunnelFigures } from './referrals/referral-figures.types';
import { TargetsService } from './targets/targets.service';

/** 万元 as an Excel number: the workbook is a report a leader sums and charts, not a ledger. */
function wan(value: string | null | undefined): number | null {
  return value === null || value === undefined || value === '' ? null : Number(value);
}

function percent(share: number | null): string {
  return share === null ? '' : `${(share * 100).toFixed(1)}%`;
}

const TALLY_COLUMNS = (prefix: string, key: string): Partial<ExcelJS.Column>[] => [
  { header: `${prefix}项目数`, key: `${key}Projects`, width: 12 },
  { header: `${prefix}合同投资（万元）`, key: `${key}Contract`, width: 18 },
  { header: `${prefix}计划固投（万元）`, key: `${key}Planned`, width: 18 },
  { header: `${prefix}实际固投（万元）`, key: `${key}Actual`, width: 18 },
  { header: `${prefix}预计年产值（万元）`, key: `${key}Output`, width: 18 },
];

function tally(key: string, t: ProjectTally): Record<string, number | null> {
  return {
    [`${key}Projects`]: t.projects.value,
    [`${key}Contract`]: wan(t.contractInvestment.value),
    [`${key}Planned`]: wan(t.plannedFixedAssetInvestment.value),
    [`${key}Actual`]: wan(t.actualFixedAssetInvestment.value),
    [`${key}Output`]: wan(t.expectedOutput.value),
  };
}

const FUNNEL_COLUMNS: Partial<ExcelJS.Column>[] = [
  { header: '报备', key: 'filed', width: 10 },
  { header: '受理', key: 'accepted', width: 10 },
  { header: '签约', key: 'signed', width: 10 },
  { header: '落地', key: 'landed', width: 10 },
];

function funnel(f: ReferralFunnelFigures): Record<string, number> {
  return { filed: f.filed.value, accepted: f.accepted.value, signed: f.signed.value, landed: f.landed.value };
}

/**
 * The cockpit's tables as one workbook (导出 Excel), built from the same figure services the page
 * reads, so the file and the screen cannot disagree.
 */
@Injectable()
export class DashboardExportService {
  constructor(
    private readonly clock: Clock,
    private readonly pipeline: PipelineService,
    private readonly landing: LandingService,
    private readonly milestones: MilestoneFiguresService,
    private readonly referrals: ReferralFiguresService,
    private readonly funds: FundFiguresService,
    private readonly targets: TargetsService,
  ) {}

  async export(ctx: RequestContext, filter: DashboardFilter | null | undefined): Promise<ExcelFile> {
    const scope = DashboardScope.of(filter, this.clock.today());
    // In a row, not in parallel: the embedded database serves one connection.
    const pipeline = await this.pipeline.pipeline(ctx, scope);
    const landing = await this.landing.landing(ctx, scope);
    const milestones = await this.milestones.figures(ctx, scope);
    const referrals = await this.referrals.figures(ctx, scope);
    const funds = await this.funds.figures(ctx);
    const targets = await this.targets.progress(ctx, Number(scope.period.to.slice(0, 4)), scope.period.asOf);

    const workbook = await exportWorkbook();
    const { period } = scope;
    const overview = addTableSheet(workbook, '概览', [
      { header: '项目', key: 'name', width: 28 },
      { header: '数值', key: 'value', width: 22 },
    ]);
    overview.addRows([
      { name: '期间', value: `${period.from} 至 ${period.to}` },
      { name: '截至日', value: period.asOf },
      { name: '产业', value: scope.industryCode ?? '全部' },
      { name: '细分赛道', value: scope.segmentCode ?? '全部' },
      { name: '镇/街道', value: scope.townCode ?? '全部' },
      { name: '渠道', value: scope.channel ? CHANNEL_LABELS[scope.channel].zh : '全部' },
      { name: '在谈线索（条）', value: pipeline.open.value },
      { name: '在谈线索计划投资（万元）', value: wan(pipeline.openPlannedInvestment.value) },
      { name: '期间签约项目（个）', value: landing.signed.projects.value },
      { name: '期间落地项目（个）', value: landing.landed.projects.value },
      { name: '落地合同投资（万元）', value: wan(landing.landed.contractInvestment.value) },
      { name: '逾期项目（红牌）', value: milestones.overdue.value },
      { name: '临近项目（黄牌）', value: milestones.atRisk.value },
      { name: '期间报备（条）', value: referrals.total.filed.value },
      { name: '返投已认定（万元）', value: wan(funds.counted.value) },
      { name: '返投待落地（万元）', value: wan(funds.pending.value) },
      { name: '撬动规模（万元）', value: wan(funds.leverageScale) },
      { name: '投资科创项目（个）', value: funds.sciTechProjects.value },
    ]);

    const stages = addTableSheet(workbook, '线索管道', [
      { header: '阶段', key: 'stage', width: 12 },
      { header: '在谈线索', key: 'leads', width: 12 },
      { header: '计划投资（万元）', key: 'investment', width: 18 },
      { header: '期间到达', key: 'reached', width: 12 },
      { header: '转化率', key: 'conversion', width: 10 },
      { header: '停留天数中位数', key: 'median', width: 16 },
    ]);
    const reached = new Map(pipeline.funnel.map((f) => [f.stage, f]));
    const durations = new Map(pipeline.stageDurations.map((d) => [d.stage, d]));
    for (const row of pipeline.openByStage) {
      stages.addRow({
        stage: LEAD_STAGE_LABELS[row.stage].zh,
        leads: row.leads.value,
        investment: wan(row.plannedInvestment.value),
        reached: reached.get(row.stage)?.reached.value ?? null,
        conversion: percent(reached.get(row.stage)?.conversionToNext ?? null),
        median: durations.get(row.stage)?.medianDays ?? null,
      });
    }
    const lost = addTableSheet(workbook, '流失原因', [
      { header: '原因', key: 'reason', width: 30 },
      { header: '线索', key: 'leads', width: 10 },
    ]);
    lost.addRows(pipeline.lostByReason.map((r) => ({ reason: r.reason, leads: r.leads.value })));

    const periods = addTableSheet(workbook, '签约与落地', [
      { header: '期间', key: 'label', width: 16 },
      ...TALLY_COLUMNS('签约', 'signed'),
      ...TALLY_COLUMNS('落地', 'landed'),
    ]);
    for (const row of [...landing.byMonth, ...landing.byQuarter, ...landing.byYear])
      periods.addRow({ label: row.label, ...tally('signed', row.signed), ...tally('landed', row.landed) });

    const groups = addTableSheet(workbook, '落地分布', [
      { header: '维度', key: 'dimension', width: 12 },
      { header: '名称', key: 'name', width: 24 },
      ...TALLY_COLUMNS('落地', 'landed'),
    ]);
    const addGroups = (dimension: string, rows: LandingGroup[], label = (g: LandingGroup) => g.name ?? g.key) => {
      for (const g of rows) groups.addRow({ dimension, name: label(g), ...tally('landed', g.landed) });
    };
    addGroups('产业', landing.byIndustry);
    addGroups('细分赛道', landing.bySegment);
    addGroups('渠道', landing.byChannel, (g) => CHANNEL_LABELS[g.key as Channel]?.zh ?? g.key);
    addGroups('合作机构', landing.byPartner);
    addGroups('镇/街道', landing.byTown);
    addGroups('园区', landing.byPark);

    const onTime = addTableSheet(workbook, '节点准时率', [
      { header: '节点', key: 'name', width: 16 },
      { header: '期间完成', key: 'done', width: 10 },
      { header: '按期', key: 'onTime', width: 10 },
      { header: '延期', key: 'late', width: 10 },
      { header: '准时率', key: 'rate', width: 10 },
      { header: '平均延期天数', key: 'delay', width: 14 },
    ]);
    onTime.addRows(
      milestones.onTime.map((m) => ({
        name: m.name,
        done: m.done.value,
        onTime: m.onTime.value,
        late: m.late.value,
        rate: percent(m.onTimeRate),
        delay: m.averageDaysLate,
      })),
    );
    const delayed = addTableSheet(workbook, '延期最多的项目', [
      { header: '项目', key: 'name', width: 32 },
      { header: '计划日期', key: 'planned', width: 12 },
      { header: '延期天数', key: 'days', width: 10 },
    ]);
    delayed.addRows(milestones.mostDelayed.map((p) => ({ name: p.name, planned: p.plannedDate, days: p.daysLate })));

    const partners = addTableSheet(workbook, '报备转化', [
      { header: '合作机构', key: 'name', width: 28 },
      { header: '机构类型', key: 'kind', width: 14 },
      ...FUNNEL_COLUMNS,
    ]);
    for (const k of referrals.byKind)
      partners.addRow({ name: `（${k.name}合计）`, kind: k.name, ...funnel(k) });
    for (const o of referrals.byOrganization)
      partners.addRow({ name: o.organizationName, kind: ORGANIZATION_KIND_LABELS[o.kind].zh, ...funnel(o) });
    partners.addRow({ name: '合计', kind: '', ...funnel(referrals.total) });

    const fundSheet = addTableSheet(workbook, '基金返投', [
      { header: '基金', key: 'name', width: 30 },
      { header: '返投任务（万元）', key: 'obligation', width: 18 },
      { header: '已认定（万元）', key: 'counted', width: 16 },
      { header: '待落地（万元）', key: 'pending', width: 16 },
      { header: '缺口（万元）', key: 'gap', width: 16 },
    ]);
    for (const f of funds.fundRows())
      fundSheet.addRow({
        name: f.name,
        obligation: wan(f.obligation),
        counted: wan(f.counted.value),
        pending: wan(f.pending.value),
        gap: wan(f.gap),
      });
    fundSheet.addRow({
      name: '合计',
      obligation: wan(funds.obligation),
      counted: wan(funds.counted.value),
      pending: wan(funds.pending.value),
      gap: wan(funds.gap),
    });

    const targetSheet = addTableSheet(workbook, '年度目标', [
      { header: '指标', key: 'name', width: 30 },
      { header: '单位', key: 'unit', width: 8 },
      { header: '目标', key: 'target', width: 12 },
      { header: '实际', key: 'actual', width: 12 },
      { header: '完成率', key: 'share', width: 10 },
      { header: '时间进度', key: 'elapsed', width: 10 },
      { header: '数据来源', key: 'source', width: 30 },
    ]);
    targetSheet.addRows(
      targets.map((t) => ({
        name: t.name,
        unit: t.unitLabel,
        target: t.target,
        actual: t.actual,
        share: t.share === null ? '' : percent(Number(t.share)),
        elapsed: percent(Number(t.yearElapsed)),
        source: t.source === 'COMPUTED' ? '系统计算' : (t.lastEntry?.sourceNote ?? ''),
      })),
    );

    return exportFile(workbook, `驾驶舱-${period.from}-${period.to}`, this.clock.now());
  }
}
