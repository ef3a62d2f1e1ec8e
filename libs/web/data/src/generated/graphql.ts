/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptReferralInput = {
  id: string | number;
  /** 线索负责人（招商专员） */
  ownerId: string | number;
  /** 读取时的版本号（乐观锁）；不填则以当前版本为准 */
  version?: number | null | undefined;
};

export type AddChainLinkInput = {
  name: string;
  /** 插入到此位置（1 起）；不填则排在同一位置段的最后 */
  position?: number | null | undefined;
  segmentCode: string;
  tier: ChainTier;
};

export type AddFollowUpInput = {
  kind: FollowUpKind;
  leadId: string | number;
  nextStep?: string | null | undefined;
  /** 下一步截止日期 */
  nextStepDueOn?: string | null | undefined;
  /** 发生日期 YYYY-MM-DD */
  occurredOn: string;
  participants?: string | null | undefined;
  summary: string;
};

export type AddTargetInput = {
  /** 新企业的名称（不在企业库中时） */
  companyName?: string | null | undefined;
  /** 企业库中的企业；与企业名称二选一 */
  enterpriseId?: string | number | null | undefined;
  linkId: string | number;
  notes?: string | null | undefined;
  /** 负责人；不填为本人 */
  ownerId?: string | number | null | undefined;
  priority: ChainTargetPriority;
  /** 来自链主供应链的条目：渠道记为链式招商、来源为该链主 */
  supplyChainEntryId?: string | number | null | undefined;
};

/** 操作类型 */
export type AuditAction =
  /** 新建 */
  | 'CREATE'
  /** 删除 */
  | 'DELETE'
  /** 合并 */
  | 'MERGE'
  /** 阶段变更 */
  | 'MOVE'
  /** 修改 */
  | 'UPDATE';

export type AwardReferralInput = {
  /** 奖励金额（万元） */
  amount: string;
  id: string | number;
  /** 发放日期 YYYY-MM-DD */
  rewardedOn: string;
  version: number;
};

export type BulkAssignLeadsInput = {
  /** 所选线索，最多 500 条 */
  ids: Array<string | number>;
  /** 新负责人 */
  ownerId: string | number;
};

export type BulkMoveLeadsInput = {
  /** 所选线索，最多 500 条 */
  ids: Array<string | number>;
  /** 原因（暂缓、流失必填），记入每条线索 */
  reason?: string | null | undefined;
  stage: LeadStage;
};

export type BulkRejectReferralsInput = {
  /** 所选报备，最多 200 条 */
  ids: Array<string | number>;
  /** 不予受理的原因（伙伴可见），记入每条报备 */
  reason: string;
};

/** 批量打标签或移除标签 */
export type BulkTagLeadsInput = {
  /** 所选线索，最多 500 条 */
  ids: Array<string | number>;
  /** 要加上（或移除）的线索标签代码 */
  tagCodes: Array<string>;
};

export type ChainDrillFilter = {
  /** 截至日期 YYYY-MM-DD；默认今天 */
  asOf?: string | null | undefined;
  /** 产业（其全部在用环节） */
  industryCode?: string | null | undefined;
  /** 环节 */
  linkId?: string | number | null | undefined;
  /** 报备清单：按截至日期当天的状态（保护中、已在管道中，或已受理且线索仍在谈）；不填为待审核的 */
  referralStatus?: ReferralStatus | null | undefined;
  /** 名称包含 */
  search?: string | null | undefined;
  /** 细分赛道（其全部在用环节） */
  segmentCode?: string | null | undefined;
  /** 进行中线索清单：只列截至日期当天处于该阶段的（环节卡片上按阶段的数字） */
  stage?: LeadStage | null | undefined;
};

/** 可放到环节上的对象 */
export type ChainEntityType =
  /** 企业 */
  | 'ENTERPRISE'
  /** 基金投资 */
  | 'INVESTMENT'
  /** 线索 */
  | 'LEAD'
  /** 项目 */
  | 'PROJECT'
  /** 报备 */
  | 'REFERRAL';

/** 环节状态 */
export type ChainLinkStatus =
  /** 完备 */
  | 'COMPLETE'
  /** 缺失 */
  | 'MISSING'
  /** 薄弱 */
  | 'WEAK';

/** 产业链下钻清单 */
export type ChainListKind = 'ENTERPRISES' | 'INVESTMENTS' | 'LEADS' | 'REFERRALS' | 'TARGETS';

/** 招商目标优先级 */
export type ChainTargetPriority =
  /** 高 */
  | 'HIGH'
  /** 低 */
  | 'LOW'
  /** 中 */
  | 'MEDIUM';

/** 招商目标进展 */
export type ChainTargetProgress =
  /** 洽谈中 */
  | 'IN_PIPELINE'
  /** 已落地 */
  | 'LANDED'
  /** 已流失 */
  | 'LOST'
  /** 已签约 */
  | 'SIGNED'
  /** 待招引 */
  | 'TARGET';

/** 产业链位置 */
export type ChainTier =
  /** 下游 */
  | 'DOWNSTREAM'
  /** 中游 */
  | 'MIDSTREAM'
  /** 上游 */
  | 'UPSTREAM';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** 招商渠道 */
export type Channel =
  /** 以商引商 */
  | 'BUSINESS'
  /** 链式招商 */
  | 'CHAIN'
  /** 活动/展会 */
  | 'EVENT'
  /** 资本招商 */
  | 'FUND'
  /** 专业招商 */
  | 'PLATFORM'
  /** 回归注册地经营 */
  | 'RETURN'
  /** 自主招商 */
  | 'SELF';

export type CompleteFollowUpStepInput = {
  id: string | number;
};

export type ContactInput = {
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  title?: string | null | undefined;
};

export type ConvertTargetInput = {
  id: string | number;
  /** 线索的项目名称；不填为“企业名称+项目” */
  projectName?: string | null | undefined;
};

export type CreateEnterpriseInput = {
  address?: string | null | undefined;
  /** 联系人（整体替换） */
  contacts?: Array<ContactInput> | null | undefined;
  /** 统一社会信用代码 */
  creditCode?: string | null | undefined;
  /** 成立日期 YYYY-MM-DD */
  foundedOn?: string | null | undefined;
  headquartersCity?: string | null | undefined;
  legalRepresentative?: string | null | undefined;
  /** 存量企业：在区内注册自 YYYY-MM-DD（专员标记；为空表示取消） */
  localStockSince?: string | null | undefined;
  name: string;
  /** 注册资本（万元） */
  registeredCapital?: string | null | undefined;
  /** 细分赛道代码；产业由赛道确定 */
  segmentCode?: string | null | undefined;
  tagCodes?: Array<string> | null | undefined;
  website?: string | null | undefined;
};

export type CreateFundInput = {
  /** 计入本地企业投资（规则一） */
  countLocal?: boolean | null | undefined;
  /** 计入管理人招引落地（规则三） */
  countReferred?: boolean | null | undefined;
  /** 计入外地企业设立本地子公司/项目公司（规则二） */
  countSubsidiary?: boolean | null | undefined;
  /** 重点投资细分赛道代码 */
  focusSegmentCodes?: Array<string> | null | undefined;
  /** 政府出资（万元），可为 0，不超过基金规模 */
  governmentContribution: string;
  kind: FundKind;
  /** 本地投资系数 */
  localCoefficient?: string | null | undefined;
  /** 基金管理人（机构类型须为基金管理人） */
  managerOrganizationId: string | number;
  /** 基金名称 */
  name: string;
  /** 招引落地系数 */
  referredCoefficient?: string | null | undefined;
  reinvestmentBasis: ReinvestmentBasis;
  /** 返投倍数，可为 0（不设返投要求） */
  reinvestmentMultiple: string;
  /** 返投规则说明（记入规则变更记录） */
  ruleChangeNote?: string | null | undefined;
  /** 基金规模（万元） */
  size: string;
  /** 默认投资期 */
  status?: FundStatus | null | undefined;
  /** 子公司投资系数 */
  subsidiaryCoefficient?: string | null | undefined;
  /** 存续期（年） */
  termYears?: number | null | undefined;
  /** 成立日期 YYYY-MM-DD */
  vintageDate: string;
};

export type CreateFundLeadInput = {
  /** 负责人，默认当前用户 */
  ownerId?: string | number | null | undefined;
  /** 细分赛道代码 */
  segmentCode: string;
  /** 意向落地镇/街道 */
  townCode?: string | null | undefined;
};

export type CreateLeadInput = {
  channel: Channel;
  enterpriseId: string | number;
  /** 预计年产值（万元） */
  expectedOutput?: string | null | undefined;
  /** 预计签约日期 YYYY-MM-DD */
  expectedSigningOn?: string | null | undefined;
  /** 来源基金（资本招商线索必填；未填时取来源机构管理的最新基金） */
  fundId?: string | number | null | undefined;
  grade?: LeadGrade | null | undefined;
  /** 用地需求（亩） */
  landNeed?: string | null | undefined;
  notes?: string | null | undefined;
  /** 负责人，默认为当前用户 */
  ownerId?: string | number | null | undefined;
  /** 计划投资（万元） */
  plannedInvestment?: string | null | undefined;
  projectName: string;
  /** 细分赛道代码；产业由赛道确定 */
  segmentCode: string;
  /** 来源合作机构（链式/专业/资本/以商引商渠道必填） */
  sourceOrganizationId?: string | number | null | undefined;
  /** 空间需求（平方米） */
  spaceNeed?: string | null | undefined;
  /** 线索标签代码（“线索标签”分组，最多 10 个） */
  tagCodes?: Array<string> | null | undefined;
  /** 意向落地镇/街道 */
  townCode?: string | null | undefined;
};

export type CreateOrganizationInput = {
  /** 认定日期 YYYY-MM-DD（专业招商平台） */
  certifiedOn?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** 签约结束日期 YYYY-MM-DD（专业招商平台） */
  contractEndsOn?: string | null | undefined;
  /** 签约开始日期 YYYY-MM-DD（专业招商平台） */
  contractStartsOn?: string | null | undefined;
  /** 统一社会信用代码 */
  creditCode?: string | null | undefined;
  kind: OrganizationKind;
  name: string;
  notes?: string | null | undefined;
  /** 链主企业牵头的细分赛道代码 */
  segmentCodes?: Array<string> | null | undefined;
};

export type CreatePolicyInput = {
  /** 文号 */
  docNumber: string;
  /** 发布日期 YYYY-MM-DD */
  issuedOn: string;
  /** 标题 */
  title: string;
  /** 有效期至 YYYY-MM-DD；为空表示长期有效 */
  validUntil?: string | null | undefined;
};

export type CreatePolicyItemInput = {
  /** 金额规则 JSON；为空表示以核定为准 */
  amount?: Record<string, unknown> | null | undefined;
  /** 条件 JSON（形状见 libs/domain/src/policies/README.md） */
  condition: Record<string, unknown>;
  kind: PolicyItemKind;
  /** 条款名称 */
  name: string;
  /** 条款原文或说明 */
  notes?: string | null | undefined;
  policyId: string | number;
};

/** 新建基础数据：产业、细分赛道、标签、镇街或园区 */
export type CreateReferenceItemInput = {
  /** 代码 */
  code: string;
  /** 标签分组（仅标签） */
  group?: TagGroup | null | undefined;
  /** 细分赛道所属产业的代码（仅细分赛道） */
  industryCode?: string | null | undefined;
  kind: ReferenceKind;
  /** 是否四大主导产业之一（仅产业） */
  leading?: boolean | null | undefined;
  /** 中文名称 */
  name: string;
  /** 英文名称；不填则与中文名称相同 */
  nameEn?: string | null | undefined;
  /** 镇街类型（仅镇街） */
  placeKind?: PlaceKind | null | undefined;
  /** 所在镇/街道代码（仅园区；不填则不属任何镇街） */
  townCode?: string | null | undefined;
};

export type CreateSavedViewInput = {
  /** 设为默认视图（同一列表的原默认视图随之取消） */
  isDefault?: boolean | null | undefined;
  /** 列表标识，如 leads */
  listKey: string;
  name: string;
  state: SavedViewStateInput;
};

export type CreateUserInput = {
  displayName: string;
  email?: string | null | undefined;
  /** 平台伙伴用户所属机构（仅平台伙伴必填） */
  organizationId?: string | number | null | undefined;
  password: string;
  phone?: string | null | undefined;
  role: Role;
  username: string;
};

/** 驾驶舱筛选：期间、截至日、产业、赛道、镇/街道、渠道 */
export type DashboardFilter = {
  /** 截至日：按该日结束时的状态重现（阶段取自阶段历史，落地与节点取自其日期） */
  asOf?: string | null | undefined;
  channel?: Channel | null | undefined;
  /** 期间起 YYYY-MM-DD（含） */
  from?: string | null | undefined;
  industryCode?: string | null | undefined;
  segmentCode?: string | null | undefined;
  /** 期间止 YYYY-MM-DD（含） */
  to?: string | null | undefined;
  /** 镇/街道代码 */
  town?: string | null | undefined;
};

/** 删除未被使用的基础数据；在用的只能停用 */
export type DeleteReferenceItemInput = {
  /** 代码 */
  code: string;
  kind: ReferenceKind;
};

/** 钻取的列表 */
export type DrillKind =
  /** 投资 */
  | 'INVESTMENTS'
  /** 线索 */
  | 'LEADS'
  /** 项目 */
  | 'PROJECTS'
  /** 报备 */
  | 'REFERRALS';

export type EnterpriseFilter = {
  industryCode?: string | null | undefined;
  /** 按名称或信用代码搜索（包含） */
  search?: string | null | undefined;
  segmentCode?: string | null | undefined;
};

export type FileReferralInput = {
  /** 附件（可选）：先以 multipart 上传到 POST /uploads/referral-attachments（最多 5 个，每个不超过 5 MB，PDF、JPG、PNG、Word、Excel），再填返回的编号 */
  attachmentIds?: Array<string | number> | null | undefined;
  /** 企业名称 */
  companyName: string;
  /** 企业联系人 */
  contactName: string;
  /** 联系电话 */
  contactPhone: string;
  /** 统一社会信用代码（已知时填写） */
  creditCode?: string | null | undefined;
  /** 用地需求（亩） */
  landNeed?: string | null | undefined;
  notes?: string | null | undefined;
  /** 意向投资（万元） */
  plannedInvestment?: string | null | undefined;
  /** 细分赛道代码；产业由赛道确定 */
  segmentCode: string;
  /** 空间需求（平方米） */
  spaceNeed?: string | null | undefined;
  /** 计划时间（如 2026 年三季度落地） */
  timeline?: string | null | undefined;
};

/** 跟进方式 */
export type FollowUpKind =
  /** 电话 */
  | 'CALL'
  /** 考察 */
  | 'INSPECTION'
  /** 会议 */
  | 'MEETING'
  /** 备注 */
  | 'NOTE'
  /** 洽谈 */
  | 'TALK'
  /** 走访 */
  | 'VISIT';

export type FundFilter = {
  kinds?: Array<FundKind> | null | undefined;
  /** 基金管理人 */
  managerOrganizationIds?: Array<string | number> | null | undefined;
  /** 搜索基金名称（包含） */
  search?: string | null | undefined;
  statuses?: Array<FundStatus> | null | undefined;
};

/** 基金类型 */
export type FundKind =
  /** 链主产业基金 */
  | 'CHAIN_MASTER'
  /** 政府引导基金 */
  | 'GOVERNMENT_GUIDANCE'
  /** 市场化基金 */
  | 'MARKET'
  /** 国资参股基金 */
  | 'STATE_OWNED';

export type FundOrder = {
  direction: SortDirection;
  field: FundOrderField;
};

export type FundOrderField = 'CREATED_AT' | 'NAME' | 'SIZE' | 'VINTAGE_DATE';

/** 基金状态 */
export type FundStatus =
  /** 退出期 */
  | 'EXITING'
  /** 投资期 */
  | 'INVESTING'
  /** 已清算 */
  | 'LIQUIDATED'
  /** 募集中 */
  | 'RAISING';

export type ImportLeadsInput = {
  /** 试运行：只校验并预览，不写入 */
  dryRun: boolean;
  /** .xlsx 文件内容，base64 编码（可带 data:…;base64, 前缀） */
  fileBase64: string;
};

export type InvestmentFilter = {
  /** 投资日期起 */
  dateFrom?: string | null | undefined;
  /** 投资日期止（含） */
  dateTo?: string | null | undefined;
  enterpriseIds?: Array<string | number> | null | undefined;
  /** 是：每家企业只列其最早一笔已出资投资（条数即被投企业数） */
  firstPaidOfEnterprise?: boolean | null | undefined;
  fundIds?: Array<string | number> | null | undefined;
  /** 企业所属产业代码 */
  industryCodes?: Array<string> | null | undefined;
  projectIds?: Array<string | number> | null | undefined;
  /** 返投认定（已认定、待落地、储备、不计入） */
  recognition?: Array<InvestmentRecognition> | null | undefined;
  /** 是：被投企业为科创企业（高新技术企业或创新型标签）；否：非科创 */
  sciTech?: boolean | null | undefined;
  stages?: Array<InvestmentStage> | null | undefined;
  /** 跟踪项目的落地镇/街道 */
  townCodes?: Array<string> | null | undefined;
};

export type InvestmentOrder = {
  direction: SortDirection;
  field: InvestmentOrderField;
};

export type InvestmentOrderField = 'AMOUNT' | 'CREATED_AT' | 'DATE';

/** 投资的返投认定 */
export type InvestmentRecognition =
  /** 已认定 */
  | 'COUNTED'
  /** 不计入 */
  | 'NOT_COUNTED'
  /** 待落地 */
  | 'PENDING'
  /** 储备（未出资） */
  | 'PIPELINE';

/** 投资轮次 */
export type InvestmentRound =
  /** A轮 */
  | 'A'
  /** 天使轮 */
  | 'ANGEL'
  /** B轮 */
  | 'B'
  /** C轮及以后 */
  | 'C_PLUS'
  /** 并购 */
  | 'M_AND_A'
  /** Pre-A轮 */
  | 'PRE_A'
  /** Pre-IPO */
  | 'PRE_IPO'
  /** 种子轮 */
  | 'SEED';

/** 投资阶段 */
export type InvestmentStage =
  /** 已决策 */
  | 'DECIDED'
  /** 意向 */
  | 'INTENDED'
  /** 已出资 */
  | 'PAID';

export type LeadFilter = {
  /** 截至日 YYYY-MM-DD：只含该日结束前已创建的线索，阶段条件按该日结束时的阶段（取自阶段历史） */
  asOf?: string | null | undefined;
  channels?: Array<Channel> | null | undefined;
  /** 创建日期起 YYYY-MM-DD */
  createdFrom?: string | null | undefined;
  /** 创建日期止（含） */
  createdTo?: string | null | undefined;
  /** 预计签约日期起 */
  expectedSigningFrom?: string | null | undefined;
  /** 预计签约日期止（含） */
  expectedSigningTo?: string | null | undefined;
  grades?: Array<LeadGrade> | null | undefined;
  /** 只要这些线索（导出所选） */
  ids?: Array<string | number> | null | undefined;
  industryCode?: string | null | undefined;
  /** 计划投资上限（万元） */
  investmentMax?: string | null | undefined;
  /** 计划投资下限（万元） */
  investmentMin?: string | null | undefined;
  /** 用地需求上限（亩） */
  landMax?: string | null | undefined;
  /** 用地需求下限（亩） */
  landMin?: string | null | undefined;
  /** 有符合条件的阶段变更 */
  movedTo?: LeadStageMoveFilter | null | undefined;
  /** 预计年产值上限（万元） */
  outputMax?: string | null | undefined;
  /** 预计年产值下限（万元） */
  outputMin?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  /** 在期间内首次到达某推进阶段 */
  reached?: LeadStageReachedFilter | null | undefined;
  /** 搜索企业名称、项目名称或信用代码（包含） */
  search?: string | null | undefined;
  segmentCode?: string | null | undefined;
  /** 来源合作机构 */
  sourceOrganizationId?: string | number | null | undefined;
  /** 空间需求上限（平方米） */
  spaceMax?: string | null | undefined;
  /** 空间需求下限（平方米） */
  spaceMin?: string | null | undefined;
  /** 单个阶段（与 stages 同时给出时取交集） */
  stage?: LeadStage | null | undefined;
  stages?: Array<LeadStage> | null | undefined;
  /** 带有其中任一标签的线索 */
  tagCodes?: Array<string> | null | undefined;
  townCode?: string | null | undefined;
};

/** 线索等级 */
export type LeadGrade =
  /** A 级 */
  | 'A'
  /** B 级 */
  | 'B'
  /** C 级 */
  | 'C';

export type LeadImportFilter = {
  /** 只看我的导入（专员只能看自己的） */
  mine?: boolean | null | undefined;
  statuses?: Array<LeadImportStatus> | null | undefined;
};

/** 导入进度阶段 */
export type LeadImportPhase =
  /** 逐行校验 */
  | 'CHECKING'
  /** 完成 */
  | 'DONE'
  /** 读取文件 */
  | 'READING'
  /** 写入 */
  | 'WRITING';

/** 导入状态 */
export type LeadImportStatus =
  /** 失败 */
  | 'FAILED'
  /** 已导入 */
  | 'IMPORTED'
  /** 未导入（有问题） */
  | 'REFUSED'
  /** 导入中 */
  | 'RUNNING';

export type LeadOrder = {
  direction: SortDirection;
  field: LeadOrderField;
};

export type LeadOrderField = 'CREATED_AT' | 'EXPECTED_SIGNING_ON' | 'PLANNED_INVESTMENT' | 'UPDATED_AT';

/** 线索阶段 */
export type LeadStage =
  /** 过会 */
  | 'APPROVED'
  /** 初步接洽 */
  | 'CONTACTED'
  /** 流失 */
  | 'LOST'
  /** 深度洽谈 */
  | 'NEGOTIATING'
  /** 线索 */
  | 'NEW'
  /** 暂缓 */
  | 'ON_HOLD'
  /** 签约 */
  | 'SIGNED'
  /** 实地考察 */
  | 'VISITED';

/** 阶段变更筛选：在期间内有一次符合条件的阶段变更（各条件同时满足） */
export type LeadStageMoveFilter = {
  /** 变更日期起 YYYY-MM-DD（上海时间，含） */
  from?: string | null | undefined;
  /** 变更前的阶段（任一） */
  fromStages?: Array<LeadStage> | null | undefined;
  /** 变更原因（完全一致） */
  reason?: string | null | undefined;
  /** 变更后的阶段（任一）；新建记为转入“线索” */
  stages?: Array<LeadStage> | null | undefined;
  /** 变更日期止 YYYY-MM-DD（上海时间，含） */
  to?: string | null | undefined;
};

/** 阶段到达筛选：在期间内首次到达该阶段（或其后的推进阶段） */
export type LeadStageReachedFilter = {
  /** 首次到达日期起 YYYY-MM-DD（上海时间，含） */
  from?: string | null | undefined;
  /** 推进阶段（线索至签约）；新建即到达“线索” */
  stage: LeadStage;
  /** 首次到达日期止 YYYY-MM-DD（上海时间，含） */
  to?: string | null | undefined;
};

export type LoginInput = {
  password: string;
  username: string;
};

export type MarkNotificationReadInput = {
  id: string | number;
};

export type MergeEnterprisesInput = {
  /** 并入后删除的企业 */
  mergedId: string | number;
  /** 保留的企业 */
  survivorId: string | number;
};

/** 落地节点 */
export type MilestoneCode =
  /** 竣工 */
  | 'COMPLETED'
  /** 开工 */
  | 'CONSTRUCTION_STARTED'
  /** 达产 */
  | 'FULL_OUTPUT'
  /** 投产 */
  | 'IN_PRODUCTION'
  /** 入驻 */
  | 'MOVED_IN'
  /** 运营 */
  | 'OPERATING'
  /** 工商注册 */
  | 'REGISTERED'
  /** 签约 */
  | 'SIGNED'
  /** 土地/空间落实 */
  | 'SITE_SECURED';

/** 某节点在期间内完成（有计划日期的节点；按时 = 实际日期不晚于计划日期） */
export type MilestoneDoneFilter = {
  code: MilestoneCode;
  /** 完成日期起 YYYY-MM-DD（含） */
  from?: string | null | undefined;
  /** 是：按时完成；否：逾期完成；不填：全部 */
  onTime?: boolean | null | undefined;
  /** 完成日期止 YYYY-MM-DD（含） */
  to?: string | null | undefined;
};

/** 节点状态 */
export type MilestoneStatus =
  /** 已完成 */
  | 'DONE'
  /** 临近 */
  | 'DUE'
  /** 未计划 */
  | 'NOT_PLANNED'
  /** 逾期 */
  | 'OVERDUE'
  /** 已计划 */
  | 'PLANNED';

export type MoveLeadInput = {
  id: string | number;
  /** 原因（暂缓、流失必填） */
  reason?: string | null | undefined;
  stage: LeadStage;
  version: number;
};

export type NotificationFilter = {
  /** 只看未读 */
  unreadOnly?: boolean | null | undefined;
};

/** 通知类型 */
export type NotificationKind =
  /** 线索分配给您 */
  | 'LEAD_ASSIGNED'
  /** 节点将到期 */
  | 'MILESTONE_DUE'
  /** 节点已逾期 */
  | 'MILESTONE_OVERDUE'
  /** 报备已受理 */
  | 'REFERRAL_ACCEPTED'
  /** 保护期将到期 */
  | 'REFERRAL_EXPIRING'
  /** 新报备 */
  | 'REFERRAL_FILED'
  /** 报备未受理 */
  | 'REFERRAL_REJECTED';

export type OrganizationFilter = {
  active?: boolean | null | undefined;
  kind?: OrganizationKind | null | undefined;
  /** 按名称或信用代码搜索 */
  search?: string | null | undefined;
};

/** 合作机构类型 */
export type OrganizationKind =
  /** 行业协会/产业联盟 */
  | 'ASSOCIATION'
  /** 链主企业 */
  | 'CHAIN_MASTER'
  /** 基金管理人 */
  | 'FUND_MANAGER'
  /** 在奉企业 */
  | 'LOCAL_ENTERPRISE'
  /** 园区运营主体 */
  | 'PARK_OPERATOR'
  /** 专业招商平台 */
  | 'PLATFORM';

/** 统计周期 */
export type PeriodKind =
  /** 月 */
  | 'MONTH'
  /** 季度 */
  | 'QUARTER'
  /** 年 */
  | 'YEAR';

/** 属地类型 */
export type PlaceKind =
  /** 街道 */
  | 'STREET'
  /** 镇 */
  | 'TOWN'
  /** 功能区 */
  | 'ZONE';

export type PlaceOnLinkInput = {
  entityId: string | number;
  entityType: ChainEntityType;
  linkId: string | number;
};

