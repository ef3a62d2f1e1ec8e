import type { INestApplication } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  addDays,
  DEFAULT_PROTECTION_DAYS,
  multiplyDecimals,
  normalizeCompanyName,
  PIPELINE_PATH,
  type Channel,
  type InvestmentRound,
  type LeadStage,
  type MilestoneCode,
  type OrganizationKind,
  type TargetMetric,
} from '@lianzhao/domain';
import { Clock, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { FundsService, InvestmentsService } from '@lianzhao/api-funds';
import { Organization, OrganizationsService, User } from '@lianzhao/api-users';

// Two years of an office's history for the cockpit (issue 13): a few hundred leads across every
// stage and channel with backdated stage histories, about sixty landing projects at every
// milestone (some late), referrals from each kind of partner, investments of the demo funds and
// the admin's entered target actuals. Everything is drawn from one seeded generator and dated
// relative to today (the history spans the two years of months before this one), so every first start
// produces the same office and it never goes stale.
//
// Speed: the rows are written set-wise (one INSERT … SELECT FROM unnest(…) per table) in the demo's
// transaction; the database's own triggers fill what they always fill (search text, lead stage
// totals, the projects' milestone facts). Only the few records whose rules live in services
// (organisations, a fund, investments) go through them. The rows obey the rules the services
// enforce one by one: apps/api/test/demo-data.spec.ts checks them as bench-data.spec.ts does.

/** mulberry32: a small, fast, seeded generator; the same seed gives the same office. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Draw {
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

const DAY_MS = 86_400_000;
const SEED = 20_250_101;
const LEAD_COUNT = 320;
const SIGNED_COUNT = 62;

/** A Shanghai day `YYYY-MM-DD` at a Shanghai clock time. */
function shanghaiAt(day: string, minutes: number): Date {
  return new Date(new Date(`${day}T00:00:00+08:00`).getTime() + minutes * 60_000);
}
function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
function monthStart(day: string, monthsBack: number): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - monthsBack);
  return d.toISOString().slice(0, 10);
}

