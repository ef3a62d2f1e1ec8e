import { Injectable } from '@nestjs/common';
import { validatePolicyAmount, validatePolicyCondition, type PolicyAmount, type PolicyCondition } from '@lianzhao/domain';
import { badField, Clock, exportTableFile, RequestContext, type ExcelFile, type JsonObject } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { POLICY, Policy } from './policy.entity';
import { PolicyItem } from './policy-item.entity';
import { PolicyMatchJobsService } from './policy-match-jobs.service';
import { POLICY_EXPORT_TABLE, type PolicyExportRow } from './policy-export';
import type {
  CreatePolicyInput,
  CreatePolicyItemInput,
  RetirePolicyItemInput,
  UpdatePolicyInput,
  UpdatePolicyItemInput,
} from './dto/policy.inputs';

const POLICY_FIELDS = ['docNumber', 'title', 'issuedOn', 'validUntil'];
const ITEM_FIELDS = ['name', 'kind', 'condition', 'amount', 'notes'];

/** A condition from the client, checked by the rule language; BAD_USER_INPUT names the wrong part. */
export function checkedCondition(value: JsonObject): PolicyCondition & JsonObject {
  const checked = validatePolicyCondition(value, 'condition');
  if (!checked.ok) throw badField(checked.path, checked.message);
  return checked.value as PolicyCondition & JsonObject;
}

export function checkedAmount(value: JsonObject | null | undefined): (PolicyAmount & JsonObject) | null {
  if (value === null || value === undefined) return null;
  const checked = validatePolicyAmount(value, 'amount');
  if (!checked.ok) throw badField(checked.path, checked.message);
  return checked.value as PolicyAmount & JsonObject;
}

/**
 * 政策库: policy documents and their items, entered by an admin. A write that changes what an item
 * matches commits with a re-evaluation job for it and wakes the worker once committed; the matches
 * follow in the background (policy-match-jobs.service.ts).
 */