export type PlanMilestoneInput = {
  code: MilestoneCode;
  /** 计划日期 YYYY-MM-DD；为空表示取消计划 */
  plannedDate?: string | null | undefined;
  projectId: string | number;
  /** 调整原因（修改已有计划时必填） */
  reason?: string | null | undefined;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

/** 政策条款类别 */
export type PolicyItemKind =
  /** 固定资产投资 */
  | 'FIXED_ASSET_INVESTMENT'
  /** 其他 */
  | 'OTHER'
  /** 前期费用 */
  | 'PRELIMINARY_COSTS'
  /** 研发 */
  | 'RESEARCH'
  /** 租购空间费用 */
  | 'SPACE_COSTS'
  /** 人才 */
  | 'TALENT';

/** 试算：草稿条款匹配哪些项目 */
export type PolicyPreviewInput = {
  amount?: Record<string, unknown> | null | undefined;
  condition: Record<string, unknown>;
};

export type PolicyQualifiedFilter = {
  /** 政策条款 */
  itemIds?: Array<string | number> | null | undefined;
  /** 自该日（含）起；查询的 since 参数优先 */
  since?: string | null | undefined;
};

/** 匹配对象：项目或企业 */
export type PolicySubject =
  /** 企业 */
  | 'ENTERPRISE'
  /** 项目 */
  | 'PROJECT';

export type ProjectFilter = {
  /** 截至日 YYYY-MM-DD：进度状况按该日结束时判断（此后的实际日期视为未完成，计划取当日的计划），且只含该日前已签约的项目 */
  asOf?: string | null | undefined;
  channels?: Array<Channel> | null | undefined;
  healths?: Array<ProjectHealth> | null | undefined;
  /** 指定项目 */
  ids?: Array<string | number> | null | undefined;
  industryCode?: string | null | undefined;
  /** 产业代码（任一），如四大主导产业 */
  industryCodes?: Array<string> | null | undefined;
  /** 是否已落地（工商注册） */
  landed?: boolean | null | undefined;
  /** 落地（工商注册）日期起 */
  landedFrom?: string | null | undefined;
  /** 落地（工商注册）日期止（含） */
  landedTo?: string | null | undefined;
  /** 某节点在期间内完成 */
  milestoneDone?: MilestoneDoneFilter | null | undefined;
  /** 下一个节点（第一个没有实际日期的节点） */
  nextMilestone?: MilestoneCode | null | undefined;
  ownerId?: string | number | null | undefined;
  /** 园区代码 */
  parkCode?: string | null | undefined;
  /** 搜索项目名称、企业名称或信用代码（包含） */
  search?: string | null | undefined;
  segmentCode?: string | null | undefined;
  /** 签约日期起 */
  signedFrom?: string | null | undefined;
  /** 签约日期止（含） */
  signedTo?: string | null | undefined;
  /** 来源合作机构 */
  sourceOrganizationId?: string | number | null | undefined;
  townCode?: string | null | undefined;
  type?: ProjectType | null | undefined;
};

/** 项目进度状况 */
export type ProjectHealth =
  /** 临近 */
  | 'AT_RISK'
  /** 正常 */
  | 'ON_TRACK'
  /** 逾期 */
  | 'OVERDUE';

export type ProjectOrder = {
  direction: SortDirection;
  field: ProjectOrderField;
};

export type ProjectOrderField =
  'CONTRACT_INVESTMENT' | 'CREATED_AT' | 'DAYS_LATE' | 'LANDED_ON' | 'SIGNED_ON';

/** 项目类型 */
export type ProjectType =
  /** 重资产 */
  | 'HEAVY'
  /** 轻资产 */
  | 'LIGHT';

export type RecordInvestmentInput = {
  /** 投资金额（万元） */
  amount: string;
  /** 企业尚无进行中的线索时，同时新建一条资本招商线索（来源为本基金） */
  createLead?: CreateFundLeadInput | null | undefined;
  /** 投资日期 YYYY-MM-DD */
  date: string;
  enterpriseId: string | number;
  fundId: string | number;
  /** 跟踪落地的线索 */
  leadId?: string | number | null | undefined;
  /** 投入本地子公司/项目公司的金额（万元）：项目属于其他企业时必填，否则不填 */
  localAmount?: string | null | undefined;
  /** 跟踪落地的项目；属于其他企业（本地子公司/项目公司）时须填写本地投资额 */
  projectId?: string | number | null | undefined;
  round: InvestmentRound;
  stage: InvestmentStage;
};

/** 记录类型 */
export type RecordKind =
  /** 企业 */
  | 'ENTERPRISE'
  /** 基金 */
  | 'FUND'
  /** 线索 */
  | 'LEAD'
  /** 项目 */
  | 'PROJECT'
  /** 报备 */
  | 'REFERRAL';

export type RecordMilestoneInput = {
  /** 实际日期 YYYY-MM-DD；为空表示清除（更正误录） */
  actualDate?: string | null | undefined;
  code: MilestoneCode;
  projectId: string | number;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

/** 填报实际值（仅系统管理员；系统计算的指标不可填报） */
export type RecordTargetActualInput = {
  metric: TargetMetric;
  /** 数据截止日期 YYYY-MM-DD（计入该日所在年度） */
  periodEnd: string;
  /** 数据来源，例如「区统计局 2027 年 1–6 月快报」 */
  sourceNote: string;
  /** 实际值，按指标单位；统计口径为截至该日的年度累计或总量 */
  value: string;
};

/** 基础数据类型 */
export type ReferenceKind =
  /** 产业 */
  | 'INDUSTRY'
  /** 园区 */
  | 'PARK'
  /** 镇街 */
  | 'PLACE'
  /** 细分赛道 */
  | 'SEGMENT'
  /** 标签 */
  | 'TAG';

/** 报备查重结果 */
export type ReferralCheckResult =
  /** 未被报备，可以报备 */
  | 'FREE'
  /** 该企业已在招商管道中 */
  | 'IN_PIPELINE'
  /** 贵机构已报备该企业 */
  | 'OWN'
  /** 该企业已被报备，处于保护期内 */
  | 'REFERRED';

/** 报备记录类型 */
export type ReferralEvent =
  /** 受理 */
  | 'ACCEPTED'
  /** 保护期届满 */
  | 'EXPIRED'
  /** 保护期延长 */
  | 'EXTENDED'
  /** 提交报备 */
  | 'FILED'
  /** 匹配结果 */
  | 'MATCHED'
  /** 不予受理 */
  | 'REJECTED'
  /** 发放引荐奖励 */
  | 'REWARDED';

export type ReferralFilter = {
  /** 截至日 YYYY-MM-DD：只含该日结束前报备的，进展按该日结束时（受理时间、签约与落地日期）判断 */
  asOf?: string | null | undefined;
  /** 报备日期起 YYYY-MM-DD（上海时间，含） */
  filedFrom?: string | null | undefined;
  /** 报备日期止 YYYY-MM-DD（上海时间，含） */
  filedTo?: string | null | undefined;
  /** 只要这些报备（导出所选） */
  ids?: Array<string | number> | null | undefined;
  /** 产业代码 */
  industryCode?: string | null | undefined;
  /** 报备机构（伙伴只能看到本机构） */
  organizationId?: string | number | null | undefined;
  /** 报备机构类型 */
  organizationKind?: OrganizationKind | null | undefined;
  /** 进展（至少达到）：已受理、已签约、已落地 */
  progress?: ReferralProgressStep | null | undefined;
  /** 是：已符合引荐奖励条件、尚未发放（有建议金额） */
  rewardDue?: boolean | null | undefined;
  /** 引荐奖励发放日期起 YYYY-MM-DD（含） */
  rewardedFrom?: string | null | undefined;
  /** 引荐奖励发放日期止 YYYY-MM-DD（含） */
  rewardedTo?: string | null | undefined;
  /** 按企业名称或信用代码搜索（包含） */
  search?: string | null | undefined;
  /** 赛道代码 */
  segmentCode?: string | null | undefined;
  /** 按当前状态（保护期届满的按“已过期”） */
  status?: ReferralStatus | null | undefined;
};

/** 报备进展（至少达到） */
export type ReferralProgressStep =
  /** 已受理 */
  | 'ACCEPTED'
  /** 已落地 */
  | 'LANDED'
  /** 已签约 */
  | 'SIGNED';

/** 报备状态 */
export type ReferralStatus =
  /** 已受理 */
  | 'ACCEPTED'
  /** 已被报备 */
  | 'CONFLICT'
  /** 已在管道中 */
  | 'EXISTING'
  /** 已过期 */
  | 'EXPIRED'
  /** 保护中 */
  | 'PROTECTED'
  /** 未受理 */
  | 'REJECTED';

/** 返投基数 */
export type ReinvestmentBasis =
  /** 基金规模 */
  | 'FUND_SIZE'
  /** 政府出资额 */
  | 'GOVERNMENT_CONTRIBUTION';

/** 返投认定方式 */
export type ReinvestmentLineKind =
  /** 投资本地企业 */
  | 'LOCAL'
  /** 招引落地 */
  | 'REFERRED'
  /** 投资企业在本区设立子公司/项目公司 */
  | 'SUBSIDIARY';

/** 返投认定状态 */
export type ReinvestmentLineStatus =
  /** 已认定 */
  | 'COUNTED'
  /** 待落地 */
  | 'PENDING';

export type RejectReferralInput = {
  id: string | number;
  /** 不予受理的原因（伙伴可见） */
  reason: string;
  /** 读取时的版本号（乐观锁）；不填则以当前版本为准 */
  version?: number | null | undefined;
};

export type RemoveSupportItemInput = {
  id: string | number;
  projectId: string | number;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

/** 节点改名：各项目类型的模板中该节点一并改名（代码与顺序不变） */
export type RenameMilestoneInput = {
  code: MilestoneCode;
  /** 中文名称 */
  name: string;
  /** 英文名称；不填则不变 */
  nameEn?: string | null | undefined;
};

/** 调整顺序：按给出的顺序排列这些代码（同一组内，如一个产业的细分赛道） */
export type ReorderReferenceItemsInput = {
  /** 新顺序下的代码 */
  codes: Array<string>;
  kind: ReferenceKind;
};

export type ResetPasswordInput = {
  id: string | number;
  newPassword: string;
};

export type RetirePolicyItemInput = {
  id: string | number;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

/** 停用或恢复基础数据 */
export type RetireReferenceItemInput = {
  /** 代码 */
  code: string;
  kind: ReferenceKind;
  /** true 停用，false 恢复 */
  retired: boolean;
};

export type RewardTierInput = {
  /** 投资起点（万元） */
  minInvestment: string;
  /** 比例（‰） */
  perMille: string;
};

/** 角色 */
export type Role =
  /** 系统管理员 */
  | 'ADMIN'
  /** 区领导 */
  | 'LEADER'
  /** 投促办招商专员 */
  | 'OFFICER'
  /** 平台伙伴 */
  | 'PARTNER';

export type SaveSupplyChainEntryInput = {
  companyName: string;
  /** 统一社会信用代码（已知时） */
  creditCode?: string | null | undefined;
  /** 修改时填写 */
  id?: string | number | null | undefined;
  /** 所属环节 */
  linkId?: string | number | null | undefined;
  relation: SupplyRelation;
  supplies: string;
  /** 修改时填写读取时的版本号 */
  version?: number | null | undefined;
};

export type SaveSupportItemInput = {
  /** 申请金额（万元） */
  appliedAmount?: string | null | undefined;
  /** 申请日期 */
  appliedOn?: string | null | undefined;
  /** 兑现金额（万元） */
  grantedAmount?: string | null | undefined;
  /** 为空时新增 */
  id?: string | number | null | undefined;
  kind: SupportItemKind;
  notes?: string | null | undefined;
  /** 所依据的政策条款；为空时不关联 */
  policyItemId?: string | number | null | undefined;
  projectId: string | number;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

export type SavedViewFilterInput = {
  key: string;
  value: string;
};

export type SavedViewStateInput = {
  columns?: Array<string> | null | undefined;
  density?: string | null | undefined;
  filters: Array<SavedViewFilterInput>;
  pageSize?: number | null | undefined;
  sort?: string | null | undefined;
};

/** 设置节点模板中的节点是否可跳过（基础数据） */
export type SetMilestoneTemplateOptionalInput = {
  code: MilestoneCode;
  /** 可跳过：本节点可以没有实际日期而后续节点照常记录 */
  optional: boolean;
  projectType: ProjectType;
};

export type SetOrganizationActiveInput = {
  active: boolean;
  id: string | number;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

/** 设定年度目标（仅系统管理员） */
export type SetTargetInput = {
  metric: TargetMetric;
  note?: string | null | undefined;
  /** 目标值，按指标单位（亿元 / 家 / 个 / 亩 / %） */
  value: string;
  /** 读取时的版本号；该年该指标尚无目标时不填 */
  version?: number | null | undefined;
  year: number;
};

export type SetUserActiveInput = {
  active: boolean;
  id: string | number;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

export type SignInEventFilter = {
  /** 客户端地址（完全一致） */
  address?: string | null | undefined;
  /** 日期起 YYYY-MM-DD */
  from?: string | null | undefined;
  results?: Array<SignInResult> | null | undefined;
  /** 日期止（含） */
  to?: string | null | undefined;
  /** 按尝试登录的用户名搜索 */
  username?: string | null | undefined;
};

/** 登录结果 */
export type SignInResult =
  /** 登录繁忙，已拒绝 */
  | 'BUSY'
  /** 账号已停用 */
  | 'INACTIVE'
  /** 成功 */
  | 'SUCCESS'
  /** 尝试过多，已限制 */
  | 'THROTTLED'
  /** 用户名或密码错误 */
  | 'WRONG_CREDENTIALS';

/** 土地供应方式 */
export type SiteSupplyMode =
  /** 弹性出让 */
  | 'FLEXIBLE_TRANSFER'
  /** 租让结合 */
  | 'LEASE_AND_TRANSFER'
  /** 先租后让 */
  | 'LEASE_THEN_TRANSFER'
  /** 长期租赁 */
  | 'LONG_LEASE';

export type SortDirection = 'ASC' | 'DESC';

/** 空间租购方式 */
export type SpaceTenure =
  /** 购买 */
  | 'BOUGHT'
  /** 租赁 */
  | 'LEASED';

export type StartLeadImportInput = {
  /** .xlsx 文件内容，base64 编码（可带 data:…;base64, 前缀） */
  fileBase64: string;
  /** 文件名，记入导入记录 */
  fileName: string;
};

export type SupplyChainFilter = {
  linkId?: string | number | null | undefined;
  /** 是否已在本区（按信用代码或规范化名称匹配企业库中的存量企业或已落地项目） */
  local?: boolean | null | undefined;
  /** 链主企业（伙伴机构） */
  organizationId?: string | number | null | undefined;
  /** 名称包含 */
  search?: string | null | undefined;
};

/** 供应链关系 */
export type SupplyRelation =
  /** 客户 */
  | 'CUSTOMER'
  /** 供应商 */
  | 'SUPPLIER';

/** 扶持事项 */
export type SupportItemKind =
  /** 固定资产投资 */
  | 'FIXED_ASSET_INVESTMENT'
  /** 前期费用 */
  | 'PRELIMINARY_COSTS'
  /** 租购空间费用 */
  | 'SPACE_COSTS';

/** 标签分组 */
export type TagGroup =
  /** 未来产业 */
  | 'FUTURE_INDUSTRY'
  /** 线索标签 */
  | 'LEAD'
  /** 企业画像 */
  | 'PROFILE'
  /** 战略性新兴产业 */
  | 'STRATEGIC_EMERGING';

/** 年度或累计 */
export type TargetAccumulation =
  /** 累计 */
  | 'CUMULATIVE'
  /** 年度 */
  | 'PER_YEAR';

/** 目标比较方式（> ≥ =） */
export type TargetComparator =
  /** = */
  | 'EQ'
  /** > */
  | 'GT'
  /** ≥ */
  | 'GTE';

/** 目标指标 */
export type TargetMetric =
  /** 院士（专家）工作站（新增） */
  | 'ACADEMICIAN_WORKSTATIONS'
  /** 新技术应用场景 */
  | 'APPLICATION_SCENARIOS'
  /** 单项冠军、独角兽、科创上市企业（新增） */
  | 'CHAMPION_ENTERPRISES'
  /** 外贸进出口总额 */
  | 'FOREIGN_TRADE'
  /** 政府引导基金撬动规模 */
  | 'FUND_LEVERAGE'
  /** 绿色工厂 */
  | 'GREEN_FACTORIES'
  /** 国家高新技术企业 */
  | 'HIGH_TECH_ENTERPRISES'
  /** 新增产业地标 */
  | 'INDUSTRIAL_LANDMARKS'
  /** 规上工业产值 */
  | 'INDUSTRIAL_OUTPUT'
  /** 市级及以上创新创业平台 */
  | 'INNOVATION_PLATFORMS'
  /** 四大主导产业落地投资 */
  | 'LEADING_INDUSTRY_INVESTMENT_LANDED'
  /** 四大主导产业产值 */
  | 'LEADING_INDUSTRY_OUTPUT'
  /** 制造业用地新增和消化 */
  | 'MANUFACTURING_LAND'
  /** 投资科创项目 */
  | 'SCI_TECH_INVESTMENTS'
  /** 新增市级智能工厂 */
  | 'SMART_FACTORIES'
  /** 专精特新企业 */
  | 'SPECIALIZED_ENTERPRISES'
  /** 战略性新兴产业占比 */
  | 'STRATEGIC_EMERGING_SHARE'
  /** 技术合同成交额 */
  | 'TECH_CONTRACT_VALUE'
  /** 科技领军/青年科技人才（新增） */
  | 'TECH_TALENTS';

/** 实际值来源 */
export type TargetSource =
  /** 系统计算 */
  | 'COMPUTED'
  /** 人工填报 */
  | 'ENTERED';

/** 目标单位 */
export type TargetUnit =
  /** 个 */
  | 'GE'
  /** 家 */
  | 'JIA'
  /** 亩 */
  | 'MU'
  /** % */
  | 'PERCENT'
  /** 亿元 */
  | 'YI_YUAN';

export type UpdateChainLinkInput = {
  id: string | number;
  name?: string | null | undefined;
  /** 移动到此位置（1 起） */
  position?: number | null | undefined;
  tier?: ChainTier | null | undefined;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

export type UpdateChainSettingsInput = {
  /** 本地企业数达到此数才算完备 */
  minEnterprises: number;
  /** 预计年产值门槛（万元）；空为不设 */
  minExpectedOutput?: string | null | undefined;
};

export type UpdateEnterpriseInput = {
  address?: string | null | undefined;
  /** 联系人（整体替换） */
  contacts?: Array<ContactInput> | null | undefined;
  /** 统一社会信用代码 */
  creditCode?: string | null | undefined;
  /** 成立日期 YYYY-MM-DD */
  foundedOn?: string | null | undefined;
  headquartersCity?: string | null | undefined;
  id: string | number;
  legalRepresentative?: string | null | undefined;
  /** 存量企业：在区内注册自 YYYY-MM-DD（专员标记；为空表示取消） */
  localStockSince?: string | null | undefined;
  name?: string | null | undefined;
  /** 注册资本（万元） */
  registeredCapital?: string | null | undefined;
  /** 细分赛道代码；产业由赛道确定 */
  segmentCode?: string | null | undefined;
  tagCodes?: Array<string> | null | undefined;
  /** 读取时的版本号（乐观锁） */
  version: number;
  website?: string | null | undefined;
};

export type UpdateFundInput = {
  /** 计入本地企业投资（规则一） */
  countLocal?: boolean | null | undefined;
  /** 计入管理人招引落地（规则三） */
  countReferred?: boolean | null | undefined;
  /** 计入外地企业设立本地子公司/项目公司（规则二） */
  countSubsidiary?: boolean | null | undefined;
  /** 重点投资细分赛道代码 */
  focusSegmentCodes?: Array<string> | null | undefined;
  /** 政府出资（万元） */
  governmentContribution?: string | null | undefined;
  id: string | number;
  kind?: FundKind | null | undefined;
  /** 本地投资系数 */
  localCoefficient?: string | null | undefined;
  managerOrganizationId?: string | number | null | undefined;
  name?: string | null | undefined;
  /** 招引落地系数 */
  referredCoefficient?: string | null | undefined;
  reinvestmentBasis?: ReinvestmentBasis | null | undefined;
  /** 返投倍数 */
  reinvestmentMultiple?: string | null | undefined;
  /** 返投规则变更说明（规则有变化时记入变更记录） */
  ruleChangeNote?: string | null | undefined;
  /** 基金规模（万元） */
  size?: string | null | undefined;
  status?: FundStatus | null | undefined;
  /** 子公司投资系数 */
  subsidiaryCoefficient?: string | null | undefined;
  /** 存续期（年） */
  termYears?: number | null | undefined;
  /** 读取时的版本号（乐观锁） */
  version: number;
  /** 成立日期 YYYY-MM-DD */
  vintageDate?: string | null | undefined;
};

export type UpdateInvestmentInput = {
  /** 投资金额（万元） */
  amount?: string | null | undefined;
  /** 投资日期 YYYY-MM-DD */
  date?: string | null | undefined;
  id: string | number;
  /** 跟踪落地的线索 */
  leadId?: string | number | null | undefined;
  /** 投入本地子公司/项目公司的金额（万元）：项目属于其他企业时必填，否则不填 */
  localAmount?: string | null | undefined;
  /** 跟踪落地的项目；属于其他企业（本地子公司/项目公司）时须填写本地投资额 */
  projectId?: string | number | null | undefined;
  round?: InvestmentRound | null | undefined;
  stage?: InvestmentStage | null | undefined;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

export type UpdateLeadInput = {
  channel?: Channel | null | undefined;
  /** 预计年产值（万元） */
  expectedOutput?: string | null | undefined;
  /** 预计签约日期 YYYY-MM-DD */
  expectedSigningOn?: string | null | undefined;
  /** 来源基金（资本招商线索必填；未填时取来源机构管理的最新基金） */
  fundId?: string | number | null | undefined;
  grade?: LeadGrade | null | undefined;
  id: string | number;
  /** 用地需求（亩） */
  landNeed?: string | null | undefined;
  notes?: string | null | undefined;
  /** 负责人，默认为当前用户 */
  ownerId?: string | number | null | undefined;
  /** 计划投资（万元） */
  plannedInvestment?: string | null | undefined;
  projectName?: string | null | undefined;
  segmentCode?: string | null | undefined;
  /** 来源合作机构（链式/专业/资本/以商引商渠道必填） */
  sourceOrganizationId?: string | number | null | undefined;
  /** 空间需求（平方米） */
  spaceNeed?: string | null | undefined;
  /** 线索标签代码（“线索标签”分组，最多 10 个） */
  tagCodes?: Array<string> | null | undefined;
  /** 意向落地镇/街道 */
  townCode?: string | null | undefined;
  version: number;
};

export type UpdateOrganizationInput = {
  /** 认定日期 YYYY-MM-DD（专业招商平台） */
  certifiedOn?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** 签约结束日期 YYYY-MM-DD（专业招商平台） */
  contractEndsOn?: string | null | undefined;
  /** 签约开始日期 YYYY-MM-DD（专业招商平台） */
  contractStartsOn?: string | null | undefined;
  creditCode?: string | null | undefined;
  id: string | number;
  kind?: OrganizationKind | null | undefined;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  /** 链主企业牵头的细分赛道代码 */
  segmentCodes?: Array<string> | null | undefined;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

export type UpdatePolicyInput = {
  docNumber?: string | null | undefined;
  id: string | number;
  issuedOn?: string | null | undefined;
  title?: string | null | undefined;
  /** 有效期至；传 null 清除 */
  validUntil?: string | null | undefined;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

export type UpdatePolicyItemInput = {
  /** 金额规则 JSON；为空表示以核定为准 */
  amount?: Record<string, unknown> | null | undefined;
  /** 条件 JSON（形状见 libs/domain/src/policies/README.md） */
  condition: Record<string, unknown>;
  id: string | number;
  kind: PolicyItemKind;
  /** 条款名称 */
  name: string;
  /** 条款原文或说明 */
  notes?: string | null | undefined;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

export type UpdateProjectInput = {
  /** 实际固定资产投资（万元） */
  actualFixedAssetInvestment?: string | null | undefined;
  channel?: Channel | null | undefined;
  /** 合同投资（万元） */
  contractInvestment?: string | null | undefined;
  /** 达产后预计年产值（万元） */
  expectedOutput?: string | null | undefined;
  /** 达产后预计年税收（万元） */
  expectedTax?: string | null | undefined;
  id: string | number;
  /** 工业上楼 */
  industrialHighRise?: boolean | null | undefined;
  /** 计划用工（人） */
  jobsPlanned?: number | null | undefined;
  /** 用地（亩） */
  landArea?: string | null | undefined;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  /** 负责人，默认为当前用户 */
  ownerId?: string | number | null | undefined;
  /** 园区代码（基础数据“园区”，须在所选镇/街道） */
  parkCode?: string | null | undefined;
  /** 计划固定资产投资（万元） */
  plannedFixedAssetInvestment?: string | null | undefined;
  /** 注册资本（万元） */
  registeredCapital?: string | null | undefined;
  segmentCode?: string | null | undefined;
  siteSupplyMode?: SiteSupplyMode | null | undefined;
  /** 来源合作机构（链式/专业/资本/以商引商渠道必填） */
  sourceOrganizationId?: string | number | null | undefined;
  /** 空间（平方米） */
  spaceArea?: string | null | undefined;
  spaceTenure?: SpaceTenure | null | undefined;
  /** 落地镇/街道 */
  townCode?: string | null | undefined;
  /** 仅在工商注册之后的节点均无实际日期时可改 */
  type?: ProjectType | null | undefined;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

/** 修改基础数据的名称（代码不变） */
export type UpdateReferenceItemInput = {
  /** 代码 */
  code: string;
  kind: ReferenceKind;
  /** 是否四大主导产业之一（仅产业） */
  leading?: boolean | null | undefined;
  /** 中文名称 */
  name: string;
  /** 英文名称；不填则与中文名称相同 */
  nameEn?: string | null | undefined;
  /** 所在镇/街道代码（仅园区；null 为不属任何镇街，不传则不变） */
  townCode?: string | null | undefined;
};

export type UpdateReferralSettingsInput = {
  /** 报备保护期（天） */
  protectionDays?: number | null | undefined;
  /** 单个项目奖励上限（万元）；空为不设上限 */
  rewardCap?: string | null | undefined;
  /** 引荐奖励资格里程碑代码 */
  rewardMilestone?: string | null | undefined;
  /** 奖励档位；不填则不变，空列表表示不建议金额 */
  rewardTiers?: Array<RewardTierInput> | null | undefined;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

export type UpdateSavedViewInput = {
  id: string | number;
  isDefault?: boolean | null | undefined;
  name?: string | null | undefined;
  state?: SavedViewStateInput | null | undefined;
};

export type UpdateUserInput = {
  displayName?: string | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  organizationId?: string | number | null | undefined;
  phone?: string | null | undefined;
  role?: Role | null | undefined;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

export type UserFilter = {
  active?: boolean | null | undefined;
  organizationId?: string | number | null | undefined;
  role?: Role | null | undefined;
  /** 按用户名或姓名搜索 */
  search?: string | null | undefined;
};

export type OrganizationRowFragment = {
  __typename: 'Organization';
  id: string;
  name: string;
  kind: OrganizationKind;
  creditCode: string | null;
  contactName: string | null;
  contactPhone: string | null;
  notes: string | null;
  active: boolean;
  userCount: number;
  segmentCodes: Array<string>;
  certifiedOn: string | null;
  contractStartsOn: string | null;
  contractEndsOn: string | null;
  updatedAt: string;
  version: number;
};

export type OrganizationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;

export type OrganizationsQuery = {
  organizations: {
    __typename: 'OrganizationConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'OrganizationEdge';
      cursor: string;
      node: {
        __typename: 'Organization';
        id: string;
        name: string;
        kind: OrganizationKind;
        creditCode: string | null;
        contactName: string | null;
        contactPhone: string | null;
        notes: string | null;
        active: boolean;
        userCount: number;
        segmentCodes: Array<string>;
        certifiedOn: string | null;
        contractStartsOn: string | null;
        contractEndsOn: string | null;
        updatedAt: string;
        version: number;
      };
    }>;
  };
};

export type OrganizationOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type OrganizationOptionsQuery = {
  organizations: {
    __typename: 'OrganizationConnection';
    edges: Array<{
      __typename: 'OrganizationEdge';
      node: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind };
    }>;
  };
};

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;

export type CreateOrganizationMutation = {
  createOrganization: {
    __typename: 'Organization';
    id: string;
    name: string;
    kind: OrganizationKind;
    creditCode: string | null;
    contactName: string | null;
    contactPhone: string | null;
    notes: string | null;
    active: boolean;
    userCount: number;
    segmentCodes: Array<string>;
    certifiedOn: string | null;
    contractStartsOn: string | null;
    contractEndsOn: string | null;
    updatedAt: string;
    version: number;
  };
};

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;

export type UpdateOrganizationMutation = {
  updateOrganization: {
    __typename: 'Organization';
    id: string;
    name: string;
    kind: OrganizationKind;
    creditCode: string | null;
    contactName: string | null;
    contactPhone: string | null;
    notes: string | null;
    active: boolean;
    userCount: number;
    segmentCodes: Array<string>;
    certifiedOn: string | null;
    contractStartsOn: string | null;
    contractEndsOn: string | null;
    updatedAt: string;
    version: number;
  };
};

export type SetOrganizationActiveMutationVariables = Exact<{
  input: SetOrganizationActiveInput;
}>;

export type SetOrganizationActiveMutation = {
  setOrganizationActive: {
    __typename: 'Organization';
    id: string;
    name: string;
    kind: OrganizationKind;
    creditCode: string | null;
    contactName: string | null;
    contactPhone: string | null;
    notes: string | null;
    active: boolean;
    userCount: number;
    segmentCodes: Array<string>;
    certifiedOn: string | null;
    contractStartsOn: string | null;
    contractEndsOn: string | null;
    updatedAt: string;
    version: number;
  };
};

export type ExportOrganizationsQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
}>;

export type ExportOrganizationsQuery = {
  organizationsExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never }>;

export type ReferenceDataQuery = {
  industries: Array<{
    __typename: 'Industry';
    code: string;
    name: string;
    nameEn: string;
    leading: boolean;
    sortOrder: number;
    retired: boolean;
    segments: Array<{
      __typename: 'Segment';
      code: string;
      name: string;
      nameEn: string;
      sortOrder: number;
      retired: boolean;
    }>;
  }>;
  tags: Array<{
    __typename: 'Tag';
    code: string;
    name: string;
    nameEn: string;
    group: TagGroup;
    sortOrder: number;
    retired: boolean;
  }>;
  places: Array<{
    __typename: 'Place';
    code: string;
    name: string;
    nameEn: string;
    kind: PlaceKind;
    sortOrder: number;
    retired: boolean;
  }>;
  parks: Array<{
    __typename: 'Park';
    code: string;
    name: string;
    nameEn: string;
    townCode: string | null;
    sortOrder: number;
    retired: boolean;
  }>;
};

export type ReferenceHistoryQueryVariables = Exact<{ [key: string]: never }>;

export type ReferenceHistoryQuery = {
  referenceHistory: Array<{
    __typename: 'AuditEntry';
    id: string;
    action: AuditAction;
    actorName: string;
    at: string;
    note: string | null;
    changes: Array<{ __typename: 'FieldChange'; field: string; before: string | null; after: string | null }>;
  }>;
};

export type ReferenceItemFieldsFragment = {
  __typename: 'ReferenceItem';
  kind: ReferenceKind;
  code: string;
  name: string;
  nameEn: string;
  sortOrder: number;
  retired: boolean;
  townCode: string | null;
};

export type CreateReferenceItemMutationVariables = Exact<{
  input: CreateReferenceItemInput;
}>;

export type CreateReferenceItemMutation = {
  createReferenceItem: {
    __typename: 'ReferenceItem';
    kind: ReferenceKind;
    code: string;
    name: string;
    nameEn: string;
    sortOrder: number;
    retired: boolean;
    townCode: string | null;
  };
};

export type UpdateReferenceItemMutationVariables = Exact<{
  input: UpdateReferenceItemInput;
}>;

export type UpdateReferenceItemMutation = {
  updateReferenceItem: {
    __typename: 'ReferenceItem';
    kind: ReferenceKind;
    code: string;
    name: string;
    nameEn: string;
    sortOrder: number;
    retired: boolean;
    townCode: string | null;
  };
};

export type RetireReferenceItemMutationVariables = Exact<{
  input: RetireReferenceItemInput;
}>;

export type RetireReferenceItemMutation = {
  retireReferenceItem: {
    __typename: 'ReferenceItem';
    kind: ReferenceKind;
    code: string;
    name: string;
    nameEn: string;
    sortOrder: number;
    retired: boolean;
    townCode: string | null;
  };
};

export type ReorderReferenceItemsMutationVariables = Exact<{
  input: ReorderReferenceItemsInput;
}>;

export type ReorderReferenceItemsMutation = {
  reorderReferenceItems: Array<{
    __typename: 'ReferenceItem';
    kind: ReferenceKind;
    code: string;
    name: string;
    nameEn: string;
    sortOrder: number;
    retired: boolean;
    townCode: string | null;
  }>;
};

export type DeleteReferenceItemMutationVariables = Exact<{
  input: DeleteReferenceItemInput;
}>;

export type DeleteReferenceItemMutation = { deleteReferenceItem: boolean };

export type MilestoneTemplatesAdminQueryVariables = Exact<{ [key: string]: never }>;

export type MilestoneTemplatesAdminQuery = {
  milestoneTemplates: Array<{
    __typename: 'MilestoneTemplate';
    projectType: ProjectType;
    code: MilestoneCode;
    position: number;
    optional: boolean;
    name: string;
    nameEn: string;
  }>;
};

export type RenameMilestoneMutationVariables = Exact<{
  input: RenameMilestoneInput;
}>;

export type RenameMilestoneMutation = {
  renameMilestone: Array<{
    __typename: 'MilestoneTemplate';
    projectType: ProjectType;
    code: MilestoneCode;
    position: number;
    name: string;
    nameEn: string;
  }>;
};

export type SetMilestoneTemplateOptionalMutationVariables = Exact<{
  input: SetMilestoneTemplateOptionalInput;
}>;

export type SetMilestoneTemplateOptionalMutation = {
  setMilestoneTemplateOptional: {
    __typename: 'MilestoneTemplate';
    projectType: ProjectType;
    code: MilestoneCode;
    position: number;
    optional: boolean;
  };
};

export type SignInEventRowFragment = {
  __typename: 'SignInEvent';
  id: string;
  createdAt: string;
  username: string;
  result: SignInResult;
  address: string;
  userAgent: string | null;
};

export type SignInEventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: SignInEventFilter | null | undefined;
}>;

export type SignInEventsQuery = {
  signInEvents: {
    __typename: 'SignInEventConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'SignInEventEdge';
      cursor: string;
      node: {
        __typename: 'SignInEvent';
        id: string;
        createdAt: string;
        username: string;
        result: SignInResult;
        address: string;
        userAgent: string | null;
      };
    }>;
  };
};

export type ExportSignInEventsQueryVariables = Exact<{
  filter?: SignInEventFilter | null | undefined;
}>;

export type ExportSignInEventsQuery = {
  signInEventsExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type UserRowFragment = {
  __typename: 'User';
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  phone: string | null;
  email: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
  organization: { __typename: 'Organization'; id: string; name: string } | null;
};

export type UsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: UserFilter | null | undefined;
}>;

export type UsersQuery = {
  users: {
    __typename: 'UserConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'UserEdge';
      cursor: string;
      node: {
        __typename: 'User';
        id: string;
        username: string;
        displayName: string;
        role: Role;
        active: boolean;
        phone: string | null;
        email: string | null;
        lastLoginAt: string | null;
        createdAt: string;
        version: number;
        organization: { __typename: 'Organization'; id: string; name: string } | null;
      };
    }>;
  };
};

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type CreateUserMutation = {
  createUser: {
    __typename: 'User';
    id: string;
    username: string;
    displayName: string;
    role: Role;
    active: boolean;
    phone: string | null;
    email: string | null;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    organization: { __typename: 'Organization'; id: string; name: string } | null;
  };
};

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;

export type UpdateUserMutation = {
  updateUser: {
    __typename: 'User';
    id: string;
    username: string;
    displayName: string;
    role: Role;
    active: boolean;
    phone: string | null;
    email: string | null;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    organization: { __typename: 'Organization'; id: string; name: string } | null;
  };
};

export type SetUserActiveMutationVariables = Exact<{
  input: SetUserActiveInput;
}>;

export type SetUserActiveMutation = {
  setUserActive: {
    __typename: 'User';
    id: string;
    username: string;
    displayName: string;
    role: Role;
    active: boolean;
    phone: string | null;
    email: string | null;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    organization: { __typename: 'Organization'; id: string; name: string } | null;
  };
};

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = { resetPassword: { __typename: 'User'; id: string; version: number } };

export type ExportUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
}>;

export type ExportUsersQuery = {
  usersExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: {
    __typename: 'AuthPayload';
    expiresAt: string;
    user: {
      __typename: 'User';
      id: string;
      username: string;
      displayName: string;
      role: Role;
      organization: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind } | null;
    };
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: { __typename: 'AuthPayload'; expiresAt: string } };

export type CurrentUserFragment = {
  __typename: 'User';
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organization: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind } | null;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    __typename: 'User';
    id: string;
    username: string;
    displayName: string;
    role: Role;
    organization: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind } | null;
  };
};

export type ChainMapQueryVariables = Exact<{
  industryCode: string;
  asOf?: string | null | undefined;
}>;

export type ChainMapQuery = {
  chainMap: {
    __typename: 'ChainMap';
    industryCode: string;
    industryName: string;
    asOf: string;
    segments: Array<{
      __typename: 'ChainMapSegment';
      code: string;
      name: string;
      links: Array<{
        __typename: 'ChainMapLink';
        id: string;
        name: string;
        tier: ChainTier;
        position: number;
        status: ChainLinkStatus;
        counts: {
          __typename: 'ChainLinkCounts';
          localEnterprises: number;
          chainMasters: number;
          openLeads: number;
          referrals: number;
          targets: number;
          investments: number;
          expectedOutput: string;
          openLeadsByStage: Array<{ __typename: 'ChainStageCount'; stage: LeadStage; count: number }>;
          referralsByStatus: Array<{
            __typename: 'ChainReferralStatusCount';
            status: ReferralStatus;
            count: number;
          }>;
        };
      }>;
    }>;
  };
};

export type ChainOverviewQueryVariables = Exact<{
  since: string;
  asOf?: string | null | undefined;
}>;

export type ChainOverviewQuery = {
  chainOverview: {
    __typename: 'ChainOverview';
    asOf: string;
    since: string;
    industries: Array<{
      __typename: 'ChainOverviewIndustry';
      code: string;
      name: string;
      now: {
        __typename: 'ChainFigures';
        links: number;
        missing: number;
        weak: number;
        complete: number;
        localEnterprises: number;
        openLeads: number;
        referrals: number;
        targets: number;
        investments: number;
      };
      then: {
        __typename: 'ChainFigures';
        links: number;
        missing: number;
        weak: number;
        complete: number;
        localEnterprises: number;
        openLeads: number;
        referrals: number;
        targets: number;
        investments: number;
      };
    }>;
  };
};

export type ChainFiguresFieldsFragment = {
  __typename: 'ChainFigures';
  links: number;
  missing: number;
  weak: number;
  complete: number;
  localEnterprises: number;
  openLeads: number;
  referrals: number;
  targets: number;
  investments: number;
};

export type ChainLinkOptionsQueryVariables = Exact<{
  segmentCode: string;
}>;

export type ChainLinkOptionsQuery = {
  chainLinks: Array<{ __typename: 'ChainLink'; id: string; name: string; tier: ChainTier; position: number }>;
};

export type ChainEnterprisesQueryVariables = Exact<{
  filter?: ChainDrillFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  page?: number | null | undefined;
}>;

export type ChainEnterprisesQuery = {
  chainEnterprises: {
    __typename: 'EnterpriseConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'EnterpriseEdge';
      node: {
        __typename: 'Enterprise';
        id: string;
        name: string;
        creditCode: string | null;
        localStockSince: string | null;
        tagCodes: Array<string>;
      };
    }>;
  };
};

export type ChainLeadsQueryVariables = Exact<{
  filter?: ChainDrillFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  page?: number | null | undefined;
}>;

export type ChainLeadsQuery = {
  chainLeads: {
    __typename: 'LeadConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'LeadEdge';
      node: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        channel: Channel;
        plannedInvestment: string | null;
        owner: { __typename: 'User'; id: string; displayName: string };
      };
    }>;
  };
};

export type ChainReferralsQueryVariables = Exact<{
  filter?: ChainDrillFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  page?: number | null | undefined;
}>;

export type ChainReferralsQuery = {
  chainReferrals: {
    __typename: 'ReferralConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'ReferralEdge';
      node: {
        __typename: 'Referral';
        id: string;
        companyName: string;
        status: ReferralStatus;
        createdAt: string;
      };
    }>;
  };
};

export type ChainInvestmentsQueryVariables = Exact<{
  filter?: ChainDrillFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  page?: number | null | undefined;
}>;

export type ChainInvestmentsQuery = {
  chainInvestments: {
    __typename: 'InvestmentConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'InvestmentEdge';
      node: {
        __typename: 'Investment';
        id: string;
        date: string;
        amount: string;
        stage: InvestmentStage;
        enterpriseName: string;
      };
    }>;
  };
};

