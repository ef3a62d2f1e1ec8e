import DataLoader from 'dataloader';
import { MILESTONE_CODES, MILESTONE_LABELS, type LocalizedLabel, type MilestoneCode } from '@lianzhao/domain';
import type { RequestContext } from '@lianzhao/api-core';
import type { TransactionalConnection } from '@lianzhao/api-database';
import { MilestoneTemplate } from './milestone-template.entity';

/** A milestone's display name (zh, en) by its code. */
export type MilestoneNames = (code: MilestoneCode) => LocalizedLabel;

/**
 * The milestones' names as admins keep them (节点模板 → 改名: one name per code, the same in
 * every template), read once per request; a code no template holds keeps its name from
 * libs/domain. Every place that shows a milestone's name reads it here (the project pages, the
 * export, the cockpit, the error messages), so a rename shows everywhere at once.
 */
export async function milestoneNames(connection: TransactionalConnection, ctx: RequestContext): Promise<MilestoneNames> {
  const loader = ctx.loader<MilestoneCode, LocalizedLabel>(
    'milestoneNames',
    () =>
      new DataLoader(async (codes) => {
        const rows = await connection
          .getRepository(ctx, MilestoneTemplate)
          .find({ select: { code: true, name: true, nameEn: true }, order: { projectType: 'ASC' } });
        return codes.map((code) => {
          const row = rows.find((r) => r.code === code);
          return row ? { zh: row.name, en: row.nameEn } : MILESTONE_LABELS[code];
        });
      }),
  );
  const names = await loader.loadMany(MILESTONE_CODES);
  const byCode = new Map(MILESTONE_CODES.map((code, i) => [code, names[i]] as const));
  return (code) => {
    const name = byCode.get(code);
    return name && !(name instanceof Error) ? name : MILESTONE_LABELS[code];
  };
}
