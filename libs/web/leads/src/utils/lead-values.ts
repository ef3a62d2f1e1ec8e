import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { PARTNER_CHANNELS, type Channel, type LeadGrade } from '@lianzhao/domain';
import type { CreateLeadInput, LeadDetailFragment, UpdateLeadInput } from '@lianzhao/web-data';
import { dateString, optionalDecimal, optionalText } from '@lianzhao/web-ui';

/** What the lead form holds; amounts stay text so that no float ever touches them. */
export interface LeadValues {
  enterpriseId?: string;
  projectName: string;
  segmentCode?: string;
  channel?: Channel;
  sourceOrganizationId?: string;
  /** The fund a 资本招商 lead comes from. */
  fundId?: string;
  ownerId?: string;
  townCode?: string;
  plannedInvestment?: string;
  expectedOutput?: string;
  landNeed?: string;
  spaceNeed?: string;
  expectedSigningOn?: Dayjs | null;
  grade?: LeadGrade;
  notes?: string;
  tagCodes?: string[];
}

export const LEAD_FIELDS = [
  'enterpriseId',
  'projectName',
  'segmentCode',
  'channel',
  'sourceOrganizationId',
  'fundId',
  'ownerId',
  'townCode',
  'plannedInvestment',
  'expectedOutput',
  'landNeed',
  'spaceNeed',
  'expectedSigningOn',
  'grade',
  'notes',
  'tagCodes',
] as const satisfies readonly (keyof LeadValues)[];

/** The server's rule: a 资本招商 lead names the fund it comes from. */
export function needsFund(channel: Channel | undefined): boolean {
  return channel === 'FUND';
}

/** The server's rule: leads someone brought in must name who (来源机构). */
export function needsSourceOrganization(channel: Channel | undefined): boolean {
  return channel !== undefined && PARTNER_CHANNELS.includes(channel);
}

export function toLeadFormValues(lead: LeadDetailFragment): LeadValues {
  return {
    enterpriseId: lead.enterprise.id,
    projectName: lead.projectName,
    segmentCode: lead.segmentCode,
    channel: lead.channel,
    sourceOrganizationId: lead.sourceOrganizationId ?? undefined,
    fundId: lead.fundId ?? undefined,
    ownerId: lead.ownerId,
    townCode: lead.townCode ?? undefined,
    plannedInvestment: lead.plannedInvestment ?? undefined,
    expectedOutput: lead.expectedOutput ?? undefined,
    landNeed: lead.landNeed ?? undefined,
    spaceNeed: lead.spaceNeed ?? undefined,
    expectedSigningOn: lead.expectedSigningOn ? dayjs(lead.expectedSigningOn) : null,
    grade: lead.grade ?? undefined,
    notes: lead.notes ?? undefined,
    tagCodes: [...lead.tagCodes],
  };
}

function common(values: LeadValues) {
  return {
    projectName: values.projectName.trim(),
    segmentCode: values.segmentCode ?? '',
    channel: values.channel ?? 'SELF',
    sourceOrganizationId: values.sourceOrganizationId ?? null,
    // Only a 资本招商 lead names a fund: switching the channel away clears it.
    fundId: needsFund(values.channel) ? (values.fundId ?? null) : null,
    townCode: values.townCode ?? null,
    plannedInvestment: optionalDecimal(values.plannedInvestment),
    expectedOutput: optionalDecimal(values.expectedOutput),
    landNeed: optionalDecimal(values.landNeed),
    spaceNeed: optionalDecimal(values.spaceNeed),
    expectedSigningOn: dateString(values.expectedSigningOn),
    grade: values.grade ?? null,
    notes: optionalText(values.notes),
    tagCodes: values.tagCodes ?? [],
  };
}

/** A new lead; without an owner the server makes the signed-in officer the owner. */
export function toCreateLeadInput(values: LeadValues): CreateLeadInput {
  return { ...common(values), enterpriseId: values.enterpriseId ?? '', ownerId: values.ownerId ?? null };
}

/** Every field is sent, cleared ones as null, so clearing a value in the form clears it. */
export function toUpdateLeadInput(
  values: LeadValues,
  lead: { id: string; version: number },
): UpdateLeadInput {
  return { ...common(values), id: lead.id, version: lead.version, ownerId: values.ownerId ?? null };
}