export type ChainTargetsQueryVariables = Exact<{
  filter?: ChainDrillFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  page?: number | null | undefined;
}>;

export type ChainTargetsQuery = {
  chainTargets: {
    __typename: 'ChainTargetConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'ChainTargetEdge';
      node: {
        __typename: 'ChainTarget';
        id: string;
        companyName: string;
        priority: ChainTargetPriority;
        progress: ChainTargetProgress;
        channel: Channel;
        owner: { __typename: 'User'; id: string; displayName: string } | null;
        lead: { __typename: 'Lead'; id: string; stage: LeadStage } | null;
        link: { __typename: 'ChainLink'; id: string; name: string };
      };
    }>;
  };
};

export type ChainListExportQueryVariables = Exact<{
  kind: ChainListKind;
  filter: ChainDrillFilter;
}>;

export type ChainListExportQuery = {
  chainListExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type AddTargetMutationVariables = Exact<{
  input: AddTargetInput;
}>;

export type AddTargetMutation = { addTarget: { __typename: 'ChainTarget'; id: string } };

export type ConvertTargetMutationVariables = Exact<{
  input: ConvertTargetInput;
}>;

export type ConvertTargetMutation = {
  convertTarget: {
    __typename: 'ChainTarget';
    id: string;
    progress: ChainTargetProgress;
    lead: { __typename: 'Lead'; id: string } | null;
  };
};

export type SupplyChainEntriesQueryVariables = Exact<{
  filter?: SupplyChainFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  page?: number | null | undefined;
}>;

export type SupplyChainEntriesQuery = {
  supplyChainEntries: {
    __typename: 'SupplyChainEntryConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'SupplyChainEntryEdge';
      node: {
        __typename: 'SupplyChainEntry';
        id: string;
        version: number;
        relation: SupplyRelation;
        companyName: string;
        creditCode: string | null;
        supplies: string;
        organizationName: string;
        local: boolean | null;
        link: { __typename: 'ChainLink'; id: string; name: string; segmentCode: string } | null;
      };
    }>;
  };
};

export type SaveSupplyChainEntryMutationVariables = Exact<{
  input: SaveSupplyChainEntryInput;
}>;

export type SaveSupplyChainEntryMutation = {
  saveSupplyChainEntry: { __typename: 'SupplyChainEntry'; id: string };
};

export type DeleteSupplyChainEntryMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteSupplyChainEntryMutation = { deleteSupplyChainEntry: boolean };

export type PlaceOnLinkMutationVariables = Exact<{
  input: PlaceOnLinkInput;
}>;

export type PlaceOnLinkMutation = { placeOnLink: { __typename: 'ChainPlacement'; id: string } };

export type RemoveFromLinkMutationVariables = Exact<{
  input: PlaceOnLinkInput;
}>;

export type RemoveFromLinkMutation = { removeFromLink: boolean };

export type PlaceableEnterprisesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type PlaceableEnterprisesQuery = {
  enterprises: {
    __typename: 'EnterpriseConnection';
    edges: Array<{
      __typename: 'EnterpriseEdge';
      node: { __typename: 'Enterprise'; id: string; name: string };
    }>;
  };
};

export type PlaceableLeadsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type PlaceableLeadsQuery = {
  leads: {
    __typename: 'LeadConnection';
    edges: Array<{ __typename: 'LeadEdge'; node: { __typename: 'Lead'; id: string; projectName: string } }>;
  };
};

export type PlaceableProjectsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type PlaceableProjectsQuery = {
  projects: {
    __typename: 'ProjectConnection';
    edges: Array<{ __typename: 'ProjectEdge'; node: { __typename: 'Project'; id: string; name: string } }>;
  };
};

export type ChainLinksAdminQueryVariables = Exact<{
  segmentCode: string;
}>;

export type ChainLinksAdminQuery = {
  chainLinks: Array<{
    __typename: 'ChainLink';
    id: string;
    name: string;
    tier: ChainTier;
    position: number;
    version: number;
    retiredAt: string | null;
  }>;
  chainSettings: { __typename: 'ChainSettings'; minEnterprises: number; minExpectedOutput: string | null };
};

export type AddChainLinkMutationVariables = Exact<{
  input: AddChainLinkInput;
}>;

export type AddChainLinkMutation = { addChainLink: { __typename: 'ChainLink'; id: string } };

export type UpdateChainLinkMutationVariables = Exact<{
  input: UpdateChainLinkInput;
}>;

export type UpdateChainLinkMutation = { updateChainLink: { __typename: 'ChainLink'; id: string } };

export type RetireChainLinkMutationVariables = Exact<{
  id: string | number;
}>;

export type RetireChainLinkMutation = { retireChainLink: { __typename: 'ChainLink'; id: string } | null };

export type UpdateChainSettingsMutationVariables = Exact<{
  input: UpdateChainSettingsInput;
}>;

export type UpdateChainSettingsMutation = {
  updateChainSettings: {
    __typename: 'ChainSettings';
    minEnterprises: number;
    minExpectedOutput: string | null;
  };
};

export type RecordChainLinksQueryVariables = Exact<{
  entityType: ChainEntityType;
  entityId: string | number;
}>;

export type RecordChainLinksQuery = {
  chainPlacements: Array<{
    __typename: 'ChainPlacement';
    id: string;
    link: { __typename: 'ChainLink'; id: string; name: string };
  }>;
  suggestedChainLinks: Array<{ __typename: 'ChainLink'; id: string; name: string; tier: ChainTier }>;
};

export type RemovePlacementMutationVariables = Exact<{
  id: string | number;
}>;

export type RemovePlacementMutation = { removePlacement: boolean };

export type PlaceableInvestmentsQueryVariables = Exact<{
  enterpriseIds?: Array<string | number> | string | number | null | undefined;
}>;

export type PlaceableInvestmentsQuery = {
  investments: {
    __typename: 'InvestmentConnection';
    edges: Array<{
      __typename: 'InvestmentEdge';
      node: {
        __typename: 'Investment';
        id: string;
        enterpriseName: string;
        date: string;
        amount: string;
        fund: { __typename: 'Fund'; id: string; name: string };
      };
    }>;
  };
};

export type PlaceableReferralsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type PlaceableReferralsQuery = {
  referrals: {
    __typename: 'ReferralConnection';
    edges: Array<{
      __typename: 'ReferralEdge';
      node: { __typename: 'Referral'; id: string; companyName: string };
    }>;
  };
};

export type ExportSupplyChainEntriesQueryVariables = Exact<{
  filter?: SupplyChainFilter | null | undefined;
}>;

