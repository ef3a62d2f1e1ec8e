// The demo history's shared pieces (demo-history.ts): the seeded draw, dates in Shanghai time,
// the office's vocabulary and milestone plans, and the set-wise row writer.
import type { EntityManager } from 'typeorm';
import {
  type Channel,
  type LeadStage,
  type MilestoneCode,
  type OrganizationKind,
} from '@lianzhao/domain';


/** mulberry32: a small, fast, seeded generator; the same seed gives the same office. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Draw {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = generator(seed);
  }
  unit(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

export const DAY_MS = 86_400_000;
export const SEED = 20_250_101;
export const LEAD_COUNT = 320;
export const SIGNED_COUNT = 62;

/** A Shanghai day `YYYY-MM-DD` at a Shanghai clock time. */
export function shanghaiAt(day: string, minutes: number): Date {
  return new Date(new Date(`${day}T00:00:00+08:00`).getTime() + minutes * 60_000);
}
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
export function monthStart(day: string, monthsBack: number): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - monthsBack);
  return d.toISOString().slice(0, 10);
}

export const CITIES = [
  '上海',
  '苏州',
  '杭州',
  '宁波',
  '合肥',
  '无锡',
  '南京',
  '深圳',
  '常州',
  '嘉兴',
  '南通',
  '北京',
];
export const BRAND_A = [
  '华',
  '新',
  '瑞',
  '博',
  '宏',
  '远',
  '精',
  '恒',
  '凯',
  '鼎',
  '卓',
  '正',
  '嘉',
  '汇',
  '思',
  '昊',
  '峰',
  '泰',
  '誉',
  '晟',
];
export const BRAND_B = [
  '创',
  '达',
  '盛',
  '拓',
  '源',
  '诺',
  '芯',
  '川',
  '德',
  '智',
  '科',
  '航',
  '帆',
  '辰',
  '立',
  '邦',
  '能',
  '美',
  '佳',
  '联',
];

/** What a company of a segment calls itself, and what its project is. */
export const SEGMENT_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  BIOLOGICS: ['生物制品', '生物药产业化基地'],
  MODERN_TCM: ['中药科技', '现代中药生产线'],
  GENE_CELL_THERAPY: ['细胞治疗', '细胞与基因治疗中心'],
  IVD: ['诊断技术', '体外诊断试剂生产基地'],
  COSMETICS: ['美妆科技', '化妆品研发生产基地'],
  FINE_FOOD: ['食品科技', '精致食品智能工厂'],
  ICV: ['智能汽车科技', '智能网联汽车零部件项目'],
  HYDROGEN: ['氢能科技', '氢能装备制造基地'],
  SOLAR_CELLS: ['光伏科技', '高效太阳能电池项目'],
  SMART_GRID: ['电力科技', '智能电网设备项目'],
  ENERGY_STORAGE: ['储能科技', '新型储能系统项目'],
  POLYMERS: ['高分子材料', '高性能高分子材料项目'],
  ELECTRONIC_CHEMICALS: ['电子材料', '电子化学品项目'],
  COMPOSITES: ['复合材料', '高性能复合材料项目'],
  AEROSPACE_MATERIALS: ['航空材料', '航空航天材料项目'],
  SMART_TERMINALS: ['智能终端', '智能终端制造项目'],
  INDUSTRIAL_INTERNET: ['工业互联网', '工业互联网平台项目'],
  HUMANOID_ROBOTS: ['机器人', '人形机器人研发制造项目'],
  ECOMMERCE_PLATFORMS: ['电商科技', '电商平台区域总部'],
  TRADE: ['贸易', '商贸结算中心'],
  CULTURAL_CREATIVE: ['文化创意', '文创产品设计中心'],
  PRODUCER_SERVICES: ['企业服务', '生产性服务业总部'],
  RD_OUTSOURCING: ['医药研发', '研发外包服务中心'],
  TESTING_CERTIFICATION: ['检测技术', '检测认证中心'],
  SOFTWARE_IT: ['软件信息', '软件研发中心'],
  E_COMMERCE: ['网络科技', '跨境电商运营中心'],
  SERVICE_TRADE: ['国际服务', '服务贸易中心'],
};
export const SUFFIXES = ['有限公司', '股份有限公司', '科技有限公司', '集团有限公司'];
/** The parks the migration Parks seeds, with their towns (none: offered in every town). */
export const PARKS: readonly { code: string; townCode: string | null }[] = [
  { code: 'DONGFANG_MEIGU_BIOMED', townCode: 'NANQIAO' },
  { code: 'LINGANG_FENGXIAN', townCode: null },
  { code: 'FENGXIAN_EDZ', townCode: null },
  { code: 'HANGZHOU_BAY_EDZ', townCode: null },
  { code: 'NANQIAO_ZHIXING', townCode: 'NANQIAO' },
  { code: 'XINGHUO_EDZ', townCode: null },
];
export const LOST_REASONS = [
  '企业最终选择了其他区（临港新片区）',
  '企业取消了投资计划',
  '用地规模需求无法满足',
  '企业融资未到位，项目搁置',
  '产业方向与园区定位不符',
];
export const ON_HOLD_REASONS = ['企业内部决策延后', '等待土地指标落实', '企业融资进行中，待下一轮完成'];
export const REJECT_REASONS = [
  '企业尚无明确投资计划，请待项目成熟后再报备',
  '该企业已由其他渠道对接',
  '项目不属于本区重点产业方向',
];
export const CONTACTS = ['周先生', '吴女士', '郑先生', '王女士', '冯先生', '陈女士', '褚先生', '卫女士'];

