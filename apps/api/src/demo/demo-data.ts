import type { INestApplication } from '@nestjs/common';
import type { OrganizationKind, Role } from '@lianzhao/domain';
import { RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { OrganizationsService, User, UsersService } from '@lianzhao/api-users';
import { seedDemoProjects } from './demo-projects';
import { seedDemoReferrals } from './demo-referrals';
import { seedDemoFunds } from './demo-funds';
import { seedDemoChain } from './demo-chain';
import { seedDemoHistory } from './demo-history';

export const DEMO_PASSWORD = 'lianzhao-demo';

interface DemoOrganization {
  key: string;
  name: string;
  kind: OrganizationKind;
  creditCode?: string;
  contactName: string;
  contactPhone: string;
}

interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  organization?: string;
}

const ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'chain',
    name: '上海奉贤新能源汽车链主企业（示例）',
    kind: 'CHAIN_MASTER',
    contactName: '王经理',
    contactPhone: '021-57100001',
  },
  {
    key: 'platform',
    name: '沪南专业招商服务平台（示例）',
    kind: 'PLATFORM',
    contactName: '李经理',
    contactPhone: '021-57100002',
  },
  {
    key: 'fund',
    name: '沪南产业投资基金管理有限公司（示例）',
    kind: 'FUND_MANAGER',
    contactName: '赵经理',
    contactPhone: '021-57100003',
  },
  {
    key: 'fund2',
    name: '奉贤链创私募基金管理有限公司（示例）',
    kind: 'FUND_MANAGER',
    contactName: '孙经理',
    contactPhone: '021-57100004',
  },
];

const USERS: DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', role: 'ADMIN' },
  { username: 'officer', displayName: '张招商', role: 'OFFICER' },
  { username: 'officer2', displayName: '陈招商', role: 'OFFICER' },
  { username: 'leader', displayName: '刘主任', role: 'LEADER' },
  { username: 'partner', displayName: '王链主', role: 'PARTNER', organization: 'chain' },
  { username: 'partner2', displayName: '李平台', role: 'PARTNER', organization: 'platform' },
  { username: 'fundpartner', displayName: '赵基金', role: 'PARTNER', organization: 'fund' },
];

/**
 * Demo mode: an empty database gets the demo accounts (all with password `lianzhao-demo`) and the
 * partner organisations they belong to (and two fund managers with their demo funds), created through the same services and rules as an
 * admin-created account. A database that already has users is left alone. With `history`, two
 * years of an office's history follow (demo-history.ts), for the cockpit.
 */
export async function seedDemoData(
  app: INestApplication,
  options: { history?: boolean } = {},
): Promise<string[]> {
  const connection = app.get(TransactionalConnection);
  const users = app.get(UsersService);
  const organizations = app.get(OrganizationsService);
  return connection.withTransaction(RequestContext.system(), async (ctx) => {
    if ((await connection.getRepository(ctx, User).count()) > 0) return [];
    const orgIds = new Map<string, string>();
    for (const { key, ...input } of ORGANIZATIONS) {
      orgIds.set(key, (await organizations.create(ctx, input)).id);
    }
    for (const user of USERS) {
      await users.create(ctx, {
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        password: DEMO_PASSWORD,
        organizationId: user.organization ? orgIds.get(user.organization) : null,
      });
    }
    await seedDemoProjects(app, ctx);
    await seedDemoReferrals(app, ctx);
    await seedDemoFunds(app, ctx, { guidance: orgIds.get('fund') ?? '', chain: orgIds.get('fund2') ?? '' });
    await seedDemoChain(app, ctx);
    const more = options.history ? await seedDemoHistory(app, ctx) : [];
    return [...USERS.map((u) => u.username), ...more];
  });
}
