/* The audit trail's view of an enterprise: edits and merges compare records the same way. */
import type { Enterprise } from './enterprise.entity';
import type { EnterpriseContact } from './enterprise-contact.entity';

export const ENTERPRISE = 'Enterprise';

/** The fields the audit trail follows. */
export const AUDITED: readonly (keyof Enterprise)[] = [
  'name',
  'creditCode',
  'legalRepresentative',
  'registeredCapital',
  'foundedOn',
  'localStockSince',
  'headquartersCity',
  'address',
  'industryCode',
  'segmentCode',
  'tagCodes',
  'website',
];

/** The trail also follows the contacts, which live in their own table. */
export const AUDITED_WITH_CONTACTS: readonly string[] = [...AUDITED, 'contacts'];

/** A contact as one readable line of the trail: 「张三 / 总经理 / 13800001111 / a@b.cn」. */
function contactLine(contact: Pick<EnterpriseContact, 'name' | 'title' | 'phone' | 'email'>): string {
  return [contact.name, contact.title, contact.phone, contact.email].filter(Boolean).join(' / ');
}

/** The record as the trail compares it: its columns and its contacts, one line each. */
export function auditedEnterprise(
  enterprise: Enterprise,
  contacts: readonly EnterpriseContact[],
): Record<string, unknown> {
  return { ...enterprise, contacts: contacts.map(contactLine) };
}
