import type { INestApplication } from '@nestjs/common';
import { addDays } from '@lianzhao/domain';
import { Clock, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { ReferralDecisionsService, ReferralFilingService } from '@lianzhao/api-referrals';
import { Organization, OrganizationsService, User } from '@lianzhao/api-users';

/**
 * Demo referrals: the chain master leads its segments, the platform has a live contract, and
 * both partners have referrals in different states (protected, accepted into a lead, in
 * conflict with an earlier one, rejected), made through the same service calls as the API's.
 */
export async function seedDemoReferrals(app: INestApplication, ctx: RequestContext): Promise<void> {
  const connection = app.get(TransactionalConnection);
  const organizations = app.get(OrganizationsService);
  const filing = app.get(ReferralFilingService);
  const decisions = app.get(ReferralDecisionsService);
  const today = app.get(Clock).today();
  const users = connection.getRepository(ctx, User);
  const orgs = connection.getRepository(ctx, Organization);

  const chain = await orgs.findOneByOrFail({ kind: 'CHAIN_MASTER' });
  const platform = await orgs.findOneByOrFail({ kind: 'PLATFORM' });
  await organizations.update(ctx, {
    id: chain.id,
    version: chain.version,
    segmentCodes: ['ICV', 'ENERGY_STORAGE'],
  });
  await organizations.update(ctx, {
    id: platform.id,
    version: platform.version,
    certifiedOn: addDays(today, -400),
    contractStartsOn: addDays(today, -365),
    contractEndsOn: addDays(today, 730),
  });

  const as = async (username: string) => {
    const user = await users.findOneByOrFail({ username });
    return new RequestContext(
      {
        id: user.id,
        username,
        displayName: user.displayName,
        role: user.role,
        organizationId: user.organizationId,
      },
      ctx.transaction,
    );
  };
  const partner = await as('partner');
  const partner2 = await as('partner2');
  const officer = await as('officer');

  const base = { contactName: '周先生', contactPhone: '13800000001', timeline: '2026 年内落地' };
  await filing.file(partner, {
    ...base,
    companyName: '上海示例储能科技有限公司',
    segmentCode: 'ENERGY_STORAGE',
    plannedInvestment: '30000',
    landNeed: '50',
  });
  const accepted = await filing.file(partner, {
    ...base,
    companyName: '江苏示例智能网联汽车零部件股份有限公司',
    segmentCode: 'ICV',
    plannedInvestment: '80000',
    notes: '整车厂一级供应商，计划在长三角新建生产基地',
  });
  await decisions.accept(officer, { id: accepted.id, ownerId: officer.user?.id ?? '' });
  await filing.file(partner2, {
    ...base,
    companyName: '杭州示例生物制品有限公司',
    segmentCode: 'BIOLOGICS',
    spaceNeed: '3000',
  });
  await filing.file(partner2, {
    ...base,
    companyName: '上海示例储能科技股份有限公司',
    segmentCode: 'ENERGY_STORAGE',
  });
  const rejected = await filing.file(partner2, {
    ...base,
    companyName: '示例贸易咨询有限公司',
    segmentCode: 'TRADE',
  });
  await decisions.reject(officer, { id: rejected.id, reason: '企业尚无明确投资计划，请待项目成熟后再报备' });
}
