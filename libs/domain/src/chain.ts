import type { LocalizedLabel } from './labels';
import { compareDecimals } from './money';
import { creditCodeDivision, FENGXIAN_DIVISION } from './credit-code';
import { OPEN_STAGES, type LeadStage } from './pipeline';
import {
  effectiveReferralStatus,
  PENDING_STATUSES,
  type ReferralState,
  type ReferralStatus,
} from './referrals';

/** 产业链环节的位置：上游（原材料/核心部件）、中游（制造/集成）、下游（应用/服务）. */
export const CHAIN_TIERS = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
export type ChainTier = (typeof CHAIN_TIERS)[number];
export const CHAIN_TIER_LABELS: Readonly<Record<ChainTier, LocalizedLabel>> = {
  UPSTREAM: { zh: '上游', en: 'Upstream' },
  MIDSTREAM: { zh: '中游', en: 'Midstream' },
  DOWNSTREAM: { zh: '下游', en: 'Downstream' },
};

export const CHAIN_LINK_STATUSES = ['MISSING', 'WEAK', 'COMPLETE'] as const;
export type ChainLinkStatus = (typeof CHAIN_LINK_STATUSES)[number];
export const CHAIN_LINK_STATUS_LABELS: Readonly<Record<ChainLinkStatus, LocalizedLabel>> = {
  MISSING: { zh: '缺失', en: 'Missing' },
  WEAK: { zh: '薄弱', en: 'Weak' },
  COMPLETE: { zh: '完备', en: 'Complete' },
};

/** What can be placed on a link (环节). */
export const CHAIN_ENTITY_TYPES = ['ENTERPRISE', 'LEAD', 'PROJECT', 'INVESTMENT', 'REFERRAL'] as const;
export type ChainEntityType = (typeof CHAIN_ENTITY_TYPES)[number];
export const CHAIN_ENTITY_TYPE_LABELS: Readonly<Record<ChainEntityType, LocalizedLabel>> = {
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
  LEAD: { zh: '线索', en: 'Lead' },
  PROJECT: { zh: '项目', en: 'Project' },
  INVESTMENT: { zh: '基金投资', en: 'Investment' },
  REFERRAL: { zh: '报备', en: 'Referral' },
};

export const TARGET_PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type TargetPriority = (typeof TARGET_PRIORITIES)[number];
export const TARGET_PRIORITY_LABELS: Readonly<Record<TargetPriority, LocalizedLabel>> = {
  HIGH: { zh: '高', en: 'High' },
  MEDIUM: { zh: '中', en: 'Medium' },
  LOW: { zh: '低', en: 'Low' },
};

/** A chain master's partner on either side of it. */
export const SUPPLY_RELATIONS = ['SUPPLIER', 'CUSTOMER'] as const;
export type SupplyRelation = (typeof SUPPLY_RELATIONS)[number];
export const SUPPLY_RELATION_LABELS: Readonly<Record<SupplyRelation, LocalizedLabel>> = {
  SUPPLIER: { zh: '供应商', en: 'Supplier' },
  CUSTOMER: { zh: '客户', en: 'Customer' },
};

/** The thresholds an admin sets; below either one a link with local enterprises is 薄弱. */
export interface ChainStatusRule {
  /** Local enterprises a link needs to be 完备. */
  readonly minEnterprises: number;
  /** Expected yearly output (万元) of its landed projects a link needs; null: no output threshold. */
  readonly minExpectedOutput: string | null;
}

export interface ChainLinkFacts {
  readonly localEnterprises: number;
  /** Sum of the expected yearly output (万元) of the link's landed projects. */
  readonly expectedOutput: string;
}

/**
 * 缺失 without a local enterprise, 薄弱 below a threshold (count or output), 完备 otherwise. The
 * map computes it from counts read in SQL, so this is its only home.
 */
export function chainLinkStatus(facts: ChainLinkFacts, rule: ChainStatusRule): ChainLinkStatus {
  if (facts.localEnterprises <= 0) return 'MISSING';
  if (facts.localEnterprises < rule.minEnterprises) return 'WEAK';
  if (rule.minExpectedOutput !== null && compareDecimals(facts.expectedOutput, rule.minExpectedOutput) < 0) {
    return 'WEAK';
  }
  return 'COMPLETE';
}

