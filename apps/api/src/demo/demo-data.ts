import type { INestApplication } from '@nestjs/common';
import type { OrganizationKind, Role } from '@lianzhao/domain';
import { RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { OrganizationsService, User, UsersService } from '@lianzhao/api-users';
import { seedDemoProjects } from './demo-projects';
import { seedDemoReferrals } from './demo-referrals';

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
];

const USERS: DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', role: 'ADMIN' },
  { username: 'officer', displayName: '张招商', role: 'OFFICER' },
  { username: 'officer2', displayName: '陈招商', role: 'OFFICER' },
  { username: 'leader', displayName: '刘主任', role: 'LEADER' },
  { username: 'partner', displayName: '王链主', role: 'PARTNER', organization: 'chain' },
  { username: 'partner2', displayName: '李平台', role: 'PARTNER', organization: 'platform' },
];

/**
 * Demo mode: an empty database gets the demo accounts (all with password `lianzhao-demo`) and the
 * two partner organisations they belong to, created through the same services and rules as any
 * admin-created account. A database that already has users is left alone.
 */
export async function seedDemoData(app: INestApplication): Promise<string[]> {
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
    return USERS.map((u) => u.username);
  });
}
