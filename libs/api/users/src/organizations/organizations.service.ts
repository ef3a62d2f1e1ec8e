import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  badField,
  Clock,
  conflict,
  ListQuery,
  RequestContext,
  type ExcelFile,
  type ListPage,
} from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { ReferenceService } from '@lianzhao/api-reference';
import { contractPeriodProblem } from '@lianzhao/domain';
import { In } from 'typeorm';
import { Organization } from './organization.entity';
import { organizationExportTable } from './organization-export';
import { ORGANIZATION_LIST } from './organization-list';
import { OrganizationSegment } from './organization-segment.entity';
import type {
  CreateOrganizationInput,
  OrganizationExportArgs,
  OrganizationFilter,
  OrganizationListArgs,
  SetOrganizationActiveInput,
  UpdateOrganizationInput,
} from './dto/organization.inputs';
import { User } from '../users/user.entity';

@Injectable()
export class OrganizationsService {
  private readonly organizationList: ListQuery<Organization, OrganizationFilter, 'NAME'>;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reference: ReferenceService,
    clock: Clock,
  ) {
    this.organizationList = new ListQuery(ORGANIZATION_LIST, connection, clock);
  }

  list(ctx: RequestContext, args: OrganizationListArgs): Promise<ListPage<Organization, OrganizationFilter>> {
    return this.organizationList.page(ctx, args);
  }

  /** 导出 Excel of the list under its filter. */
  export(ctx: RequestContext, args: OrganizationExportArgs): Promise<ExcelFile> {
    return this.organizationList.export(ctx, { filter: args.filter }, async (rows) => {
      const counts = await this.userCountLoader(ctx).loadMany(rows.map((o) => o.id));
      const byId = new Map(rows.map((o, i) => [o.id, counts[i]] as const));
      return organizationExportTable((id) => {
        const count = byId.get(id);
        return typeof count === 'number' ? count : 0;
      });
    });
  }

  get(ctx: RequestContext, id: string): Promise<Organization> {
    return this.connection.getById(ctx, Organization, id, '合作机构');
  }

  /** One organisation read afresh (inside a transaction: on its connection), or null. */
  find(ctx: RequestContext, id: string): Promise<Organization | null> {
    return this.connection.getRepository(ctx, Organization).findOneBy({ id });
  }

  /** Batches the organisation look-ups of one request into a single query. */
  loader(ctx: RequestContext): DataLoader<string, Organization | null> {
    return this.connection.byId(ctx, Organization);
  }

  userCountLoader(ctx: RequestContext): DataLoader<string, number> {
    return ctx.loader(
      'organizationUserCount',
      () =>
        new DataLoader<string, number>(async (ids) => {
          const rows = await this.connection
            .getRepository(ctx, User)
            .createQueryBuilder('u')
            .select('u.organization_id', 'id')
            .addSelect('COUNT(*)::int', 'count')
            .where('u.organization_id IN (:...ids)', { ids: [...ids] })
            .groupBy('u.organization_id')
            .getRawMany<{ id: string; count: number }>();
          const byId = new Map(rows.map((r) => [r.id, Number(r.count)]));
          return ids.map((id) => byId.get(id) ?? 0);
        }),
    );
  }

  /** The segment codes each organisation leads, batched per request. */
  segmentCodesLoader(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loader(
      'organizationSegmentCodes',
      () =>
        new DataLoader<string, string[]>(async (ids) => {
          const rows = await this.connection
            .getRepository(ctx, OrganizationSegment)
            .find({ where: { organizationId: In([...ids]) }, order: { segmentCode: 'ASC' } });
          return ids.map((id) => rows.filter((r) => r.organizationId === id).map((r) => r.segmentCode));
        }),
    );
  }

  async create(ctx: RequestContext, input: CreateOrganizationInput): Promise<Organization> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const repo = this.connection.getRepository(tx, Organization);
      await this.assertUnique(tx, input.name, input.creditCode ?? null, null);
      this.assertContract(input.contractStartsOn ?? null, input.contractEndsOn ?? null);
      const saved = await repo.save(
        repo.create({
          name: input.name,
          kind: input.kind,
          creditCode: input.creditCode ?? null,
          contactName: input.contactName ?? null,
          contactPhone: input.contactPhone ?? null,
          notes: input.notes ?? null,
          certifiedOn: input.certifiedOn ?? null,
          contractStartsOn: input.contractStartsOn ?? null,
          contractEndsOn: input.contractEndsOn ?? null,
          active: true,
        }),
      );
      if (input.segmentCodes) await this.replaceSegments(tx, saved.id, input.segmentCodes);
      return saved;
    });
  }

  async update(ctx: RequestContext, input: UpdateOrganizationInput): Promise<Organization> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const current = await this.get(tx, input.id);
      const changes: Partial<Organization> = {};
      if (input.name !== undefined && input.name !== null) changes.name = input.name;
      if (input.kind !== undefined && input.kind !== null) changes.kind = input.kind;
      if (input.creditCode !== undefined) changes.creditCode = input.creditCode;
      if (input.contactName !== undefined) changes.contactName = input.contactName;
      if (input.contactPhone !== undefined) changes.contactPhone = input.contactPhone;
      if (input.notes !== undefined) changes.notes = input.notes;
      if (input.certifiedOn !== undefined) changes.certifiedOn = input.certifiedOn;
      if (input.contractStartsOn !== undefined) changes.contractStartsOn = input.contractStartsOn;
      if (input.contractEndsOn !== undefined) changes.contractEndsOn = input.contractEndsOn;
      this.assertContract(
        changes.contractStartsOn !== undefined ? changes.contractStartsOn : current.contractStartsOn,
        changes.contractEndsOn !== undefined ? changes.contractEndsOn : current.contractEndsOn,
      );
      await this.assertUnique(
        tx,
        changes.name ?? current.name,
        changes.creditCode ?? current.creditCode,
        current.id,
      );
      await this.connection.updateVersioned(tx, Organization, current.id, input.version, changes);
      if (input.segmentCodes) await this.replaceSegments(tx, current.id, input.segmentCodes);
      return this.get(tx, current.id);
    });
  }

  private assertContract(startsOn: string | null, endsOn: string | null): void {
    const problem = contractPeriodProblem(startsOn, endsOn);
    if (problem) throw badField('contractEndsOn', problem);
  }

  private async replaceSegments(ctx: RequestContext, organizationId: string, codes: readonly string[]) {
    const repo = this.connection.getRepository(ctx, OrganizationSegment);
    const kept = (await repo.findBy({ organizationId })).map((row) => row.segmentCode);
    const unique = await this.reference.requireSegments(ctx, codes, 'segmentCodes', kept);
    await repo.delete({ organizationId });
    if (unique.length) await repo.insert(unique.map((segmentCode) => ({ organizationId, segmentCode })));
  }

  async setActive(ctx: RequestContext, input: SetOrganizationActiveInput): Promise<Organization> {
    return this.connection.withTransaction(ctx, async (tx) => {
      await this.get(tx, input.id);
      await this.connection.updateVersioned(tx, Organization, input.id, input.version, {
        active: input.active,
      });
      return this.get(tx, input.id);
    });
  }

  private async assertUnique(
    ctx: RequestContext,
    name: string,
    creditCode: string | null,
    selfId: string | null,
  ) {
    const repo = this.connection.getRepository(ctx, Organization);
    const sameName = await repo.findOneBy({ name });
    if (sameName && sameName.id !== selfId) {
      throw conflict(`已存在同名机构“${sameName.name}”`, {
        existingId: sameName.id,
        fields: [{ field: 'name', message: '已存在同名机构' }],
      });
    }
    if (creditCode) {
      const sameCode = await repo.findOneBy({ creditCode });
      if (sameCode && sameCode.id !== selfId) {
        throw conflict(`统一社会信用代码已被“${sameCode.name}”使用`, {
          existingId: sameCode.id,
          fields: [{ field: 'creditCode', message: `已被“${sameCode.name}”使用` }],
        });
      }
    }
  }

  /** Partner users must belong to an active organisation. */
  async assertUsableForUsers(ctx: RequestContext, id: string): Promise<void> {
    const organization = await this.connection.getRepository(ctx, Organization).findOneBy({ id });
    if (!organization) throw badField('organizationId', '所选机构不存在');
    if (!organization.active) throw badField('organizationId', `机构“${organization.name}”已停用`);
  }

  /** Every organisation by name, or only the active ones: for pick lists and spreadsheet look-ups. */
  all(ctx: RequestContext, options: { activeOnly?: boolean } = {}): Promise<Organization[]> {
    return this.connection
      .getRepository(ctx, Organization)
      .find({ where: options.activeOnly ? { active: true } : {}, order: { name: 'ASC' } });
  }
}