export type ExportSupplyChainEntriesQuery = {
  supplyChainEntriesExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type DashboardPeriodFieldsFragment = {
  __typename: 'DashboardPeriodView';
  from: string;
  to: string;
  asOf: string;
  historical: boolean;
};

export type DrillFieldsFragment = { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };

export type CountFigureFieldsFragment = {
  __typename: 'CountFigure';
  value: number;
  drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
};

export type AmountFigureFieldsFragment = {
  __typename: 'AmountFigure';
  value: string;
  drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
};

export type ProjectTallyFieldsFragment = {
  __typename: 'ProjectTally';
  projects: {
    __typename: 'CountFigure';
    value: number;
    drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
  };
  contractInvestment: {
    __typename: 'AmountFigure';
    value: string;
    drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
  };
  plannedFixedAssetInvestment: {
    __typename: 'AmountFigure';
    value: string;
    drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
  };
  actualFixedAssetInvestment: {
    __typename: 'AmountFigure';
    value: string;
    drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
  };
  expectedOutput: {
    __typename: 'AmountFigure';
    value: string;
    drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
  };
};

export type LandingGroupFieldsFragment = {
  __typename: 'LandingGroup';
  key: string;
  name: string | null;
  landed: {
    __typename: 'ProjectTally';
    projects: {
      __typename: 'CountFigure';
      value: number;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
    contractInvestment: {
      __typename: 'AmountFigure';
      value: string;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
    plannedFixedAssetInvestment: {
      __typename: 'AmountFigure';
      value: string;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
    actualFixedAssetInvestment: {
      __typename: 'AmountFigure';
      value: string;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
    expectedOutput: {
      __typename: 'AmountFigure';
      value: string;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
  };
};

export type LandingPeriodFieldsFragment = {
  __typename: 'LandingPeriodRow';
  kind: PeriodKind;
  label: string;
  from: string;
  to: string;
  signed: {
    __typename: 'ProjectTally';
    projects: {
      __typename: 'CountFigure';
      value: number;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
    contractInvestment: {
      __typename: 'AmountFigure';
      value: string;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
    plannedFixedAssetInvestment: {
      __typename: 'AmountFigure';
      value: string;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
    actualFixedAssetInvestment: {
      __typename: 'AmountFigure';
      value: string;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
    expectedOutput: {
      __typename: 'AmountFigure';
      value: string;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
  };
  landed: {
    __typename: 'ProjectTally';
    projects: {
      __typename: 'CountFigure';
      value: number;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
    contractInvestment: {
      __typename: 'AmountFigure';
      value: string;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
    plannedFixedAssetInvestment: {
      __typename: 'AmountFigure';
      value: string;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
    actualFixedAssetInvestment: {
      __typename: 'AmountFigure';
      value: string;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
    expectedOutput: {
      __typename: 'AmountFigure';
      value: string;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
    };
  };
};

export type ReferralFunnelFieldsFragment = {
  __typename: 'ReferralFunnelFigures';
  filed: {
    __typename: 'CountFigure';
    value: number;
    drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
  };
  accepted: {
    __typename: 'CountFigure';
    value: number;
    drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
  };
  signed: {
    __typename: 'CountFigure';
    value: number;
    drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
  };
  landed: {
    __typename: 'CountFigure';
    value: number;
    drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
  };
};

export type DashboardQueryVariables = Exact<{
  filter?: DashboardFilter | null | undefined;
}>;

export type DashboardQuery = {
  dashboard: {
    __typename: 'Dashboard';
    period: {
      __typename: 'DashboardPeriodView';
      from: string;
      to: string;
      asOf: string;
      historical: boolean;
    };
    pipeline: {
      __typename: 'DashboardPipeline';
      open: {
        __typename: 'CountFigure';
        value: number;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      openPlannedInvestment: {
        __typename: 'AmountFigure';
        value: string;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      openByStage: Array<{
        __typename: 'PipelineStageFigure';
        stage: LeadStage;
        leads: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        plannedInvestment: {
          __typename: 'AmountFigure';
          value: string;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
      }>;
      funnel: Array<{
        __typename: 'FunnelStep';
        stage: LeadStage;
        conversionToNext: number | null;
        reached: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
      }>;
      stageDurations: Array<{
        __typename: 'StageDuration';
        stage: LeadStage;
        medianDays: number | null;
        leads: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
      }>;
      lost: {
        __typename: 'CountFigure';
        value: number;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      lostByReason: Array<{
        __typename: 'LostReasonFigure';
        reason: string;
        leads: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
      }>;
    };
    landing: {
      __typename: 'DashboardLanding';
      partnerCount: number;
      signed: {
        __typename: 'ProjectTally';
        projects: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        contractInvestment: {
          __typename: 'AmountFigure';
          value: string;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        plannedFixedAssetInvestment: {
          __typename: 'AmountFigure';
          value: string;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        actualFixedAssetInvestment: {
          __typename: 'AmountFigure';
          value: string;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        expectedOutput: {
          __typename: 'AmountFigure';
          value: string;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
      };
      landed: {
        __typename: 'ProjectTally';
        projects: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        contractInvestment: {
          __typename: 'AmountFigure';
          value: string;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        plannedFixedAssetInvestment: {
          __typename: 'AmountFigure';
          value: string;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        actualFixedAssetInvestment: {
          __typename: 'AmountFigure';
          value: string;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        expectedOutput: {
          __typename: 'AmountFigure';
          value: string;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
      };
      byMonth: Array<{
        __typename: 'LandingPeriodRow';
        kind: PeriodKind;
        label: string;
        from: string;
        to: string;
        signed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
        landed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
      }>;
      byQuarter: Array<{
        __typename: 'LandingPeriodRow';
        kind: PeriodKind;
        label: string;
        from: string;
        to: string;
        signed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
        landed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
      }>;
      byYear: Array<{
        __typename: 'LandingPeriodRow';
        kind: PeriodKind;
        label: string;
        from: string;
        to: string;
        signed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
        landed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
      }>;
      byIndustry: Array<{
        __typename: 'LandingGroup';
        key: string;
        name: string | null;
        landed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
      }>;
      bySegment: Array<{
        __typename: 'LandingGroup';
        key: string;
        name: string | null;
        landed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
      }>;
      byChannel: Array<{
        __typename: 'LandingGroup';
        key: string;
        name: string | null;
        landed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
      }>;
      byPartner: Array<{
        __typename: 'LandingGroup';
        key: string;
        name: string | null;
        landed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
      }>;
      byTown: Array<{
        __typename: 'LandingGroup';
        key: string;
        name: string | null;
        landed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
      }>;
      byPark: Array<{
        __typename: 'LandingGroup';
        key: string;
        name: string | null;
        landed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
      }>;
      leadingIndustries: {
        __typename: 'LeadingIndustryShare';
        industryCodes: Array<string>;
        projectShare: number | null;
        contractInvestmentShare: number | null;
        landed: {
          __typename: 'ProjectTally';
          projects: {
            __typename: 'CountFigure';
            value: number;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          contractInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          plannedFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          actualFixedAssetInvestment: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
          expectedOutput: {
            __typename: 'AmountFigure';
            value: string;
            drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
          };
        };
      };
    };
    milestones: {
      __typename: 'DashboardMilestones';
      averageDaysLate: number | null;
      overdue: {
        __typename: 'CountFigure';
        value: number;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      atRisk: {
        __typename: 'CountFigure';
        value: number;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      onTime: Array<{
        __typename: 'MilestoneOnTimeFigure';
        code: MilestoneCode;
        name: string;
        onTimeRate: number | null;
        averageDaysLate: number | null;
        done: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        onTime: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        late: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
      }>;
      mostDelayed: Array<{
        __typename: 'DelayedProjectFigure';
        projectId: string;
        name: string;
        plannedDate: string;
        daysLate: number;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      }>;
    };
    referrals: {
      __typename: 'DashboardReferrals';
      organizationCount: number;
      total: {
        __typename: 'ReferralFunnelFigures';
        filed: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        accepted: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        signed: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        landed: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
      };
      byKind: Array<{
        __typename: 'ReferralKindFigures';
        kind: OrganizationKind;
        name: string;
        filed: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        accepted: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        signed: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        landed: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
      }>;
      byOrganization: Array<{
        __typename: 'ReferralOrganizationFigures';
        organizationId: string;
        organizationName: string;
        kind: OrganizationKind;
        filed: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        accepted: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        signed: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        landed: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
      }>;
      rewardsDue: {
        __typename: 'CountFigure';
        value: number;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      rewardsSuggested: {
        __typename: 'AmountFigure';
        value: string;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      rewardsAwarded: {
        __typename: 'CountFigure';
        value: number;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      rewardsAwardedAmount: {
        __typename: 'AmountFigure';
        value: string;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
    };
    targets: Array<{
      __typename: 'TargetProgress';
      year: number;
      metric: TargetMetric;
      name: string;
      unit: TargetUnit;
      unitLabel: string;
      comparator: TargetComparator;
      accumulation: TargetAccumulation;
      source: TargetSource;
      actual: string | null;
      actualDay: string | null;
      target: string | null;
      targetNote: string | null;
      targetVersion: number | null;
      targetUpdatedAt: string | null;
      targetUpdatedByName: string | null;
      share: string | null;
      met: boolean | null;
      yearElapsed: string;
      trend: Array<{ __typename: 'TargetTrendPoint'; month: string; day: string; value: string }>;
      lastEntry: {
        __typename: 'TargetActualEntryView';
        id: string;
        periodEnd: string;
        sourceNote: string;
        enteredByName: string;
        enteredAt: string;
      } | null;
      drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> } | null;
    }>;
  };
};

export type DashboardFundsQueryVariables = Exact<{ [key: string]: never }>;

export type DashboardFundsQuery = {
  dashboard: {
    __typename: 'Dashboard';
    funds: {
      __typename: 'DashboardFunds';
      obligation: string;
      gap: string;
      leverageScale: string;
      governmentContribution: string;
      fundCount: number;
      counted: {
        __typename: 'AmountFigure';
        value: string;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      pending: {
        __typename: 'AmountFigure';
        value: string;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      countedInvestments: {
        __typename: 'CountFigure';
        value: number;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      pendingInvestments: {
        __typename: 'CountFigure';
        value: number;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      sciTechProjects: {
        __typename: 'CountFigure';
        value: number;
        drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
      };
      funds: Array<{
        __typename: 'FundReinvestmentFigures';
        fundId: string;
        name: string;
        obligation: string;
        ratio: string | null;
        gap: string | null;
        counted: {
          __typename: 'AmountFigure';
          value: string;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        pending: {
          __typename: 'AmountFigure';
          value: string;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        countedInvestments: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
        pendingInvestments: {
          __typename: 'CountFigure';
          value: number;
          drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
        };
      }>;
    };
  };
};

export type ExportDashboardQueryVariables = Exact<{
  filter?: DashboardFilter | null | undefined;
}>;

export type ExportDashboardQuery = {
  dashboardExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type TargetProgressFieldsFragment = {
  __typename: 'TargetProgress';
  year: number;
  metric: TargetMetric;
  name: string;
  unit: TargetUnit;
  unitLabel: string;
  comparator: TargetComparator;
  accumulation: TargetAccumulation;
  source: TargetSource;
  actual: string | null;
  actualDay: string | null;
  target: string | null;
  targetNote: string | null;
  targetVersion: number | null;
  targetUpdatedAt: string | null;
  targetUpdatedByName: string | null;
  share: string | null;
  met: boolean | null;
  yearElapsed: string;
  trend: Array<{ __typename: 'TargetTrendPoint'; month: string; day: string; value: string }>;
  lastEntry: {
    __typename: 'TargetActualEntryView';
    id: string;
    periodEnd: string;
    sourceNote: string;
    enteredByName: string;
    enteredAt: string;
  } | null;
  drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> } | null;
};

export type SetTargetMutationVariables = Exact<{
  input: SetTargetInput;
}>;

export type SetTargetMutation = {
  setTarget: {
    __typename: 'TargetProgress';
    year: number;
    metric: TargetMetric;
    name: string;
    unit: TargetUnit;
    unitLabel: string;
    comparator: TargetComparator;
    accumulation: TargetAccumulation;
    source: TargetSource;
    actual: string | null;
    actualDay: string | null;
    target: string | null;
    targetNote: string | null;
    targetVersion: number | null;
    targetUpdatedAt: string | null;
    targetUpdatedByName: string | null;
    share: string | null;
    met: boolean | null;
    yearElapsed: string;
    trend: Array<{ __typename: 'TargetTrendPoint'; month: string; day: string; value: string }>;
    lastEntry: {
      __typename: 'TargetActualEntryView';
      id: string;
      periodEnd: string;
      sourceNote: string;
      enteredByName: string;
      enteredAt: string;
    } | null;
    drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> } | null;
  };
};

export type RecordTargetActualMutationVariables = Exact<{
  input: RecordTargetActualInput;
}>;

export type RecordTargetActualMutation = {
  recordTargetActual: {
    __typename: 'TargetProgress';
    year: number;
    metric: TargetMetric;
    name: string;
    unit: TargetUnit;
    unitLabel: string;
    comparator: TargetComparator;
    accumulation: TargetAccumulation;
    source: TargetSource;
    actual: string | null;
    actualDay: string | null;
    target: string | null;
    targetNote: string | null;
    targetVersion: number | null;
    targetUpdatedAt: string | null;
    targetUpdatedByName: string | null;
    share: string | null;
    met: boolean | null;
    yearElapsed: string;
    trend: Array<{ __typename: 'TargetTrendPoint'; month: string; day: string; value: string }>;
    lastEntry: {
      __typename: 'TargetActualEntryView';
      id: string;
      periodEnd: string;
      sourceNote: string;
      enteredByName: string;
      enteredAt: string;
    } | null;
    drill: { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> } | null;
  };
};

export type EnterpriseRowFragment = {
  __typename: 'Enterprise';
  id: string;
  name: string;
  creditCode: string | null;
  industryCode: string | null;
  segmentCode: string | null;
  tagCodes: Array<string>;
  headquartersCity: string | null;
  registeredCapital: string | null;
  updatedAt: string;
  version: number;
  industry: { __typename: 'Industry'; code: string; name: string; nameEn: string } | null;
  segment: { __typename: 'Segment'; code: string; name: string; nameEn: string } | null;
};

export type EnterpriseDetailFragment = {
  __typename: 'Enterprise';
  legalRepresentative: string | null;
  foundedOn: string | null;
  localStockSince: string | null;
  address: string | null;
  website: string | null;
  createdAt: string;
  id: string;
  name: string;
  creditCode: string | null;
  industryCode: string | null;
  segmentCode: string | null;
  tagCodes: Array<string>;
  headquartersCity: string | null;
  registeredCapital: string | null;
  updatedAt: string;
  version: number;
  contacts: Array<{
    __typename: 'EnterpriseContact';
    id: string;
    name: string;
    title: string | null;
    phone: string | null;
    email: string | null;
  }>;
  industry: { __typename: 'Industry'; code: string; name: string; nameEn: string } | null;
  segment: { __typename: 'Segment'; code: string; name: string; nameEn: string } | null;
};

export type EnterprisesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: EnterpriseFilter | null | undefined;
}>;

export type EnterprisesQuery = {
  enterprises: {
    __typename: 'EnterpriseConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'EnterpriseEdge';
      cursor: string;
      node: {
        __typename: 'Enterprise';
        id: string;
        name: string;
        creditCode: string | null;
        industryCode: string | null;
        segmentCode: string | null;
        tagCodes: Array<string>;
        headquartersCity: string | null;
        registeredCapital: string | null;
        updatedAt: string;
        version: number;
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string } | null;
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string } | null;
      };
    }>;
  };
};

export type EnterpriseOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type EnterpriseOptionsQuery = {
  enterprises: {
    __typename: 'EnterpriseConnection';
    edges: Array<{
      __typename: 'EnterpriseEdge';
      node: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
    }>;
  };
};

export type EnterpriseQueryVariables = Exact<{
  id: string | number;
}>;

export type EnterpriseQuery = {
  enterprise: {
    __typename: 'Enterprise';
    legalRepresentative: string | null;
    foundedOn: string | null;
    localStockSince: string | null;
    address: string | null;
    website: string | null;
    createdAt: string;
    id: string;
    name: string;
    creditCode: string | null;
    industryCode: string | null;
    segmentCode: string | null;
    tagCodes: Array<string>;
    headquartersCity: string | null;
    registeredCapital: string | null;
    updatedAt: string;
    version: number;
    leads: Array<{
      __typename: 'Lead';
      id: string;
      projectName: string;
      stage: LeadStage;
      plannedInvestment: string | null;
      createdAt: string;
      owner: { __typename: 'User'; id: string; displayName: string };
    }>;
    auditTrail: Array<{
      __typename: 'AuditEntry';
      id: string;
      action: AuditAction;
      actorName: string;
      at: string;
      note: string | null;
      changes: Array<{
        __typename: 'FieldChange';
        field: string;
        before: string | null;
        after: string | null;
      }>;
    }>;
    contacts: Array<{
      __typename: 'EnterpriseContact';
      id: string;
      name: string;
      title: string | null;
      phone: string | null;
      email: string | null;
    }>;
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string } | null;
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string } | null;
  };
};

export type CreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;

export type CreateEnterpriseMutation = {
  createEnterprise: {
    __typename: 'Enterprise';
    legalRepresentative: string | null;
    foundedOn: string | null;
    localStockSince: string | null;
    address: string | null;
    website: string | null;
    createdAt: string;
    id: string;
    name: string;
    creditCode: string | null;
    industryCode: string | null;
    segmentCode: string | null;
    tagCodes: Array<string>;
    headquartersCity: string | null;
    registeredCapital: string | null;
    updatedAt: string;
    version: number;
    contacts: Array<{
      __typename: 'EnterpriseContact';
      id: string;
      name: string;
      title: string | null;
      phone: string | null;
      email: string | null;
    }>;
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string } | null;
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string } | null;
  };
};

export type UpdateEnterpriseMutationVariables = Exact<{
  input: UpdateEnterpriseInput;
}>;

export type UpdateEnterpriseMutation = {
  updateEnterprise: {
    __typename: 'Enterprise';
    legalRepresentative: string | null;
    foundedOn: string | null;
    localStockSince: string | null;
    address: string | null;
    website: string | null;
    createdAt: string;
    id: string;
    name: string;
    creditCode: string | null;
    industryCode: string | null;
    segmentCode: string | null;
    tagCodes: Array<string>;
    headquartersCity: string | null;
    registeredCapital: string | null;
    updatedAt: string;
    version: number;
    contacts: Array<{
      __typename: 'EnterpriseContact';
      id: string;
      name: string;
      title: string | null;
      phone: string | null;
      email: string | null;
    }>;
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string } | null;
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string } | null;
  };
};

export type MergeEnterprisesMutationVariables = Exact<{
  input: MergeEnterprisesInput;
}>;

export type MergeEnterprisesMutation = {
  mergeEnterprises: {
    __typename: 'Enterprise';
    legalRepresentative: string | null;
    foundedOn: string | null;
    localStockSince: string | null;
    address: string | null;
    website: string | null;
    createdAt: string;
    id: string;
    name: string;
    creditCode: string | null;
    industryCode: string | null;
    segmentCode: string | null;
    tagCodes: Array<string>;
    headquartersCity: string | null;
    registeredCapital: string | null;
    updatedAt: string;
    version: number;
    contacts: Array<{
      __typename: 'EnterpriseContact';
      id: string;
      name: string;
      title: string | null;
      phone: string | null;
      email: string | null;
    }>;
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string } | null;
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string } | null;
  };
};

export type ExportEnterprisesQueryVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
}>;

export type ExportEnterprisesQuery = {
  enterprisesExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type ReinvestmentRuleFieldsFragment = {
  __typename: 'ReinvestmentRule';
  multiple: string;
  basis: ReinvestmentBasis;
  countLocal: boolean;
  localCoefficient: string;
  countSubsidiary: boolean;
  subsidiaryCoefficient: string;
  countReferred: boolean;
  referredCoefficient: string;
};

export type ReinvestmentProgressFieldsFragment = {
  __typename: 'ReinvestmentProgress';
  obligation: string;
  counted: string;
  pending: string;
  pipeline: string;
  gap: string | null;
  ratio: string | null;
};

export type FundRowFragment = {
  __typename: 'Fund';
  id: string;
  name: string;
  kind: FundKind;
  status: FundStatus;
  size: string;
  governmentContribution: string;
  leverage: string | null;
  vintageDate: string;
  version: number;
  manager: { __typename: 'Organization'; id: string; name: string };
  rule: {
    __typename: 'ReinvestmentRule';
    multiple: string;
    basis: ReinvestmentBasis;
    countLocal: boolean;
    localCoefficient: string;
    countSubsidiary: boolean;
    subsidiaryCoefficient: string;
    countReferred: boolean;
    referredCoefficient: string;
  };
  reinvestment: {
    __typename: 'ReinvestmentProgress';
    obligation: string;
    counted: string;
    pending: string;
    pipeline: string;
    gap: string | null;
    ratio: string | null;
  };
};

export type PartnerLedgerLineFieldsFragment = {
  __typename: 'ReinvestmentLedgerLine';
  kind: ReinvestmentLineKind;
  status: ReinvestmentLineStatus;
  countedFrom: string | null;
  baseAmount: string;
  coefficient: string;
  amount: string;
  enterpriseId: string;
  enterpriseName: string;
  investmentId: string | null;
  referralId: string | null;
  projectId: string | null;
};

export type LedgerLineFieldsFragment = {
  __typename: 'ReinvestmentLedgerLine';
  kind: ReinvestmentLineKind;
  status: ReinvestmentLineStatus;
  countedFrom: string | null;
  baseAmount: string;
  coefficient: string;
  amount: string;
  enterpriseId: string;
  enterpriseName: string;
  investmentId: string | null;
  referralId: string | null;
  projectId: string | null;
  project: { __typename: 'Project'; id: string; name: string } | null;
};

export type InvestmentLandingProjectFragment = {
  __typename: 'Project';
  id: string;
  name: string;
  landedOn: string | null;
  enterprise: { __typename: 'Enterprise'; id: string; name: string };
  milestones: Array<{
    __typename: 'ProjectMilestone';
    id: string;
    code: MilestoneCode;
    position: number;
    plannedDate: string | null;
    actualDate: string | null;
    status: MilestoneStatus;
    daysLate: number;
  }>;
};

export type InvestmentRowFragment = {
  __typename: 'Investment';
  id: string;
  fundId: string;
  enterpriseId: string;
  amount: string;
  date: string;
  round: InvestmentRound;
  stage: InvestmentStage;
  localAmount: string | null;
  recognition: InvestmentRecognition;
  version: number;
  leadId: string | null;
  projectId: string | null;
  fund: { __typename: 'Fund'; id: string; name: string };
  enterprise: { __typename: 'Enterprise'; id: string; name: string };
  lead: {
    __typename: 'Lead';
    id: string;
    projectName: string;
    stage: LeadStage;
    project: {
      __typename: 'Project';
      id: string;
      name: string;
      landedOn: string | null;
      enterprise: { __typename: 'Enterprise'; id: string; name: string };
      milestones: Array<{
        __typename: 'ProjectMilestone';
        id: string;
        code: MilestoneCode;
        position: number;
        plannedDate: string | null;
        actualDate: string | null;
        status: MilestoneStatus;
        daysLate: number;
      }>;
    } | null;
  } | null;
  project: {
    __typename: 'Project';
    id: string;
    name: string;
    landedOn: string | null;
    enterprise: { __typename: 'Enterprise'; id: string; name: string };
    milestones: Array<{
      __typename: 'ProjectMilestone';
      id: string;
      code: MilestoneCode;
      position: number;
      plannedDate: string | null;
      actualDate: string | null;
      status: MilestoneStatus;
      daysLate: number;
    }>;
  } | null;
};

export type FundDetailFragment = {
  __typename: 'Fund';
  managerOrganizationId: string;
  termYears: number | null;
  focusSegmentCodes: Array<string>;
  focusIndustryCodes: Array<string>;
  createdAt: string;
  updatedAt: string;
  id: string;
  name: string;
  kind: FundKind;
  status: FundStatus;
  size: string;
  governmentContribution: string;
  leverage: string | null;
  vintageDate: string;
  version: number;
  ruleHistory: Array<{
    __typename: 'FundRuleChange';
    id: string;
    note: string | null;
    changedAt: string;
    changedBy: { __typename: 'User'; id: string; displayName: string } | null;
    rule: {
      __typename: 'ReinvestmentRule';
      multiple: string;
      basis: ReinvestmentBasis;
      countLocal: boolean;
      localCoefficient: string;
      countSubsidiary: boolean;
      subsidiaryCoefficient: string;
      countReferred: boolean;
      referredCoefficient: string;
    };
  }>;
  investments: Array<{
    __typename: 'Investment';
    id: string;
    fundId: string;
    enterpriseId: string;
    amount: string;
    date: string;
    round: InvestmentRound;
    stage: InvestmentStage;
    localAmount: string | null;
    recognition: InvestmentRecognition;
    version: number;
    leadId: string | null;
    projectId: string | null;
    fund: { __typename: 'Fund'; id: string; name: string };
    enterprise: { __typename: 'Enterprise'; id: string; name: string };
    lead: {
      __typename: 'Lead';
      id: string;
      projectName: string;
      stage: LeadStage;
      project: {
        __typename: 'Project';
        id: string;
        name: string;
        landedOn: string | null;
        enterprise: { __typename: 'Enterprise'; id: string; name: string };
        milestones: Array<{
          __typename: 'ProjectMilestone';
          id: string;
          code: MilestoneCode;
          position: number;
          plannedDate: string | null;
          actualDate: string | null;
          status: MilestoneStatus;
          daysLate: number;
        }>;
      } | null;
    } | null;
    project: {
      __typename: 'Project';
      id: string;
      name: string;
      landedOn: string | null;
      enterprise: { __typename: 'Enterprise'; id: string; name: string };
      milestones: Array<{
        __typename: 'ProjectMilestone';
        id: string;
        code: MilestoneCode;
        position: number;
        plannedDate: string | null;
        actualDate: string | null;
        status: MilestoneStatus;
        daysLate: number;
      }>;
    } | null;
  }>;
  ledger: Array<{
    __typename: 'ReinvestmentLedgerLine';
    kind: ReinvestmentLineKind;
    status: ReinvestmentLineStatus;
    countedFrom: string | null;
    baseAmount: string;
    coefficient: string;
    amount: string;
    enterpriseId: string;
    enterpriseName: string;
    investmentId: string | null;
    referralId: string | null;
    projectId: string | null;
    project: { __typename: 'Project'; id: string; name: string } | null;
  }>;
  manager: { __typename: 'Organization'; id: string; name: string };
  rule: {
    __typename: 'ReinvestmentRule';
    multiple: string;
    basis: ReinvestmentBasis;
    countLocal: boolean;
    localCoefficient: string;
    countSubsidiary: boolean;
    subsidiaryCoefficient: string;
    countReferred: boolean;
    referredCoefficient: string;
  };
  reinvestment: {
    __typename: 'ReinvestmentProgress';
    obligation: string;
    counted: string;
    pending: string;
    pipeline: string;
    gap: string | null;
    ratio: string | null;
  };
};

export type FundsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: FundFilter | null | undefined;
  orderBy?: FundOrder | null | undefined;
}>;

export type FundsQuery = {
  funds: {
    __typename: 'FundConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'FundEdge';
      cursor: string;
      node: {
        __typename: 'Fund';
        id: string;
        name: string;
        kind: FundKind;
        status: FundStatus;
        size: string;
        governmentContribution: string;
        leverage: string | null;
        vintageDate: string;
        version: number;
        manager: { __typename: 'Organization'; id: string; name: string };
        rule: {
          __typename: 'ReinvestmentRule';
          multiple: string;
          basis: ReinvestmentBasis;
          countLocal: boolean;
          localCoefficient: string;
          countSubsidiary: boolean;
          subsidiaryCoefficient: string;
          countReferred: boolean;
          referredCoefficient: string;
        };
        reinvestment: {
          __typename: 'ReinvestmentProgress';
          obligation: string;
          counted: string;
          pending: string;
          pipeline: string;
          gap: string | null;
          ratio: string | null;
        };
      };
    }>;
  };
};

export type FundTotalsQueryVariables = Exact<{ [key: string]: never }>;

export type FundTotalsQuery = {
  fundTotals: {
    __typename: 'FundTotals';
    leverageScale: string;
    governmentContribution: string;
    funds: number;
    sciTechProjects: number;
    obligation: string;
    counted: string;
    pending: string;
    gap: string;
  };
};

export type FundQueryVariables = Exact<{
  id: string | number;
}>;

export type FundQuery = {
  fund: {
    __typename: 'Fund';
    managerOrganizationId: string;
    termYears: number | null;
    focusSegmentCodes: Array<string>;
    focusIndustryCodes: Array<string>;
    createdAt: string;
    updatedAt: string;
    id: string;
    name: string;
    kind: FundKind;
    status: FundStatus;
    size: string;
    governmentContribution: string;
    leverage: string | null;
    vintageDate: string;
    version: number;
    ruleHistory: Array<{
      __typename: 'FundRuleChange';
      id: string;
      note: string | null;
      changedAt: string;
      changedBy: { __typename: 'User'; id: string; displayName: string } | null;
      rule: {
        __typename: 'ReinvestmentRule';
        multiple: string;
        basis: ReinvestmentBasis;
        countLocal: boolean;
        localCoefficient: string;
        countSubsidiary: boolean;
        subsidiaryCoefficient: string;
        countReferred: boolean;
        referredCoefficient: string;
      };
    }>;
    investments: Array<{
      __typename: 'Investment';
      id: string;
      fundId: string;
      enterpriseId: string;
      amount: string;
      date: string;
      round: InvestmentRound;
      stage: InvestmentStage;
      localAmount: string | null;
      recognition: InvestmentRecognition;
      version: number;
      leadId: string | null;
      projectId: string | null;
      fund: { __typename: 'Fund'; id: string; name: string };
      enterprise: { __typename: 'Enterprise'; id: string; name: string };
      lead: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        project: {
          __typename: 'Project';
          id: string;
          name: string;
          landedOn: string | null;
          enterprise: { __typename: 'Enterprise'; id: string; name: string };
          milestones: Array<{
            __typename: 'ProjectMilestone';
            id: string;
            code: MilestoneCode;
            position: number;
            plannedDate: string | null;
            actualDate: string | null;
            status: MilestoneStatus;
            daysLate: number;
          }>;
        } | null;
      } | null;
      project: {
        __typename: 'Project';
        id: string;
        name: string;
        landedOn: string | null;
        enterprise: { __typename: 'Enterprise'; id: string; name: string };
        milestones: Array<{
          __typename: 'ProjectMilestone';
          id: string;
          code: MilestoneCode;
          position: number;
          plannedDate: string | null;
          actualDate: string | null;
          status: MilestoneStatus;
          daysLate: number;
        }>;
      } | null;
    }>;
    ledger: Array<{
      __typename: 'ReinvestmentLedgerLine';
      kind: ReinvestmentLineKind;
      status: ReinvestmentLineStatus;
      countedFrom: string | null;
      baseAmount: string;
      coefficient: string;
      amount: string;
      enterpriseId: string;
      enterpriseName: string;
      investmentId: string | null;
      referralId: string | null;
      projectId: string | null;
      project: { __typename: 'Project'; id: string; name: string } | null;
    }>;
    manager: { __typename: 'Organization'; id: string; name: string };
    rule: {
      __typename: 'ReinvestmentRule';
      multiple: string;
      basis: ReinvestmentBasis;
      countLocal: boolean;
      localCoefficient: string;
      countSubsidiary: boolean;
      subsidiaryCoefficient: string;
      countReferred: boolean;
      referredCoefficient: string;
    };
    reinvestment: {
      __typename: 'ReinvestmentProgress';
      obligation: string;
      counted: string;
      pending: string;
      pipeline: string;
      gap: string | null;
      ratio: string | null;
    };
  };
};

export type ExportFundsQueryVariables = Exact<{
  filter?: FundFilter | null | undefined;
  orderBy?: FundOrder | null | undefined;
}>;

export type ExportFundsQuery = {
  fundsExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type ExportFundLedgerQueryVariables = Exact<{
  fundId: string | number;
}>;

export type ExportFundLedgerQuery = {
  fundLedgerExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type CreateFundMutationVariables = Exact<{
  input: CreateFundInput;
}>;

export type CreateFundMutation = {
  createFund: {
    __typename: 'Fund';
    managerOrganizationId: string;
    termYears: number | null;
    focusSegmentCodes: Array<string>;
    focusIndustryCodes: Array<string>;
    createdAt: string;
    updatedAt: string;
    id: string;
    name: string;
    kind: FundKind;
    status: FundStatus;
    size: string;
    governmentContribution: string;
    leverage: string | null;
    vintageDate: string;
    version: number;
    ruleHistory: Array<{
      __typename: 'FundRuleChange';
      id: string;
      note: string | null;
      changedAt: string;
      changedBy: { __typename: 'User'; id: string; displayName: string } | null;
      rule: {
        __typename: 'ReinvestmentRule';
        multiple: string;
        basis: ReinvestmentBasis;
        countLocal: boolean;
        localCoefficient: string;
        countSubsidiary: boolean;
        subsidiaryCoefficient: string;
        countReferred: boolean;
        referredCoefficient: string;
      };
    }>;
    investments: Array<{
      __typename: 'Investment';
      id: string;
      fundId: string;
      enterpriseId: string;
      amount: string;
      date: string;
      round: InvestmentRound;
      stage: InvestmentStage;
      localAmount: string | null;
      recognition: InvestmentRecognition;
      version: number;
      leadId: string | null;
      projectId: string | null;
      fund: { __typename: 'Fund'; id: string; name: string };
      enterprise: { __typename: 'Enterprise'; id: string; name: string };
      lead: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        project: {
          __typename: 'Project';
          id: string;
          name: string;
          landedOn: string | null;
          enterprise: { __typename: 'Enterprise'; id: string; name: string };
          milestones: Array<{
            __typename: 'ProjectMilestone';
            id: string;
            code: MilestoneCode;
            position: number;
            plannedDate: string | null;
            actualDate: string | null;
            status: MilestoneStatus;
            daysLate: number;
          }>;
        } | null;
      } | null;
      project: {
        __typename: 'Project';
        id: string;
        name: string;
        landedOn: string | null;
        enterprise: { __typename: 'Enterprise'; id: string; name: string };
        milestones: Array<{
          __typename: 'ProjectMilestone';
          id: string;
          code: MilestoneCode;
          position: number;
          plannedDate: string | null;
          actualDate: string | null;
          status: MilestoneStatus;
          daysLate: number;
        }>;
      } | null;
    }>;
    ledger: Array<{
      __typename: 'ReinvestmentLedgerLine';
      kind: ReinvestmentLineKind;
      status: ReinvestmentLineStatus;
      countedFrom: string | null;
      baseAmount: string;
      coefficient: string;
      amount: string;
      enterpriseId: string;
      enterpriseName: string;
      investmentId: string | null;
      referralId: string | null;
      projectId: string | null;
      project: { __typename: 'Project'; id: string; name: string } | null;
    }>;
    manager: { __typename: 'Organization'; id: string; name: string };
    rule: {
      __typename: 'ReinvestmentRule';
      multiple: string;
      basis: ReinvestmentBasis;
      countLocal: boolean;
      localCoefficient: string;
      countSubsidiary: boolean;
      subsidiaryCoefficient: string;
      countReferred: boolean;
      referredCoefficient: string;
    };
    reinvestment: {
      __typename: 'ReinvestmentProgress';
      obligation: string;
      counted: string;
      pending: string;
      pipeline: string;
      gap: string | null;
      ratio: string | null;
    };
  };
};

export type UpdateFundMutationVariables = Exact<{
  input: UpdateFundInput;
}>;

export type UpdateFundMutation = {
  updateFund: {
    __typename: 'Fund';
    managerOrganizationId: string;
    termYears: number | null;
    focusSegmentCodes: Array<string>;
    focusIndustryCodes: Array<string>;
    createdAt: string;
    updatedAt: string;
    id: string;
    name: string;
    kind: FundKind;
    status: FundStatus;
    size: string;
    governmentContribution: string;
    leverage: string | null;
    vintageDate: string;
    version: number;
    ruleHistory: Array<{
      __typename: 'FundRuleChange';
      id: string;
      note: string | null;
      changedAt: string;
      changedBy: { __typename: 'User'; id: string; displayName: string } | null;
      rule: {
        __typename: 'ReinvestmentRule';
        multiple: string;
        basis: ReinvestmentBasis;
        countLocal: boolean;
        localCoefficient: string;
        countSubsidiary: boolean;
        subsidiaryCoefficient: string;
        countReferred: boolean;
        referredCoefficient: string;
      };
    }>;
    investments: Array<{
      __typename: 'Investment';
      id: string;
      fundId: string;
      enterpriseId: string;
      amount: string;
      date: string;
      round: InvestmentRound;
      stage: InvestmentStage;
      localAmount: string | null;
      recognition: InvestmentRecognition;
      version: number;
      leadId: string | null;
      projectId: string | null;
      fund: { __typename: 'Fund'; id: string; name: string };
      enterprise: { __typename: 'Enterprise'; id: string; name: string };
      lead: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        project: {
          __typename: 'Project';
          id: string;
          name: string;
          landedOn: string | null;
          enterprise: { __typename: 'Enterprise'; id: string; name: string };
          milestones: Array<{
            __typename: 'ProjectMilestone';
            id: string;
            code: MilestoneCode;
            position: number;
            plannedDate: string | null;
            actualDate: string | null;
            status: MilestoneStatus;
            daysLate: number;
          }>;
        } | null;
      } | null;
      project: {
        __typename: 'Project';
        id: string;
        name: string;
        landedOn: string | null;
        enterprise: { __typename: 'Enterprise'; id: string; name: string };
        milestones: Array<{
          __typename: 'ProjectMilestone';
          id: string;
          code: MilestoneCode;
          position: number;
          plannedDate: string | null;
          actualDate: string | null;
          status: MilestoneStatus;
          daysLate: number;
        }>;
      } | null;
    }>;
    ledger: Array<{
      __typename: 'ReinvestmentLedgerLine';
      kind: ReinvestmentLineKind;
      status: ReinvestmentLineStatus;
      countedFrom: string | null;
      baseAmount: string;
      coefficient: string;
      amount: string;
      enterpriseId: string;
      enterpriseName: string;
      investmentId: string | null;
      referralId: string | null;
      projectId: string | null;
      project: { __typename: 'Project'; id: string; name: string } | null;
    }>;
    manager: { __typename: 'Organization'; id: string; name: string };
    rule: {
      __typename: 'ReinvestmentRule';
      multiple: string;
      basis: ReinvestmentBasis;
      countLocal: boolean;
      localCoefficient: string;
      countSubsidiary: boolean;
      subsidiaryCoefficient: string;
      countReferred: boolean;
      referredCoefficient: string;
    };
    reinvestment: {
      __typename: 'ReinvestmentProgress';
      obligation: string;
      counted: string;
      pending: string;
      pipeline: string;
      gap: string | null;
      ratio: string | null;
    };
  };
};

export type MyFundsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: FundFilter | null | undefined;
}>;

export type MyFundsQuery = {
  funds: {
    __typename: 'FundConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'FundEdge';
      cursor: string;
      node: {
        __typename: 'Fund';
        id: string;
        name: string;
        kind: FundKind;
        status: FundStatus;
        size: string;
        governmentContribution: string;
        rule: {
          __typename: 'ReinvestmentRule';
          multiple: string;
          basis: ReinvestmentBasis;
          countLocal: boolean;
          localCoefficient: string;
          countSubsidiary: boolean;
          subsidiaryCoefficient: string;
          countReferred: boolean;
          referredCoefficient: string;
        };
        reinvestment: {
          __typename: 'ReinvestmentProgress';
          obligation: string;
          counted: string;
          pending: string;
          pipeline: string;
          gap: string | null;
          ratio: string | null;
        };
      };
    }>;
  };
};

export type MyFundQueryVariables = Exact<{
  id: string | number;
}>;

export type MyFundQuery = {
  fund: {
    __typename: 'Fund';
    id: string;
    name: string;
    kind: FundKind;
    status: FundStatus;
    size: string;
    governmentContribution: string;
    leverage: string | null;
    vintageDate: string;
    rule: {
      __typename: 'ReinvestmentRule';
      multiple: string;
      basis: ReinvestmentBasis;
      countLocal: boolean;
      localCoefficient: string;
      countSubsidiary: boolean;
      subsidiaryCoefficient: string;
      countReferred: boolean;
      referredCoefficient: string;
    };
    reinvestment: {
      __typename: 'ReinvestmentProgress';
      obligation: string;
      counted: string;
      pending: string;
      pipeline: string;
      gap: string | null;
      ratio: string | null;
    };
    ledger: Array<{
      __typename: 'ReinvestmentLedgerLine';
      kind: ReinvestmentLineKind;
      status: ReinvestmentLineStatus;
      countedFrom: string | null;
      baseAmount: string;
      coefficient: string;
      amount: string;
      enterpriseId: string;
      enterpriseName: string;
      investmentId: string | null;
      referralId: string | null;
      projectId: string | null;
    }>;
  };
};

export type FundManagerOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type FundManagerOptionsQuery = {
  organizations: {
    __typename: 'OrganizationConnection';
    edges: Array<{
      __typename: 'OrganizationEdge';
      node: { __typename: 'Organization'; id: string; name: string };
    }>;
  };
};

export type InvestmentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: InvestmentFilter | null | undefined;
  orderBy?: InvestmentOrder | null | undefined;
}>;

export type InvestmentsQuery = {
  investments: {
    __typename: 'InvestmentConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'InvestmentEdge';
      cursor: string;
      node: {
        __typename: 'Investment';
        id: string;
        fundId: string;
        enterpriseId: string;
        amount: string;
        date: string;
        round: InvestmentRound;
        stage: InvestmentStage;
        localAmount: string | null;
        recognition: InvestmentRecognition;
        version: number;
        leadId: string | null;
        projectId: string | null;
        fund: { __typename: 'Fund'; id: string; name: string };
        enterprise: { __typename: 'Enterprise'; id: string; name: string };
        lead: {
          __typename: 'Lead';
          id: string;
          projectName: string;
          stage: LeadStage;
          project: {
            __typename: 'Project';
            id: string;
            name: string;
            landedOn: string | null;
            enterprise: { __typename: 'Enterprise'; id: string; name: string };
            milestones: Array<{
              __typename: 'ProjectMilestone';
              id: string;
              code: MilestoneCode;
              position: number;
              plannedDate: string | null;
              actualDate: string | null;
              status: MilestoneStatus;
              daysLate: number;
            }>;
          } | null;
        } | null;
        project: {
          __typename: 'Project';
          id: string;
          name: string;
          landedOn: string | null;
          enterprise: { __typename: 'Enterprise'; id: string; name: string };
          milestones: Array<{
            __typename: 'ProjectMilestone';
            id: string;
            code: MilestoneCode;
            position: number;
            plannedDate: string | null;
            actualDate: string | null;
            status: MilestoneStatus;
            daysLate: number;
          }>;
        } | null;
      };
    }>;
  };
};

export type InvestmentEnterpriseQueryVariables = Exact<{
  id: string | number;
}>;

export type InvestmentEnterpriseQuery = {
  enterprise: {
    __typename: 'Enterprise';
    id: string;
    name: string;
    industryCode: string | null;
    segmentCode: string | null;
    leads: Array<{
      __typename: 'Lead';
      id: string;
      projectName: string;
      stage: LeadStage;
      project: { __typename: 'Project'; id: string; name: string } | null;
    }>;
  };
};

export type InvestmentProjectOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type InvestmentProjectOptionsQuery = {
  projects: {
    __typename: 'ProjectConnection';
    edges: Array<{
      __typename: 'ProjectEdge';
      node: {
        __typename: 'Project';
        id: string;
        name: string;
        enterprise: { __typename: 'Enterprise'; id: string; name: string };
      };
    }>;
  };
};

export type RecordInvestmentMutationVariables = Exact<{
  input: RecordInvestmentInput;
}>;

export type RecordInvestmentMutation = {
  recordInvestment: {
    __typename: 'Investment';
    id: string;
    fundId: string;
    enterpriseId: string;
    amount: string;
    date: string;
    round: InvestmentRound;
    stage: InvestmentStage;
    localAmount: string | null;
    recognition: InvestmentRecognition;
    version: number;
    leadId: string | null;
    projectId: string | null;
    fund: { __typename: 'Fund'; id: string; name: string };
    enterprise: { __typename: 'Enterprise'; id: string; name: string };
    lead: {
      __typename: 'Lead';
      id: string;
      projectName: string;
      stage: LeadStage;
      project: {
        __typename: 'Project';
        id: string;
        name: string;
        landedOn: string | null;
        enterprise: { __typename: 'Enterprise'; id: string; name: string };
        milestones: Array<{
          __typename: 'ProjectMilestone';
          id: string;
          code: MilestoneCode;
          position: number;
          plannedDate: string | null;
          actualDate: string | null;
          status: MilestoneStatus;
          daysLate: number;
        }>;
      } | null;
    } | null;
    project: {
      __typename: 'Project';
      id: string;
      name: string;
      landedOn: string | null;
      enterprise: { __typename: 'Enterprise'; id: string; name: string };
      milestones: Array<{
        __typename: 'ProjectMilestone';
        id: string;
        code: MilestoneCode;
        position: number;
        plannedDate: string | null;
        actualDate: string | null;
        status: MilestoneStatus;
        daysLate: number;
      }>;
    } | null;
  };
};

export type UpdateInvestmentMutationVariables = Exact<{
  input: UpdateInvestmentInput;
}>;

export type UpdateInvestmentMutation = {
  updateInvestment: {
    __typename: 'Investment';
    id: string;
    fundId: string;
    enterpriseId: string;
    amount: string;
    date: string;
    round: InvestmentRound;
    stage: InvestmentStage;
    localAmount: string | null;
    recognition: InvestmentRecognition;
    version: number;
    leadId: string | null;
    projectId: string | null;
    fund: { __typename: 'Fund'; id: string; name: string };
    enterprise: { __typename: 'Enterprise'; id: string; name: string };
    lead: {
      __typename: 'Lead';
      id: string;
      projectName: string;
      stage: LeadStage;
      project: {
        __typename: 'Project';
        id: string;
        name: string;
        landedOn: string | null;
        enterprise: { __typename: 'Enterprise'; id: string; name: string };
        milestones: Array<{
          __typename: 'ProjectMilestone';
          id: string;
          code: MilestoneCode;
          position: number;
          plannedDate: string | null;
          actualDate: string | null;
          status: MilestoneStatus;
          daysLate: number;
        }>;
      } | null;
    } | null;
    project: {
      __typename: 'Project';
      id: string;
      name: string;
      landedOn: string | null;
      enterprise: { __typename: 'Enterprise'; id: string; name: string };
      milestones: Array<{
        __typename: 'ProjectMilestone';
        id: string;
        code: MilestoneCode;
        position: number;
        plannedDate: string | null;
        actualDate: string | null;
        status: MilestoneStatus;
        daysLate: number;
      }>;
    } | null;
  };
};

export type ExportInvestmentsQueryVariables = Exact<{
  filter?: InvestmentFilter | null | undefined;
}>;

export type ExportInvestmentsQuery = {
  investmentsExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type LeadImportTemplateQueryVariables = Exact<{ [key: string]: never }>;

export type LeadImportTemplateQuery = {
  leadImportTemplate: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type ExportLeadsQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  orderBy?: LeadOrder | null | undefined;
}>;

export type ExportLeadsQuery = {
  exportLeads: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type ImportLeadsMutationVariables = Exact<{
  input: ImportLeadsInput;
}>;

export type ImportLeadsMutation = {
  importLeads: {
    __typename: 'LeadImportResult';
    ok: boolean;
    rowCount: number;
    errorCount: number;
    enterprisesCreated: number;
    leadsCreated: number;
    leadsSkipped: number;
    errorReportBase64: string | null;
    errors: Array<{ __typename: 'ImportError'; row: number; column: string; message: string; text: string }>;
    preview: Array<{
      __typename: 'ImportPreviewRow';
      row: number;
      enterpriseName: string;
      projectName: string;
      segmentName: string;
      channelLabel: string;
      plannedInvestment: string | null;
      expectedSigningOn: string | null;
      newEnterprise: boolean;
      duplicate: boolean;
    }>;
  };
};

export type LeadImportFieldsFragment = {
  __typename: 'LeadImport';
  id: string;
  createdAt: string;
  finishedAt: string | null;
  actorName: string;
  fileName: string;
  status: LeadImportStatus;
  phase: LeadImportPhase;
  processedRows: number;
  rowCount: number;
  enterprisesCreated: number;
  leadsCreated: number;
  leadsSkipped: number;
  errorCount: number;
  hasErrorReport: boolean;
  message: string | null;
};

export type StartLeadImportMutationVariables = Exact<{
  input: StartLeadImportInput;
}>;

export type StartLeadImportMutation = {
  startLeadImport: {
    __typename: 'LeadImport';
    id: string;
    createdAt: string;
    finishedAt: string | null;
    actorName: string;
    fileName: string;
    status: LeadImportStatus;
    phase: LeadImportPhase;
    processedRows: number;
    rowCount: number;
    enterprisesCreated: number;
    leadsCreated: number;
    leadsSkipped: number;
    errorCount: number;
    hasErrorReport: boolean;
    message: string | null;
  };
};

export type LeadImportQueryVariables = Exact<{
  id: string | number;
}>;

export type LeadImportQuery = {
  leadImport: {
    __typename: 'LeadImport';
    id: string;
    createdAt: string;
    finishedAt: string | null;
    actorName: string;
    fileName: string;
    status: LeadImportStatus;
    phase: LeadImportPhase;
    processedRows: number;
    rowCount: number;
    enterprisesCreated: number;
    leadsCreated: number;
    leadsSkipped: number;
    errorCount: number;
    hasErrorReport: boolean;
    message: string | null;
  };
};

export type LeadImportsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: LeadImportFilter | null | undefined;
}>;

export type LeadImportsQuery = {
  leadImports: {
    __typename: 'LeadImportConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'LeadImportEdge';
      cursor: string;
      node: {
        __typename: 'LeadImport';
        id: string;
        createdAt: string;
        finishedAt: string | null;
        actorName: string;
        fileName: string;
        status: LeadImportStatus;
        phase: LeadImportPhase;
        processedRows: number;
        rowCount: number;
        enterprisesCreated: number;
        leadsCreated: number;
        leadsSkipped: number;
        errorCount: number;
        hasErrorReport: boolean;
        message: string | null;
      };
    }>;
  };
};

export type LeadImportErrorReportQueryVariables = Exact<{
  id: string | number;
}>;

export type LeadImportErrorReportQuery = {
  leadImportErrorReport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type FollowUpFieldsFragment = {
  __typename: 'FollowUp';
  id: string;
  kind: FollowUpKind;
  occurredOn: string;
  participants: string | null;
  summary: string;
  nextStep: string | null;
  nextStepDueOn: string | null;
  nextStepDone: boolean;
  overdue: boolean;
  authorName: string;
  createdAt: string;
};

export type MyFollowUpsDueQueryVariables = Exact<{ [key: string]: never }>;

export type MyFollowUpsDueQuery = {
  myFollowUpsDue: Array<{
    __typename: 'FollowUp';
    id: string;
    kind: FollowUpKind;
    occurredOn: string;
    participants: string | null;
    summary: string;
    nextStep: string | null;
    nextStepDueOn: string | null;
    nextStepDone: boolean;
    overdue: boolean;
    authorName: string;
    createdAt: string;
    lead: {
      __typename: 'Lead';
      id: string;
      projectName: string;
      enterprise: { __typename: 'Enterprise'; id: string; name: string };
    };
  }>;
};

export type AddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;

export type AddFollowUpMutation = {
  addFollowUp: {
    __typename: 'FollowUp';
    id: string;
    kind: FollowUpKind;
    occurredOn: string;
    participants: string | null;
    summary: string;
    nextStep: string | null;
    nextStepDueOn: string | null;
    nextStepDone: boolean;
    overdue: boolean;
    authorName: string;
    createdAt: string;
  };
};

export type CompleteFollowUpStepMutationVariables = Exact<{
  input: CompleteFollowUpStepInput;
}>;

export type CompleteFollowUpStepMutation = {
  completeFollowUpStep: { __typename: 'FollowUp'; id: string; nextStepDone: boolean; overdue: boolean };
};

export type LeadCardFragment = {
  __typename: 'Lead';
  id: string;
  projectName: string;
  stage: LeadStage;
  version: number;
  plannedInvestment: string | null;
  expectedSigningOn: string | null;
  grade: LeadGrade | null;
  channel: Channel;
  tagCodes: Array<string>;
  createdAt: string;
  enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
  owner: { __typename: 'User'; id: string; displayName: string };
  industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
  segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
};

export type LeadDetailFragment = {
  __typename: 'Lead';
  industryCode: string;
  segmentCode: string;
  sourceOrganizationId: string | null;
  fundId: string | null;
  ownerId: string;
  townCode: string | null;
  expectedOutput: string | null;
  landNeed: string | null;
  spaceNeed: string | null;
  notes: string | null;
  stageChangedAt: string;
  updatedAt: string;
  id: string;
  projectName: string;
  stage: LeadStage;
  version: number;
  plannedInvestment: string | null;
  expectedSigningOn: string | null;
  grade: LeadGrade | null;
  channel: Channel;
  tagCodes: Array<string>;
  createdAt: string;
  sourceOrganization: { __typename: 'Organization'; id: string; name: string } | null;
  fund: { __typename: 'Fund'; id: string; name: string } | null;
  town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
  enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
  owner: { __typename: 'User'; id: string; displayName: string };
  industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
  segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
};

export type StageSummaryFieldsFragment = {
  __typename: 'StageSummary';
  stage: LeadStage;
  count: number;
  plannedInvestment: string;
};

export type LeadsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: LeadFilter | null | undefined;
  orderBy?: LeadOrder | null | undefined;
}>;

export type LeadsQuery = {
  leads: {
    __typename: 'LeadConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    stageSummary: Array<{
      __typename: 'StageSummary';
      stage: LeadStage;
      count: number;
      plannedInvestment: string;
    }>;
    edges: Array<{
      __typename: 'LeadEdge';
      cursor: string;
      node: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        version: number;
        plannedInvestment: string | null;
        expectedSigningOn: string | null;
        grade: LeadGrade | null;
        channel: Channel;
        tagCodes: Array<string>;
        createdAt: string;
        enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
        owner: { __typename: 'User'; id: string; displayName: string };
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
      };
    }>;
  };
};

export type LeadBoardQueryVariables = Exact<{
  first: number;
  orderBy?: LeadOrder | null | undefined;
  NEW?: LeadFilter | null | undefined;
  CONTACTED?: LeadFilter | null | undefined;
  VISITED?: LeadFilter | null | undefined;
  NEGOTIATING?: LeadFilter | null | undefined;
  APPROVED?: LeadFilter | null | undefined;
  SIGNED?: LeadFilter | null | undefined;
  ON_HOLD?: LeadFilter | null | undefined;
  LOST?: LeadFilter | null | undefined;
}>;

export type LeadBoardQuery = {
  NEW: {
    __typename: 'LeadConnection';
    totalCount: number;
    stageSummary: Array<{
      __typename: 'StageSummary';
      stage: LeadStage;
      count: number;
      plannedInvestment: string;
    }>;
    edges: Array<{
      __typename: 'LeadEdge';
      node: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        version: number;
        plannedInvestment: string | null;
        expectedSigningOn: string | null;
        grade: LeadGrade | null;
        channel: Channel;
        tagCodes: Array<string>;
        createdAt: string;
        enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
        owner: { __typename: 'User'; id: string; displayName: string };
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
      };
    }>;
  };
  CONTACTED: {
    __typename: 'LeadConnection';
    edges: Array<{
      __typename: 'LeadEdge';
      node: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        version: number;
        plannedInvestment: string | null;
        expectedSigningOn: string | null;
        grade: LeadGrade | null;
        channel: Channel;
        tagCodes: Array<string>;
        createdAt: string;
        enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
        owner: { __typename: 'User'; id: string; displayName: string };
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
      };
    }>;
  };
  VISITED: {
    __typename: 'LeadConnection';
    edges: Array<{
      __typename: 'LeadEdge';
      node: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        version: number;
        plannedInvestment: string | null;
        expectedSigningOn: string | null;
        grade: LeadGrade | null;
        channel: Channel;
        tagCodes: Array<string>;
        createdAt: string;
        enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
        owner: { __typename: 'User'; id: string; displayName: string };
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
      };
    }>;
  };
  NEGOTIATING: {
    __typename: 'LeadConnection';
    edges: Array<{
      __typename: 'LeadEdge';
      node: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        version: number;
        plannedInvestment: string | null;
        expectedSigningOn: string | null;
        grade: LeadGrade | null;
        channel: Channel;
        tagCodes: Array<string>;
        createdAt: string;
        enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
        owner: { __typename: 'User'; id: string; displayName: string };
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
      };
    }>;
  };
  APPROVED: {
    __typename: 'LeadConnection';
    edges: Array<{
      __typename: 'LeadEdge';
      node: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        version: number;
        plannedInvestment: string | null;
        expectedSigningOn: string | null;
        grade: LeadGrade | null;
        channel: Channel;
        tagCodes: Array<string>;
        createdAt: string;
        enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
        owner: { __typename: 'User'; id: string; displayName: string };
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
      };
    }>;
  };
  SIGNED: {
    __typename: 'LeadConnection';
    edges: Array<{
      __typename: 'LeadEdge';
      node: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        version: number;
        plannedInvestment: string | null;
        expectedSigningOn: string | null;
        grade: LeadGrade | null;
        channel: Channel;
        tagCodes: Array<string>;
        createdAt: string;
        enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
        owner: { __typename: 'User'; id: string; displayName: string };
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
      };
    }>;
  };
  ON_HOLD: {
    __typename: 'LeadConnection';
    edges: Array<{
      __typename: 'LeadEdge';
      node: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        version: number;
        plannedInvestment: string | null;
        expectedSigningOn: string | null;
        grade: LeadGrade | null;
        channel: Channel;
        tagCodes: Array<string>;
        createdAt: string;
        enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
        owner: { __typename: 'User'; id: string; displayName: string };
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
      };
    }>;
  };
  LOST: {
    __typename: 'LeadConnection';
    edges: Array<{
      __typename: 'LeadEdge';
      node: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        version: number;
        plannedInvestment: string | null;
        expectedSigningOn: string | null;
        grade: LeadGrade | null;
        channel: Channel;
        tagCodes: Array<string>;
        createdAt: string;
        enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
        owner: { __typename: 'User'; id: string; displayName: string };
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
      };
    }>;
  };
};

export type LeadQueryVariables = Exact<{
  id: string | number;
}>;

export type LeadQuery = {
  lead: {
    __typename: 'Lead';
    industryCode: string;
    segmentCode: string;
    sourceOrganizationId: string | null;
    fundId: string | null;
    ownerId: string;
    townCode: string | null;
    expectedOutput: string | null;
    landNeed: string | null;
    spaceNeed: string | null;
    notes: string | null;
    stageChangedAt: string;
    updatedAt: string;
    id: string;
    projectName: string;
    stage: LeadStage;
    version: number;
    plannedInvestment: string | null;
    expectedSigningOn: string | null;
    grade: LeadGrade | null;
    channel: Channel;
    tagCodes: Array<string>;
    createdAt: string;
    project: { __typename: 'Project'; id: string } | null;
    followUps: Array<{
      __typename: 'FollowUp';
      id: string;
      kind: FollowUpKind;
      occurredOn: string;
      participants: string | null;
      summary: string;
      nextStep: string | null;
      nextStepDueOn: string | null;
      nextStepDone: boolean;
      overdue: boolean;
      authorName: string;
      createdAt: string;
    }>;
    stageChanges: Array<{
      __typename: 'LeadStageChange';
      id: string;
      fromStage: LeadStage | null;
      toStage: LeadStage;
      reason: string | null;
      actorName: string;
      at: string;
    }>;
    auditTrail: Array<{
      __typename: 'AuditEntry';
      id: string;
      action: AuditAction;
      actorName: string;
      at: string;
      note: string | null;
      changes: Array<{
        __typename: 'FieldChange';
        field: string;
        before: string | null;
        after: string | null;
      }>;
    }>;
    sourceOrganization: { __typename: 'Organization'; id: string; name: string } | null;
    fund: { __typename: 'Fund'; id: string; name: string } | null;
    town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
    enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  };
};

export type OwnerOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type OwnerOptionsQuery = {
  users: {
    __typename: 'UserConnection';
    edges: Array<{
      __typename: 'UserEdge';
      node: { __typename: 'User'; id: string; displayName: string; role: Role };
    }>;
  };
};

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;

export type CreateLeadMutation = {
  createLead: {
    __typename: 'Lead';
    industryCode: string;
    segmentCode: string;
    sourceOrganizationId: string | null;
    fundId: string | null;
    ownerId: string;
    townCode: string | null;
    expectedOutput: string | null;
    landNeed: string | null;
    spaceNeed: string | null;
    notes: string | null;
    stageChangedAt: string;
    updatedAt: string;
    id: string;
    projectName: string;
    stage: LeadStage;
    version: number;
    plannedInvestment: string | null;
    expectedSigningOn: string | null;
    grade: LeadGrade | null;
    channel: Channel;
    tagCodes: Array<string>;
    createdAt: string;
    sourceOrganization: { __typename: 'Organization'; id: string; name: string } | null;
    fund: { __typename: 'Fund'; id: string; name: string } | null;
    town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
    enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  };
};

export type UpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;

export type UpdateLeadMutation = {
  updateLead: {
    __typename: 'Lead';
    industryCode: string;
    segmentCode: string;
    sourceOrganizationId: string | null;
    fundId: string | null;
    ownerId: string;
    townCode: string | null;
    expectedOutput: string | null;
    landNeed: string | null;
    spaceNeed: string | null;
    notes: string | null;
    stageChangedAt: string;
    updatedAt: string;
    id: string;
    projectName: string;
    stage: LeadStage;
    version: number;
    plannedInvestment: string | null;
    expectedSigningOn: string | null;
    grade: LeadGrade | null;
    channel: Channel;
    tagCodes: Array<string>;
    createdAt: string;
    sourceOrganization: { __typename: 'Organization'; id: string; name: string } | null;
    fund: { __typename: 'Fund'; id: string; name: string } | null;
    town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
    enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  };
};

export type MoveLeadMutationVariables = Exact<{
  input: MoveLeadInput;
}>;

export type MoveLeadMutation = {
  moveLead: {
    __typename: 'Lead';
    id: string;
    stage: LeadStage;
    version: number;
    stageChangedAt: string;
    updatedAt: string;
    project: { __typename: 'Project'; id: string } | null;
  };
};

export type BulkAssignLeadsMutationVariables = Exact<{
  input: BulkAssignLeadsInput;
}>;

export type BulkAssignLeadsMutation = {
  bulkAssignLeads: Array<{
    __typename: 'Lead';
    id: string;
    projectName: string;
    stage: LeadStage;
    version: number;
    plannedInvestment: string | null;
    expectedSigningOn: string | null;
    grade: LeadGrade | null;
    channel: Channel;
    tagCodes: Array<string>;
    createdAt: string;
    enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  }>;
};

export type BulkMoveLeadsMutationVariables = Exact<{
  input: BulkMoveLeadsInput;
}>;

export type BulkMoveLeadsMutation = {
  bulkMoveLeads: Array<{
    __typename: 'Lead';
    id: string;
    projectName: string;
    stage: LeadStage;
    version: number;
    plannedInvestment: string | null;
    expectedSigningOn: string | null;
    grade: LeadGrade | null;
    channel: Channel;
    tagCodes: Array<string>;
    createdAt: string;
    enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  }>;
};

export type BulkTagLeadsMutationVariables = Exact<{
  input: BulkTagLeadsInput;
}>;

export type BulkTagLeadsMutation = {
  bulkTagLeads: Array<{
    __typename: 'Lead';
    id: string;
    projectName: string;
    stage: LeadStage;
    version: number;
    plannedInvestment: string | null;
    expectedSigningOn: string | null;
    grade: LeadGrade | null;
    channel: Channel;
    tagCodes: Array<string>;
    createdAt: string;
    enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  }>;
};

export type BulkUntagLeadsMutationVariables = Exact<{
  input: BulkTagLeadsInput;
}>;

export type BulkUntagLeadsMutation = {
  bulkUntagLeads: Array<{
    __typename: 'Lead';
    id: string;
    projectName: string;
    stage: LeadStage;
    version: number;
    plannedInvestment: string | null;
    expectedSigningOn: string | null;
    grade: LeadGrade | null;
    channel: Channel;
    tagCodes: Array<string>;
    createdAt: string;
    enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  }>;
};

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: NotificationFilter | null | undefined;
}>;

export type NotificationsQuery = {
  notifications: {
    __typename: 'NotificationConnection';
    edges: Array<{
      __typename: 'NotificationEdge';
      node: {
        __typename: 'Notification';
        id: string;
        kind: NotificationKind;
        title: string;
        recordKind: RecordKind;
        recordId: string;
        createdAt: string;
        readAt: string | null;
        params: {
          __typename: 'NotificationParams';
          name: string | null;
          reason: string | null;
          date: string | null;
          milestone: string | null;
        };
      };
    }>;
  };
};

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationReadMutationVariables = Exact<{
  input: MarkNotificationReadInput;
}>;

export type MarkNotificationReadMutation = {
  markNotificationRead: { __typename: 'Notification'; id: string; readAt: string | null };
};

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never }>;

export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type PolicyItemFieldsFragment = {
  __typename: 'PolicyItem';
  id: string;
  policyId: string;
  name: string;
  kind: PolicyItemKind;
  condition: Record<string, unknown>;
  amount: Record<string, unknown> | null;
  notes: string | null;
  retiredAt: string | null;
  version: number;
  qualifiedCount: number;
  matchJob: {
    __typename: 'PolicyMatchJob';
    phase: string;
    doneCount: number;
    totalCount: number;
    finishedAt: string | null;
  } | null;
};

export type PolicyFieldsFragment = {
  __typename: 'Policy';
  id: string;
  docNumber: string;
  title: string;
  issuedOn: string;
  validUntil: string | null;
  version: number;
  items: Array<{
    __typename: 'PolicyItem';
    id: string;
    policyId: string;
    name: string;
    kind: PolicyItemKind;
    condition: Record<string, unknown>;
    amount: Record<string, unknown> | null;
    notes: string | null;
    retiredAt: string | null;
    version: number;
    qualifiedCount: number;
    matchJob: {
      __typename: 'PolicyMatchJob';
      phase: string;
      doneCount: number;
      totalCount: number;
      finishedAt: string | null;
    } | null;
  }>;
};

export type PolicyMatchFieldsFragment = {
  __typename: 'PolicyMatch';
  id: string;
  qualified: boolean;
  amount: string | null;
  missing: Array<string>;
  qualifiedAt: string | null;
  subject: PolicySubject;
  item: { __typename: 'PolicyItem'; id: string; name: string; kind: PolicyItemKind };
  project: { __typename: 'Project'; id: string; name: string } | null;
  enterprise: { __typename: 'Enterprise'; id: string; name: string } | null;
};

export type PoliciesQueryVariables = Exact<{ [key: string]: never }>;

export type PoliciesQuery = {
  policies: Array<{
    __typename: 'Policy';
    id: string;
    docNumber: string;
    title: string;
    issuedOn: string;
    validUntil: string | null;
    version: number;
    items: Array<{
      __typename: 'PolicyItem';
      id: string;
      policyId: string;
      name: string;
      kind: PolicyItemKind;
      condition: Record<string, unknown>;
      amount: Record<string, unknown> | null;
      notes: string | null;
      retiredAt: string | null;
      version: number;
      qualifiedCount: number;
      matchJob: {
        __typename: 'PolicyMatchJob';
        phase: string;
        doneCount: number;
        totalCount: number;
        finishedAt: string | null;
      } | null;
    }>;
  }>;
};

export type CreatePolicyMutationVariables = Exact<{
  input: CreatePolicyInput;
}>;

export type CreatePolicyMutation = {
  createPolicy: {
    __typename: 'Policy';
    id: string;
    docNumber: string;
    title: string;
    issuedOn: string;
    validUntil: string | null;
    version: number;
    items: Array<{
      __typename: 'PolicyItem';
      id: string;
      policyId: string;
      name: string;
      kind: PolicyItemKind;
      condition: Record<string, unknown>;
      amount: Record<string, unknown> | null;
      notes: string | null;
      retiredAt: string | null;
      version: number;
      qualifiedCount: number;
      matchJob: {
        __typename: 'PolicyMatchJob';
        phase: string;
        doneCount: number;
        totalCount: number;
        finishedAt: string | null;
      } | null;
    }>;
  };
};

export type UpdatePolicyMutationVariables = Exact<{
  input: UpdatePolicyInput;
}>;

export type UpdatePolicyMutation = {
  updatePolicy: {
    __typename: 'Policy';
    id: string;
    docNumber: string;
    title: string;
    issuedOn: string;
    validUntil: string | null;
    version: number;
    items: Array<{
      __typename: 'PolicyItem';
      id: string;
      policyId: string;
      name: string;
      kind: PolicyItemKind;
      condition: Record<string, unknown>;
      amount: Record<string, unknown> | null;
      notes: string | null;
      retiredAt: string | null;
      version: number;
      qualifiedCount: number;
      matchJob: {
        __typename: 'PolicyMatchJob';
        phase: string;
        doneCount: number;
        totalCount: number;
        finishedAt: string | null;
      } | null;
    }>;
  };
};

export type CreatePolicyItemMutationVariables = Exact<{
  input: CreatePolicyItemInput;
}>;

export type CreatePolicyItemMutation = {
  createPolicyItem: {
    __typename: 'PolicyItem';
    id: string;
    policyId: string;
    name: string;
    kind: PolicyItemKind;
    condition: Record<string, unknown>;
    amount: Record<string, unknown> | null;
    notes: string | null;
    retiredAt: string | null;
    version: number;
    qualifiedCount: number;
    matchJob: {
      __typename: 'PolicyMatchJob';
      phase: string;
      doneCount: number;
      totalCount: number;
      finishedAt: string | null;
    } | null;
  };
};

export type UpdatePolicyItemMutationVariables = Exact<{
  input: UpdatePolicyItemInput;
}>;

export type UpdatePolicyItemMutation = {
  updatePolicyItem: {
    __typename: 'PolicyItem';
    id: string;
    policyId: string;
    name: string;
    kind: PolicyItemKind;
    condition: Record<string, unknown>;
    amount: Record<string, unknown> | null;
    notes: string | null;
    retiredAt: string | null;
    version: number;
    qualifiedCount: number;
    matchJob: {
      __typename: 'PolicyMatchJob';
      phase: string;
      doneCount: number;
      totalCount: number;
      finishedAt: string | null;
    } | null;
  };
};

export type RetirePolicyItemMutationVariables = Exact<{
  input: RetirePolicyItemInput;
}>;

export type RetirePolicyItemMutation = {
  retirePolicyItem: {
    __typename: 'PolicyItem';
    id: string;
    policyId: string;
    name: string;
    kind: PolicyItemKind;
    condition: Record<string, unknown>;
    amount: Record<string, unknown> | null;
    notes: string | null;
    retiredAt: string | null;
    version: number;
    qualifiedCount: number;
    matchJob: {
      __typename: 'PolicyMatchJob';
      phase: string;
      doneCount: number;
      totalCount: number;
      finishedAt: string | null;
    } | null;
  };
};

export type PolicyPreviewQueryVariables = Exact<{
  input: PolicyPreviewInput;
}>;

export type PolicyPreviewQuery = {
  policyPreview: {
    __typename: 'PolicyPreview';
    qualifiedCount: number;
    projects: Array<{
      __typename: 'PolicyPreviewProject';
      projectId: string;
      amount: string | null;
      project: { __typename: 'Project'; id: string; name: string };
    }>;
  };
};

export type ProjectPolicyMatchesQueryVariables = Exact<{
  id: string | number;
}>;

export type ProjectPolicyMatchesQuery = {
  project: {
    __typename: 'Project';
    id: string;
    policyMatches: Array<{
      __typename: 'PolicyMatch';
      id: string;
      qualified: boolean;
      amount: string | null;
      missing: Array<string>;
      qualifiedAt: string | null;
      subject: PolicySubject;
      item: { __typename: 'PolicyItem'; id: string; name: string; kind: PolicyItemKind };
      project: { __typename: 'Project'; id: string; name: string } | null;
      enterprise: { __typename: 'Enterprise'; id: string; name: string } | null;
    }>;
  };
};

export type EnterprisePolicyMatchesQueryVariables = Exact<{
  id: string | number;
}>;

export type EnterprisePolicyMatchesQuery = {
  enterprise: {
    __typename: 'Enterprise';
    id: string;
    policyEstimate: string;
    policyMatches: Array<{
      __typename: 'PolicyMatch';
      id: string;
      qualified: boolean;
      amount: string | null;
      missing: Array<string>;
      qualifiedAt: string | null;
      subject: PolicySubject;
      item: { __typename: 'PolicyItem'; id: string; name: string; kind: PolicyItemKind };
      project: { __typename: 'Project'; id: string; name: string } | null;
      enterprise: { __typename: 'Enterprise'; id: string; name: string } | null;
    }>;
  };
};

export type PolicyQualifiedQueryVariables = Exact<{
  since: string;
  first: number;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: PolicyQualifiedFilter | null | undefined;
}>;

export type PolicyQualifiedQuery = {
  policyQualified: {
    __typename: 'PolicyQualifiedConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'PolicyMatchEdge';
      cursor: string;
      node: {
        __typename: 'PolicyMatch';
        id: string;
        qualified: boolean;
        amount: string | null;
        missing: Array<string>;
        qualifiedAt: string | null;
        subject: PolicySubject;
        item: { __typename: 'PolicyItem'; id: string; name: string; kind: PolicyItemKind };
        project: { __typename: 'Project'; id: string; name: string } | null;
        enterprise: { __typename: 'Enterprise'; id: string; name: string } | null;
      };
    }>;
  };
};

export type PolicyQualifiedExportQueryVariables = Exact<{
  since: string;
  filter?: PolicyQualifiedFilter | null | undefined;
}>;

export type PolicyQualifiedExportQuery = {
  policyQualifiedExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type ExportPoliciesQueryVariables = Exact<{ [key: string]: never }>;

export type ExportPoliciesQuery = {
  policiesExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type ProjectMilestoneFieldsFragment = {
  __typename: 'ProjectMilestone';
  id: string;
  code: MilestoneCode;
  position: number;
  plannedDate: string | null;
  actualDate: string | null;
  status: MilestoneStatus;
  daysLate: number;
};

export type ProjectRowFragment = {
  __typename: 'Project';
  id: string;
  name: string;
  type: ProjectType;
  version: number;
  health: ProjectHealth;
  daysLate: number;
  nextMilestone: MilestoneCode | null;
  signedOn: string | null;
  landedOn: string | null;
  contractInvestment: string | null;
  channel: Channel;
  park: { __typename: 'Park'; code: string; name: string; nameEn: string } | null;
  enterprise: { __typename: 'Enterprise'; id: string; name: string };
  owner: { __typename: 'User'; id: string; displayName: string };
  industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
  segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
  milestones: Array<{
    __typename: 'ProjectMilestone';
    id: string;
    code: MilestoneCode;
    position: number;
    plannedDate: string | null;
    actualDate: string | null;
    status: MilestoneStatus;
    daysLate: number;
  }>;
};

export type ProjectDetailFragment = {
  __typename: 'Project';
  leadId: string | null;
  registeredCapital: string | null;
  plannedFixedAssetInvestment: string | null;
  actualFixedAssetInvestment: string | null;
  expectedOutput: string | null;
  expectedTax: string | null;
  landArea: string | null;
  siteSupplyMode: SiteSupplyMode | null;
  spaceArea: string | null;
  spaceTenure: SpaceTenure | null;
  industrialHighRise: boolean;
  jobsPlanned: number | null;
  notes: string | null;
  id: string;
  name: string;
  type: ProjectType;
  version: number;
  health: ProjectHealth;
  daysLate: number;
  nextMilestone: MilestoneCode | null;
  signedOn: string | null;
  landedOn: string | null;
  contractInvestment: string | null;
  channel: Channel;
  lead: { __typename: 'Lead'; id: string; projectName: string } | null;
  sourceOrganization: { __typename: 'Organization'; id: string; name: string } | null;
  planChanges: Array<{
    __typename: 'ProjectPlanChange';
    id: string;
    code: MilestoneCode;
    previousDate: string | null;
    plannedDate: string | null;
    reason: string | null;
    actorName: string;
    at: string;
  }>;
  supportItems: Array<{
    __typename: 'ProjectSupportItem';
    id: string;
    kind: SupportItemKind;
    policyItemId: string | null;
    appliedAmount: string | null;
    grantedAmount: string | null;
    appliedOn: string | null;
    notes: string | null;
    policyItem: { __typename: 'PolicyItem'; id: string; name: string } | null;
  }>;
  park: { __typename: 'Park'; code: string; name: string; nameEn: string } | null;
  enterprise: { __typename: 'Enterprise'; id: string; name: string };
  owner: { __typename: 'User'; id: string; displayName: string };
  industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
  segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
  milestones: Array<{
    __typename: 'ProjectMilestone';
    id: string;
    code: MilestoneCode;
    position: number;
    plannedDate: string | null;
    actualDate: string | null;
    status: MilestoneStatus;
    daysLate: number;
  }>;
};

export type ProjectsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: ProjectFilter | null | undefined;
  orderBy?: ProjectOrder | null | undefined;
}>;

export type ProjectsQuery = {
  projects: {
    __typename: 'ProjectConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'ProjectEdge';
      cursor: string;
      node: {
        __typename: 'Project';
        id: string;
        name: string;
        type: ProjectType;
        version: number;
        health: ProjectHealth;
        daysLate: number;
        nextMilestone: MilestoneCode | null;
        signedOn: string | null;
        landedOn: string | null;
        contractInvestment: string | null;
        channel: Channel;
        park: { __typename: 'Park'; code: string; name: string; nameEn: string } | null;
        enterprise: { __typename: 'Enterprise'; id: string; name: string };
        owner: { __typename: 'User'; id: string; displayName: string };
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
        town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
        milestones: Array<{
          __typename: 'ProjectMilestone';
          id: string;
          code: MilestoneCode;
          position: number;
          plannedDate: string | null;
          actualDate: string | null;
          status: MilestoneStatus;
          daysLate: number;
        }>;
      };
    }>;
  };
};

export type ProjectQueryVariables = Exact<{
  id: string | number;
}>;

export type ProjectQuery = {
  project: {
    __typename: 'Project';
    leadId: string | null;
    registeredCapital: string | null;
    plannedFixedAssetInvestment: string | null;
    actualFixedAssetInvestment: string | null;
    expectedOutput: string | null;
    expectedTax: string | null;
    landArea: string | null;
    siteSupplyMode: SiteSupplyMode | null;
    spaceArea: string | null;
    spaceTenure: SpaceTenure | null;
    industrialHighRise: boolean;
    jobsPlanned: number | null;
    notes: string | null;
    id: string;
    name: string;
    type: ProjectType;
    version: number;
    health: ProjectHealth;
    daysLate: number;
    nextMilestone: MilestoneCode | null;
    signedOn: string | null;
    landedOn: string | null;
    contractInvestment: string | null;
    channel: Channel;
    lead: { __typename: 'Lead'; id: string; projectName: string } | null;
    sourceOrganization: { __typename: 'Organization'; id: string; name: string } | null;
    planChanges: Array<{
      __typename: 'ProjectPlanChange';
      id: string;
      code: MilestoneCode;
      previousDate: string | null;
      plannedDate: string | null;
      reason: string | null;
      actorName: string;
      at: string;
    }>;
    supportItems: Array<{
      __typename: 'ProjectSupportItem';
      id: string;
      kind: SupportItemKind;
      policyItemId: string | null;
      appliedAmount: string | null;
      grantedAmount: string | null;
      appliedOn: string | null;
      notes: string | null;
      policyItem: { __typename: 'PolicyItem'; id: string; name: string } | null;
    }>;
    park: { __typename: 'Park'; code: string; name: string; nameEn: string } | null;
    enterprise: { __typename: 'Enterprise'; id: string; name: string };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
    town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
    milestones: Array<{
      __typename: 'ProjectMilestone';
      id: string;
      code: MilestoneCode;
      position: number;
      plannedDate: string | null;
      actualDate: string | null;
      status: MilestoneStatus;
      daysLate: number;
    }>;
  };
};

export type MilestoneTemplatesQueryVariables = Exact<{ [key: string]: never }>;

export type MilestoneTemplatesQuery = {
  milestoneTemplates: Array<{
    __typename: 'MilestoneTemplate';
    projectType: ProjectType;
    code: MilestoneCode;
    optional: boolean;
  }>;
};

export type MilestoneAlertsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type MilestoneAlertsQuery = {
  milestoneAlerts: {
    __typename: 'MilestoneAlertListType';
    totalCount: number;
    overdueCount: number;
    dueCount: number;
    items: Array<{
      __typename: 'MilestoneAlert';
      projectId: string;
      status: MilestoneStatus;
      daysLate: number;
      daysLeft: number;
      milestone: {
        __typename: 'ProjectMilestone';
        id: string;
        code: MilestoneCode;
        plannedDate: string | null;
      };
      project: {
        __typename: 'Project';
        id: string;
        name: string;
        enterprise: { __typename: 'Enterprise'; id: string; name: string };
        owner: { __typename: 'User'; id: string; displayName: string };
      };
    }>;
  };
};

export type RecordMilestoneMutationVariables = Exact<{
  input: RecordMilestoneInput;
}>;

export type RecordMilestoneMutation = {
  recordMilestone: {
    __typename: 'Project';
    leadId: string | null;
    registeredCapital: string | null;
    plannedFixedAssetInvestment: string | null;
    actualFixedAssetInvestment: string | null;
    expectedOutput: string | null;
    expectedTax: string | null;
    landArea: string | null;
    siteSupplyMode: SiteSupplyMode | null;
    spaceArea: string | null;
    spaceTenure: SpaceTenure | null;
    industrialHighRise: boolean;
    jobsPlanned: number | null;
    notes: string | null;
    id: string;
    name: string;
    type: ProjectType;
    version: number;
    health: ProjectHealth;
    daysLate: number;
    nextMilestone: MilestoneCode | null;
    signedOn: string | null;
    landedOn: string | null;
    contractInvestment: string | null;
    channel: Channel;
    lead: { __typename: 'Lead'; id: string; projectName: string } | null;
    sourceOrganization: { __typename: 'Organization'; id: string; name: string } | null;
    planChanges: Array<{
      __typename: 'ProjectPlanChange';
      id: string;
      code: MilestoneCode;
      previousDate: string | null;
      plannedDate: string | null;
      reason: string | null;
      actorName: string;
      at: string;
    }>;
    supportItems: Array<{
      __typename: 'ProjectSupportItem';
      id: string;
      kind: SupportItemKind;
      policyItemId: string | null;
      appliedAmount: string | null;
      grantedAmount: string | null;
      appliedOn: string | null;
      notes: string | null;
      policyItem: { __typename: 'PolicyItem'; id: string; name: string } | null;
    }>;
    park: { __typename: 'Park'; code: string; name: string; nameEn: string } | null;
    enterprise: { __typename: 'Enterprise'; id: string; name: string };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
    town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
    milestones: Array<{
      __typename: 'ProjectMilestone';
      id: string;
      code: MilestoneCode;
      position: number;
      plannedDate: string | null;
      actualDate: string | null;
      status: MilestoneStatus;
      daysLate: number;
    }>;
  };
};

export type PlanMilestoneMutationVariables = Exact<{
  input: PlanMilestoneInput;
}>;

export type PlanMilestoneMutation = {
  planMilestone: {
    __typename: 'Project';
    leadId: string | null;
    registeredCapital: string | null;
    plannedFixedAssetInvestment: string | null;
    actualFixedAssetInvestment: string | null;
    expectedOutput: string | null;
    expectedTax: string | null;
    landArea: string | null;
    siteSupplyMode: SiteSupplyMode | null;
    spaceArea: string | null;
    spaceTenure: SpaceTenure | null;
    industrialHighRise: boolean;
    jobsPlanned: number | null;
    notes: string | null;
    id: string;
    name: string;
    type: ProjectType;
    version: number;
    health: ProjectHealth;
    daysLate: number;
    nextMilestone: MilestoneCode | null;
    signedOn: string | null;
    landedOn: string | null;
    contractInvestment: string | null;
    channel: Channel;
    lead: { __typename: 'Lead'; id: string; projectName: string } | null;
    sourceOrganization: { __typename: 'Organization'; id: string; name: string } | null;
    planChanges: Array<{
      __typename: 'ProjectPlanChange';
      id: string;
      code: MilestoneCode;
      previousDate: string | null;
      plannedDate: string | null;
      reason: string | null;
      actorName: string;
      at: string;
    }>;
    supportItems: Array<{
      __typename: 'ProjectSupportItem';
      id: string;
      kind: SupportItemKind;
      policyItemId: string | null;
      appliedAmount: string | null;
      grantedAmount: string | null;
      appliedOn: string | null;
      notes: string | null;
      policyItem: { __typename: 'PolicyItem'; id: string; name: string } | null;
    }>;
    park: { __typename: 'Park'; code: string; name: string; nameEn: string } | null;
    enterprise: { __typename: 'Enterprise'; id: string; name: string };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
    town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
    milestones: Array<{
      __typename: 'ProjectMilestone';
      id: string;
      code: MilestoneCode;
      position: number;
      plannedDate: string | null;
      actualDate: string | null;
      status: MilestoneStatus;
      daysLate: number;
    }>;
  };
};

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;

export type UpdateProjectMutation = {
  updateProject: {
    __typename: 'Project';
    leadId: string | null;
    registeredCapital: string | null;
    plannedFixedAssetInvestment: string | null;
    actualFixedAssetInvestment: string | null;
    expectedOutput: string | null;
    expectedTax: string | null;
    landArea: string | null;
    siteSupplyMode: SiteSupplyMode | null;
    spaceArea: string | null;
    spaceTenure: SpaceTenure | null;
    industrialHighRise: boolean;
    jobsPlanned: number | null;
    notes: string | null;
    id: string;
    name: string;
    type: ProjectType;
    version: number;
    health: ProjectHealth;
    daysLate: number;
    nextMilestone: MilestoneCode | null;
    signedOn: string | null;
    landedOn: string | null;
    contractInvestment: string | null;
    channel: Channel;
    lead: { __typename: 'Lead'; id: string; projectName: string } | null;
    sourceOrganization: { __typename: 'Organization'; id: string; name: string } | null;
    planChanges: Array<{
      __typename: 'ProjectPlanChange';
      id: string;
      code: MilestoneCode;
      previousDate: string | null;
      plannedDate: string | null;
      reason: string | null;
      actorName: string;
      at: string;
    }>;
    supportItems: Array<{
      __typename: 'ProjectSupportItem';
      id: string;
      kind: SupportItemKind;
      policyItemId: string | null;
      appliedAmount: string | null;
      grantedAmount: string | null;
      appliedOn: string | null;
      notes: string | null;
      policyItem: { __typename: 'PolicyItem'; id: string; name: string } | null;
    }>;
    park: { __typename: 'Park'; code: string; name: string; nameEn: string } | null;
    enterprise: { __typename: 'Enterprise'; id: string; name: string };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
    town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
    milestones: Array<{
      __typename: 'ProjectMilestone';
      id: string;
      code: MilestoneCode;
      position: number;
      plannedDate: string | null;
      actualDate: string | null;
      status: MilestoneStatus;
      daysLate: number;
    }>;
  };
};

export type SaveProjectSupportItemMutationVariables = Exact<{
  input: SaveSupportItemInput;
}>;

export type SaveProjectSupportItemMutation = {
  saveProjectSupportItem: {
    __typename: 'Project';
    leadId: string | null;
    registeredCapital: string | null;
    plannedFixedAssetInvestment: string | null;
    actualFixedAssetInvestment: string | null;
    expectedOutput: string | null;
    expectedTax: string | null;
    landArea: string | null;
    siteSupplyMode: SiteSupplyMode | null;
    spaceArea: string | null;
    spaceTenure: SpaceTenure | null;
    industrialHighRise: boolean;
    jobsPlanned: number | null;
    notes: string | null;
    id: string;
    name: string;
    type: ProjectType;
    version: number;
    health: ProjectHealth;
    daysLate: number;
    nextMilestone: MilestoneCode | null;
    signedOn: string | null;
    landedOn: string | null;
    contractInvestment: string | null;
    channel: Channel;
    lead: { __typename: 'Lead'; id: string; projectName: string } | null;
    sourceOrganization: { __typename: 'Organization'; id: string; name: string } | null;
    planChanges: Array<{
      __typename: 'ProjectPlanChange';
      id: string;
      code: MilestoneCode;
      previousDate: string | null;
      plannedDate: string | null;
      reason: string | null;
      actorName: string;
      at: string;
    }>;
    supportItems: Array<{
      __typename: 'ProjectSupportItem';
      id: string;
      kind: SupportItemKind;
      policyItemId: string | null;
      appliedAmount: string | null;
      grantedAmount: string | null;
      appliedOn: string | null;
      notes: string | null;
      policyItem: { __typename: 'PolicyItem'; id: string; name: string } | null;
    }>;
    park: { __typename: 'Park'; code: string; name: string; nameEn: string } | null;
    enterprise: { __typename: 'Enterprise'; id: string; name: string };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
    town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
    milestones: Array<{
      __typename: 'ProjectMilestone';
      id: string;
      code: MilestoneCode;
      position: number;
      plannedDate: string | null;
      actualDate: string | null;
      status: MilestoneStatus;
      daysLate: number;
    }>;
  };
};

export type RemoveProjectSupportItemMutationVariables = Exact<{
  input: RemoveSupportItemInput;
}>;

export type RemoveProjectSupportItemMutation = {
  removeProjectSupportItem: {
    __typename: 'Project';
    leadId: string | null;
    registeredCapital: string | null;
    plannedFixedAssetInvestment: string | null;
    actualFixedAssetInvestment: string | null;
    expectedOutput: string | null;
    expectedTax: string | null;
    landArea: string | null;
    siteSupplyMode: SiteSupplyMode | null;
    spaceArea: string | null;
    spaceTenure: SpaceTenure | null;
    industrialHighRise: boolean;
    jobsPlanned: number | null;
    notes: string | null;
    id: string;
    name: string;
    type: ProjectType;
    version: number;
    health: ProjectHealth;
    daysLate: number;
    nextMilestone: MilestoneCode | null;
    signedOn: string | null;
    landedOn: string | null;
    contractInvestment: string | null;
    channel: Channel;
    lead: { __typename: 'Lead'; id: string; projectName: string } | null;
    sourceOrganization: { __typename: 'Organization'; id: string; name: string } | null;
    planChanges: Array<{
      __typename: 'ProjectPlanChange';
      id: string;
      code: MilestoneCode;
      previousDate: string | null;
      plannedDate: string | null;
      reason: string | null;
      actorName: string;
      at: string;
    }>;
    supportItems: Array<{
      __typename: 'ProjectSupportItem';
      id: string;
      kind: SupportItemKind;
      policyItemId: string | null;
      appliedAmount: string | null;
      grantedAmount: string | null;
      appliedOn: string | null;
      notes: string | null;
      policyItem: { __typename: 'PolicyItem'; id: string; name: string } | null;
    }>;
    park: { __typename: 'Park'; code: string; name: string; nameEn: string } | null;
    enterprise: { __typename: 'Enterprise'; id: string; name: string };
    owner: { __typename: 'User'; id: string; displayName: string };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
    town: { __typename: 'Place'; code: string; name: string; nameEn: string } | null;
    milestones: Array<{
      __typename: 'ProjectMilestone';
      id: string;
      code: MilestoneCode;
      position: number;
      plannedDate: string | null;
      actualDate: string | null;
      status: MilestoneStatus;
      daysLate: number;
    }>;
  };
};

export type ExportProjectsQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  orderBy?: ProjectOrder | null | undefined;
}>;

export type ExportProjectsQuery = {
  exportProjects: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type PolicyItemOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type PolicyItemOptionsQuery = {
  policies: Array<{
    __typename: 'Policy';
    id: string;
    docNumber: string;
    items: Array<{
      __typename: 'PolicyItem';
      id: string;
      name: string;
      kind: PolicyItemKind;
      retiredAt: string | null;
    }>;
  }>;
};

export type ReferralRowFragment = {
  __typename: 'Referral';
  id: string;
  companyName: string;
  creditCode: string | null;
  status: ReferralStatus;
  protectedUntil: string | null;
  expiringSoon: boolean;
  decisionReason: string | null;
  createdAt: string;
  version: number;
  industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
  segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
};

export type ReferralFactsFragment = {
  __typename: 'Referral';
  plannedInvestment: string | null;
  landNeed: string | null;
  spaceNeed: string | null;
  timeline: string | null;
  contactName: string;
  contactPhone: string;
  notes: string | null;
  decidedAt: string | null;
  id: string;
  companyName: string;
  creditCode: string | null;
  status: ReferralStatus;
  protectedUntil: string | null;
  expiringSoon: boolean;
  decisionReason: string | null;
  createdAt: string;
  version: number;
  attachments: Array<{
    __typename: 'ReferralAttachment';
    id: string;
    fileName: string;
    mimeType: string;
    sizeBytes: number;
    createdAt: string;
  }>;
  history: Array<{
    __typename: 'ReferralHistory';
    id: string;
    event: ReferralEvent;
    status: ReferralStatus;
    protectedUntil: string | null;
    partnerNote: string | null;
    note: string | null;
    actorName: string;
    at: string;
  }>;
  progress: {
    __typename: 'ReferralProgress';
    leadStage: LeadStage;
    projectType: ProjectType | null;
    landedOn: string | null;
    milestones: Array<{
      __typename: 'ReferralMilestone';
      code: MilestoneCode;
      plannedDate: string | null;
      actualDate: string | null;
    }>;
  } | null;
  reward: {
    __typename: 'ReferralReward';
    eligible: boolean;
    eligibleOn: string | null;
    amount: string | null;
    rewardedOn: string | null;
  };
  industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
  segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
};

export type MyReferralsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: ReferralFilter | null | undefined;
}>;

export type MyReferralsQuery = {
  referrals: {
    __typename: 'ReferralConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'ReferralEdge';
      cursor: string;
      node: {
        __typename: 'Referral';
        id: string;
        companyName: string;
        creditCode: string | null;
        status: ReferralStatus;
        protectedUntil: string | null;
        expiringSoon: boolean;
        decisionReason: string | null;
        createdAt: string;
        version: number;
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
      };
    }>;
  };
};

export type ReviewQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  page?: number | null | undefined;
  filter?: ReferralFilter | null | undefined;
}>;

export type ReviewQueueQuery = {
  referrals: {
    __typename: 'ReferralConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'ReferralEdge';
      cursor: string;
      node: {
        __typename: 'Referral';
        id: string;
        companyName: string;
        creditCode: string | null;
        status: ReferralStatus;
        protectedUntil: string | null;
        expiringSoon: boolean;
        decisionReason: string | null;
        createdAt: string;
        version: number;
        review: {
          __typename: 'ReferralReview';
          organization: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind };
        };
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
      };
    }>;
  };
};

export type MyReferralQueryVariables = Exact<{
  id: string | number;
}>;

export type MyReferralQuery = {
  referral: {
    __typename: 'Referral';
    plannedInvestment: string | null;
    landNeed: string | null;
    spaceNeed: string | null;
    timeline: string | null;
    contactName: string;
    contactPhone: string;
    notes: string | null;
    decidedAt: string | null;
    id: string;
    companyName: string;
    creditCode: string | null;
    status: ReferralStatus;
    protectedUntil: string | null;
    expiringSoon: boolean;
    decisionReason: string | null;
    createdAt: string;
    version: number;
    attachments: Array<{
      __typename: 'ReferralAttachment';
      id: string;
      fileName: string;
      mimeType: string;
      sizeBytes: number;
      createdAt: string;
    }>;
    history: Array<{
      __typename: 'ReferralHistory';
      id: string;
      event: ReferralEvent;
      status: ReferralStatus;
      protectedUntil: string | null;
      partnerNote: string | null;
      note: string | null;
      actorName: string;
      at: string;
    }>;
    progress: {
      __typename: 'ReferralProgress';
      leadStage: LeadStage;
      projectType: ProjectType | null;
      landedOn: string | null;
      milestones: Array<{
        __typename: 'ReferralMilestone';
        code: MilestoneCode;
        plannedDate: string | null;
        actualDate: string | null;
      }>;
    } | null;
    reward: {
      __typename: 'ReferralReward';
      eligible: boolean;
      eligibleOn: string | null;
      amount: string | null;
      rewardedOn: string | null;
    };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  };
};

export type ReferralForReviewQueryVariables = Exact<{
  id: string | number;
}>;

export type ReferralForReviewQuery = {
  referral: {
    __typename: 'Referral';
    plannedInvestment: string | null;
    landNeed: string | null;
    spaceNeed: string | null;
    timeline: string | null;
    contactName: string;
    contactPhone: string;
    notes: string | null;
    decidedAt: string | null;
    id: string;
    companyName: string;
    creditCode: string | null;
    status: ReferralStatus;
    protectedUntil: string | null;
    expiringSoon: boolean;
    decisionReason: string | null;
    createdAt: string;
    version: number;
    review: {
      __typename: 'ReferralReview';
      organization: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind };
      filedBy: { __typename: 'User'; id: string; displayName: string } | null;
      decidedBy: { __typename: 'User'; id: string; displayName: string } | null;
      conflictWith: {
        __typename: 'Referral';
        contactName: string;
        id: string;
        companyName: string;
        creditCode: string | null;
        status: ReferralStatus;
        protectedUntil: string | null;
        expiringSoon: boolean;
        decisionReason: string | null;
        createdAt: string;
        version: number;
        review: {
          __typename: 'ReferralReview';
          organization: { __typename: 'Organization'; id: string; name: string };
        };
        industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
        segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
      } | null;
      matchedLead: {
        __typename: 'Lead';
        id: string;
        projectName: string;
        stage: LeadStage;
        channel: Channel;
        createdAt: string;
        owner: { __typename: 'User'; id: string; displayName: string };
        enterprise: { __typename: 'Enterprise'; id: string; name: string; creditCode: string | null };
        sourceOrganization: { __typename: 'Organization'; id: string; name: string } | null;
      } | null;
      lead: { __typename: 'Lead'; id: string; projectName: string; stage: LeadStage } | null;
    };
    attachments: Array<{
      __typename: 'ReferralAttachment';
      id: string;
      fileName: string;
      mimeType: string;
      sizeBytes: number;
      createdAt: string;
    }>;
    history: Array<{
      __typename: 'ReferralHistory';
      id: string;
      event: ReferralEvent;
      status: ReferralStatus;
      protectedUntil: string | null;
      partnerNote: string | null;
      note: string | null;
      actorName: string;
      at: string;
    }>;
    progress: {
      __typename: 'ReferralProgress';
      leadStage: LeadStage;
      projectType: ProjectType | null;
      landedOn: string | null;
      milestones: Array<{
        __typename: 'ReferralMilestone';
        code: MilestoneCode;
        plannedDate: string | null;
        actualDate: string | null;
      }>;
    } | null;
    reward: {
      __typename: 'ReferralReward';
      eligible: boolean;
      eligibleOn: string | null;
      amount: string | null;
      rewardedOn: string | null;
    };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  };
};