/**
 * The referral states a link breaks its referrals into, in this order: waiting for a decision
 * (PENDING_STATUSES, the card's 待审报备 and nothing else) and accepted with the protection still
 * live and its lead still open (the referral is being worked, not yet done).
 */
export const CHAIN_REFERRAL_STATUSES: readonly ReferralStatus[] = ['PROTECTED', 'EXISTING', 'ACCEPTED'];

/**
 * Which of CHAIN_REFERRAL_STATUSES a referral counts under on `day`, from its status and
 * protection then (its history) and its lead's stage then; null when the link does not show it.
 * The status is the effective one, so a lapsed protection is not counted before the daily job
 * has written it down. chain-counts.sql.ts runs this in SQL (parity test in chain-stages.spec.ts).
 */
export function chainReferralStatus(state: ReferralState, day: string): ReferralStatus | null {
  const status = effectiveReferralStatus(state, day);
  if (PENDING_STATUSES.includes(status)) return status;
  if (status === 'ACCEPTED' && state.leadStage && OPEN_STAGES.includes(state.leadStage)) return status;
  return null;
}

/** A target company's way to landing, as the map shows it. */
export const TARGET_PROGRESSES = ['TARGET', 'IN_PIPELINE', 'SIGNED', 'LANDED', 'LOST'] as const;
export type TargetProgress = (typeof TARGET_PROGRESSES)[number];
export const TARGET_PROGRESS_LABELS: Readonly<Record<TargetProgress, LocalizedLabel>> = {
  TARGET: { zh: '待招引', en: 'Not yet approached' },
  IN_PIPELINE: { zh: '洽谈中', en: 'In the pipeline' },
  SIGNED: { zh: '已签约', en: 'Signed' },
  LANDED: { zh: '已落地', en: 'Landed' },
  LOST: { zh: '已流失', en: 'Lost' },
};

export function targetProgress(leadStage: LeadStage | null, landed: boolean): TargetProgress {
  if (landed) return 'LANDED';
  if (leadStage === null) return 'TARGET';
  if (leadStage === 'SIGNED') return 'SIGNED';
  if (leadStage === 'LOST') return 'LOST';
  return 'IN_PIPELINE';
}

export interface ChainLinkSeed {
  readonly tier: ChainTier;
  readonly name: string;
}

const U = (name: string): ChainLinkSeed => ({ tier: 'UPSTREAM', name });
const M = (name: string): ChainLinkSeed => ({ tier: 'MIDSTREAM', name });
const D = (name: string): ChainLinkSeed => ({ tier: 'DOWNSTREAM', name });

/**
 * The links seeded for every segment of the four leading industries (DOMAIN.md, 产业链图谱), in
 * chain order. Reference data: the migration writes them once, admins edit them afterwards.
 */
