import type { LocalizedLabel } from './labels';

/**
 * The lead pipeline of DOMAIN.md: 线索 → 初步接洽 → 实地考察 → 深度洽谈 → 过会 → 签约, with 暂缓 and
 * 流失 reachable from any open stage. The server refuses a move this table does not allow and
 * the board greys out the columns a card cannot go to, both from this one table.
 */
export const LEAD_STAGES = ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'SIGNED', 'ON_HOLD', 'LOST'] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

/** The forward path, in order; ON_HOLD and LOST sit beside it. */
export const PIPELINE_PATH: readonly LeadStage[] = ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'SIGNED'];

export const LEAD_STAGE_LABELS: Readonly<Record<LeadStage, LocalizedLabel>> = {
  NEW: { zh: '线索', en: 'New' },
  CONTACTED: { zh: '初步接洽', en: 'Contacted' },
  VISITED: { zh: '实地考察', en: 'Site visit' },
  NEGOTIATING: { zh: '深度洽谈', en: 'Negotiating' },
  APPROVED: { zh: '过会', en: 'Approved' },
  SIGNED: { zh: '签约', en: 'Signed' },
  ON_HOLD: { zh: '暂缓', en: 'On hold' },
  LOST: { zh: '流失', en: 'Lost' },
};

/** Stages a lead is still being worked in. SIGNED and LOST are closed. */
export const OPEN_STAGES: readonly LeadStage[] = ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'ON_HOLD'];

/** Moves that must say why. */
export const STAGES_NEEDING_REASON: readonly LeadStage[] = ['ON_HOLD', 'LOST'];

export function isLeadStage(value: unknown): value is LeadStage {
  return typeof value === 'string' && (LEAD_STAGES as readonly string[]).includes(value);
}

/**
 * 过会 is the gate the funnel statistics count: 签约 is reached from it and from nowhere else.
 * Leads signed before this rule keep their stage; only new moves are checked.
 */
export const SIGNING_GATE: LeadStage = 'APPROVED';

/**
 * Where a lead in `from` may go. Along the path a lead may skip ahead among the earlier stages
 * (a visit can go straight to 过会) or step back one stage (talks fall back to a visit), but
 * 签约 only follows 过会; from 暂缓 it resumes at any open stage; a lost lead can be reopened as
 * a new lead; a signed one is final.
 */
export function allowedMoves(from: LeadStage): LeadStage[] {
  if (from === 'SIGNED') return [];
  if (from === 'LOST') return ['NEW'];
  if (from === 'ON_HOLD') return ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'LOST'];
  const index = PIPELINE_PATH.indexOf(from);
  const forward = PIPELINE_PATH.slice(index + 1).filter((s) => s !== 'SIGNED' || from === SIGNING_GATE);
  const back = index > 0 ? [PIPELINE_PATH[index - 1]] : [];
  return [...back, ...forward, 'ON_HOLD', 'LOST'];
}

export type MoveCheck = { ok: true } | { ok: false; field: 'stage' | 'reason'; message: string };

/** The rule the server enforces and the board previews, with the message both show. */
export function checkMove(from: LeadStage, to: LeadStage, reason: string | null | undefined): MoveCheck {
  if (from === to) return { ok: false, field: 'stage', message: `线索已处于“${LEAD_STAGE_LABELS[to].zh}”阶段` };
  const allowed = allowedMoves(from);
  if (!allowed.includes(to)) {
    const names = allowed.map((s) => `“${LEAD_STAGE_LABELS[s].zh}”`).join('、');
    return {
      ok: false,
      field: 'stage',
      message: allowed.length
        ? `不能从“${LEAD_STAGE_LABELS[from].zh}”直接转到“${LEAD_STAGE_LABELS[to].zh}”，可转到：${names}`
        : `“${LEAD_STAGE_LABELS[from].zh}”的线索不能再变更阶段`,
    };
  }
  if (STAGES_NEEDING_REASON.includes(to) && !reason?.trim()) {
    return { ok: false, field: 'reason', message: `转为“${LEAD_STAGE_LABELS[to].zh}”须填写原因` };
  }
  return { ok: true };
}

/** 招商渠道 (DOMAIN.md): how a lead came in. */
export const CHANNELS = ['CHAIN', 'PLATFORM', 'FUND', 'BUSINESS', 'RETURN', 'SELF', 'EVENT'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Readonly<Record<Channel, LocalizedLabel>> = {
  CHAIN: { zh: '链式招商', en: 'Chain recruitment' },
  PLATFORM: { zh: '专业招商', en: 'Professional platform' },
  FUND: { zh: '资本招商', en: 'Fund-based' },
  BUSINESS: { zh: '以商引商', en: 'Business referral' },
  RETURN: { zh: '回归注册地经营', en: 'Return to registered seat' },
  SELF: { zh: '自主招商', en: 'Own outreach' },
  EVENT: { zh: '活动/展会', en: 'Event or fair' },
};

/** Channels through which someone brought the lead, so the source partner must be recorded. */
export const PARTNER_CHANNELS: readonly Channel[] = ['CHAIN', 'PLATFORM', 'FUND', 'BUSINESS'];

export const LEAD_GRADES = ['A', 'B', 'C'] as const;
export type LeadGrade = (typeof LEAD_GRADES)[number];

export const FOLLOW_UP_KINDS = ['VISIT', 'CALL', 'INSPECTION', 'TALK', 'MEETING', 'NOTE'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_KIND_LABELS: Readonly<Record<FollowUpKind, LocalizedLabel>> = {
  VISIT: { zh: '走访', en: 'Visit' },
  CALL: { zh: '电话', en: 'Call' },
  INSPECTION: { zh: '考察', en: 'Inspection' },
  TALK: { zh: '洽谈', en: 'Talks' },
  MEETING: { zh: '会议', en: 'Meeting' },
  NOTE: { zh: '备注', en: 'Note' },
};
