import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@lianzhao/api-enterprises';
import { LeadsModule } from '@lianzhao/api-leads';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import {
  LeadProjectResolver,
  MilestoneAlertResolver,
  ProjectMilestoneResolver,
  ProjectsResolver,
} from './projects.resolver';
import { ProjectExportService } from './project-export.service';
import { ProjectsListeners } from './projects.listeners';
import { ProjectsService } from './projects.service';

/** 项目落地: landing projects and their milestones, created when a lead signs. */
@Module({
  imports: [ReferenceModule, UsersModule, EnterprisesModule, LeadsModule],
  providers: [
    ProjectsService,
    ProjectsListeners,
    ProjectExportService,
    ProjectsResolver,
    ProjectMilestoneResolver,
    MilestoneAlertResolver,
    LeadProjectResolver,
  ],
  exports: [ProjectsService],
})
export class ProjectsModule {}
