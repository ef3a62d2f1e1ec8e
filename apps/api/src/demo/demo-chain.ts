import type { INestApplication } from '@nestjs/common';
import type { RequestContext } from '@lianzhao/api-core';
import { ChainLinksService, ChainTargetsService } from '@lianzhao/api-chain';
import { TransactionalConnection } from '@lianzhao/api-database';
import { User } from '@lianzhao/api-users';

/** Where the demo projects sit on their chains (segment → link name). */
const PROJECT_LINKS: Readonly<Record<string, string>> = {
  HYDROGEN: '燃料电池电堆与系统',
  GENE_CELL_THERAPY: 'CAR-T 等细胞治疗产品',
  HUMANOID_ROBOTS: '整机本体制造',
};

/**
 * The chain map's demo: the demo projects placed on their links (so 氢能, 细胞治疗 and 人形机器人
 * each have a link with a local enterprise) and one target for a missing 氢能 link.
 */
export async function seedDemoChain(app: INestApplication, ctx: RequestContext): Promise<void> {
  const connection = app.get(TransactionalConnection);
  const links = app.get(ChainLinksService);
  const targets = app.get(ChainTargetsService);
  const manager = ctx.transaction ?? connection.dataSource.manager;
  const projects = (await manager.query('SELECT id, segment_code FROM projects ORDER BY created_at')) as {
    id: string;
    segment_code: string;
  }[];
  const linkOf = async (segmentCode: string, name: string) =>
    (await links.links(ctx, segmentCode)).find((l) => l.name === name);
  for (const project of projects) {
    const name = PROJECT_LINKS[project.segment_code];
    const link = name ? await linkOf(project.segment_code, name) : undefined;
    if (link) await links.place(ctx, { entityType: 'PROJECT', entityId: project.id, linkId: link.id });
  }
  const electrolysers = await linkOf('HYDROGEN', '制氢（电解槽）');
  const officer = await connection.getRepository(ctx, User).findOneBy({ username: 'officer' });
  if (electrolysers && officer) {
    await targets.add(ctx, {
      linkId: electrolysers.id,
      companyName: '示例氢能电解槽装备有限公司',
      priority: 'HIGH',
      ownerId: officer.id,
    });
  }
}