export type ReferralCountsQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
}>;

export type ReferralCountsQuery = {
  referralCounts: {
    __typename: 'ReferralCounts';
    pending: number;
    byStatus: Array<{ __typename: 'ReferralStatusCount'; status: ReferralStatus; count: number }>;
  };
};

export type ReferralCheckQueryVariables = Exact<{
  companyName: string;
  creditCode?: string | null | undefined;
}>;

export type ReferralCheckQuery = {
  referralCheck: { __typename: 'ReferralCheck'; result: ReferralCheckResult; message: string };
};

export type ReferralAttachmentQueryVariables = Exact<{
  id: string | number;
}>;

export type ReferralAttachmentQuery = {
  referralAttachment: {
    __typename: 'ReferralAttachmentDownload';
    fileName: string;
    mimeType: string;
    contentBase64: string;
  };
};

export type FileReferralMutationVariables = Exact<{
  input: FileReferralInput;
}>;

export type FileReferralMutation = {
  fileReferral: {
    __typename: 'Referral';
    id: string;
    companyName: string;
    creditCode: string | null;
    status: ReferralStatus;
    protectedUntil: string | null;
    expiringSoon: boolean;
    decisionReason: string | null;
    createdAt: string;
    version: number;
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  };
};

export type AcceptReferralMutationVariables = Exact<{
  input: AcceptReferralInput;
}>;