const CITIES = [
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
const BRAND_A = [
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
const BRAND_B = [
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
const SEGMENT_WORDS: Readonly<Record<string, readonly [string, string]>> = {
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
const SUFFIXES = ['有限公司', '股份有限公司', '科技有限公司', '集团有限公司'];
const PARKS = [
  '东方美谷生物医药园',
  '临港奉贤园区',
  '奉贤经济开发区',
  '杭州湾经济开发区',
  '南桥智行生态谷',
  '星火开发区',
];
const LOST_REASONS = [
  '企业最终选择了其他区（临港新片区）',
  '企业取消了投资计划',
  '用地规模需求无法满足',
  '企业融资未到位，项目搁置',
  '产业方向与园区定位不符',
];
const ON_HOLD_REASONS = ['企业内部决策延后', '等待土地指标落实', '企业融资进行中，待下一轮完成'];
const REJECT_REASONS = [
  '企业尚无明确投资计划，请待项目成熟后再报备',
  '该企业已由其他渠道对接',
  '项目不属于本区重点产业方向',
];
const CONTACTS = ['周先生', '吴女士', '郑先生', '王女士', '冯先生', '陈女士', '褚先生', '卫女士'];

/** Planned days after signing, per milestone, as the office plans a typical project. */
const PLAN_OFFSETS: Readonly<Record<'HEAVY' | 'LIGHT', ReadonlyArray<[MilestoneCode, number]>>> = {
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

interface Person {
  id: string;
  name: string;
}
interface PartnerOrg {
  id: string;
  kind: OrganizationKind;
  filer: Person;
}
interface Move {
  from: LeadStage | null;
  to: LeadStage;
  reason: string | null;
  at: Date;
}
interface HistoryLead {
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
async function insertRows(
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
const EXTRA_ORGANIZATIONS: ReadonlyArray<{
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
const CHANNEL_KINDS: Readonly<Record<Channel, readonly OrganizationKind[]>> = {
  CHAIN: ['CHAIN_MASTER', 'PARK_OPERATOR'],
  PLATFORM: ['PLATFORM'],
  FUND: ['FUND_MANAGER'],
  BUSINESS: ['LOCAL_ENTERPRISE'],
  EVENT: ['ASSOCIATION'],
  RETURN: [],
  SELF: [],
};
const CHANNEL_WEIGHTS: ReadonlyArray<[Channel, number]> = [
  ['SELF', 26],
  ['CHAIN', 20],
  ['PLATFORM', 14],
  ['FUND', 10],
  ['BUSINESS', 12],
  ['RETURN', 8],
  ['EVENT', 10],
];

/**
 * Fills the demo with its history. Runs inside the demo's transaction after the base demo; returns
 * the partner accounts it added.
 */
export async function seedDemoHistory(app: INestApplication, ctx: RequestContext): Promise<string[]> {
  const connection = app.get(TransactionalConnection);
  const manager = connection.getRepository(ctx, User).manager;
  const clock = app.get(Clock);
  const today = clock.today();
  // The history ends where today begins: nothing in it depends on the hour of the first start.
  const now = shanghaiAt(today, 0);
  const draw = new Draw(SEED);
  const historyStart = monthStart(today, 23);
  const span =
    (new Date(`${today}T00:00:00Z`).getTime() - new Date(`${historyStart}T00:00:00Z`).getTime()) / DAY_MS;

  // People and partners.
  const users = await connection.getRepository(ctx, User).find();
  const person = (username: string): Person => {
    const u = users.find((x) => x.username === username);
    if (!u) throw new Error(`demo user ${username} is missing`);
    return { id: u.id, name: u.displayName };
  };
  const officers = [person('officer'), person('officer2')];
  const admin = person('admin');
  const organizations = app.get(OrganizationsService);
  const partnerHash = users.find((u) => u.username === 'partner')?.passwordHash ?? '';
  for (const extra of EXTRA_ORGANIZATIONS) {
    const org = await organizations.create(ctx, {
      name: extra.name,
      kind: extra.kind,
      contactName: extra.contact,
      contactPhone: '021-57100009',
    });
    // The same demo password as every demo account: its hash is copied rather than computed again.
    await manager.query(
      `INSERT INTO users (username, display_name, role, password_hash, organization_id) VALUES ($1, $2, 'PARTNER', $3, $4)`,
      [extra.user, extra.userName, partnerHash, org.id],
    );
  }
  const filers = await connection.getRepository(ctx, User).find({ where: { role: 'PARTNER' } });
  const orgRows = await connection
    .getRepository(ctx, Organization)
    .find({ order: { createdAt: 'ASC', name: 'ASC' } });
  const partners: PartnerOrg[] = orgRows.flatMap((o) => {
    const filer = filers.find((u) => u.organizationId === o.id);
    return filer ? [{ id: o.id, kind: o.kind, filer: { id: filer.id, name: filer.displayName } }] : [];
  });

  const segments: Array<{ code: string; industry_code: string }> = await manager.query(
    'SELECT code, industry_code FROM segments ORDER BY sort_order, code',
  );
  const towns: Array<{ code: string }> = await manager.query(
    "SELECT code FROM places WHERE kind IN ('TOWN', 'STREET') ORDER BY sort_order, code",
  );
  const leadingSegments = segments.filter((s) => s.industry_code !== 'OTHER' && SEGMENT_WORDS[s.code]);
  const otherSegments = segments.filter((s) => s.industry_code === 'OTHER' && SEGMENT_WORDS[s.code]);
  const channelBag = CHANNEL_WEIGHTS.flatMap(([c, w]) => Array<Channel>(w).fill(c));

  // Final stages: about sixty signed, the rest spread over the pipeline, 暂缓 and 流失.
  const finals: LeadStage[] = [];
  const mix: ReadonlyArray<[LeadStage, number]> = [
    ['SIGNED', SIGNED_COUNT],
    ['NEW', 40],
    ['CONTACTED', 52],
    ['VISITED', 44],
    ['NEGOTIATING', 36],
    ['APPROVED', 18],
    ['ON_HOLD', 26],
  ];
  for (const [stage, count] of mix) for (let i = 0; i < count; i++) finals.push(stage);
  while (finals.length < LEAD_COUNT) finals.push('LOST');

  const leads: HistoryLead[] = [];
  const enterpriseRows: unknown[][] = [];
  for (let i = 0; i < LEAD_COUNT; i++) {
    // Shuffle deterministically: lead i gets a final stage picked from what is left.
    const final = finals.splice(draw.int(0, finals.length - 1), 1)[0];
    const segment = draw.chance(0.82) ? draw.pick(leadingSegments) : draw.pick(otherSegments);
    const [companyWord, projectWord] = SEGMENT_WORDS[segment.code];
    const city = draw.pick(CITIES);
    const brand = BRAND_A[i % BRAND_A.length] + BRAND_B[Math.floor(i / BRAND_A.length) % BRAND_B.length];
    const companyName = `${city}${brand}${companyWord}${draw.pick(SUFFIXES)}（示例）`;
    const channel = draw.pick(channelBag);
    const kinds = CHANNEL_KINDS[channel];
    const candidates = partners.filter((p) => kinds.includes(p.kind));
    const organization =
      candidates.length && (channel !== 'EVENT' || draw.chance(0.6)) ? draw.pick(candidates) : null;
    const owner = officers[i % 2];
    const planned = Math.round(Math.pow(10, 3.3 + 1.9 * draw.unit()) / 100) * 100;

    // The moves first, then a creation day early enough for all of them to have happened.
    const moves = timeMoves(pathTo(final, draw), historyStart, span, now, draw);
    const createdAt = moves[0].at;
    const lead: HistoryLead = {
      id: draw.uuid(),
      enterpriseId: draw.uuid(),
      companyName,
      projectName: `${brand}${projectWord}`,
      industryCode: segment.industry_code,
      segmentCode: segment.code,
      channel,
      organization,
      owner,
      townCode: draw.pick(towns).code,
      plannedInvestment: String(planned),
      createdAt,
      moves,
    };
    leads.push(lead);
    enterpriseRows.push([
      lead.enterpriseId,
      companyName,
      normalizeCompanyName(companyName),
      segment.industry_code,
      segment.code,
      // 科创 tags on a share of the companies, so the funds' 投资科创项目 figure has something to count.
      draw.chance(0.45) ? '{HIGH_TECH}' : draw.chance(0.2) ? '{INNOVATIVE}' : '{}',
      city === '上海' ? '上海' : city,
      createdAt,
    ]);
  }

  // tag_codes is an array column: unnest cannot take an array of arrays, so it goes as text.
  await manager.query(
    `INSERT INTO enterprises (id, name, name_normalized, industry_code, segment_code, tag_codes, headquarters_city, created_at, updated_at)
     SELECT id, name, nn, ic, sc, CAST(tags AS varchar[]), city, at, at
       FROM unnest(CAST($1 AS uuid[]), CAST($2 AS varchar[]), CAST($3 AS varchar[]), CAST($4 AS varchar[]),
                   CAST($5 AS varchar[]), CAST($6 AS text[]), CAST($7 AS varchar[]), CAST($8 AS timestamptz[]))
            AS t(id, name, nn, ic, sc, tags, city, at)`,
    [0, 1, 2, 3, 4, 5, 6, 7].map((k) => enterpriseRows.map((r) => r[k])),
  );

  // Leads, then their histories. The lead rows carry their final stage; the triggers keep the
  // stage totals and the search text.
  await insertRows(
    manager,
    'leads',
    [
      ['id', 'uuid'],
      ['enterprise_id', 'uuid'],
      ['project_name', 'varchar'],
      ['industry_code', 'varchar'],
      ['segment_code', 'varchar'],
      ['channel', 'varchar'],
      ['source_organization_id', 'uuid'],
      ['owner_id', 'uuid'],
      ['town_code', 'varchar'],
      ['planned_investment', 'numeric'],
      ['stage', 'varchar'],
      ['stage_changed_at', 'timestamptz'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    leads.map((l) => {
      const last = l.moves[l.moves.length - 1];
      return [
        l.id,
        l.enterpriseId,
        l.projectName,
        l.industryCode,
        l.segmentCode,
        l.channel,
        l.organization?.id ?? null,
        l.owner.id,
        l.townCode,
        l.plannedInvestment,
        last.to,
        last.at,
        l.createdAt,
        last.at,
      ];
    }),
  );
  await insertRows(
    manager,
    'lead_stage_changes',
    [
      ['lead_id', 'uuid'],
      ['from_stage', 'varchar'],
      ['to_stage', 'varchar'],
      ['reason', 'text'],
      ['actor_id', 'uuid'],
      ['actor_name', 'varchar'],
      ['at', 'timestamptz'],
    ],
    leads.flatMap((l) => l.moves.map((m) => [l.id, m.from, m.to, m.reason, l.owner.id, l.owner.name, m.at])),
  );

  // Landing projects of the signed leads, with their milestones.
  const projects: Array<{ lead: HistoryLead; id: string; landedOn: string | null }> = [];
  const projectRows: unknown[][] = [];
  const milestoneRows: unknown[][] = [];
  for (const lead of leads.filter((l) => l.moves[l.moves.length - 1].to === 'SIGNED')) {
    const signedAt = lead.moves[lead.moves.length - 1].at;
    const signedOn = shanghaiDay(signedAt);
    const type = lead.industryCode === 'OTHER' ? 'LIGHT' : 'HEAVY';
    const contract = Math.round((Number(lead.plannedInvestment) * (0.8 + 0.5 * draw.unit())) / 10) * 10;
    // How this project moves: most on time or a little late, some slow, some stuck.
    const pace = draw.pick(
      type === 'LIGHT'
        ? (['ON_TIME', 'LATE', 'STUCK', 'STUCK'] as const)
        : (['ON_TIME', 'ON_TIME', 'LATE', 'LATE', 'SLOW', 'STUCK'] as const),
    );
    const stuckAfter = pace === 'STUCK' ? draw.int(1, type === 'LIGHT' ? 2 : 3) : 99;
    const id = draw.uuid();
    let previous = signedOn;
    let open = false;
    let landedOn: string | null = null;
    let completed = false;
    PLAN_OFFSETS[type].forEach(([code, offset], position) => {
      const planned = code === 'SIGNED' ? null : addDays(signedOn, offset + draw.int(-10, 10));
      let actual: string | null = null;
      if (code === 'SIGNED') actual = signedOn;
      else if (!open && position <= stuckAfter && planned) {
        const delay =
          pace === 'ON_TIME'
            ? draw.int(-15, 3)
            : pace === 'LATE'
              ? draw.int(5, 40)
              : pace === 'SLOW'
                ? draw.int(30, 120)
                : draw.int(0, 30);
        const candidate = addDays(planned, delay);
        const day = candidate < previous ? previous : candidate;
        if (day <= today) actual = day;
      }
      if (!actual) open = true;
      else previous = actual;
      if (code === 'REGISTERED' && actual) landedOn = actual;
      if (code === 'COMPLETED' && actual) completed = true;
      milestoneRows.push([id, code, position, planned, actual]);
    });
    const heavy = type === 'HEAVY';
    projectRows.push([
      id,
      lead.id,
      lead.enterpriseId,
      lead.projectName,
      type,
      lead.industryCode,
      lead.segmentCode,
      lead.channel,
      lead.organization?.id ?? null,
      lead.owner.id,
      lead.townCode,
      draw.chance(0.6) ? draw.pick(PARKS) : null,
      String(contract),
      String(Math.round(contract / 50) * 10),
      String(Math.round(contract * 0.6)),
      completed ? String(Math.round(contract * (0.5 + 0.3 * draw.unit()))) : null,
      String(Math.round(contract * (1.2 + draw.unit()))),
      String(Math.round(contract * 0.08)),
      heavy ? String(draw.int(15, 160)) : null,
      heavy
        ? draw.pick(['FLEXIBLE_TRANSFER', 'LONG_LEASE', 'LEASE_THEN_TRANSFER', 'LEASE_AND_TRANSFER'])
        : null,
      heavy ? null : String(draw.int(8, 60) * 100),
      heavy ? null : draw.pick(['LEASED', 'BOUGHT']),
      draw.int(3, 60) * 10,
      signedAt,
    ]);
    projects.push({ lead, id, landedOn });
  }
  await insertRows(
    manager,
    'projects',
    [
      ['id', 'uuid'],
      ['lead_id', 'uuid'],
      ['enterprise_id', 'uuid'],
      ['name', 'varchar'],
      ['type', 'varchar'],
      ['industry_code', 'varchar'],
      ['segment_code', 'varchar'],
      ['channel', 'varchar'],
      ['source_organization_id', 'uuid'],
      ['owner_id', 'uuid'],
      ['town_code', 'varchar'],
      ['park', 'varchar'],
      ['contract_investment', 'numeric'],
      ['registered_capital', 'numeric'],
      ['planned_fixed_asset_investment', 'numeric'],
      ['actual_fixed_asset_investment', 'numeric'],
      ['expected_output', 'numeric'],
      ['expected_tax', 'numeric'],
      ['land_area', 'numeric'],
      ['site_supply_mode', 'varchar'],
      ['space_area', 'numeric'],
      ['space_tenure', 'varchar'],
      ['jobs_planned', 'int'],
      ['created_at', 'timestamptz'],
    ],
    projectRows,
  );
  await insertRows(
    manager,
    'project_milestones',
    [
      ['project_id', 'uuid'],
      ['code', 'varchar'],
      ['position', 'int'],
      ['planned_date', 'date'],
      ['actual_date', 'date'],
    ],
    milestoneRows,
  );

  await seedReferrals(manager, draw, leads, partners, projects, today, now);
  await seedInvestments(app, ctx, draw, projects, today);
  await seedTargetActuals(manager, admin, today, now);
  return EXTRA_ORGANIZATIONS.map((o) => o.user);
}

/** The stage moves that lead to `final`: forward steps (some skipped), 过会 before 签约, a pause now and then. */
function pathTo(final: LeadStage, draw: Draw): Array<Omit<Move, 'at'>> {
  const moves: Array<Omit<Move, 'at'>> = [{ from: null, to: 'NEW', reason: null }];
  let stage: LeadStage = 'NEW';
  const go = (to: LeadStage, reason: string | null = null) => {
    moves.push({ from: stage, to, reason });
    stage = to;
  };
  const target: LeadStage =
    final === 'ON_HOLD' || final === 'LOST'
      ? draw.pick(['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED'] as const)
      : final;
  const path = PIPELINE_PATH.slice(1, PIPELINE_PATH.indexOf(target) + 1);
  for (const step of path) {
    // Earlier stages may be skipped, but 签约 is reached only from 过会.
    const required = step === target || step === 'APPROVED';
    if (!required && draw.chance(0.2)) continue;
    go(step);
    // An occasional pause on the way, resumed at the same stage.
    if (step !== target && draw.chance(0.06)) {
      const resumeAt = stage;
      go('ON_HOLD', draw.pick(ON_HOLD_REASONS));
      go(resumeAt);
    }
  }
  if (final === 'ON_HOLD') go('ON_HOLD', draw.pick(ON_HOLD_REASONS));
  if (final === 'LOST') go('LOST', draw.pick(LOST_REASONS));
  return moves;
}

/**
 * Dates the moves a week to two months apart (closer when the path is long), from a creation day
 * drawn so that the last move falls before `now`: some leads are old and settled, others moving.
 */
function timeMoves(
  moves: Array<Omit<Move, 'at'>>,
  historyStart: string,
  span: number,
  now: Date,
  draw: Draw,
): Move[] {
  const room = (span - 3) * DAY_MS;
  const drawn = moves.map((_, i) => (i === 0 ? 0 : (7 + 53 * draw.unit()) * DAY_MS));
  const total = drawn.reduce((x, y) => x + y, 0);
  const scale = total > room * 0.9 ? (room * 0.9) / total : 1;
  // At least an hour apart, so the history's order is its time order.
  const gaps = drawn.map((g, i) => (i === 0 ? 0 : Math.max(3_600_000, Math.round(g * scale))));
  const needed = gaps.reduce((x, y) => x + y, 0);
  const latestStart = now.getTime() - DAY_MS - needed - 10 * 3_600_000;
  const maxDays = Math.max(0, Math.floor((latestStart - shanghaiAt(historyStart, 0).getTime()) / DAY_MS));
  let t = shanghaiAt(
    addDays(historyStart, Math.floor(draw.unit() * (maxDays + 1))),
    9 * 60 + draw.int(0, 480),
  ).getTime();
  return moves.map((m, i) => {
    t += gaps[i];
    return { ...m, at: new Date(t) };
  });
}

/**
 * Referrals of every partner organisation: accepted ones behind the partner channels' leads (filed
 * a few days before the lead was created), live protections, lapsed ones and rejections, each with
 * the history a referral's life leaves, and rewards for some landed ones.
 */
async function seedReferrals(
  manager: EntityManager,
  draw: Draw,
  leads: readonly HistoryLead[],
  partners: readonly PartnerOrg[],
  projects: ReadonlyArray<{ lead: HistoryLead; landedOn: string | null }>,
  today: string,
  now: Date,
): Promise<void> {
  const rows: unknown[][] = [];
  const history: unknown[][] = [];
  const pd = DEFAULT_PROTECTION_DAYS;
  const file = (r: {
    org: PartnerOrg;
    company: string;
    industryCode: string;
    segmentCode: string;
    planned: string | null;
    status: string;
    filedAt: Date;
    protectedUntil: string;
    leadId?: string | null;
    enterpriseId?: string | null;
    decisionReason?: string | null;
    decidedAt?: Date | null;
    decider?: Person | null;
    reward?: { amount: string; on: string } | null;
  }) => {
    const id = draw.uuid();
    const filedUntil = addDays(shanghaiDay(r.filedAt), pd);
    rows.push([
      id,
      r.org.id,
      r.org.filer.id,
      r.company,
      normalizeCompanyName(r.company),
      r.industryCode,
      r.segmentCode,
      r.planned,
      draw.pick(CONTACTS),
      `138${String(draw.int(10_000_000, 99_999_999))}`,
      r.status,
      r.protectedUntil,
      r.leadId ?? null,
      r.enterpriseId ?? null,
      r.decisionReason ?? null,
      r.decidedAt ?? null,
      r.decider?.id ?? null,
      r.reward?.amount ?? null,
      r.reward?.on ?? null,
      r.filedAt,
      r.decidedAt && r.decidedAt > r.filedAt ? r.decidedAt : r.filedAt,
    ]);
    const event = (
      name: string,
      status: string,
      until: string | null,
      note: string | null,
      actor: Person | null,
      at: Date,
    ) => history.push([id, name, status, until, note, note, actor?.id ?? null, actor?.name ?? '系统', at]);
    event('FILED', 'PROTECTED', filedUntil, null, r.org.filer, r.filedAt);
    if (r.leadId && r.decidedAt)
      event(
        'ACCEPTED',
        'ACCEPTED',
        addDays(shanghaiDay(r.decidedAt), pd),
        '投促办已受理，项目进入招商管道',
        r.decider ?? null,
        r.decidedAt,
      );
    if (r.status === 'REJECTED' && r.decidedAt)
      event(
        'REJECTED',
        'REJECTED',
        r.protectedUntil,
        r.decisionReason ?? null,
        r.decider ?? null,
        r.decidedAt,
      );
    if (r.status === 'EXPIRED') {
      const lapsedAt = shanghaiAt(addDays(r.protectedUntil, 1), 120);
      event(
        'EXPIRED',
        'EXPIRED',
        r.protectedUntil,
        `保护期至 ${r.protectedUntil} 届满`,
        null,
        lapsedAt < now ? lapsedAt : now,
      );
    }
    if (r.reward)
      event(
        'REWARDED',
        'ACCEPTED',
        r.protectedUntil,
        `发放引荐奖励 ${r.reward.amount} 万元（${r.reward.on}）`,
        r.decider ?? null,
        shanghaiAt(r.reward.on, 600),
      );
  };

  // Accepted: about two thirds of the leads a partner brought in.
  const landed = new Map(projects.map((p) => [p.lead.id, p.landedOn]));
  for (const lead of leads) {
    if (!lead.organization || !draw.chance(0.7)) continue;
    const last = lead.moves[lead.moves.length - 1];
    const signed = last.to === 'SIGNED';
    // The protection runs on from the lead's last move (each move extends it).
    const until = addDays(shanghaiDay(last.at), pd);
    const landedOn = landed.get(lead.id) ?? null;
    const rewardOn = landedOn ? addDays(landedOn, 60) : null;
    file({
      org: lead.organization,
      company: lead.companyName,
      industryCode: lead.industryCode,
      segmentCode: lead.segmentCode,
      planned: lead.plannedInvestment,
      status: signed || until >= today ? 'ACCEPTED' : 'EXPIRED',
      filedAt: new Date(lead.createdAt.getTime() - draw.int(1, 20) * DAY_MS),
      protectedUntil: until,
      leadId: lead.id,
      enterpriseId: lead.enterpriseId,
      decidedAt: lead.createdAt,
      decider: lead.owner,
      reward:
        rewardOn && rewardOn <= today && draw.chance(0.5)
          ? {
              amount: String(Math.min(300, Math.round(Number(lead.plannedInvestment) * 0.002 * 100) / 100)),
              on: rewardOn,
            }
          : null,
    });
  }
  // Per organisation: a live protection, a lapsed one and a rejection, for companies not in the pipeline.
  partners.forEach((org, k) => {
    const segment = draw.pick(Object.keys(SEGMENT_WORDS));
    const [word] = SEGMENT_WORDS[segment];
    const company = (n: number) =>
      `${draw.pick(CITIES)}${BRAND_B[(k * 3 + n) % BRAND_B.length]}${BRAND_A[(k * 7 + n) % BRAND_A.length]}${word}报备${k + 1}${n}有限公司（示例）`;
    const industry = (leads.find((l) => l.segmentCode === segment)?.industryCode ?? 'OTHER') as string;
    const live = shanghaiAt(addDays(today, -draw.int(5, pd - 20)), 600);
    file({
      org,
      company: company(1),
      industryCode: industry,
      segmentCode: segment,
      planned: String(draw.int(5, 80) * 1000),
      status: 'PROTECTED',
      filedAt: live,
      protectedUntil: addDays(shanghaiDay(live), pd),
    });
    const old = shanghaiAt(addDays(today, -draw.int(pd + 10, 600)), 600);
    file({
      org,
      company: company(2),
      industryCode: industry,
      segmentCode: segment,
      planned: null,
      status: 'EXPIRED',
      filedAt: old,
      protectedUntil: addDays(shanghaiDay(old), pd),
    });
    const rejected = shanghaiAt(addDays(today, -draw.int(10, 600)), 600);
    file({
      org,
      company: company(3),
      industryCode: industry,
      segmentCode: segment,
      planned: null,
      status: 'REJECTED',
      filedAt: rejected,
      protectedUntil: addDays(shanghaiDay(rejected), pd),
      decisionReason: draw.pick(REJECT_REASONS),
      decidedAt: new Date(Math.min(now.getTime(), rejected.getTime() + draw.int(1, 15) * DAY_MS)),
      decider: null,
    });
  });

  await insertRows(
    manager,
    'referrals',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['filed_by_id', 'uuid'],
      ['company_name', 'varchar'],
      ['name_key', 'varchar'],
      ['industry_code', 'varchar'],
      ['segment_code', 'varchar'],
      ['planned_investment', 'numeric'],
      ['contact_name', 'varchar'],
      ['contact_phone', 'varchar'],
      ['status', 'varchar'],
      ['protected_until', 'date'],
      ['lead_id', 'uuid'],
      ['enterprise_id', 'uuid'],
      ['decision_reason', 'text'],
      ['decided_at', 'timestamptz'],
      ['decided_by_id', 'uuid'],
      ['reward_amount', 'numeric'],
      ['rewarded_on', 'date'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    rows,
  );
  await insertRows(
    manager,
    'referral_history',
    [
      ['referral_id', 'uuid'],
      ['event', 'varchar'],
      ['status', 'varchar'],
      ['protected_until', 'date'],
      ['note', 'text'],
      ['partner_note', 'text'],
      ['actor_id', 'uuid'],
      ['actor_name', 'varchar'],
      ['at', 'timestamptz'],
    ],
    history,
  );
}

/**
 * A district 科创 fund-of-funds and investments of the demo funds in history companies, through
 * the funds context (its rules decide what counts toward 返投).
 */
async function seedInvestments(
  app: INestApplication,
  ctx: RequestContext,
  draw: Draw,
  projects: ReadonlyArray<{ lead: HistoryLead; landedOn: string | null }>,
  today: string,
): Promise<void> {
  const funds = app.get(FundsService);
  const investments = app.get(InvestmentsService);
  const managers = app
    .get(TransactionalConnection)
    .getRepository(ctx, Organization)
    .find({ where: { kind: 'FUND_MANAGER' }, order: { createdAt: 'ASC', name: 'ASC' } });
  const [manager] = await managers;
  const vintageDate = monthStart(today, 20);
  const fund = await funds.create(ctx, {
    name: '奉贤区科创母基金（示例）',
    kind: 'GOVERNMENT_GUIDANCE',
    managerOrganizationId: manager.id,
    size: '500000',
    governmentContribution: '150000',
    vintageDate,
    termYears: 10,
    focusSegmentCodes: ['BIOLOGICS', 'ENERGY_STORAGE', 'HUMANOID_ROBOTS', 'ELECTRONIC_CHEMICALS'],
    status: 'INVESTING',
    reinvestmentMultiple: '1.2',
    reinvestmentBasis: 'GOVERNMENT_CONTRIBUTION',
    ruleChangeNote: '按合伙协议：返投不低于区政府出资的 1.2 倍',
  });
  const rounds: InvestmentRound[] = ['ANGEL', 'PRE_A', 'A', 'B', 'C_PLUS'];
  const chosen = projects.filter((p) => p.lead.industryCode !== 'OTHER').filter(() => draw.chance(0.5));
  for (const p of chosen) {
    const signedOn = shanghaiDay(p.lead.moves[p.lead.moves.length - 1].at);
    // Paid after the signing and after the fund was set up, never in the future.
    const after = signedOn > vintageDate ? signedOn : vintageDate;
    const day = addDays(after, draw.int(10, 200));
    const stage = draw.chance(0.8) ? 'PAID' : draw.pick(['INTENDED', 'DECIDED'] as const);
    await investments.record(ctx, {
      fundId: fund.id,
      enterpriseId: p.lead.enterpriseId,
      amount: String(draw.int(5, 60) * 100),
      date: day <= today ? day : today,
      round: draw.pick(rounds),
      stage,
      leadId: p.lead.id,
    });
  }
}

/** Figures of the year before and this year, as an admin entered them from the statistics bureau. */
const ENTERED_ACTUALS: ReadonlyArray<[TargetMetric, number, string, readonly string[]]> = [
  // metric, unit factor to the stored unit (亿元 → 万元), last year's figure, this year's year-to-date by quarter.
  ['INDUSTRIAL_OUTPUT', 10_000, '2980', ['760.4', '1562.8', '2371.5', '3190']],
  ['LEADING_INDUSTRY_OUTPUT', 10_000, '1960', ['505.2', '1038.6', '1590.3', '2150']],
  ['SPECIALIZED_ENTERPRISES', 1, '1180', ['1208', '1265', '1310', '1352']],
  ['STRATEGIC_EMERGING_SHARE', 1, '41.2', ['42.5', '43.1', '44', '44.6']],
  ['HIGH_TECH_ENTERPRISES', 1, '2180', ['2205', '2290', '2350', '2410']],
  ['CHAMPION_ENTERPRISES', 1, '3', ['4', '5', '6', '6']],
  ['INDUSTRIAL_LANDMARKS', 1, '1', ['1', '3', '3', '4']],
  ['INNOVATION_PLATFORMS', 1, '19', ['20', '22', '24', '25']],
  ['APPLICATION_SCENARIOS', 1, '28', ['7', '15', '22', '31']],
  ['TECH_CONTRACT_VALUE', 10_000, '86.5', ['21.3', '47.8', '72.6', '98.4']],
  ['SMART_FACTORIES', 1, '6', ['7', '9', '11', '12']],
  ['GREEN_FACTORIES', 1, '18', ['19', '21', '22', '24']],
  ['ACADEMICIAN_WORKSTATIONS', 1, '7', ['8', '10', '12', '13']],
  ['TECH_TALENTS', 1, '150', ['176', '221', '268', '302']],
  ['FOREIGN_TRADE', 10_000, '1320', ['318', '655', '1002', '1364']],
];

/** This year's targets, on the way to the 2027 ones (the 2027 ones come with the migration). */
const THIS_YEAR_TARGETS: ReadonlyArray<[TargetMetric, string]> = [
  ['INDUSTRIAL_OUTPUT', '33000000'],
  ['LEADING_INDUSTRY_OUTPUT', '22000000'],
  ['SPECIALIZED_ENTERPRISES', '1350'],
  ['STRATEGIC_EMERGING_SHARE', '45'],
  ['HIGH_TECH_ENTERPRISES', '2400'],
  ['CHAMPION_ENTERPRISES', '6'],
  ['INDUSTRIAL_LANDMARKS', '3'],
  ['INNOVATION_PLATFORMS', '25'],
  ['APPLICATION_SCENARIOS', '30'],
  ['TECH_CONTRACT_VALUE', '900000'],
  ['SMART_FACTORIES', '12'],
  ['GREEN_FACTORIES', '24'],
  ['MANUFACTURING_LAND', '2000'],
  ['ACADEMICIAN_WORKSTATIONS', '14'],
  ['TECH_TALENTS', '280'],
  ['FUND_LEVERAGE', '2000000'],
  ['SCI_TECH_INVESTMENTS', '60'],
  ['FOREIGN_TRADE', '14000000'],
  ['LEADING_INDUSTRY_INVESTMENT_LANDED', '1200000'],
];

async function seedTargetActuals(
  manager: EntityManager,
  admin: Person,
  today: string,
  now: Date,
): Promise<void> {
  const year = Number(today.slice(0, 4));
  const rows: unknown[][] = [];
  const enteredAt = (periodEnd: string) => {
    const at = shanghaiAt(addDays(periodEnd, 18), 600);
    return at < now ? at : null;
  };
  const stored = (value: string, factor: number) => multiplyDecimals(value, String(factor));
  for (const [metric, factor, lastYear, quarters] of ENTERED_ACTUALS) {
    const yearEnd = `${year - 1}-12-31`;
    const at = enteredAt(yearEnd);
    if (at)
      rows.push([
        year - 1,
        metric,
        yearEnd,
        stored(lastYear, factor),
        `区统计局 ${year - 1} 年统计年报`,
        admin.id,
        admin.name,
        at,
      ]);
    quarters.forEach((value, q) => {
      const periodEnd =
        q === 3 ? `${year}-12-31` : addDays(`${year}-${String(q * 3 + 4).padStart(2, '0')}-01`, -1);
      const when = enteredAt(periodEnd);
      if (when)
        rows.push([
          year,
          metric,
          periodEnd,
          stored(value, factor),
          `区统计局 ${year} 年 1–${q * 3 + 3} 月快报`,
          admin.id,
          admin.name,
          when,
        ]);
    });
  }
  await insertRows(
    manager,
    'target_actuals',
    [
      ['year', 'int'],
      ['metric', 'varchar'],
      ['period_end', 'date'],
      ['value', 'numeric'],
      ['source_note', 'text'],
      ['entered_by', 'uuid'],
      ['entered_by_name', 'varchar'],
      ['entered_at', 'timestamptz'],
    ],
    rows,
  );
  await manager.query(
    `INSERT INTO targets (year, metric, value, note, updated_by, updated_by_name)
     SELECT $1, metric, value, '年度分解目标（示例）', $4, $5
       FROM unnest(CAST($2 AS varchar[]), CAST($3 AS numeric[])) AS t(metric, value)
     ON CONFLICT (year, metric) DO NOTHING`,
    [year, THIS_YEAR_TARGETS.map(([m]) => m), THIS_YEAR_TARGETS.map(([, v]) => v), admin.id, admin.name],
  );
}
