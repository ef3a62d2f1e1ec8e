import { Module, type OnModuleInit } from '@nestjs/common';
import { EnterpriseMergeListeners, EnterprisesModule } from '@lianzhao/api-enterprises';
import { LeadsModule, LeadStageListeners } from '@lianzhao/api-leads';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import {
  LeadProjectResolver,
  MilestoneAlertResolver,
  ProjectMilestoneResolver,
  ProjectsResolver,
} from './projects.resolver';
import { ProjectExportService } from './project-export.service';
import { ProjectQueriesService } from './project-queries.service';
import { Project } from './project.entity';
import { PROJECT, ProjectsService } from './projects.service';

/** 项目落地: landing projects and their milestones, created when a lead signs. */
@Module({
  imports: [ReferenceModule, UsersModule, EnterprisesModule, LeadsModule],
  providers: [
    ProjectsService,
    ProjectExportService,
    ProjectQueriesService,
    ProjectsResolver,
    ProjectMilestoneResolver,
    MilestoneAlertResolver,
    LeadProjectResolver,
  ],
  exports: [ProjectsService, ProjectQueriesService],
})
export class ProjectsModule implements OnModuleInit {
  constructor(
    private readonly listeners: LeadStageListeners,
    private readonly projects: ProjectsService,
    private readonly mergeListeners: EnterpriseMergeListeners,
  ) {}

  onModuleInit(): void {
    this.listeners.register(async (tx, event) => {
      if (event.to === 'SIGNED') await this.projects.createFromLead(tx, event.lead);
    });
    this.mergeListeners.register((tx, event) => this.mergeListeners.reassign(tx, event, Project, PROJECT));
  }
}