export type AcceptReferralMutation = {
  acceptReferral: {
    __typename: 'Referral';
    plannedInvestment: string | null;
    landNeed: string | null;
    spaceNeed: string | null;
    timeline: string | null;
    contactName: string;
    contactPhone: string;
    notes: string | null;
    decidedAt: string | null;
    id: string;
    companyName: string;
    creditCode: string | null;
    status: ReferralStatus;
    protectedUntil: string | null;
    expiringSoon: boolean;
    decisionReason: string | null;
    createdAt: string;
    version: number;
    attachments: Array<{
      __typename: 'ReferralAttachment';
      id: string;
      fileName: string;
      mimeType: string;
      sizeBytes: number;
      createdAt: string;
    }>;
    history: Array<{
      __typename: 'ReferralHistory';
      id: string;
      event: ReferralEvent;
      status: ReferralStatus;
      protectedUntil: string | null;
      partnerNote: string | null;
      note: string | null;
      actorName: string;
      at: string;
    }>;
    progress: {
      __typename: 'ReferralProgress';
      leadStage: LeadStage;
      projectType: ProjectType | null;
      landedOn: string | null;
      milestones: Array<{
        __typename: 'ReferralMilestone';
        code: MilestoneCode;
        plannedDate: string | null;
        actualDate: string | null;
      }>;
    } | null;
    reward: {
      __typename: 'ReferralReward';
      eligible: boolean;
      eligibleOn: string | null;
      amount: string | null;
      rewardedOn: string | null;
    };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  };
};

