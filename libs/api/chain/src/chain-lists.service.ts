import { Injectable } from '@nestjs/common';
import {
  INVESTMENT_STAGE_LABELS,
  LEAD_STAGE_LABELS,
  REFERRAL_STATUS_LABELS,
  TARGET_PRIORITY_LABELS,
  TARGET_PROGRESS_LABELS,
  type LocalizedLabel,
} from '@lianzhao/domain';
import {
  addTableSheet,
  badField,
  Clock,
  exportFile,
  exportWorkbook,
  ListQuery,
  type ExcelFile,
  type ListPage,
  type ListSpec,
  type RequestContext,
} from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import type { Enterprise } from '@lianzhao/api-enterprises';
import type { Investment } from '@lianzhao/api-funds';
import type { Lead } from '@lianzhao/api-leads';
import type { Referral } from '@lianzhao/api-referrals';
import type { ObjectLiteral } from 'typeorm';
import {
  CHAIN_ENTERPRISE_LIST,
  CHAIN_INVESTMENT_LIST,
  CHAIN_LEAD_LIST,
  CHAIN_REFERRAL_LIST,
  CHAIN_TARGET_LIST,
} from './chain-lists';
import type { ChainTarget } from './chain-target.entity';
import { ChainTargetsService } from './chain-targets.service';
import type { ChainDrillArgs, ChainDrillFilter } from './dto/chain.inputs';
import { ChainListKindEnum, type ChainListKind } from './chain-list-kind';

type DrillQuery<E extends ObjectLiteral & { id: string }> = ListQuery<E, ChainDrillFilter, 'CREATED_AT'>;

const zh = (labels: Readonly<Record<string, LocalizedLabel>>, value: string) => labels[value]?.zh ?? value;

/** The drill-down lists behind the map's figures, and their Excel export. */
@Injectable()
export class ChainListsService {
  readonly enterprises: DrillQuery<Enterprise>;
  readonly leads: DrillQuery<Lead>;
  readonly referrals: DrillQuery<Referral>;
  readonly investments: DrillQuery<Investment>;
  readonly targets: DrillQuery<ChainTarget>;

  constructor(
    connection: TransactionalConnection,
    private readonly clock: Clock,
    private readonly targetService: ChainTargetsService,
  ) {
    const query = <E extends ObjectLiteral & { id: string }>(
      spec: ListSpec<E, ChainDrillFilter, 'CREATED_AT'>,
    ) => new ListQuery(spec, connection, clock);
    this.enterprises = query(CHAIN_ENTERPRISE_LIST);
    this.leads = query(CHAIN_LEAD_LIST);
    this.referrals = query(CHAIN_REFERRAL_LIST);
    this.investments = query(CHAIN_INVESTMENT_LIST);
    this.targets = query(CHAIN_TARGET_LIST);
  }

  page<E extends ObjectLiteral & { id: string }>(
    ctx: RequestContext,
    list: DrillQuery<E>,
    args: ChainDrillArgs,
  ): Promise<ListPage<E, ChainDrillFilter>> {
    return list.page(ctx, { ...args, filter: requireScope(args.filter, this.kindOf(list)) });
  }

  private kindOf(list: object): ChainListKind {
    if (list === this.enterprises) return ChainListKindEnum.ENTERPRISES;
    if (list === this.leads) return ChainListKindEnum.LEADS;
    if (list === this.referrals) return ChainListKindEnum.REFERRALS;
    if (list === this.investments) return ChainListKindEnum.INVESTMENTS;
    return ChainListKindEnum.TARGETS;
  }