@Injectable()
export class PoliciesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: PolicyMatchJobsService,
  ) {}

  list(ctx: RequestContext): Promise<Policy[]> {
    return this.connection.getRepository(ctx, Policy).find({ order: { issuedOn: 'DESC', id: 'ASC' } });
  }

  /** 导出 Excel of the 政策库: every policy in the list's order, a row per item (retired ones marked). */
  async export(ctx: RequestContext): Promise<ExcelFile> {
    const policies = await this.list(ctx);
    const items = await this.connection
      .getRepository(ctx, PolicyItem)
      .find({ order: { createdAt: 'ASC', id: 'ASC' } });
    const rows = policies.flatMap((policy): PolicyExportRow[] => {
      const own = items.filter((item) => item.policyId === policy.id);
      return own.length ? own.map((item) => ({ policy, item })) : [{ policy, item: null }];
    });
    return exportTableFile(POLICY_EXPORT_TABLE, rows, this.clock.now());
  }

  get(ctx: RequestContext, id: string): Promise<Policy> {
    return this.connection.getById(ctx, Policy, id, '政策文件');
  }

  getItem(ctx: RequestContext, id: string): Promise<PolicyItem> {
    return this.connection.getById(ctx, PolicyItem, id, '政策条款');
  }

  items(ctx: RequestContext, policyId: string): Promise<PolicyItem[]> {
    return this.connection.getRepository(ctx, PolicyItem).find({ where: { policyId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  private async checkDocument(tx: RequestContext, values: Pick<Policy, 'docNumber' | 'issuedOn' | 'validUntil'>, exceptId?: string) {
    if (values.validUntil && values.validUntil < values.issuedOn) throw badField('validUntil', '有效期不能早于发布日期');
    const same = await this.connection.getRepository(tx, Policy).findOneBy({ docNumber: values.docNumber });
    if (same && same.id !== exceptId) throw badField('docNumber', `文号“${values.docNumber}”已存在`);
  }

  async create(ctx: RequestContext, input: CreatePolicyInput): Promise<Policy> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const values = {
        docNumber: input.docNumber,
        title: input.title,
        issuedOn: input.issuedOn,
        validUntil: input.validUntil ?? null,
      };
      await this.checkDocument(tx, values);
      const repo = this.connection.getRepository(tx, Policy);
      const saved = await repo.save(repo.create(values));
      await this.audit.record(tx, {
        entityType: POLICY,
        entityId: saved.id,
        action: 'CREATE',
        changes: diffFields(null, values, POLICY_FIELDS),
      });
      return this.get(tx, saved.id);
    });
  }

  async update(ctx: RequestContext, input: UpdatePolicyInput): Promise<Policy> {
    const saved = await this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.get(tx, input.id);
      const values = {
        docNumber: input.docNumber ?? before.docNumber,
        title: input.title ?? before.title,
        issuedOn: input.issuedOn ?? before.issuedOn,
        validUntil: input.validUntil !== undefined ? input.validUntil : before.validUntil,
      };
      await this.checkDocument(tx, values, before.id);
      await this.connection.updateVersioned(tx, Policy, before.id, input.version, values);
      const after = await this.get(tx, before.id);
      await this.audit.record(tx, {
        entityType: POLICY,
        entityId: after.id,
        action: 'UPDATE',
        changes: diffFields({ ...before }, { ...after }, POLICY_FIELDS),
      });
      // The validity decides whether its items match at all.
      if (before.validUntil !== after.validUntil) {
        for (const item of await this.items(tx, after.id)) if (!item.retiredAt) await this.jobs.enqueue(tx, item.id);
      }
      return after;
    });
    this.jobs.wake();
    return saved;
  }

  async createItem(ctx: RequestContext, input: CreatePolicyItemInput): Promise<PolicyItem> {
    const condition = checkedCondition(input.condition);
    const amount = checkedAmount(input.amount);
    const saved = await this.connection.withTransaction(ctx, async (tx) => {
      const policy = await this.connection.getRepository(tx, Policy).findOneBy({ id: input.policyId });
      if (!policy) throw badField('policyId', '所选政策文件不存在');
      const repo = this.connection.getRepository(tx, PolicyItem);
      const values = { policyId: policy.id, name: input.name, kind: input.kind, condition, amount, notes: input.notes ?? null };
      const created = await repo.save(repo.create(values));
      await this.audit.record(tx, {
        entityType: POLICY,
        entityId: policy.id,
        action: 'UPDATE',
        changes: diffFields(null, values, ITEM_FIELDS).map((c) => ({ ...c, field: `item.${c.field}` })),
        note: `新增条款“${input.name}”`,
      });
      await this.jobs.enqueue(tx, created.id);
      return this.getItem(tx, created.id);
    });
    this.jobs.wake();
    return saved;
  }

  async updateItem(ctx: RequestContext, input: UpdatePolicyItemInput): Promise<PolicyItem> {
    const condition = checkedCondition(input.condition);
    const amount = checkedAmount(input.amount);
    const saved = await this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.getItem(tx, input.id);
      if (before.retiredAt) throw badField('id', '该条款已停用，不能修改');
      const values = { name: input.name, kind: input.kind, condition, amount, notes: input.notes ?? null };
      await this.connection.updateVersioned(tx, PolicyItem, before.id, input.version, values);
      const after = await this.getItem(tx, before.id);
      await this.audit.record(tx, {
        entityType: POLICY,
        entityId: before.policyId,
        action: 'UPDATE',
        changes: diffFields({ ...before }, { ...after }, ITEM_FIELDS).map((c) => ({ ...c, field: `item.${c.field}` })),
        note: `修改条款“${after.name}”`,
      });
      await this.jobs.enqueue(tx, after.id);
      return after;
    });
    this.jobs.wake();
    return saved;
  }

  /** Retires an item: it matches nothing from now on; support items that claimed it keep the link. */
  async retireItem(ctx: RequestContext, input: RetirePolicyItemInput): Promise<PolicyItem> {
    const saved = await this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.getItem(tx, input.id);
      if (before.retiredAt) return before;
      await this.connection.updateVersioned(tx, PolicyItem, before.id, input.version, { retiredAt: this.clock.now() });
      await this.audit.record(tx, {
        entityType: POLICY,
        entityId: before.policyId,
        action: 'UPDATE',
        changes: [],
        note: `停用条款“${before.name}”`,
      });
      await this.jobs.enqueue(tx, before.id);
      return this.getItem(tx, before.id);
    });
    this.jobs.wake();
    return saved;
  }
}
