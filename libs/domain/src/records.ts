import type { LocalizedLabel } from './labels';
import type { Role } from './roles';

/**
 * The records a user can open on a page of their own: what global search finds and what a
 * notification points to. One rule for where each opens, shared by the API's tests and the web.
 */
export const RECORD_KINDS = ['ENTERPRISE', 'LEAD', 'PROJECT', 'REFERRAL', 'FUND'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_KIND_LABELS: Readonly<Record<RecordKind, LocalizedLabel>> = {
  ENTERPRISE: { zh: '企业', en: 'Enterprises' },
  LEAD: { zh: '线索', en: 'Leads' },
  PROJECT: { zh: '项目', en: 'Projects' },
  REFERRAL: { zh: '报备', en: 'Referrals' },
  FUND: { zh: '基金', en: 'Funds' },
};

/**
 * The kinds of records a role may open at all. A partner's referrals and funds are further
 * limited to its own organisation by the owning context's scope.
 */
export function recordKindsFor(role: Role): readonly RecordKind[] {
  return role === 'PARTNER' ? ['REFERRAL', 'FUND'] : RECORD_KINDS;
}

/** The page a record opens on for this role: partners have their own portal pages. */
export function recordPath(kind: RecordKind, id: string, role: Role): string {
  const partner = role === 'PARTNER';
  switch (kind) {
    case 'ENTERPRISE':
      return `/enterprises/${id}`;
    case 'LEAD':
      return `/leads/${id}`;
    case 'PROJECT':
      return `/projects/${id}`;
    case 'REFERRAL':
      return partner ? `/my-referrals/${id}` : `/referrals/${id}`;
    case 'FUND':
      return partner ? `/my-funds/${id}` : `/funds/${id}`;
  }
}

/** The fewest digits a search term needs to be read as a (part of a) phone number. */
export const PHONE_SEARCH_MIN_DIGITS = 7;

/**
 * The digits of a search term that looks like a phone number (digits with the usual separators:
 * spaces, dashes, brackets, a leading +), or null. Phones are stored as typed ("138-1234-5678",
 * "+86 138…", "(021)57123456"), so search compares digits only, from the end: the term's digits
 * must end the stored number's, which finds a mobile typed with or without +86 and a landline
 * with or without its area code.
 */
export function phoneSearchDigits(term: string): string | null {
  const trimmed = term.trim();
  if (!/^\+?[\d\s\-()]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  return digits.length >= PHONE_SEARCH_MIN_DIGITS ? digits : null;
}

/** What the notification centre tells a user about. */
export const NOTIFICATION_KINDS = [
  'REFERRAL_FILED',
  'REFERRAL_ACCEPTED',
  'REFERRAL_REJECTED',
  'REFERRAL_EXPIRING',
  'MILESTONE_DUE',
  'MILESTONE_OVERDUE',
  'LEAD_ASSIGNED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, LocalizedLabel>> = {
  REFERRAL_FILED: { zh: '新报备', en: 'New referral' },
  REFERRAL_ACCEPTED: { zh: '报备已受理', en: 'Referral accepted' },
  REFERRAL_REJECTED: { zh: '报备未受理', en: 'Referral rejected' },
  REFERRAL_EXPIRING: { zh: '保护期将到期', en: 'Protection ending' },
  MILESTONE_DUE: { zh: '节点将到期', en: 'Milestone due' },
  MILESTONE_OVERDUE: { zh: '节点已逾期', en: 'Milestone overdue' },
  LEAD_ASSIGNED: { zh: '线索分配给您', en: 'Lead assigned to you' },
};

/** Days before a referral's protection ends that its partner is told. */
export const PROTECTION_NOTICE_DAYS = 14;
/** Days before a milestone's planned date that its project's owner is told. */
export const MILESTONE_NOTICE_DAYS = 7;
