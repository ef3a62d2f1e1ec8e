import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { OPEN_STAGES, parseWanYuan, type LeadStage } from '@lianzhao/domain';
import type {
  InvestmentRound,
  InvestmentRowFragment,
  InvestmentStage,
  RecordInvestmentInput,
  UpdateInvestmentInput,
} from '@lianzhao/web-data';

/**
 * The investment form: which lead and project track the company's landing, when the amount
 * invested locally is needed, and the input sent for a new or changed investment.
 */

export interface InvestmentValues {
  enterpriseId?: string;
  amount?: string;
  date?: Dayjs | null;
  round?: InvestmentRound;
  stage?: InvestmentStage;
  leadId?: string | null;
  projectId?: string | null;
  localAmount?: string;
  /** No open lead: create one with channel 资本招商 and this fund as its source. */
  createLead?: boolean;
  leadSegmentCode?: string;
  leadTownCode?: string | null;
  leadOwnerId?: string | null;
}

export const INVESTMENT_FIELDS = [
  'enterpriseId',
  'amount',
  'date',
  'round',
  'stage',
  'leadId',
  'projectId',
  'localAmount',
  'createLead',
  'leadSegmentCode',
  'leadTownCode',
  'leadOwnerId',
] as const satisfies readonly (keyof InvestmentValues)[];

export interface CompanyLead {
  id: string;
  projectName: string;
  stage: LeadStage;
  project?: { id: string; name: string } | null;
}

/**
 * The leads that can track the landing: open ones (the company is still being recruited) and
 * signed ones (their project tracks the milestones). None of them → the form offers a FUND lead.
 */
export function trackingLeads(leads: readonly CompanyLead[]): CompanyLead[] {
  return leads.filter((l) => OPEN_STAGES.includes(l.stage) || l.project);
}

/** The lead the form picks by itself: a signed one with a project first, else the first open one. */
export function defaultLead(leads: readonly CompanyLead[]): CompanyLead | undefined {
  const tracking = trackingLeads(leads);
  return tracking.find((l) => l.project) ?? tracking[0];
}

/**
 * Rule 2 (subsidiary): a project of another enterprise tracks the local company, and the amount
 * invested into it is then required, as the server requires it.
 */
export function needsLocalAmount(
  enterpriseId: string | undefined,
  project: { enterprise: { id: string } } | null | undefined,
): boolean {
  return Boolean(enterpriseId && project && project.enterprise.id !== enterpriseId);
}

const canonical = (value: string | undefined): string => {
  const parsed = parseWanYuan(value ?? '');
  return parsed.ok ? parsed.value : (value ?? '').trim();
};

const optionalCanonical = (value: string | undefined): string | null =>
  value && value.trim() ? canonical(value) : null;

export function toRecordInvestmentInput(
  fundId: string,
  v: InvestmentValues,
  localAmountNeeded: boolean,
): RecordInvestmentInput {
  return {
    fundId,
    enterpriseId: v.enterpriseId ?? '',
    amount: canonical(v.amount),
    date: v.date ? v.date.format('YYYY-MM-DD') : '',
    round: v.round ?? 'A',
    stage: v.stage ?? 'INTENDED',
    leadId: v.createLead ? null : (v.leadId ?? null),
    projectId: v.createLead ? null : (v.projectId ?? null),
    localAmount: localAmountNeeded ? optionalCanonical(v.localAmount) : null,
    ...(v.createLead && {
      createLead: {
        segmentCode: v.leadSegmentCode ?? '',
        townCode: v.leadTownCode ?? null,
        ownerId: v.leadOwnerId ?? null,
      },
    }),
  };
}

export function toInvestmentFormValues(i: InvestmentRowFragment): InvestmentValues {
  return {
    enterpriseId: i.enterpriseId,
    amount: i.amount,
    date: dayjs(i.date),
    round: i.round,
    stage: i.stage,
    leadId: i.leadId,
    projectId: i.projectId,
    localAmount: i.localAmount ?? undefined,
  };
}

export function toUpdateInvestmentInput(
  i: InvestmentRowFragment,
  v: InvestmentValues,
  localAmountNeeded: boolean,
): UpdateInvestmentInput {
  return {
    id: i.id,
    version: i.version,
    amount: canonical(v.amount),
    date: v.date ? v.date.format('YYYY-MM-DD') : undefined,
    round: v.round,
    stage: v.stage,
    leadId: v.leadId ?? null,
    projectId: v.projectId ?? null,
    localAmount: localAmountNeeded ? optionalCanonical(v.localAmount) : null,
  };
}
