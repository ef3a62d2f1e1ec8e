import { Injectable } from '@nestjs/common';
import { OnEvent, RequestContext } from '@lianzhao/api-core';
import { EnterpriseReassignment, EnterprisesMerged } from '@lianzhao/api-enterprises';
import { LeadStageMoved } from '@lianzhao/api-leads';
import { PROJECT, Project } from './project.entity';
import { ProjectsService } from './projects.service';

/** How landing projects react to the other contexts' events. */
@Injectable()
export class ProjectsListeners {
  constructor(
    private readonly projects: ProjectsService,
    private readonly reassignment: EnterpriseReassignment,
  ) {}

  /** 签约 creates the lead's landing project, in the move's transaction. */
  @OnEvent(LeadStageMoved)
  async createLandingProject(tx: RequestContext, event: LeadStageMoved): Promise<void> {
    if (event.to === 'SIGNED') await this.projects.createFromLead(tx, event.lead);
  }

  @OnEvent(EnterprisesMerged)
  async moveProjectsToSurvivor(tx: RequestContext, event: EnterprisesMerged): Promise<void> {
    await this.reassignment.reassign(tx, event, Project, PROJECT);
  }
}
