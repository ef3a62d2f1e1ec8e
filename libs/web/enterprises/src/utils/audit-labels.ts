import type { MessageKey } from '@lianzhao/web-ui';

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
