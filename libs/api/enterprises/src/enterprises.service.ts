import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { normalizeCompanyName } from '@lianzhao/domain';
import { Clock, conflict, EventBus, ListQuery, RequestContext, type ListPage } from '@lianzhao/api-core';
import { isUniqueViolation, TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { ReferenceService } from '@lianzhao/api-reference';
import { Enterprise } from './enterprise.entity';
import { EnterprisesCreated, EnterpriseUpdated } from './enterprise.events';
import { ENTERPRISE_LIST } from './enterprise-list';
import { AUDITED, AUDITED_WITH_CONTACTS, auditedEnterprise, ENTERPRISE } from './enterprise-audit';
import { EnterpriseContact } from './enterprise-contact.entity';
import type {
  ContactInput,
  CreateEnterpriseInput,
  EnterpriseFields,
  EnterpriseFilter,
  EnterpriseListArgs,
  UpdateEnterpriseInput,
} from './dto/enterprise.inputs';
import { ENTERPRISE_DETAIL_FIELDS } from './dto/enterprise.inputs';

/** An enterprise for createMany: only what an import knows of a company, already checked. */
export interface NewEnterprise {
  name: string;
  creditCode: string | null;
  legalRepresentative: string | null;
  registeredCapital: string | null;
  foundedOn: string | null;
  headquartersCity: string | null;
  address: string | null;
  website: string | null;
  industryCode: string | null;
  segmentCode: string | null;
}

/** Rows per INSERT statement: well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 1000;

/** Of the rows matching a name or code, the one that counts as the duplicate. */
function bestDuplicate(
  matches: readonly Enterprise[],
  normalized: string,
  creditCode: string | null,
): Enterprise | null {
  // A credit-code match is the stronger evidence, so it is the one reported.
  return (
    (creditCode ? matches.find((e) => e.creditCode === creditCode) : undefined) ??
    matches.find((e) => e.nameNormalized === normalized) ??
    null
  );
}

@Injectable()
export class EnterprisesService {
  private readonly enterpriseList: ListQuery<Enterprise, EnterpriseFilter, 'CREATED_AT'>;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    clock: Clock,
  ) {
    this.enterpriseList = new ListQuery(ENTERPRISE_LIST, connection, clock);
  }

  list(ctx: RequestContext, args: EnterpriseListArgs): Promise<ListPage<Enterprise, EnterpriseFilter>> {
    return this.enterpriseList.page(ctx, args);
  }

  get(ctx: RequestContext, id: string): Promise<Enterprise> {
    return this.connection.getById(ctx, Enterprise, id, '企业');
  }

  contacts(ctx: RequestContext, enterpriseId: string): Promise<EnterpriseContact[]> {
    return this.connection
      .getRepository(ctx, EnterpriseContact)
      .find({ where: { enterpriseId }, order: { sortOrder: 'ASC' } });
  }

  /** The enterprise a name or credit code already belongs to, by the register's duplicate rules. */
  async findDuplicate(
    ctx: RequestContext,
    name: string,
    creditCode: string | null,
    exceptId?: string,
  ): Promise<Enterprise | null> {
    const repo = this.connection.getRepository(ctx, Enterprise);
    const normalized = normalizeCompanyName(name);
    const query = repo.createQueryBuilder('e').where('e.name_normalized = :normalized', { normalized });
    if (creditCode) query.orWhere('e.credit_code = :code', { code: creditCode });
    const matches = await query.getMany();
    return bestDuplicate(
      matches.filter((e) => e.id !== exceptId),
      normalized,
      creditCode,
    );
  }

  /**
   * findDuplicate for many companies at once (a spreadsheet import), in one query rather than one
   * per row, with the same rules. The answer is aligned with `candidates`.
   */
  async findDuplicates(
    ctx: RequestContext,
    candidates: readonly { name: string; creditCode: string | null }[],
  ): Promise<(Enterprise | null)[]> {
    if (!candidates.length) return [];
    const keys = candidates.map((c) => ({
      normalized: normalizeCompanyName(c.name),
      creditCode: c.creditCode,
    }));
    const names = [...new Set(keys.map((k) => k.normalized))];
    const codes = [...new Set(keys.flatMap((k) => (k.creditCode ? [k.creditCode] : [])))];
    const matches = await this.connection
      .getRepository(ctx, Enterprise)
      .createQueryBuilder('e')
      .where('e.name_normalized = ANY(:names)', { names })
      .orWhere('e.credit_code = ANY(:codes)', { codes })
      .getMany();
    const byName = new Map(matches.map((e) => [e.nameNormalized, e]));
    const byCode = new Map(matches.flatMap((e) => (e.creditCode ? [[e.creditCode, e] as const] : [])));
    return keys.map((k) =>
      bestDuplicate(
        [k.creditCode ? byCode.get(k.creditCode) : undefined, byName.get(k.normalized)].flatMap((e) =>
          e ? [e] : [],
        ),
        k.normalized,
        k.creditCode,
      ),
    );
  }

  /**
   * Adds enterprises the caller has already checked against the register and against each other
   * (findDuplicates), with a valid segment, in multi-row inserts, each with its audit entry.
   * Returns the new ids in the order given. Joins the caller's transaction.
   */
  async createMany(
    ctx: RequestContext,
    rows: readonly NewEnterprise[],
    note: string | null = null,
  ): Promise<string[]> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const records = rows.map((row) => ({
        ...row,
        id: randomUUID(),
        nameNormalized: normalizeCompanyName(row.name),
      }));
      const repo = this.connection.getRepository(tx, Enterprise);
      for (let start = 0; start < records.length; start += INSERT_CHUNK) {
        await repo
          .createQueryBuilder()
          .insert()
          .into(Enterprise)
          .values(records.slice(start, start + INSERT_CHUNK))
          .updateEntity(false)
          .execute();
      }
      await this.audit.recordMany(
        tx,
        records.map((record) => ({
          entityType: ENTERPRISE,
          entityId: record.id,
          action: 'CREATE' as const,
          changes: diffFields(null, record, AUDITED),
          note,
        })),
      );
      await this.events.publish(tx, new EnterprisesCreated(records.map((r) => r.id)));
      return records.map((r) => r.id);
    });
  }

  async create(ctx: RequestContext, input: CreateEnterpriseInput): Promise<Enterprise> {
    try {
      return await this.createIn(ctx, input);
    } catch (error) {
      throw await this.raceLost(ctx, error, async () => ({
        name: input.name,
        creditCode: input.creditCode ?? null,
      }));
    }
  }

  private createIn(ctx: RequestContext, input: CreateEnterpriseInput): Promise<Enterprise> {
    return this.connection.withTransaction(ctx, async (tx) => {
      await this.assertNoDuplicate(tx, input.name, input.creditCode ?? null);
      const repo = this.connection.getRepository(tx, Enterprise);
      const fields = await this.resolveFields(tx, input);
      const saved = await repo.save(
        repo.create({ ...fields, name: input.name, nameNormalized: normalizeCompanyName(input.name) }),
      );
      if (input.contacts) await this.replaceContacts(tx, saved.id, input.contacts);
      await this.audit.record(tx, {
        entityType: ENTERPRISE,
        entityId: saved.id,
        action: 'CREATE',
        changes: diffFields(null, await this.audited(tx, saved), AUDITED_WITH_CONTACTS),
      });
      await this.events.publish(tx, new EnterprisesCreated([saved.id]));
      return saved;
    });
  }

  async update(ctx: RequestContext, input: UpdateEnterpriseInput): Promise<Enterprise> {
    try {
      return await this.updateIn(ctx, input);
    } catch (error) {
      throw await this.raceLost(ctx, error, async () => {
        const current = await this.get(ctx, input.id);
        return {
          name: input.name ?? current.name,
          creditCode: input.creditCode !== undefined ? input.creditCode : current.creditCode,
          exceptId: current.id,
        };
      });
    }
  }

  private updateIn(ctx: RequestContext, input: UpdateEnterpriseInput): Promise<Enterprise> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.get(tx, input.id);
      const beforeAudited = await this.audited(tx, before);
      const name = input.name ?? before.name;
      const creditCode = input.creditCode !== undefined ? input.creditCode : before.creditCode;
      await this.assertNoDuplicate(tx, name, creditCode, before.id);
      const changes: Partial<Enterprise> = {
        ...(await this.resolveFields(tx, input, before)),
        name,
        nameNormalized: normalizeCompanyName(name),
      };
      await this.connection.updateVersioned(tx, Enterprise, before.id, input.version, changes);
      if (input.contacts) await this.replaceContacts(tx, before.id, input.contacts);
      const after = await this.get(tx, before.id);
      await this.audit.record(tx, {
        entityType: ENTERPRISE,
        entityId: after.id,
        action: 'UPDATE',
        changes: diffFields(beforeAudited, await this.audited(tx, after), AUDITED_WITH_CONTACTS),
      });
      await this.events.publish(tx, new EnterpriseUpdated(after.id));
      return after;
    });
  }

  /**
   * The answer to a unique violation of a create or update: another request saved the same
   * credit code or name between our check and our insert, so the loser gets the CONFLICT the check
   * would have given it. Inside a caller's transaction the failed statement has aborted it, so
   * nothing more can be read there and the error goes up as it is.
   */
  private async raceLost(
    ctx: RequestContext,
    error: unknown,
    wanted: () => Promise<{ name: string; creditCode: string | null; exceptId?: string }>,
  ): Promise<unknown> {
    if (!isUniqueViolation(error) || ctx.transaction) return error;
    const { name, creditCode, exceptId } = await wanted();
    await this.assertNoDuplicate(ctx, name, creditCode, exceptId);
    return error;
  }

  /** The record as the trail compares it: its columns and its contacts, one line each. */
  async audited(ctx: RequestContext, enterprise: Enterprise): Promise<Record<string, unknown>> {
    return auditedEnterprise(enterprise, await this.contacts(ctx, enterprise.id));
  }

  private async assertNoDuplicate(
    ctx: RequestContext,
    name: string,
    creditCode: string | null,
    exceptId?: string,
  ): Promise<void> {
    const existing = await this.findDuplicate(ctx, name, creditCode, exceptId);
    if (!existing) return;
    const byCode = creditCode !== null && existing.creditCode === creditCode;
    throw conflict(`企业库中已有“${existing.name}”${byCode ? '（统一社会信用代码相同）' : '（名称相同）'}`, {
      existingId: existing.id,
      existingName: existing.name,
      fields: [{ field: byCode ? 'creditCode' : 'name', message: `与已有企业“${existing.name}”重复` }],
    });
  }

  /** Turns the form's codes into checked columns: the industry follows from the segment. */
  /** `before`: on an update, the record as it is (its codes stay valid even if retired since). */
  private async resolveFields(
    ctx: RequestContext,
    input: EnterpriseFields,
    before?: Pick<Enterprise, 'segmentCode' | 'tagCodes'>,
  ): Promise<Partial<Enterprise>> {
    const out: Partial<Enterprise> = {};
    const copy = ['creditCode', 'localStockSince', ...ENTERPRISE_DETAIL_FIELDS] as const;
    for (const key of copy) if (input[key] !== undefined) Object.assign(out, { [key]: input[key] });
    if (input.segmentCode !== undefined) {
      const segment = input.segmentCode
        ? await this.reference.requireSegment(ctx, input.segmentCode, 'segmentCode', before?.segmentCode)
        : null;
      out.segmentCode = segment?.code ?? null;
      out.industryCode = segment?.industryCode ?? null;
    }
    if (input.tagCodes !== undefined)
      out.tagCodes = await this.reference.requireTags(
        ctx,
        input.tagCodes ?? [],
        'tagCodes',
        before?.tagCodes,
      );
    return out;
  }

  private async replaceContacts(
    ctx: RequestContext,
    enterpriseId: string,
    contacts: ContactInput[],
  ): Promise<void> {
    const repo = this.connection.getRepository(ctx, EnterpriseContact);
    await repo.delete({ enterpriseId });
    if (contacts.length) {
      await repo.insert(
        contacts.map((c, i) => ({
          enterpriseId,
          name: c.name,
          title: c.title ?? null,
          phone: c.phone ?? null,
          email: c.email ?? null,
          sortOrder: i,
        })),
      );
    }
  }
}
