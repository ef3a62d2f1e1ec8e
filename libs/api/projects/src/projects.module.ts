import { Module, type OnModuleInit } from '@nestjs/common';
import { LeadsModule, LeadStageListeners } from '@lianzhao/api-leads';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import {
  LeadProjectResolver,
  MilestoneAlertResolver,
  ProjectMilestoneResolver,
  ProjectsResolver,
} from './projects.resolver';
import { ProjectsService } from './projects.service';

/** 项目落地: landing projects and their milestones, created when a lead signs. */
@Module({
  imports: [ReferenceModule, UsersModule, LeadsModule],
  providers: [
    ProjectsService,
    ProjectsResolver,
    ProjectMilestoneResolver,
    MilestoneAlertResolver,
    LeadProjectResolver,
  ],
  exports: [ProjectsService],
})
export class ProjectsModule implements OnModuleInit {
  constructor(
    private readonly listeners: LeadStageListeners,
    private readonly projects: ProjectsService,
  ) {}

  onModuleInit(): void {
    this.listeners.register(async (tx, event) => {
      if (event.to === 'SIGNED') await this.projects.createFromLead(tx, event.lead);
    });
  }
}
