import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditEntry, type AuditAction, type FieldChange } from './audit-entry.entity';

type Plain = Record<string, unknown>;

function show(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}

/** The fields whose displayed value differs between two versions of a record. */
export function diffFields(before: Plain | null, after: Plain | null, fields: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = show(before?.[field]);
    const b = show(after?.[field]);
    if (a !== b) changes.push({ field, before: a, after: b });
  }
  return changes;
}

@Injectable()
export class AuditService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Writes one entry on the caller's transaction, so the trail and the change commit together. */
  async record(
    ctx: RequestContext,
    entry: { entityType: string; entityId: string; action: AuditAction; changes?: FieldChange[]; note?: string | null },
  ): Promise<void> {
    const repo = this.connection.getRepository(ctx, AuditEntry);
    await repo.insert({
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      actorId: ctx.user && ctx.user.id !== 'system' ? ctx.user.id : null,
      actorName: ctx.user?.displayName ?? '系统',
      changes: entry.changes ?? [],
      note: entry.note ?? null,
    });
  }

  /** The trail of one record, newest first. */
  trail(ctx: RequestContext, entityType: string, entityId: string): Promise<AuditEntry[]> {
    return this.connection
      .getRepository(ctx, AuditEntry)
      .find({ where: { entityType, entityId }, order: { at: 'DESC', id: 'DESC' } });
  }
}
