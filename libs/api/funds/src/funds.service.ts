import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { compareDecimals, REINVESTMENT_RULE_KEYS, type ReinvestmentRuleValues } from '@lianzhao/domain';
import { badField, conflict, RequestContext, STALE_VERSION_MESSAGE } from '@lianzhao/api-core';
import { isUniqueViolation, TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { ReferenceService } from '@lianzhao/api-reference';
import { OrganizationsService } from '@lianzhao/api-users';
import { FUND, Fund } from './fund.entity';
import { FundRuleChange } from './fund-rule-change.entity';
import { FundQueriesService } from './fund-queries.service';
import type { CreateFundInput, UpdateFundInput } from './dto/fund.inputs';

const AUDITED: readonly (keyof Fund)[] = [
  'name',
  'kind',
  'managerOrganizationId',
  'size',
  'governmentContribution',
  'vintageDate',
  'termYears',
  'focusSegmentCodes',
  'status',
  ...REINVESTMENT_RULE_KEYS,
];

/** The rule's columns as they stand on a fund or a change row. */
export function ruleOf(row: ReinvestmentRuleValues): ReinvestmentRuleValues {
  return Object.fromEntries(
    REINVESTMENT_RULE_KEYS.map((key) => [key, row[key]]),
  ) as unknown as ReinvestmentRuleValues;
}

function sameRule(a: ReinvestmentRuleValues, b: ReinvestmentRuleValues): boolean {
  return REINVESTMENT_RULE_KEYS.every((key) => {
    const x = a[key];
    const y = b[key];
    return key === 'basis' || typeof x !== 'string' || typeof y !== 'string'
      ? x === y
      : compareDecimals(x, y) === 0;
  });
}

/**
 * 基金: creating and editing funds with their 返投 rule. Each fund starts its rule history with
 * the rule it was created with; every later change of the rule adds a row with who, when and why.
 * Reads go through FundQueriesService (the one partner-scoped path).
 */
@Injectable()
export class FundsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly reference: ReferenceService,
    private readonly queries: FundQueriesService,
  ) {}

  /** The rule changes of a fund, newest first, one query per request for any number of funds. */
  ruleHistory(ctx: RequestContext, fundId: string): Promise<FundRuleChange[]> {
    return ctx
      .loader(
        'FundRuleChangesByFund',
        () =>
          new DataLoader<string, FundRuleChange[]>(async (ids) => {
            const rows = await this.connection
              .getRepository(ctx, FundRuleChange)
              .find({ where: { fundId: In([...ids]) }, order: { changedAt: 'DESC', id: 'DESC' } });
            return ids.map((id) => rows.filter((r) => r.fundId === id));
          }),
      )
      .load(fundId);
  }

  async create(ctx: RequestContext, input: CreateFundInput): Promise<Fund> {
    try {
      return await this.connection.withTransaction(ctx, async (tx) => {
        await this.checkManager(tx, input.managerOrganizationId);
        checkContribution(input.size, input.governmentContribution);
        const focusSegmentCodes = await this.reference.requireSegments(
          tx,
          input.focusSegmentCodes ?? [],
          'focusSegmentCodes',
        );
        const repo = this.connection.getRepository(tx, Fund);
        const fund = await repo.save(
          repo.create({
            name: input.name,
            kind: input.kind,
            managerOrganizationId: input.managerOrganizationId,
            size: input.size,
            governmentContribution: input.governmentContribution,
            vintageDate: input.vintageDate,
            termYears: input.termYears ?? null,
            focusSegmentCodes,
            status: input.status ?? 'INVESTING',
            multiple: input.reinvestmentMultiple,
            basis: input.reinvestmentBasis,
            countLocal: input.countLocal ?? true,
            localCoefficient: input.localCoefficient ?? '1',
            countSubsidiary: input.countSubsidiary ?? true,
            subsidiaryCoefficient: input.subsidiaryCoefficient ?? '1',
            countReferred: input.countReferred ?? true,
            referredCoefficient: input.referredCoefficient ?? '1',
          }),
        );
        await this.recordRule(tx, fund.id, ruleOf(fund), input.ruleChangeNote ?? null);
        await this.audit.record(tx, {
          entityType: FUND,
          entityId: fund.id,
          action: 'CREATE',
          changes: diffFields(null, { ...fund }, AUDITED),
        });
        return this.queries.get(tx, fund.id);
      });
    } catch (error) {
      throw duplicateName(error);
    }
  }

  async update(ctx: RequestContext, input: UpdateFundInput): Promise<Fund> {
    try {
      return await this.connection.withTransaction(ctx, async (tx) => {
        const before = await this.queries.get(tx, input.id);
        if (before.version !== input.version) throw conflict(STALE_VERSION_MESSAGE, { id: before.id });
        if (input.managerOrganizationId && input.managerOrganizationId !== before.managerOrganizationId) {
          await this.checkManager(tx, input.managerOrganizationId);
        }
        checkContribution(
          input.size ?? before.size,
          input.governmentContribution ?? before.governmentContribution,
        );
        const changes: Partial<Fund> = {};
        const plain = [
          'name',
          'kind',
          'managerOrganizationId',
          'size',
          'governmentContribution',
          'vintageDate',
          'status',
        ] as const;
        for (const key of plain) if (input[key] !== undefined) Object.assign(changes, { [key]: input[key] });
        if (input.termYears !== undefined) changes.termYears = input.termYears;
        if (input.focusSegmentCodes !== undefined) {
          changes.focusSegmentCodes = await this.reference.requireSegments(
            tx,
            input.focusSegmentCodes,
            'focusSegmentCodes',
            before.focusSegmentCodes,
          );
        }
        const rule: ReinvestmentRuleValues = {
          ...ruleOf(before),
          ...defined({
            multiple: input.reinvestmentMultiple,
            basis: input.reinvestmentBasis,
            countLocal: input.countLocal,
            localCoefficient: input.localCoefficient,
            countSubsidiary: input.countSubsidiary,
            subsidiaryCoefficient: input.subsidiaryCoefficient,
            countReferred: input.countReferred,
            referredCoefficient: input.referredCoefficient,
          }),
        };
        const ruleChanged = !sameRule(rule, ruleOf(before));
        // The rule a fund starts with comes from its agreement, entered with the fund; changing it
        // later changes every 返投 figure of the fund, so that is the administrator's (with history).
        if (ruleChanged && ctx.user?.role !== 'ADMIN') {
          throw badField('reinvestmentMultiple', '返投规则只能由系统管理员修改');
        }
        await this.connection.updateVersioned(tx, Fund, before.id, input.version, {
          ...changes,
          ...(ruleChanged ? rule : {}),
        });
        if (ruleChanged) await this.recordRule(tx, before.id, rule, input.ruleChangeNote ?? null);
        const after = await this.queries.get(tx, before.id);
        await this.audit.record(tx, {
          entityType: FUND,
          entityId: after.id,
          action: 'UPDATE',
          changes: diffFields({ ...before }, { ...after }, AUDITED),
          note: ruleChanged ? (input.ruleChangeNote ?? null) : null,
        });
        return after;
      });
    } catch (error) {
      throw duplicateName(error);
    }
  }

  /** A fund's manager is a partner organisation of kind 基金管理人. */
  private async checkManager(ctx: RequestContext, organizationId: string): Promise<void> {
    const organization = await this.organizations.find(ctx, organizationId);
    if (!organization) throw badField('managerOrganizationId', '所选基金管理人不存在');
    if (organization.kind !== 'FUND_MANAGER') {
      throw badField('managerOrganizationId', '基金管理人须为“基金管理人”类型的合作机构');
    }
  }

  private async recordRule(
    ctx: RequestContext,
    fundId: string,
    rule: ReinvestmentRuleValues,
    note: string | null,
  ): Promise<void> {
    await this.connection.getRepository(ctx, FundRuleChange).insert({
      ...rule,
      fundId,
      note,
      changedById: ctx.user && ctx.user.id !== 'system' ? ctx.user.id : null,
    });
  }
}

/** The government's contribution cannot exceed the fund. */
function checkContribution(size: string, contribution: string): void {
  if (compareDecimals(contribution, size) > 0)
    throw badField('governmentContribution', '政府出资不能超过基金规模');
}

/** Two funds of one name would be indistinguishable in every list and form. */
function duplicateName(error: unknown): unknown {
  return isUniqueViolation(error) ? badField('name', '已有同名基金') : error;
}

function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
