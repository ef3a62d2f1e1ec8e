import type { MessageKey, ReferenceOptions } from '@lianzhao/web-ui';

/** Audited enterprise columns (and its contacts) and the form labels users know them by. */
export const ENTERPRISE_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  name: 'enterprises.name',
  creditCode: 'enterprises.creditCode',
  legalRepresentative: 'enterprises.legalRepresentative',
  registeredCapital: 'enterprises.registeredCapital',
  foundedOn: 'enterprises.foundedOn',
  headquartersCity: 'enterprises.headquartersCity',
  address: 'enterprises.address',
  industryCode: 'enterprises.industry',
  segmentCode: 'enterprises.segment',
  tagCodes: 'enterprises.tags',
  website: 'enterprises.website',
  contacts: 'enterprises.contacts',
};

/** Names of reference entries, as `pick` shows them in the user's language. */
type NamePicker = (entry: { name: string; nameEn: string }) => string;

/**
 * How the trail shows a stored reference code: its name, never the code itself (BEAUTY_HEALTH),
 * retired entries included. Tag lists are stored as codes joined by 、. Other fields as stored.
 */
export function referenceValueLabel(
  field: string,
  value: string,
  reference: Pick<ReferenceOptions, 'industries' | 'tags'>,
  pick: NamePicker,
): string {
  const nameOf = (entries: readonly { code: string; name: string; nameEn: string }[], code: string) => {
    const entry = entries.find((e) => e.code === code);
    return entry ? pick(entry) : code;
  };
  if (field === 'industryCode') return nameOf(reference.industries, value);
  if (field === 'segmentCode') return nameOf(reference.industries.flatMap((i) => i.segments), value);
  if (field === 'tagCodes') return value.split('、').map((code) => nameOf(reference.tags, code)).join('、');
  return value;
}
