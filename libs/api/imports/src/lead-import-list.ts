import { defineList, equalsCondition, inCondition, newestFirst, type RequestContext, type SqlCondition } from '@lianzhao/api-core';
import { LeadImport } from './lead-import.entity';
import type { LeadImportFilter } from './dto/lead-import-history.types';

/** Officers see their own imports; admins everyone's. */
function importScope(ctx: RequestContext): SqlCondition[] {
  if (ctx.user?.role === 'ADMIN') return [];
  return equalsCondition('li.actor_id', 'scopeActorId', ctx.user?.id ?? '00000000-0000-0000-0000-000000000000');
}

/** 导入记录: newest first. */
export const LEAD_IMPORT_LIST = defineList<LeadImport, LeadImportFilter, 'CREATED_AT'>({
  entity: LeadImport,
  alias: 'li',
  scope: importScope,
  filter: (filter, ctx) => [
    ...inCondition('li.status', 'statuses', filter.statuses),
    ...(filter.mine ? equalsCondition('li.actor_id', 'mineActorId', ctx.user?.id) : []),
  ],
  ...newestFirst('li'),
});
