import type { OrganizationKind, Role } from '@lianzhao/domain';
import type { MessageKey } from '../i18n/messages';

export interface MenuEntry {
  /** Route path; for a group, a key that starts every child's path. */
  path: string;
  label: MessageKey;
  /** LEADER reads the pipeline, enterprises, funds and projects without changing them. */
  readOnly?: boolean;
  children?: readonly MenuEntry[];
  /** A partner page only some organisations have (我的基金: fund managers); absent means all. */
  organizationKinds?: readonly OrganizationKind[];
}

const leads: MenuEntry = { path: '/leads', label: 'menu.leads' };
const enterprises: MenuEntry = { path: '/enterprises', label: 'menu.enterprises' };
const referrals: MenuEntry = { path: '/referrals', label: 'menu.referrals' };
const funds: MenuEntry = { path: '/funds', label: 'menu.funds' };
const projects: MenuEntry = { path: '/projects', label: 'menu.projects' };
const policyQualified: MenuEntry = { path: '/policy-qualified', label: 'menu.policyQualified' };
const dashboard: MenuEntry = { path: '/dashboard', label: 'menu.dashboard' };
const chain: MenuEntry = { path: '/chain', label: 'menu.chain' };
const chainOverview: MenuEntry = { path: '/chain-overview', label: 'menu.chainOverview' };
const supplyChain: MenuEntry = {
  path: '/supply-chain',
  label: 'menu.supplyChain',
  organizationKinds: ['CHAIN_MASTER'],
};
const myReferrals: MenuEntry = { path: '/my-referrals', label: 'menu.myReferrals' };
const myFunds: MenuEntry = { path: '/my-funds', label: 'menu.myFunds', organizationKinds: ['FUND_MANAGER'] };
const settings: MenuEntry = {
  path: '/settings',
  label: 'menu.settings',
  children: [
    { path: '/settings/users', label: 'menu.users' },
    { path: '/settings/organizations', label: 'menu.organizations' },
    { path: '/settings/reference', label: 'menu.reference' },
    { path: '/settings/policies', label: 'menu.policies' },
    { path: '/settings/referral-rules', label: 'menu.referralRules' },
    { path: '/settings/sign-ins', label: 'menu.signIns' },
  ],
};

const officer: readonly MenuEntry[] = [leads, enterprises, referrals, funds, projects, chain, policyQualified, dashboard];
const readOnly = (entry: MenuEntry): MenuEntry => ({ ...entry, readOnly: true });

const MENUS: Readonly<Record<Role, readonly MenuEntry[]>> = {
  OFFICER: officer,
  LEADER: [dashboard, chainOverview, ...[leads, enterprises, funds, projects, chain].map(readOnly)],
  PARTNER: [myReferrals, myFunds, supplyChain],
  ADMIN: [...officer, settings],
};

/**
 * The side menu of a role, in display order; a partner's also depends on its organisation's kind
 * (a fund manager follows its funds' 返投 in 我的基金).
 */
export function menuForRole(role: Role, organizationKind?: OrganizationKind | null): readonly MenuEntry[] {
  return MENUS[role].filter(
    (entry) =>
      !entry.organizationKinds ||
      (organizationKind != null && entry.organizationKinds.includes(organizationKind)),
  );
}

/** The menu's pages without their groups: what a role may open, and the home page's quick links. */
export function menuPages(role: Role, organizationKind?: OrganizationKind | null): readonly MenuEntry[] {
  return menuForRole(role, organizationKind).flatMap((entry) => entry.children ?? [entry]);
}

/**
 * Roles whose menu holds this path (or a page under it, for a group path like /settings), for
 * any of their organisations: the route lets the role in, and the API scopes what it shows.
 */
export function rolesForPath(path: string, roles: readonly Role[]): Role[] {
  return roles.filter((role) =>
    MENUS[role]
      .flatMap((entry) => entry.children ?? [entry])
      .some((page) => page.path === path || page.path.startsWith(`${path}/`)),
  );
}

/** Whether a role may open a path: 工作台, one of its menu pages, or a page below one. */
export function canOpen(role: Role, pathname: string, organizationKind?: OrganizationKind | null): boolean {
  return (
    pathname === '/' ||
    menuPages(role, organizationKind).some(
      (page) => pathname === page.path || pathname.startsWith(`${page.path}/`),
    )
  );
}
