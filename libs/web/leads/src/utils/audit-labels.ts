import {
  CHANNEL_LABELS,
  isLeadStage,
  LEAD_STAGE_LABELS,
  type Channel,
  type LocalizedLabel,
} from '@lianzhao/domain';
import type { MessageKey } from '@lianzhao/web-ui';

/**
 * Audited lead columns and the form labels users know them by. Owner and source organisation are
 * left out: the trail stores their ids, which would mean nothing to a reader.
 */
export const LEAD_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  projectName: 'leads.projectName',
  industryCode: 'leads.industry',
  segmentCode: 'leads.segmentShort',
  channel: 'attribution.channel',
  townCode: 'attribution.town',
  plannedInvestment: 'leads.plannedInvestmentWan',
  expectedOutput: 'leads.expectedOutputWan',
  landNeed: 'leads.landNeedMu',
  spaceNeed: 'leads.spaceNeedM2',
  expectedSigningOn: 'leads.expectedSigningOn',
  grade: 'leads.grade',
  notes: 'leads.notes',
  tagCodes: 'leads.tags',
  stage: 'leads.stage',
  // Not a lead column: a follow-up's next step ticked off, which the lead's trail records.
  nextStep: 'followUps.nextStep',
};

interface Named {
  code: string;
  name: string;
  nameEn: string;
}

/** Reference data to name the codes an audit entry stores. */
export interface CodeNames {
  industries: readonly (Named & { segments: readonly Named[] })[];
  places: readonly Named[];
  tags?: readonly Named[];
}

/** A stored code in an audit entry as the label the user knows; other values as stored. */
export function leadValueLabel(field: string, value: string, names: CodeNames): LocalizedLabel | string {
  const named = (items: readonly Named[]) => {
    const item = items.find((i) => i.code === value);
    return item ? { zh: item.name, en: item.nameEn || item.name } : value;
  };
  if (field === 'stage' && isLeadStage(value)) return LEAD_STAGE_LABELS[value];
  if (field === 'channel' && value in CHANNEL_LABELS) return CHANNEL_LABELS[value as Channel];
  if (field === 'industryCode') return named(names.industries);
  if (field === 'segmentCode') return named(names.industries.flatMap((i) => i.segments));
  if (field === 'townCode') return named(names.places);
  if (field === 'tagCodes') {
    // The trail stores the codes joined by 、 (the audit's way with lists).
    const each = value.split('、').map((code) => {
      const tag = names.tags?.find((t) => t.code === code);
      return { zh: tag?.name ?? code, en: tag?.nameEn || tag?.name || code };
    });
    return { zh: each.map((l) => l.zh).join('、'), en: each.map((l) => l.en).join(', ') };
  }
  return value;
}
