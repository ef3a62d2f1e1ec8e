import { checkCreditCode, normalizeCreditCode } from '@lianzhao/domain';
import type { FileReferralInput } from '@lianzhao/web-data';
import { optionalDecimal, optionalText } from '@lianzhao/web-ui';

/** The filing form as antd holds it. */
export interface FileReferralValues {
  companyName: string;
  creditCode?: string;
  segmentCode: string;
  plannedInvestment?: string;
  landNeed?: string;
  spaceNeed?: string;
  timeline?: string;
  contactName: string;
  contactPhone: string;
  notes?: string;
}

export const FILE_REFERRAL_FIELDS = [
  'companyName',
  'creditCode',
  'segmentCode',
  'plannedInvestment',
  'landNeed',
  'spaceNeed',
  'timeline',
  'contactName',
  'contactPhone',
  'notes',
] as const satisfies readonly (keyof FileReferralValues)[];

export function toFileReferralInput(
  values: FileReferralValues,
  attachmentIds: readonly string[] = [],
): FileReferralInput {
  const code = optionalText(values.creditCode);
  return {
    companyName: values.companyName.trim(),
    creditCode: code ? normalizeCreditCode(code) : null,
    segmentCode: values.segmentCode,
    plannedInvestment: optionalDecimal(values.plannedInvestment),
    landNeed: optionalDecimal(values.landNeed),
    spaceNeed: optionalDecimal(values.spaceNeed),
    timeline: optionalText(values.timeline),
    contactName: values.contactName.trim(),
    contactPhone: values.contactPhone.trim(),
    notes: optionalText(values.notes),
    attachmentIds: [...attachmentIds],
  };
}

/**
 * What the duplicate check should ask about: the name as typed and the credit code only once it
 * is valid, so a half-typed code never reports "free" for the wrong key.
 */
export function duplicateCheckKey(
  companyName: string | undefined,
  creditCode: string | undefined,
): { companyName: string; creditCode: string | null } | null {
  const name = companyName?.trim() ?? '';
  const code = creditCode?.trim() ? normalizeCreditCode(creditCode) : '';
  const validCode = code && checkCreditCode(code).ok ? code : null;
  if (name.length < 2 && !validCode) return null;
  return { companyName: name, creditCode: validCode };
}