export type RejectReferralMutationVariables = Exact<{
  input: RejectReferralInput;
}>;

export type RejectReferralMutation = {
  rejectReferral: {
    __typename: 'Referral';
    plannedInvestment: string | null;
    landNeed: string | null;
    spaceNeed: string | null;
    timeline: string | null;
    contactName: string;
    contactPhone: string;
    notes: string | null;
    decidedAt: string | null;
    id: string;
    companyName: string;
    creditCode: string | null;
    status: ReferralStatus;
    protectedUntil: string | null;
    expiringSoon: boolean;
    decisionReason: string | null;
    createdAt: string;
    version: number;
    attachments: Array<{
      __typename: 'ReferralAttachment';
      id: string;
      fileName: string;
      mimeType: string;
      sizeBytes: number;
      createdAt: string;
    }>;
    history: Array<{
      __typename: 'ReferralHistory';
      id: string;
      event: ReferralEvent;
      status: ReferralStatus;
      protectedUntil: string | null;
      partnerNote: string | null;
      note: string | null;
      actorName: string;
      at: string;
    }>;
    progress: {
      __typename: 'ReferralProgress';
      leadStage: LeadStage;
      projectType: ProjectType | null;
      landedOn: string | null;
      milestones: Array<{
        __typename: 'ReferralMilestone';
        code: MilestoneCode;
        plannedDate: string | null;
        actualDate: string | null;
      }>;
    } | null;
    reward: {
      __typename: 'ReferralReward';
      eligible: boolean;
      eligibleOn: string | null;
      amount: string | null;
      rewardedOn: string | null;
    };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  };
};

export type AwardReferralMutationVariables = Exact<{
  input: AwardReferralInput;
}>;

export type AwardReferralMutation = {
  awardReferral: {
    __typename: 'Referral';
    plannedInvestment: string | null;
    landNeed: string | null;
    spaceNeed: string | null;
    timeline: string | null;
    contactName: string;
    contactPhone: string;
    notes: string | null;
    decidedAt: string | null;
    id: string;
    companyName: string;
    creditCode: string | null;
    status: ReferralStatus;
    protectedUntil: string | null;
    expiringSoon: boolean;
    decisionReason: string | null;
    createdAt: string;
    version: number;
    attachments: Array<{
      __typename: 'ReferralAttachment';
      id: string;
      fileName: string;
      mimeType: string;
      sizeBytes: number;
      createdAt: string;
    }>;
    history: Array<{
      __typename: 'ReferralHistory';
      id: string;
      event: ReferralEvent;
      status: ReferralStatus;
      protectedUntil: string | null;
      partnerNote: string | null;
      note: string | null;
      actorName: string;
      at: string;
    }>;
    progress: {
      __typename: 'ReferralProgress';
      leadStage: LeadStage;
      projectType: ProjectType | null;
      landedOn: string | null;
      milestones: Array<{
        __typename: 'ReferralMilestone';
        code: MilestoneCode;
        plannedDate: string | null;
        actualDate: string | null;
      }>;
    } | null;
    reward: {
      __typename: 'ReferralReward';
      eligible: boolean;
      eligibleOn: string | null;
      amount: string | null;
      rewardedOn: string | null;
    };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  };
};

export type MyRewardsQueryVariables = Exact<{ [key: string]: never }>;

export type MyRewardsQuery = {
  referralRewards: Array<{
    __typename: 'Referral';
    id: string;
    companyName: string;
    creditCode: string | null;
    status: ReferralStatus;
    protectedUntil: string | null;
    expiringSoon: boolean;
    decisionReason: string | null;
    createdAt: string;
    version: number;
    reward: {
      __typename: 'ReferralReward';
      eligible: boolean;
      eligibleOn: string | null;
      amount: string | null;
      rewardedOn: string | null;
    };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  }>;
};

export type OrganizationReferralsQueryVariables = Exact<{
  id: string | number;
}>;

export type OrganizationReferralsQuery = {
  organization: {
    __typename: 'Organization';
    id: string;
    name: string;
    kind: OrganizationKind;
    certifiedOn: string | null;
    contractStartsOn: string | null;
    contractEndsOn: string | null;
    segmentCodes: Array<string>;
    referralFunnel: {
      __typename: 'ReferralFunnelView';
      filed: number;
      accepted: number;
      signed: number;
      landed: number;
    };
  };
  referralRewards: Array<{
    __typename: 'Referral';
    id: string;
    companyName: string;
    creditCode: string | null;
    status: ReferralStatus;
    protectedUntil: string | null;
    expiringSoon: boolean;
    decisionReason: string | null;
    createdAt: string;
    version: number;
    reward: {
      __typename: 'ReferralReward';
      eligible: boolean;
      eligibleOn: string | null;
      suggestedAmount: string | null;
      amount: string | null;
      rewardedOn: string | null;
    };
    industry: { __typename: 'Industry'; code: string; name: string; nameEn: string };
    segment: { __typename: 'Segment'; code: string; name: string; nameEn: string };
  }>;
};

export type ReferralSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type ReferralSettingsQuery = {
  referralSettings: {
    __typename: 'ReferralSettings';
    protectionDays: number;
    rewardMilestone: string;
    rewardCap: string | null;
    version: number;
    updatedAt: string;
    rewardTiers: Array<{ __typename: 'RewardTierView'; minInvestment: string; perMille: string }>;
  };
};

export type UpdateReferralSettingsMutationVariables = Exact<{
  input: UpdateReferralSettingsInput;
}>;

export type UpdateReferralSettingsMutation = {
  updateReferralSettings: {
    __typename: 'ReferralSettings';
    protectionDays: number;
    rewardMilestone: string;
    rewardCap: string | null;
    version: number;
    updatedAt: string;
    rewardTiers: Array<{ __typename: 'RewardTierView'; minInvestment: string; perMille: string }>;
  };
};

export type ExportReferralsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
}>;

export type ExportReferralsQuery = {
  referralsExport: { __typename: 'ExcelFile'; filename: string; contentBase64: string };
};

export type BulkRejectReferralsMutationVariables = Exact<{
  input: BulkRejectReferralsInput;
}>;

export type BulkRejectReferralsMutation = {
  bulkRejectReferrals: Array<{ __typename: 'Referral'; id: string; status: ReferralStatus; version: number }>;
};

export type GlobalSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;

export type GlobalSearchQuery = {
  globalSearch: Array<{
    __typename: 'SearchGroup';
    kind: RecordKind;
    hasMore: boolean;
    hits: Array<{
      __typename: 'SearchHit';
      kind: RecordKind;
      id: string;
      title: string;
      detail: string | null;
    }>;
  }>;
};

export type AuditEntryFieldsFragment = {
  __typename: 'AuditEntry';
  id: string;
  action: AuditAction;
  actorName: string;
  at: string;
  note: string | null;
  changes: Array<{ __typename: 'FieldChange'; field: string; before: string | null; after: string | null }>;
};

export type FundOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type FundOptionsQuery = {
  funds: {
    __typename: 'FundConnection';
    edges: Array<{
      __typename: 'FundEdge';
      node: {
        __typename: 'Fund';
        id: string;
        name: string;
        manager: { __typename: 'Organization'; id: string; name: string };
      };
    }>;
  };
};

export type MilestoneNamesQueryVariables = Exact<{ [key: string]: never }>;

export type MilestoneNamesQuery = {
  milestoneTemplates: Array<{
    __typename: 'MilestoneTemplate';
    projectType: ProjectType;
    code: MilestoneCode;
    name: string;
    nameEn: string;
  }>;
};

export type ParkOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type ParkOptionsQuery = {
  parks: Array<{
    __typename: 'Park';
    code: string;
    name: string;
    nameEn: string;
    townCode: string | null;
    sortOrder: number;
    retired: boolean;
  }>;
};

export type ReferenceOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type ReferenceOptionsQuery = {
  industries: Array<{
    __typename: 'Industry';
    code: string;
    name: string;
    nameEn: string;
    sortOrder: number;
    retired: boolean;
    segments: Array<{
      __typename: 'Segment';
      code: string;
      name: string;
      nameEn: string;
      sortOrder: number;
      retired: boolean;
    }>;
  }>;
  tags: Array<{
    __typename: 'Tag';
    code: string;
    name: string;
    nameEn: string;
    group: TagGroup;
    sortOrder: number;
    retired: boolean;
  }>;
  places: Array<{
    __typename: 'Place';
    code: string;
    name: string;
    nameEn: string;
    kind: PlaceKind;
    sortOrder: number;
    retired: boolean;
  }>;
};

export type SavedViewRowFragment = {
  __typename: 'SavedView';
  id: string;
  listKey: string;
  name: string;
  isDefault: boolean;
  state: {
    __typename: 'SavedViewState';
    columns: Array<string> | null;
    sort: string | null;
    density: string | null;
    pageSize: number | null;
    filters: Array<{ __typename: 'SavedViewFilter'; key: string; value: string }>;
  };
};

export type SavedViewsQueryVariables = Exact<{
  listKey: string;
}>;

export type SavedViewsQuery = {
  savedViews: Array<{
    __typename: 'SavedView';
    id: string;
    listKey: string;
    name: string;
    isDefault: boolean;
    state: {
      __typename: 'SavedViewState';
      columns: Array<string> | null;
      sort: string | null;
      density: string | null;
      pageSize: number | null;
      filters: Array<{ __typename: 'SavedViewFilter'; key: string; value: string }>;
    };
  }>;
};

export type CreateSavedViewMutationVariables = Exact<{
  input: CreateSavedViewInput;
}>;

export type CreateSavedViewMutation = {
  createSavedView: {
    __typename: 'SavedView';
    id: string;
    listKey: string;
    name: string;
    isDefault: boolean;
    state: {
      __typename: 'SavedViewState';
      columns: Array<string> | null;
      sort: string | null;
      density: string | null;
      pageSize: number | null;
      filters: Array<{ __typename: 'SavedViewFilter'; key: string; value: string }>;
    };
  };
};

export type UpdateSavedViewMutationVariables = Exact<{
  input: UpdateSavedViewInput;
}>;

export type UpdateSavedViewMutation = {
  updateSavedView: {
    __typename: 'SavedView';
    id: string;
    listKey: string;
    name: string;
    isDefault: boolean;
    state: {
      __typename: 'SavedViewState';
      columns: Array<string> | null;
      sort: string | null;
      density: string | null;
      pageSize: number | null;
      filters: Array<{ __typename: 'SavedViewFilter'; key: string; value: string }>;
    };
  };
};

export type DeleteSavedViewMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteSavedViewMutation = { deleteSavedView: boolean };