  async export(
    ctx: RequestContext,
    kind: ChainListKind,
    filter: ChainDrillFilter | undefined,
  ): Promise<ExcelFile> {
    const scoped = requireScope(filter, kind);
    const workbook = await exportWorkbook();
    const title = `产业链-${KIND_TITLES[kind]}`;
    switch (kind) {
      case ChainListKindEnum.ENTERPRISES: {
        const sheet = addTableSheet(workbook, KIND_TITLES[kind], [
          { header: '企业名称', key: 'name', width: 32 },
          { header: '统一社会信用代码', key: 'creditCode', width: 22 },
          { header: '在区内注册（存量）自', key: 'localStockSince', width: 16 },
        ]);
        for (const e of await this.enterprises.exportRows(ctx, { filter: scoped })) {
          sheet.addRow({ name: e.name, creditCode: e.creditCode, localStockSince: e.localStockSince });
        }
        break;
      }
      case ChainListKindEnum.LEADS: {
        const sheet = addTableSheet(workbook, KIND_TITLES[kind], [
          { header: '项目名称', key: 'name', width: 32 },
          { header: '阶段', key: 'stage', width: 12 },
          { header: '计划投资（万元）', key: 'investment', width: 16 },
        ]);
        for (const l of await this.leads.exportRows(ctx, { filter: scoped })) {
          sheet.addRow({
            name: l.projectName,
            stage: zh(LEAD_STAGE_LABELS, l.stage),
            investment: l.plannedInvestment,
          });
        }
        break;
      }
      case ChainListKindEnum.REFERRALS: {
        const sheet = addTableSheet(workbook, KIND_TITLES[kind], [
          { header: '企业名称', key: 'name', width: 32 },
          { header: '状态', key: 'status', width: 12 },
        ]);
        for (const r of await this.referrals.exportRows(ctx, { filter: scoped })) {
          sheet.addRow({ name: r.companyName, status: zh(REFERRAL_STATUS_LABELS, r.status) });
        }
        break;
      }
      case ChainListKindEnum.INVESTMENTS: {
        const sheet = addTableSheet(workbook, KIND_TITLES[kind], [
          { header: '投资日期', key: 'date', width: 12 },
          { header: '金额（万元）', key: 'amount', width: 16 },
          { header: '状态', key: 'stage', width: 10 },
        ]);
        for (const i of await this.investments.exportRows(ctx, { filter: scoped })) {
          sheet.addRow({ date: i.investedOn, amount: i.amount, stage: zh(INVESTMENT_STAGE_LABELS, i.stage) });
        }
        break;
      }
      case ChainListKindEnum.TARGETS: {
        const sheet = addTableSheet(workbook, KIND_TITLES[kind], [
          { header: '企业名称', key: 'name', width: 32 },
          { header: '优先级', key: 'priority', width: 8 },
          { header: '进展', key: 'progress', width: 10 },
        ]);
        const rows = await this.targets.exportRows(ctx, { filter: scoped });
        const progress = this.targetService.progressLoader(ctx);
        for (const t of rows) {
          const p = t.leadId ? await progress.load(t.leadId) : 'TARGET';
          sheet.addRow({
            name: t.companyName,
            priority: zh(TARGET_PRIORITY_LABELS, t.priority),
            progress: zh(TARGET_PROGRESS_LABELS, p),
          });
        }
        break;
      }
    }
    return exportFile(workbook, title, this.clock.now());
  }
}

const KIND_TITLES: Readonly<Record<ChainListKind, string>> = {
  ENTERPRISES: '本地企业',
  LEADS: '进行中线索',
  REFERRALS: '待审核报备',
  INVESTMENTS: '基金投资',
  TARGETS: '招商目标',
};

/**
 * A drill-down names its links: one link, a segment or an industry; a stage narrows the leads
 * only, a referral status the referrals only.
 */
function requireScope(filter: ChainDrillFilter | null | undefined, kind: ChainListKind): ChainDrillFilter {
  if (!filter?.linkId && !filter?.segmentCode && !filter?.industryCode) {
    throw badField('filter', '请指定环节、细分赛道或产业');
  }
  if (filter.stage && kind !== ChainListKindEnum.LEADS)
    throw badField('filter.stage', '只有在谈线索可按阶段查看');
  if (filter.referralStatus && kind !== ChainListKindEnum.REFERRALS)
    throw badField('filter.referralStatus', '只有报备可按状态查看');
  return filter;
}