/** Planned days after signing, per milestone, as the office plans a typical project. */
export const PLAN_OFFSETS: Readonly<Record<'HEAVY' | 'LIGHT', ReadonlyArray<[MilestoneCode, number]>>> = {
  HEAVY: [
    ['SIGNED', 0],
    ['REGISTERED', 45],
    ['SITE_SECURED', 110],
    ['CONSTRUCTION_STARTED', 190],
    ['COMPLETED', 420],
    ['IN_PRODUCTION', 480],
    ['FULL_OUTPUT', 720],
  ],
  LIGHT: [
    ['SIGNED', 0],
    ['REGISTERED', 40],
    ['MOVED_IN', 110],
    ['OPERATING', 170],
  ],
};

export interface Person {
  id: string;
  name: string;
}
export interface PartnerOrg {
  id: string;
  kind: OrganizationKind;
  filer: Person;
}
export interface Move {
  from: LeadStage | null;
  to: LeadStage;
  reason: string | null;
  at: Date;
}
export interface HistoryLead {
  id: string;
  enterpriseId: string;
  companyName: string;
  projectName: string;
  industryCode: string;
  segmentCode: string;
  channel: Channel;
  organization: PartnerOrg | null;
  owner: Person;
  townCode: string;
  plannedInvestment: string;
  createdAt: Date;
  moves: Move[];
}

/** Rows of one table as column arrays, inserted in one statement. */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: ReadonlyArray<[name: string, type: string]>,
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
): Promise<void> {
  if (!rows.length) return;
  const arrays = columns.map((_, i) => rows.map((row) => row[i] ?? null));
  const select = columns.map(([, type], i) => `CAST($${i + 1} AS ${type}[])`).join(', ');
  await manager.query(
    `INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')}) SELECT * FROM unnest(${select})`,
    arrays,
  );
}

/** Demo organisations of the partner kinds the base demo lacks, each with a partner account. */
export const EXTRA_ORGANIZATIONS: ReadonlyArray<{
  kind: OrganizationKind;
  name: string;
  contact: string;
  user: string;
  userName: string;
}> = [
  {
    kind: 'PARK_OPERATOR',
    name: '奉贤综合保税区园区运营有限公司（示例）',
    contact: '钱经理',
    user: 'partner3',
    userName: '钱园区',
  },
  {
    kind: 'ASSOCIATION',
    name: '上海奉贤新材料产业联盟（示例）',
    contact: '孔秘书长',
    user: 'partner4',
    userName: '孔联盟',
  },
  {
    kind: 'LOCAL_ENTERPRISE',
    name: '上海奉贤老字号制造集团有限公司（示例）',
    contact: '曹总',
    user: 'partner5',
    userName: '曹企业',
  },
];

/** The organisation a partner channel's lead comes through. */
export const CHANNEL_KINDS: Readonly<Record<Channel, readonly OrganizationKind[]>> = {
  CHAIN: ['CHAIN_MASTER', 'PARK_OPERATOR'],
  PLATFORM: ['PLATFORM'],
  FUND: ['FUND_MANAGER'],
  BUSINESS: ['LOCAL_ENTERPRISE'],
  EVENT: ['ASSOCIATION'],
  RETURN: [],
  SELF: [],
};
export const CHANNEL_WEIGHTS: ReadonlyArray<[Channel, number]> = [
  ['SELF', 26],
  ['CHAIN', 20],
  ['PLATFORM', 14],
  ['FUND', 10],
  ['BUSINESS', 12],
  ['RETURN', 8],
  ['EVENT', 10],
];