export const CHAIN_LINK_SEEDS: Readonly<Record<string, readonly ChainLinkSeed[]>> = {
  // 美丽大健康
  BIOLOGICS: [
    U('细胞株与培养基'),
    U('生物反应器与耗材'),
    M('抗体与重组蛋白药物'),
    M('疫苗'),
    M('CDMO 合同研发生产'),
    D('冷链物流与医药流通'),
    D('临床与医疗机构应用'),
  ],
  MODERN_TCM: [
    U('中药材种植'),
    U('饮片与提取物'),
    M('中成药制造'),
    M('配方颗粒'),
    D('中医药健康服务'),
    D('医药流通'),
  ],
  GENE_CELL_THERAPY: [
    U('病毒载体与质粒'),
    U('细胞培养与工艺设备'),
    M('CAR-T 等细胞治疗产品'),
    M('基因治疗药物'),
    M('CDMO 与质检'),
    D('临床转化与治疗中心'),
  ],
  IVD: [
    U('诊断原料（抗原/抗体/酶）'),
    U('精密零部件与芯片'),
    M('诊断试剂'),
    M('诊断仪器'),
    D('第三方医学检验'),
    D('医院与家用检测'),
  ],
  COSMETICS: [
    U('化妆品原料与活性成分'),
    U('包材'),
    M('研发与配方'),
    M('代工生产（OEM/ODM）'),
    M('品牌运营'),
    D('渠道与电商零售'),
  ],
  FINE_FOOD: [
    U('农产品与食品原料'),
    U('食品添加剂与配料'),
    M('食品加工制造'),
    M('包装'),
    D('冷链物流'),
    D('零售与餐饮渠道'),
  ],
  // 绿色新能源
  ICV: [
    U('芯片与传感器（激光雷达/毫米波雷达）'),
    U('动力电池与电驱'),
    M('自动驾驶系统'),
    M('智能座舱与车载软件'),
    M('整车制造'),
    D('车联网与出行服务'),
    D('测试验证与后市场'),
  ],
  HYDROGEN: [
    U('制氢（电解槽）'),
    U('储运（储氢瓶/管网）'),
    U('膜电极与催化剂'),
    M('燃料电池电堆与系统'),
    M('加氢站装备'),
    D('氢燃料电池汽车'),
    D('氢能应用与运营'),
  ],
  SOLAR_CELLS: [
    U('多晶硅与硅片'),
    U('光伏辅材（银浆/玻璃/胶膜）'),
    M('电池片'),
    M('组件'),
    M('逆变器'),
    D('电站开发与运维'),
  ],
  SMART_GRID: [
    U('电力电子器件'),
    U('传感与通信模块'),
    M('智能电表与终端'),
    M('输变电与配电设备'),
    M('调度与能量管理软件'),
    D('综合能源服务'),
    D('虚拟电厂'),
  ],
  ENERGY_STORAGE: [
    U('正负极材料'),
    U('隔膜'),
    U('电解液'),
    M('电芯'),
    M('BMS/PCS'),
    M('储能系统集成'),
    D('电站运营与回收'),
  ],
  // 通用新材料
  POLYMERS: [
    U('基础化工原料与单体'),
    U('助剂'),
    M('工程塑料'),
    M('特种橡胶与弹性体'),
    M('改性与复合加工'),
    D('汽车与电子电器应用'),
    D('回收再生'),
  ],
  ELECTRONIC_CHEMICALS: [
    U('高纯基础化学品'),
    M('湿电子化学品'),
    M('光刻胶及配套试剂'),
    M('电子特气'),
    M('CMP 抛光材料'),
    D('半导体与显示面板制造'),
  ],
  COMPOSITES: [
    U('纤维（碳纤维/玻璃纤维）'),
    U('树脂基体'),
    M('预浸料与中间材料'),
    M('复合材料构件成型'),
    D('风电叶片与新能源汽车'),
    D('轨道交通与体育器材'),
  ],
  AEROSPACE_MATERIALS: [
    U('高温合金与钛合金'),
    U('特种陶瓷与涂层'),
    M('先进复合材料'),
    M('零部件精密加工'),
    D('航空航天整机配套'),
    D('维修与检测'),
  ],
  // 数智新装备
  SMART_TERMINALS: [
    U('芯片与元器件'),
    U('显示与传感模组'),
    M('操作系统与软件'),
    M('整机设计与制造'),
    D('消费电子与可穿戴'),
    D('行业终端应用'),
  ],
  INDUSTRIAL_INTERNET: [
    U('工业传感与边缘设备'),
    U('工业网络与通信'),
    M('工业互联网平台'),
    M('工业软件（MES/PLM）'),
    D('智能工厂解决方案'),
    D('工业安全与运维服务'),
  ],
  HUMANOID_ROBOTS: [
    U('伺服电机与减速器'),
    U('传感器与芯片'),
    U('灵巧手与执行器'),
    M('运动控制与具身智能'),
    M('整机本体制造'),
    D('工业与商业服务场景'),
    D('家庭服务'),
  ],
};

export interface LocalStockFacts {
  readonly localStockSince: string | null;
  readonly creditCode: string | null;
  readonly foundedOn: string | null;
}

/**
 * 存量 on a day, for the chain map: the officer's mark, or a 奉贤区 credit code (a company keeps
 * its code for life, so it was registered here from its founding; with no founding day recorded,
 * since always). SQL twin: `localStockOnSql` in the chain context, with a parity test.
 */
export function localStockOn(enterprise: LocalStockFacts, day: string): boolean {
  const byCode =
    enterprise.creditCode && creditCodeDivision(enterprise.creditCode) === FENGXIAN_DIVISION
      ? (enterprise.foundedOn ?? '0001-01-01')
      : null;
  const since = [enterprise.localStockSince, byCode].filter((d): d is string => d !== null).sort()[0];
  return since !== undefined && since <= day;
}