export const OrganizationRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certifiedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationRowFragment, unknown>;
export const ReferenceItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferenceItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferenceItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferenceItemFieldsFragment, unknown>;
export const SignInEventRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignInEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'result' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userAgent' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInEventRowFragment, unknown>;
export const UserRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserRowFragment, unknown>;
export const CurrentUserFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CurrentUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CurrentUserFragment, unknown>;
export const ChainFiguresFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChainFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChainFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'links' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weak' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnterprises' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openLeads' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referrals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'investments' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChainFiguresFieldsFragment, unknown>;
export const DashboardPeriodFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DashboardPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DashboardPeriodView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'historical' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardPeriodFieldsFragment, unknown>;
export const DrillFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DrillFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Drill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DrillFieldsFragment, unknown>;
export const CountFigureFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DrillFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Drill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountFigureFieldsFragment, unknown>;
export const AmountFigureFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AmountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DrillFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Drill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmountFigureFieldsFragment, unknown>;
export const ProjectTallyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectTallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectTally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projects' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contractInvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plannedFixedAssetInvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actualFixedAssetInvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expectedOutput' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DrillFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Drill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AmountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectTallyFieldsFragment, unknown>;
export const LandingGroupFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LandingGroupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LandingGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'landed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectTallyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DrillFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Drill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AmountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectTallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectTally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projects' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contractInvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plannedFixedAssetInvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actualFixedAssetInvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expectedOutput' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LandingGroupFieldsFragment, unknown>;
export const LandingPeriodFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LandingPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LandingPeriodRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectTallyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'landed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectTallyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DrillFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Drill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AmountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectTallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectTally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projects' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contractInvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plannedFixedAssetInvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actualFixedAssetInvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expectedOutput' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LandingPeriodFieldsFragment, unknown>;
export const ReferralFunnelFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralFunnelFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralFunnelFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'filed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accepted' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'landed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DrillFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Drill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralFunnelFieldsFragment, unknown>;
export const TargetProgressFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TargetProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TargetProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accumulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetUpdatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetUpdatedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'met' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yearElapsed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastEntry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enteredByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enteredAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TargetProgressFieldsFragment, unknown>;
export const EnterpriseRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnterpriseRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enterprise' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headquartersCity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseRowFragment, unknown>;
export const EnterpriseDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnterpriseDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enterprise' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnterpriseRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'legalRepresentative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'foundedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStockSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnterpriseRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enterprise' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headquartersCity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseDetailFragment, unknown>;
export const ReinvestmentRuleFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'multiple' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countSubsidiary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subsidiaryCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countReferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referredCoefficient' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReinvestmentRuleFieldsFragment, unknown>;
export const ReinvestmentProgressFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'obligation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pipeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReinvestmentProgressFieldsFragment, unknown>;
export const FundRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Fund' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'size' } },
          { kind: 'Field', name: { kind: 'Name', value: 'governmentContribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vintageDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'manager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentRuleFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reinvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentProgressFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'multiple' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countSubsidiary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subsidiaryCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countReferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referredCoefficient' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'obligation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pipeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FundRowFragment, unknown>;
export const ProjectMilestoneFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectMilestoneFieldsFragment, unknown>;
export const InvestmentLandingProjectFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentLandingProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvestmentLandingProjectFragment, unknown>;
export const InvestmentRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Investment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recognition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentLandingProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvestmentRowFragment, unknown>;
export const PartnerLedgerLineFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerLedgerLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentLedgerLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'investmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerLedgerLineFieldsFragment, unknown>;
export const LedgerLineFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LedgerLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentLedgerLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerLedgerLineFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerLedgerLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentLedgerLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'investmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LedgerLineFieldsFragment, unknown>;
export const FundDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Fund' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerOrganizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'termYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusSegmentCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusIndustryCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ruleHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rule' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentRuleFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'investments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentRow' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ledger' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LedgerLineFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'multiple' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countSubsidiary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subsidiaryCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countReferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referredCoefficient' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'obligation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pipeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentLandingProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerLedgerLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentLedgerLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'investmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Fund' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'size' } },
          { kind: 'Field', name: { kind: 'Name', value: 'governmentContribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vintageDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'manager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentRuleFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reinvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentProgressFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Investment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recognition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LedgerLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentLedgerLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerLedgerLineFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FundDetailFragment, unknown>;
export const LeadImportFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadImportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterprisesCreated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadsCreated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadsSkipped' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasErrorReport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadImportFieldsFragment, unknown>;
export const FollowUpFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStepDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStepDone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowUpFieldsFragment, unknown>;
export const LeadCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedSigningOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadCardFragment, unknown>;
export const LeadDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceOrganizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedSigningOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadDetailFragment, unknown>;
export const StageSummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StageSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StageSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StageSummaryFieldsFragment, unknown>;
export const PolicyItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualifiedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchJob' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PolicyItemFieldsFragment, unknown>;
export const PolicyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Policy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualifiedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchJob' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PolicyFieldsFragment, unknown>;
export const PolicyMatchFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyMatchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PolicyMatchFieldsFragment, unknown>;
export const ProjectRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextMilestone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'park' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectRowFragment, unknown>;
export const ProjectDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedTax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'siteSupplyMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceTenure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industrialHighRise' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'policyItemId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'policyItem' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grantedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextMilestone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'park' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectDetailFragment, unknown>;
export const ReferralRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralRowFragment, unknown>;
export const ReferralFactsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'leadStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligibleOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardedOn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralFactsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEntryFieldsFragment, unknown>;
export const SavedViewRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SavedViewRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SavedView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'listKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'filters' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'columns' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'density' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageSize' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SavedViewRowFragment, unknown>;
export const OrganizationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Organizations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganizationFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationRow' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certifiedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganizationOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'active' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationOptionsQuery, OrganizationOptionsQueryVariables>;
export const CreateOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateOrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certifiedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateOrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certifiedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const SetOrganizationActiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetOrganizationActive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetOrganizationActiveInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setOrganizationActive' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certifiedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetOrganizationActiveMutation, SetOrganizationActiveMutationVariables>;
export const ExportOrganizationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportOrganizations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganizationFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizationsExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportOrganizationsQuery, ExportOrganizationsQueryVariables>;
export const ReferenceDataDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferenceData' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leading' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'segments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tags' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'townCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferenceDataQuery, ReferenceDataQueryVariables>;
export const ReferenceHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferenceHistory' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referenceHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferenceHistoryQuery, ReferenceHistoryQueryVariables>;
export const CreateReferenceItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateReferenceItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateReferenceItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createReferenceItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferenceItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferenceItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferenceItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateReferenceItemMutation, CreateReferenceItemMutationVariables>;
export const UpdateReferenceItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReferenceItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateReferenceItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReferenceItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferenceItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferenceItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferenceItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReferenceItemMutation, UpdateReferenceItemMutationVariables>;
export const RetireReferenceItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetireReferenceItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RetireReferenceItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retireReferenceItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferenceItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferenceItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferenceItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetireReferenceItemMutation, RetireReferenceItemMutationVariables>;
export const ReorderReferenceItemsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReorderReferenceItems' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderReferenceItemsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reorderReferenceItems' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferenceItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferenceItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferenceItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReorderReferenceItemsMutation, ReorderReferenceItemsMutationVariables>;
export const DeleteReferenceItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteReferenceItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeleteReferenceItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteReferenceItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteReferenceItemMutation, DeleteReferenceItemMutationVariables>;
export const MilestoneTemplatesAdminDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MilestoneTemplatesAdmin' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestoneTemplates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'projectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'optional' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MilestoneTemplatesAdminQuery, MilestoneTemplatesAdminQueryVariables>;
export const RenameMilestoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RenameMilestone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RenameMilestoneInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renameMilestone' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'projectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RenameMilestoneMutation, RenameMilestoneMutationVariables>;
export const SetMilestoneTemplateOptionalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetMilestoneTemplateOptional' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetMilestoneTemplateOptionalInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMilestoneTemplateOptional' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'projectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'optional' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetMilestoneTemplateOptionalMutation,
  SetMilestoneTemplateOptionalMutationVariables
>;
export const SignInEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignInEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInEventFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signInEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignInEventRow' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignInEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'result' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userAgent' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInEventsQuery, SignInEventsQueryVariables>;
export const ExportSignInEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportSignInEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInEventFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signInEventsExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportSignInEventsQuery, ExportSignInEventsQueryVariables>;
export const UsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Users' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserRow' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserActiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetUserActive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetUserActiveInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setUserActive' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResetPasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ExportUsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportUsers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'usersExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportUsersQuery, ExportUsersQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoginInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CurrentUser' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CurrentUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CurrentUser' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CurrentUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ChainMapDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChainMap' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'industryCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chainMap' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'industryCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'industryCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'segments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'links' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'counts' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'localEnterprises' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'chainMasters' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'openLeads' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'openLeadsByStage' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'referrals' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'referralsByStatus' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'targets' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'investments' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'expectedOutput' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChainMapQuery, ChainMapQueryVariables>;
export const ChainOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChainOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chainOverview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'since' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'industries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'now' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChainFiguresFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'then' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChainFiguresFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChainFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChainFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'links' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weak' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnterprises' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openLeads' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referrals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'investments' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChainOverviewQuery, ChainOverviewQueryVariables>;
export const ChainLinkOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChainLinkOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'segmentCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chainLinks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'segmentCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'segmentCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChainLinkOptionsQuery, ChainLinkOptionsQueryVariables>;
export const ChainEnterprisesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChainEnterprises' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChainDrillFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chainEnterprises' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'localStockSince' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChainEnterprisesQuery, ChainEnterprisesQueryVariables>;
export const ChainLeadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChainLeads' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChainDrillFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chainLeads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'owner' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChainLeadsQuery, ChainLeadsQueryVariables>;
export const ChainReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChainReferrals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChainDrillFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chainReferrals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChainReferralsQuery, ChainReferralsQueryVariables>;
export const ChainInvestmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChainInvestments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChainDrillFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chainInvestments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'enterpriseName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChainInvestmentsQuery, ChainInvestmentsQueryVariables>;
export const ChainTargetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChainTargets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChainDrillFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chainTargets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'owner' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'lead' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'link' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChainTargetsQuery, ChainTargetsQueryVariables>;
export const ChainListExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChainListExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChainListKind' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChainDrillFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chainListExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChainListExportQuery, ChainListExportQueryVariables>;
export const AddTargetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddTarget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddTargetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addTarget' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddTargetMutation, AddTargetMutationVariables>;
export const ConvertTargetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConvertTarget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConvertTargetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'convertTarget' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lead' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConvertTargetMutation, ConvertTargetMutationVariables>;
export const SupplyChainEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupplyChainEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SupplyChainFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplyChainEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'supplies' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'organizationName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'local' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'link' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupplyChainEntriesQuery, SupplyChainEntriesQueryVariables>;
export const SaveSupplyChainEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveSupplyChainEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveSupplyChainEntryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveSupplyChainEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveSupplyChainEntryMutation, SaveSupplyChainEntryMutationVariables>;
export const DeleteSupplyChainEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteSupplyChainEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteSupplyChainEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteSupplyChainEntryMutation, DeleteSupplyChainEntryMutationVariables>;
export const PlaceOnLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlaceOnLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaceOnLinkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placeOnLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceOnLinkMutation, PlaceOnLinkMutationVariables>;
export const RemoveFromLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveFromLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaceOnLinkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeFromLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveFromLinkMutation, RemoveFromLinkMutationVariables>;
export const PlaceableEnterprisesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlaceableEnterprises' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprises' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceableEnterprisesQuery, PlaceableEnterprisesQueryVariables>;
export const PlaceableLeadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlaceableLeads' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceableLeadsQuery, PlaceableLeadsQueryVariables>;
export const PlaceableProjectsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlaceableProjects' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projects' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceableProjectsQuery, PlaceableProjectsQueryVariables>;
export const ChainLinksAdminDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChainLinksAdmin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'segmentCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chainLinks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'segmentCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'segmentCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeRetired' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chainSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'minEnterprises' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minExpectedOutput' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChainLinksAdminQuery, ChainLinksAdminQueryVariables>;
export const AddChainLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddChainLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddChainLinkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addChainLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddChainLinkMutation, AddChainLinkMutationVariables>;
export const UpdateChainLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateChainLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateChainLinkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateChainLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateChainLinkMutation, UpdateChainLinkMutationVariables>;
export const RetireChainLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetireChainLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retireChainLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetireChainLinkMutation, RetireChainLinkMutationVariables>;
export const UpdateChainSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateChainSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateChainSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateChainSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'minEnterprises' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minExpectedOutput' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateChainSettingsMutation, UpdateChainSettingsMutationVariables>;
export const RecordChainLinksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecordChainLinks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'entityType' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChainEntityType' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'entityId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chainPlacements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityType' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entityType' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entityId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'link' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestedChainLinks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityType' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entityType' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entityId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordChainLinksQuery, RecordChainLinksQueryVariables>;
export const RemovePlacementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemovePlacement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removePlacement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemovePlacementMutation, RemovePlacementMutationVariables>;
export const PlaceableInvestmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlaceableInvestments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'enterpriseIds' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'investments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'enterpriseIds' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'enterpriseIds' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'enterpriseName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'fund' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceableInvestmentsQuery, PlaceableInvestmentsQueryVariables>;
export const PlaceableReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlaceableReferrals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referrals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceableReferralsQuery, PlaceableReferralsQueryVariables>;
export const ExportSupplyChainEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportSupplyChainEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SupplyChainFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplyChainEntriesExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportSupplyChainEntriesQuery, ExportSupplyChainEntriesQueryVariables>;
export const DashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Dashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DashboardFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dashboard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DashboardPeriodFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pipeline' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'open' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'openPlannedInvestment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'openByStage' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'leads' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'plannedInvestment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'AmountFigureFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'funnel' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'conversionToNext' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'reached' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stageDurations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'medianDays' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'leads' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lost' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lostByReason' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'leads' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'landing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'signed' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectTallyFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'landed' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectTallyFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byMonth' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LandingPeriodFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byQuarter' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LandingPeriodFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byYear' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LandingPeriodFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byIndustry' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LandingGroupFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bySegment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LandingGroupFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byChannel' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LandingGroupFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byPartner' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'IntValue', value: '10' },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LandingGroupFields' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byTown' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LandingGroupFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byPark' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LandingGroupFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'leadingIndustries' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'industryCodes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'projectShare' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contractInvestmentShare' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'landed' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ProjectTallyFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'overdue' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'atRisk' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'averageDaysLate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'onTime' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'onTimeRate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'averageDaysLate' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'done' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'onTime' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'late' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'mostDelayed' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'drill' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'referrals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralFunnelFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byKind' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'filed' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'accepted' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'signed' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'landed' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'organizationCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byOrganization' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'IntValue', value: '10' },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'organizationName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'filed' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'accepted' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'signed' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'landed' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rewardsDue' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rewardsSuggested' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rewardsAwarded' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rewardsAwardedAmount' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TargetProgressFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DrillFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Drill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AmountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectTallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectTally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projects' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contractInvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plannedFixedAssetInvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actualFixedAssetInvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expectedOutput' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DashboardPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DashboardPeriodView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'historical' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LandingPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LandingPeriodRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectTallyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'landed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectTallyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LandingGroupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LandingGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'landed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectTallyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralFunnelFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralFunnelFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'filed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accepted' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'landed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TargetProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TargetProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accumulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetUpdatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetUpdatedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'met' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yearElapsed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastEntry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enteredByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enteredAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardFundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DashboardFunds' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dashboard' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'obligation' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pending' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmountFigureFields' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'countedInvestments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pendingInvestments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'leverageScale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'governmentContribution' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sciTechProjects' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CountFigureFields' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'fundCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'funds' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'IntValue', value: '10' },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'obligation' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'counted' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'AmountFigureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'pending' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'AmountFigureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'countedInvestments' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'pendingInvestments' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CountFigureFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DrillFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Drill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AmountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CountFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CountFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DrillFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardFundsQuery, DashboardFundsQueryVariables>;
export const ExportDashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportDashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DashboardFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dashboardExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportDashboardQuery, ExportDashboardQueryVariables>;
export const SetTargetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetTarget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetTargetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTarget' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TargetProgressFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TargetProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TargetProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accumulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetUpdatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetUpdatedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'met' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yearElapsed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastEntry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enteredByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enteredAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetTargetMutation, SetTargetMutationVariables>;
export const RecordTargetActualDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordTargetActual' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordTargetActualInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordTargetActual' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TargetProgressFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TargetProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TargetProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accumulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetUpdatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetUpdatedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'met' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yearElapsed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastEntry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enteredByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enteredAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordTargetActualMutation, RecordTargetActualMutationVariables>;
export const EnterprisesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Enterprises' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EnterpriseFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprises' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnterpriseRow' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnterpriseRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enterprise' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headquartersCity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterprisesQuery, EnterprisesQueryVariables>;
export const EnterpriseOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnterpriseOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprises' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseOptionsQuery, EnterpriseOptionsQueryVariables>;
export const EnterpriseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Enterprise' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnterpriseDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leads' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'owner' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'auditTrail' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEntryFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnterpriseRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enterprise' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headquartersCity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnterpriseDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enterprise' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnterpriseRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'legalRepresentative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'foundedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStockSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseQuery, EnterpriseQueryVariables>;
export const CreateEnterpriseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateEnterprise' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateEnterpriseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createEnterprise' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnterpriseDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnterpriseRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enterprise' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headquartersCity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnterpriseDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enterprise' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnterpriseRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'legalRepresentative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'foundedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStockSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>;
export const UpdateEnterpriseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateEnterprise' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateEnterpriseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEnterprise' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnterpriseDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnterpriseRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enterprise' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headquartersCity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnterpriseDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enterprise' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnterpriseRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'legalRepresentative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'foundedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStockSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const MergeEnterprisesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MergeEnterprises' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MergeEnterprisesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergeEnterprises' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnterpriseDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnterpriseRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enterprise' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headquartersCity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnterpriseDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enterprise' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnterpriseRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'legalRepresentative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'foundedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStockSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MergeEnterprisesMutation, MergeEnterprisesMutationVariables>;
export const ExportEnterprisesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportEnterprises' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EnterpriseFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprisesExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportEnterprisesQuery, ExportEnterprisesQueryVariables>;
export const FundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Funds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FundFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FundOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funds' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundRow' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'multiple' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countSubsidiary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subsidiaryCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countReferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referredCoefficient' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'obligation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pipeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Fund' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'size' } },
          { kind: 'Field', name: { kind: 'Name', value: 'governmentContribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vintageDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'manager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentRuleFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reinvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentProgressFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FundsQuery, FundsQueryVariables>;
export const FundTotalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FundTotals' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundTotals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'leverageScale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'governmentContribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'funds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sciTechProjects' } },
                { kind: 'Field', name: { kind: 'Name', value: 'obligation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FundTotalsQuery, FundTotalsQueryVariables>;
export const FundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Fund' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'multiple' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countSubsidiary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subsidiaryCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countReferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referredCoefficient' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'obligation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pipeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Fund' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'size' } },
          { kind: 'Field', name: { kind: 'Name', value: 'governmentContribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vintageDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'manager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentRuleFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reinvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentProgressFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentLandingProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Investment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recognition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerLedgerLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentLedgerLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'investmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LedgerLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentLedgerLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerLedgerLineFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Fund' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerOrganizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'termYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusSegmentCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusIndustryCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ruleHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rule' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentRuleFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'investments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentRow' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ledger' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LedgerLineFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FundQuery, FundQueryVariables>;
export const ExportFundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportFunds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FundFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FundOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundsExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportFundsQuery, ExportFundsQueryVariables>;
export const ExportFundLedgerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportFundLedger' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fundId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundLedgerExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fundId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fundId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportFundLedgerQuery, ExportFundLedgerQueryVariables>;
export const CreateFundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateFund' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateFundInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createFund' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'multiple' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countSubsidiary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subsidiaryCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countReferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referredCoefficient' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'obligation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pipeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Fund' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'size' } },
          { kind: 'Field', name: { kind: 'Name', value: 'governmentContribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vintageDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'manager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentRuleFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reinvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentProgressFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentLandingProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Investment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recognition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerLedgerLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentLedgerLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'investmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LedgerLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentLedgerLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerLedgerLineFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Fund' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerOrganizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'termYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusSegmentCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusIndustryCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ruleHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rule' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentRuleFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'investments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentRow' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ledger' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LedgerLineFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateFundMutation, CreateFundMutationVariables>;
export const UpdateFundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateFund' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateFundInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateFund' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'multiple' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countSubsidiary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subsidiaryCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countReferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referredCoefficient' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'obligation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pipeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Fund' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'size' } },
          { kind: 'Field', name: { kind: 'Name', value: 'governmentContribution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leverage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vintageDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'manager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentRuleFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reinvestment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentProgressFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentLandingProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Investment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recognition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerLedgerLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentLedgerLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'investmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LedgerLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentLedgerLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerLedgerLineFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Fund' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerOrganizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'termYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusSegmentCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusIndustryCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ruleHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rule' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentRuleFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'investments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentRow' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ledger' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LedgerLineFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateFundMutation, UpdateFundMutationVariables>;
export const MyFundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyFunds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FundFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funds' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'governmentContribution' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'rule' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ReinvestmentRuleFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'reinvestment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ReinvestmentProgressFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'multiple' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countSubsidiary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subsidiaryCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countReferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referredCoefficient' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'obligation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pipeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyFundsQuery, MyFundsQueryVariables>;
export const MyFundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyFund' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'governmentContribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leverage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vintageDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rule' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentRuleFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reinvestment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReinvestmentProgressFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ledger' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerLedgerLineFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'multiple' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countLocal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countSubsidiary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subsidiaryCoefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countReferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referredCoefficient' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReinvestmentProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'obligation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pipeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerLedgerLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinvestmentLedgerLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'investmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyFundQuery, MyFundQueryVariables>;
export const FundManagerOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FundManagerOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'active' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'FUND_MANAGER' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FundManagerOptionsQuery, FundManagerOptionsQueryVariables>;
export const InvestmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Investments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvestmentFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvestmentOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'investments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentRow' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentLandingProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Investment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recognition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvestmentsQuery, InvestmentsQueryVariables>;
export const InvestmentEnterpriseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvestmentEnterprise' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leads' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'project' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvestmentEnterpriseQuery, InvestmentEnterpriseQueryVariables>;
export const InvestmentProjectOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvestmentProjectOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projects' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'enterprise' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvestmentProjectOptionsQuery, InvestmentProjectOptionsQueryVariables>;
export const RecordInvestmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordInvestment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordInvestmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordInvestment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentLandingProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Investment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recognition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordInvestmentMutation, RecordInvestmentMutationVariables>;
export const UpdateInvestmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateInvestment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateInvestmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateInvestment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentLandingProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvestmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Investment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recognition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvestmentLandingProject' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateInvestmentMutation, UpdateInvestmentMutationVariables>;
export const ExportInvestmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportInvestments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvestmentFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'investmentsExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportInvestmentsQuery, ExportInvestmentsQueryVariables>;
export const LeadImportTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LeadImportTemplate' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leadImportTemplate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadImportTemplateQuery, LeadImportTemplateQueryVariables>;
export const ExportLeadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportLeads' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportLeads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportLeadsQuery, ExportLeadsQueryVariables>;
export const ImportLeadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportLeads' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportLeadsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importLeads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enterprisesCreated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leadsCreated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leadsSkipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorReportBase64' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'preview' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'enterpriseName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'segmentName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'channelLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedSigningOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newEnterprise' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'duplicate' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportLeadsMutation, ImportLeadsMutationVariables>;
export const StartLeadImportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartLeadImport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartLeadImportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startLeadImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadImportFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadImportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterprisesCreated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadsCreated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadsSkipped' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasErrorReport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartLeadImportMutation, StartLeadImportMutationVariables>;
export const LeadImportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LeadImport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leadImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadImportFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadImportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterprisesCreated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadsCreated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadsSkipped' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasErrorReport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadImportQuery, LeadImportQueryVariables>;
export const LeadImportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LeadImports' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadImportFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leadImports' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadImportFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadImportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterprisesCreated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadsCreated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadsSkipped' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasErrorReport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadImportsQuery, LeadImportsQueryVariables>;
export const LeadImportErrorReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LeadImportErrorReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leadImportErrorReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadImportErrorReportQuery, LeadImportErrorReportQueryVariables>;
export const MyFollowUpsDueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyFollowUpsDue' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myFollowUpsDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lead' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'enterprise' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStepDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStepDone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyFollowUpsDueQuery, MyFollowUpsDueQueryVariables>;
export const AddFollowUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddFollowUpInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addFollowUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStepDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStepDone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddFollowUpMutation, AddFollowUpMutationVariables>;
export const CompleteFollowUpStepDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteFollowUpStep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompleteFollowUpStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeFollowUpStep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextStepDone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteFollowUpStepMutation, CompleteFollowUpStepMutationVariables>;
export const LeadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Leads' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stageSummary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StageSummaryFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StageSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StageSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedSigningOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadsQuery, LeadsQueryVariables>;
export const LeadBoardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LeadBoard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'NEW' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'CONTACTED' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'VISITED' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'NEGOTIATING' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'APPROVED' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'SIGNED' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ON_HOLD' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'LOST' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeadFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'NEW' },
            name: { kind: 'Name', value: 'leads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'NEW' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stageSummary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StageSummaryFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'CONTACTED' },
            name: { kind: 'Name', value: 'leads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'CONTACTED' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'VISITED' },
            name: { kind: 'Name', value: 'leads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'VISITED' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'NEGOTIATING' },
            name: { kind: 'Name', value: 'leads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'NEGOTIATING' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'APPROVED' },
            name: { kind: 'Name', value: 'leads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'APPROVED' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'SIGNED' },
            name: { kind: 'Name', value: 'leads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'SIGNED' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'ON_HOLD' },
            name: { kind: 'Name', value: 'leads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ON_HOLD' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'LOST' },
            name: { kind: 'Name', value: 'leads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'LOST' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StageSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StageSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedSigningOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadBoardQuery, LeadBoardQueryVariables>;
export const LeadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Lead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadDetail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stageChanges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromStage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'auditTrail' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEntryFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedSigningOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceOrganizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStepDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStepDone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadQuery, LeadQueryVariables>;
export const OwnerOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OwnerOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'active' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OwnerOptionsQuery, OwnerOptionsQueryVariables>;
export const CreateLeadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateLead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateLeadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createLead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedSigningOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceOrganizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const UpdateLeadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateLead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateLeadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateLead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedSigningOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segmentCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceOrganizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fundId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fund' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'townCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const MoveLeadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveLead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveLeadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveLead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageChangedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoveLeadMutation, MoveLeadMutationVariables>;
export const BulkAssignLeadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkAssignLeads' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkAssignLeadsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkAssignLeads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedSigningOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkAssignLeadsMutation, BulkAssignLeadsMutationVariables>;
export const BulkMoveLeadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkMoveLeads' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkMoveLeadsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkMoveLeads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedSigningOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkMoveLeadsMutation, BulkMoveLeadsMutationVariables>;
export const BulkTagLeadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkTagLeads' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkTagLeadsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkTagLeads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedSigningOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkTagLeadsMutation, BulkTagLeadsMutationVariables>;
export const BulkUntagLeadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkUntagLeads' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkTagLeadsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkUntagLeads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeadCard' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeadCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Lead' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedSigningOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tagCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkUntagLeadsMutation, BulkUntagLeadsMutationVariables>;
export const NotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'params' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'milestone' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'recordKind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadNotificationCount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } }],
      },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MarkNotificationReadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkAllNotificationsRead' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'markAllNotificationsRead' } }],
      },
    },
  ],
} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const PoliciesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Policies' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'policies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualifiedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchJob' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Policy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyItemFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PoliciesQuery, PoliciesQueryVariables>;
export const CreatePolicyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePolicy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePolicyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPolicy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualifiedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchJob' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Policy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyItemFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePolicyMutation, CreatePolicyMutationVariables>;
export const UpdatePolicyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePolicy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePolicyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePolicy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualifiedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchJob' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Policy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyItemFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePolicyMutation, UpdatePolicyMutationVariables>;
export const CreatePolicyItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePolicyItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePolicyItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPolicyItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualifiedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchJob' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePolicyItemMutation, CreatePolicyItemMutationVariables>;
export const UpdatePolicyItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePolicyItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePolicyItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePolicyItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualifiedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchJob' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePolicyItemMutation, UpdatePolicyItemMutationVariables>;
export const RetirePolicyItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetirePolicyItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RetirePolicyItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retirePolicyItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualifiedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchJob' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetirePolicyItemMutation, RetirePolicyItemMutationVariables>;
export const PolicyPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PolicyPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyPreviewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'policyPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'qualifiedCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'projects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'project' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PolicyPreviewQuery, PolicyPreviewQueryVariables>;
export const ProjectPolicyMatchesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectPolicyMatches' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'policyMatches' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyMatchFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyMatchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectPolicyMatchesQuery, ProjectPolicyMatchesQueryVariables>;
export const EnterprisePolicyMatchesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnterprisePolicyMatches' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'policyEstimate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'policyMatches' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyMatchFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyMatchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterprisePolicyMatchesQuery, EnterprisePolicyMatchesQueryVariables>;
export const PolicyQualifiedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PolicyQualified' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyQualifiedFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'policyQualified' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'since' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PolicyMatchFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PolicyMatchFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PolicyQualifiedQuery, PolicyQualifiedQueryVariables>;
export const PolicyQualifiedExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PolicyQualifiedExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PolicyQualifiedFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'policyQualifiedExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'since' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PolicyQualifiedExportQuery, PolicyQualifiedExportQueryVariables>;
export const ExportPoliciesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportPolicies' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'policiesExport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportPoliciesQuery, ExportPoliciesQueryVariables>;
export const ProjectsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Projects' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projects' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectRow' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextMilestone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'park' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Project' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextMilestone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'park' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedTax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'siteSupplyMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceTenure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industrialHighRise' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'policyItemId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'policyItem' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grantedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectQuery, ProjectQueryVariables>;
export const MilestoneTemplatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MilestoneTemplates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestoneTemplates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'projectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'optional' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MilestoneTemplatesQuery, MilestoneTemplatesQueryVariables>;
export const MilestoneAlertsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MilestoneAlerts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestoneAlerts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdueCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'milestone' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'project' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'enterprise' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'owner' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MilestoneAlertsQuery, MilestoneAlertsQueryVariables>;
export const RecordMilestoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordMilestone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordMilestoneInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordMilestone' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextMilestone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'park' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedTax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'siteSupplyMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceTenure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industrialHighRise' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'policyItemId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'policyItem' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grantedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMilestoneMutation, RecordMilestoneMutationVariables>;
export const PlanMilestoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanMilestone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanMilestoneInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planMilestone' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextMilestone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'park' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedTax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'siteSupplyMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceTenure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industrialHighRise' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'policyItemId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'policyItem' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grantedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanMilestoneMutation, PlanMilestoneMutationVariables>;
export const UpdateProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProjectInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProject' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextMilestone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'park' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedTax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'siteSupplyMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceTenure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industrialHighRise' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'policyItemId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'policyItem' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grantedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const SaveProjectSupportItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveProjectSupportItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveSupportItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveProjectSupportItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextMilestone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'park' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedTax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'siteSupplyMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceTenure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industrialHighRise' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'policyItemId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'policyItem' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grantedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveProjectSupportItemMutation, SaveProjectSupportItemMutationVariables>;
export const RemoveProjectSupportItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveProjectSupportItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveSupportItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeProjectSupportItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextMilestone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'park' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'town' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMilestoneFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredCapital' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualFixedAssetInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedTax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'siteSupplyMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceTenure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industrialHighRise' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobsPlanned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'policyItemId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'policyItem' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grantedAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveProjectSupportItemMutation, RemoveProjectSupportItemMutationVariables>;
export const ExportProjectsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportProjects' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportProjects' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportProjectsQuery, ExportProjectsQueryVariables>;
export const PolicyItemOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PolicyItemOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'policies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PolicyItemOptionsQuery, PolicyItemOptionsQueryVariables>;
export const MyReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyReferrals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referrals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralRow' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyReferralsQuery, MyReferralsQueryVariables>;
export const ReviewQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewQueue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referrals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralRow' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'review' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'organization' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const MyReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralFacts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'leadStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligibleOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyReferralQuery, MyReferralQueryVariables>;
export const ReferralForReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralForReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralFacts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'review' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'filedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'decidedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conflictWith' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralRow' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'review' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'organization' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'matchedLead' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'owner' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'enterprise' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sourceOrganization' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lead' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'leadStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligibleOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralForReviewQuery, ReferralForReviewQueryVariables>;
export const ReferralCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralCounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byStatus' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralCountsQuery, ReferralCountsQueryVariables>;
export const ReferralCheckDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralCheck' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'companyName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'creditCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralCheck' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'companyName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'companyName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'creditCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'creditCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralCheckQuery, ReferralCheckQueryVariables>;
export const ReferralAttachmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralAttachment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralAttachment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralAttachmentQuery, ReferralAttachmentQueryVariables>;
export const FileReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FileReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'FileReferralInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fileReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FileReferralMutation, FileReferralMutationVariables>;
export const AcceptReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptReferralInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralFacts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'leadStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligibleOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const RejectReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RejectReferralInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralFacts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'leadStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligibleOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectReferralMutation, RejectReferralMutationVariables>;
export const AwardReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AwardReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AwardReferralInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awardReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralFacts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedInvestment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'landNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'leadStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'landedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualDate' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligibleOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AwardReferralMutation, AwardReferralMutationVariables>;
export const MyRewardsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyRewards' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralRewards' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralRow' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eligibleOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rewardedOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyRewardsQuery, MyRewardsQueryVariables>;
export const OrganizationReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganizationReferrals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certifiedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contractStartsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contractEndsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'segmentCodes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'referralFunnel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'filed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accepted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'landed' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralRewards' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralRow' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eligibleOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suggestedAmount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rewardedOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protectedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationReferralsQuery, OrganizationReferralsQueryVariables>;
export const ReferralSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'protectionDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardMilestone' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rewardTiers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'minInvestment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'perMille' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardCap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralSettingsQuery, ReferralSettingsQueryVariables>;
export const UpdateReferralSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReferralSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateReferralSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReferralSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'protectionDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardMilestone' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rewardTiers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'minInvestment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'perMille' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardCap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReferralSettingsMutation, UpdateReferralSettingsMutationVariables>;
export const ExportReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportReferrals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralsExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportReferralsQuery, ExportReferralsQueryVariables>;
export const BulkRejectReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkRejectReferrals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkRejectReferralsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkRejectReferrals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkRejectReferralsMutation, BulkRejectReferralsMutationVariables>;
export const GlobalSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GlobalSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'globalSearch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasMore' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GlobalSearchQuery, GlobalSearchQueryVariables>;
export const FundOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FundOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funds' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'manager' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FundOptionsQuery, FundOptionsQueryVariables>;
export const MilestoneNamesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MilestoneNames' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestoneTemplates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'projectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MilestoneNamesQuery, MilestoneNamesQueryVariables>;
export const ParkOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParkOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'townCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParkOptionsQuery, ParkOptionsQueryVariables>;
export const ReferenceOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferenceOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'industries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'segments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tags' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferenceOptionsQuery, ReferenceOptionsQueryVariables>;
export const SavedViewsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SavedViews' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'listKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'savedViews' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'listKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'listKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SavedViewRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SavedViewRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SavedView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'listKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'filters' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'columns' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'density' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageSize' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SavedViewsQuery, SavedViewsQueryVariables>;
export const CreateSavedViewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSavedView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateSavedViewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSavedView' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SavedViewRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SavedViewRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SavedView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'listKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'filters' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'columns' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'density' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageSize' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSavedViewMutation, CreateSavedViewMutationVariables>;
export const UpdateSavedViewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSavedView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSavedViewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSavedView' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SavedViewRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SavedViewRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SavedView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'listKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'filters' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'columns' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sort' } },
                { kind: 'Field', name: { kind: 'Name', value: 'density' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageSize' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSavedViewMutation, UpdateSavedViewMutationVariables>;
export const DeleteSavedViewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteSavedView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteSavedView' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteSavedViewMutation, DeleteSavedViewMutationVariables>;
