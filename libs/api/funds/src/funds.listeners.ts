import { Injectable } from '@nestjs/common';
import { OnEvent, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { EnterpriseReassignment, EnterprisesMerged } from '@lianzhao/api-enterprises';
import { LeadStageMoved } from '@lianzhao/api-leads';
import { ProjectsService } from '@lianzhao/api-projects';
import { INVESTMENT, Investment } from './investment.entity';

/** How investments react to the other contexts' events. */
@Injectable()
export class FundsListeners {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly projects: ProjectsService,
    private readonly reassignment: EnterpriseReassignment,
  ) {}

  /**
   * 签约: investments tracked by the lead now track its landing project too, so its 工商注册
   * date reaches the 返投 figures. Runs after the projects context created the project (this
   * module depends on that one, and the bus orders handlers by module dependency).
   */
  @OnEvent(LeadStageMoved)
  async trackSignedProject(tx: RequestContext, event: LeadStageMoved): Promise<void> {
    if (event.to !== 'SIGNED') return;
    const project = await this.projects.projectOfLead(tx, event.lead.id);
    if (!project) return;
    const result = await this.connection
      .getRepository(tx, Investment)
      .createQueryBuilder()
      .update()
      .set({ projectId: project.id })
      .where('lead_id = :leadId AND project_id IS NULL', { leadId: event.lead.id })
      .returning(['id'])
      .execute();
    const rows = result.raw as { id: string }[];
    await this.audit.recordMany(
      tx,
      rows.map((row) => ({
        entityType: INVESTMENT,
        entityId: row.id,
        action: 'UPDATE' as const,
        changes: diffFields({ projectId: null }, { projectId: project.id }, ['projectId']),
        note: '线索签约，关联落地项目',
      })),
    );
  }

  @OnEvent(EnterprisesMerged)
  async moveInvestmentsToSurvivor(tx: RequestContext, event: EnterprisesMerged): Promise<void> {
    await this.reassignment.reassign(tx, event, Investment, INVESTMENT);
  }
}
